"""Keep the program's German to one word for one idea (resources/translations/glossary.yaml).

    .venv/bin/python scripts/glossary.py    # every fault, one a line (what the test checks)

Two checks, both over every German text source: the GUI's .ts translations, the Qt-free texts and
messages, the guide, the presets, the German values of the catalogue, the German clause library
and the German demo.

- ``forbidden_words``: a glossary's "not" word where it stands (with the glossary's short list of
  justified exceptions; an exception that no longer matches anything is a fault too, so the list
  stays short).
- ``inconsistent_terms``: an English text (a GUI string, a text key, a message, a clause) that
  uses a glossary term whose German counterpart does not use the term's German word.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from scripts import translations as tx

ROOT = tx.ROOT
RESOURCES = tx.RESOURCES
TEMPLATES = tx.TEMPLATES
GLOSSARY = tx.TRANSLATIONS / "glossary.yaml"

_ENDINGS = r"(e|en|n|s|es|er|ern)?"
_CODE = re.compile(r"{{.*?}}|{%.*?%}|{[^{}]*}|<[^<>]*>", re.DOTALL)
"""Placeholders, Jinja and markup: not wording."""


@dataclass(frozen=True)
class Forbidden:
    word: str
    pattern: re.Pattern[str]
    term: str


@dataclass(frozen=True)
class Check:
    term: str
    english: re.Pattern[str]
    german: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Excuse:
    """A justified use: of a "not" word in the passage ``text`` of ``source``, or (``where``) of
    another German word for a term in one text of ``source``."""

    source: str
    text: str
    where: str
    reason: str


@dataclass
class Glossary:
    forbidden: list[Forbidden] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    exceptions: list[Excuse] = field(default_factory=list)


def load(path: Path = GLOSSARY) -> Glossary:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    glossary = Glossary()
    for term in data["terms"]:
        for word in term.get("not") or []:
            pattern = word.get("pattern") or rf"\b{re.escape(word['word'])}{_ENDINGS}\b"
            glossary.forbidden.append(Forbidden(word["word"], re.compile(pattern), term["en"]))
        if check := term.get("check"):
            glossary.checks.append(
                Check(
                    term["en"],
                    re.compile(check["en"], re.IGNORECASE),
                    tuple(re.compile(form, re.IGNORECASE) for form in check["de"]),
                )
            )
    for entry in data.get("exceptions") or []:
        glossary.exceptions.append(
            Excuse(entry["source"], entry.get("text", ""), entry.get("where", ""), entry["reason"])
        )
    return glossary


# -- the German text sources -----------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One German text: ``source`` is the file (relative to the repository), ``where`` the place
    in it (a line number is added to a hit in a whole file)."""

    source: str
    where: str
    text: str
    whole_file: bool = False


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _german_values(data: Any) -> Iterator[tuple[str, str]]:
    """The ``de`` values of a structure of ``{en: ..., de: ...}`` pairs."""
    for where, value in tx._texts("", data, lambda node: "de" in node and "en" in node):
        if isinstance(value, Mapping) and isinstance(value.get("de"), str):
            yield where, value["de"]


WHOLE_FILES = (
    "resources/texts/de.yaml",
    "resources/help/de.md",
    "resources/presets/de.yaml",
    "resources/demo/de.yaml",
    "resources/demo/history-de.yaml",
)


def german_texts(root: Path = ROOT) -> list[Text]:
    texts: list[Text] = []
    ts = root / "resources" / "translations" / "coopbuilder_de.ts"
    for message in tx.read_ts(ts):
        if message.translation:
            texts.append(Text(_relative(ts), message.where(), message.translation))
    for name in WHOLE_FILES:
        path = root / name
        texts.append(Text(name, "", path.read_text(encoding="utf-8"), whole_file=True))
    for path in sorted((root / "agreement_templates" / "de").glob("*.yaml")):
        texts.append(Text(_relative(path), "", path.read_text(encoding="utf-8"), True))
    for name in ("catalogue.yaml", "catalogue_v1.yaml"):  # the one rated on, and the earlier
        catalogue = root / "resources" / name
        for where, text in _german_values(tx._load(catalogue)):
            texts.append(Text(_relative(catalogue), where, text))
    messages = root / "resources" / "texts" / "messages.de.yaml"
    data = tx._load(messages)
    for english, german in (data.get("words") or {}).items():
        texts.append(Text(_relative(messages), f"words[{english!r}]", german))
    for entry in data.get("messages") or []:
        texts.append(Text(_relative(messages), entry["en"], entry["de"]))
    return texts


# -- English and German side by side ---------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    source: str
    where: str
    english: str
    german: str


def _parallel(name: str, english: Any, german: Any) -> Iterator[Pair]:
    theirs = dict(tx._texts("", german))
    for where, text in tx._texts("", english):
        other = theirs.get(where)
        if isinstance(text, str) and isinstance(other, str):
            yield Pair(name, where, text, other)


def pairs(root: Path = ROOT) -> list[Pair]:
    found: list[Pair] = []
    ts = root / "resources" / "translations" / "coopbuilder_de.ts"
    for message in tx.read_ts(ts):
        if message.translation and not message.kind:
            found.append(Pair(_relative(ts), message.where(), message.source, message.translation))
    for english_name, german_name in (
        ("resources/texts/en.yaml", "resources/texts/de.yaml"),
        ("resources/presets/en.yaml", "resources/presets/de.yaml"),
        ("resources/demo/en.yaml", "resources/demo/de.yaml"),
        ("resources/demo/history-en.yaml", "resources/demo/history-de.yaml"),
    ):
        found.extend(
            _parallel(german_name, tx._load(root / english_name), tx._load(root / german_name))
        )
    for path in sorted((root / "agreement_templates" / "de").glob("*.yaml")):
        english_path = root / "agreement_templates" / "en" / path.name
        if english_path.exists():
            found.extend(_parallel(_relative(path), tx._load(english_path), tx._load(path)))
    catalogue = root / "resources" / "catalogue.yaml"
    for where, value in tx._texts(
        "", tx._load(catalogue), lambda node: "de" in node and "en" in node
    ):
        if isinstance(value, Mapping) and isinstance(value.get("en"), str):
            found.append(Pair(_relative(catalogue), where, value["en"], str(value.get("de"))))
    messages = root / "resources" / "texts" / "messages.de.yaml"
    data = tx._load(messages)
    for english, german in (data.get("words") or {}).items():
        found.append(Pair(_relative(messages), f"words[{english!r}]", english, german))
    for entry in data.get("messages") or []:
        found.append(Pair(_relative(messages), entry["en"], entry["en"], entry["de"]))
    return found


# -- the checks ------------------------------------------------------------------------------


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def forbidden_words(texts: list[Text] | None = None, glossary: Glossary | None = None) -> list[str]:
    """Every "not" word of the glossary where it stands, and every exception no longer used."""
    texts = german_texts() if texts is None else texts
    glossary = load() if glossary is None else glossary
    faults: list[str] = []
    used: set[Excuse] = set()
    for text in texts:
        excused: list[tuple[int, int, Excuse]] = []
        for exception in glossary.exceptions:
            if exception.source == text.source and exception.text:
                for hit in re.finditer(re.escape(exception.text), text.text):
                    excused.append((hit.start(), hit.end(), exception))
        for word in glossary.forbidden:
            for hit in word.pattern.finditer(text.text):
                cover = [e for start, end, e in excused if start <= hit.start() < end]
                if cover:
                    used.update(cover)
                    continue
                place = f"line {_line(text.text, hit.start())}" if text.whole_file else text.where
                faults.append(
                    f"{text.source}: {place}: {hit.group(0)!r} is a word the glossary rules out "
                    f"for {word.term!r} ({word.word})"
                )
    scanned = {text.source for text in texts}
    for exception in glossary.exceptions:
        if exception.text and exception.source in scanned and exception not in used:
            faults.append(
                f"glossary.yaml: the exception {exception.text!r} in {exception.source} "
                "matches nothing any more; remove it"
            )
    return faults


def inconsistent_terms(
    found: list[Pair] | None = None, glossary: Glossary | None = None
) -> list[str]:
    """Every English text using a glossary term whose German does not use the term's word."""
    found = pairs() if found is None else found
    glossary = load() if glossary is None else glossary
    excused = {(e.source, e.where) for e in glossary.exceptions if e.where}
    used: set[tuple[str, str]] = set()
    faults: list[str] = []
    for pair in found:
        if pair.english == pair.german or _is_code(pair.where):
            continue
        if (pair.source, pair.where) in excused:
            used.add((pair.source, pair.where))
            continue
        english = _CODE.sub(" ", pair.english)
        for check in glossary.checks:
            if check.english.search(english) and not any(
                form.search(pair.german.replace("&", "")) for form in check.german
            ):
                faults.append(
                    f"{pair.source}: {pair.where}: uses {check.term!r} in English, but its German "
                    f"does not say {' or '.join(form.pattern for form in check.german)}: "
                    f"{pair.german!r}"
                )
    scanned = {pair.source for pair in found}
    for source, where in sorted(excused - used):
        if source not in scanned:
            continue
        faults.append(
            f"glossary.yaml: the exception for {where!r} in {source} is not needed any more"
        )
    return faults


def _is_code(where: str) -> bool:
    """Whether the value at ``where`` is code (an id, a condition), not wording."""
    last = re.sub(r"\[[^\]]*\]$", "", where.rsplit(".", 1)[-1])
    return last in tx.CODE_KEYS


def main() -> int:
    faults = forbidden_words() + inconsistent_terms()
    for fault in faults:
        print(fault)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
