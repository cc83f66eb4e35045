"""Keep CoopBuilder complete in every language it speaks.

    .venv/bin/python scripts/translations.py update   # lupdate: the GUI's strings into the .ts
    .venv/bin/python scripts/translations.py release  # lrelease: .ts -> .qm (both are committed)
    .venv/bin/python scripts/translations.py check    # what `make test` checks, as a list

``update`` adds new strings of ``src/coopbuilder/ui`` to ``resources/translations/
coopbuilder_<lang>.ts`` as unfinished and drops strings that are gone; translate the unfinished
ones (Qt Linguist: ``.venv/bin/pyside6-linguist FILE.ts``, or any editor), then ``release``.

``check`` (and tests/test_translations.py) finds: GUI strings without a finished translation or
with placeholders ({name}) or accelerators (&) that do not match, a .ts that lupdate would change,
a .qm that does not match its .ts, clauses, sections, tables and texts of the English clause
library without a German counterpart and vice versa (same ids, same Jinja variables), catalogue
texts without both languages, fixed-choice labels and check messages missing in a language, and
sharing-rule presets that differ between the languages in anything but their wording.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, nodes

ROOT = Path(__file__).resolve().parents[1]
UI_SOURCES = ROOT / "src" / "coopbuilder" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATES = ROOT / "agreement_templates"
RESOURCES = ROOT / "resources"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("de",)
"""The languages the GUI is translated into (English is the language of the source texts)."""

_PLACEHOLDER = re.compile(r"{[^{}]*}")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"coopbuilder_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"coopbuilder_{language}.qm"


def tool(name: str) -> Path:
    """A Qt tool PySide6 installs beside the Python that runs this script."""
    path = Path(sys.executable).parent / f"pyside6-{name}"
    if not path.exists():
        found = shutil.which(f"pyside6-{name}")
        if found is None:
            raise SystemExit(f"pyside6-{name} is missing: install PySide6-Essentials.")
        path = Path(found)
    return path


def ui_sources(folder: Path = UI_SOURCES) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def lupdate(ts: Path, sources: list[Path] | None = None) -> None:
    """Bring ``ts`` up to date with the GUI's strings (new ones unfinished, gone ones dropped)."""
    files = [str(p) for p in (sources if sources is not None else ui_sources())]
    subprocess.run(
        [str(tool("lupdate")), "-silent", *files, "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


# -- the GUI's translations ------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [(translation.text or "") if translation is not None else ""]
            if message.get("numerus") == "yes" and translation is not None:
                # a count's message (%n): one form per grammatical number, each checked
                texts = [form.text or "" for form in translation.iter("numerusform")]
            messages.extend(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=text,
                    kind=translation.get("type", "") if translation is not None else "",
                )
                for text in texts
            )
    return messages


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def check_messages(messages: list[Message], name: str) -> list[str]:
    """Every message finished, and its placeholders and accelerators as in the source."""
    problems = []
    for m in messages:
        if m.kind in ("vanished", "obsolete"):
            problems.append(f"{name}: {m.where()} is no longer in the sources (run update).")
        elif m.kind == "unfinished" or not m.translation.strip():
            problems.append(f"{name}: {m.where()} has no finished translation.")
        elif sorted(_PLACEHOLDER.findall(m.source)) != sorted(_PLACEHOLDER.findall(m.translation)):
            problems.append(
                f"{name}: {m.where()}: the translation {m.translation!r} has other "
                "placeholders than the source."
            )
        elif _accelerators(m.source) != _accelerators(m.translation):
            problems.append(
                f"{name}: {m.where()}: the translation {m.translation!r} needs one "
                "accelerator (&) if and only if the source has one."
            )
    return problems


def check_ts(ts: Path, sources: list[Path] | None = None) -> list[str]:
    """The .ts translates every GUI string, and lupdate would neither add nor drop any."""
    if not ts.is_file():
        return [f"{ts} is missing (run update)."]
    messages = read_ts(ts)
    problems = check_messages(messages, ts.name)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts.name
        lupdate(fresh, sources)
        wanted = {m.key for m in read_ts(fresh)}
    present = {m.key for m in messages if m.kind not in ("vanished", "obsolete")}
    problems.extend(
        f"{ts.name}: {context}: {source!r} is not in the .ts yet (run update, then translate)."
        for context, source, _ in sorted(wanted - present)
    )
    problems.extend(
        f"{ts.name}: {context}: {source!r} is no longer in the sources (run update)."
        for context, source, _ in sorted(present - wanted)
    )
    return problems


def check_qm(ts: Path, qm: Path) -> list[str]:
    """The committed .qm is what lrelease makes of the .ts."""
    if not qm.is_file():
        return [f"{qm} is missing (run release)."]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / qm.name
        lrelease(ts, fresh)
        if fresh.read_bytes() != qm.read_bytes():
            return [f"{qm.name} does not match {ts.name} (run release)."]
    return []


# -- the clause libraries --------------------------------------------------------------------


def variables(template: str) -> set[str]:
    """The names a Jinja2 text reads, with their attribute paths ("agreement.next_review_date",
    "rule.sender.label"); ``loop`` is left out."""
    tree = Environment().parse(template)
    found: set[str] = set()

    def path(node: nodes.Node) -> str | None:
        if isinstance(node, nodes.Name):
            return node.name
        if isinstance(node, nodes.Getattr):
            base = path(node.node)
            return None if base is None else f"{base}.{node.attr}"
        return None

    for node in tree.find_all((nodes.Name, nodes.Getattr)):
        name = path(node)
        if name is not None and name.split(".")[0] != "loop":
            found.add(name)
    return found


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _texts(
    prefix: str, data: Any, whole: Callable[[Mapping[str, Any]], bool] | None = None
) -> Iterator[tuple[str, Any]]:
    """Every value of a YAML structure with its path ("clauses[sharing.never].text"); a mapping
    for which ``whole`` is true comes as one value."""
    if isinstance(data, Mapping) and whole is not None and whole(data):
        yield prefix, data
    elif isinstance(data, Mapping):
        for key, value in data.items():
            yield from _texts(f"{prefix}.{key}" if prefix else str(key), value, whole)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            key = value.get("id", index) if isinstance(value, Mapping) else index
            yield from _texts(f"{prefix}[{key}]", value, whole)
    else:
        yield prefix, data


CODE_KEYS = ("id", "when", "requires", "table")
"""Keys whose values are code, not wording: equal in every language (except under ``columns``,
where "when" names a column)."""
OWN_KEYS = ("language", "locale", "hyphenation")
"""Keys of library.yaml that belong to one language."""
FRAME_FILES = ("library.yaml", "report.yaml")
"""Files whose texts may read less data in another language (a German clause number needs no
section number), never other data; a clause reads the same data in every language."""


def _compare(name: str, english: Any, other: Any, language: str) -> list[str]:
    problems = []
    strict = Path(name).name not in FRAME_FILES
    mine = {k: v for k, v in _texts("", english) if k.split(".")[0] not in OWN_KEYS}
    theirs = {k: v for k, v in _texts("", other) if k.split(".")[0] not in OWN_KEYS}
    for key in sorted(set(mine) - set(theirs)):
        problems.append(f"{name}: '{key}' is in the English library but not in '{language}'.")
    for key in sorted(set(theirs) - set(mine)):
        problems.append(f"{name}: '{key}' is in '{language}' but not in the English library.")
    for key in sorted(set(mine) & set(theirs)):
        ours, yours = mine[key], theirs[key]
        last = re.sub(r"\[.*?\]", "", key).split(".")[-1]
        code = (last in CODE_KEYS and ".columns." not in key) or ".requires" in key
        if code:
            if ours != yours:
                problems.append(f"{name}: '{key}' is {yours!r} in '{language}', not {ours!r}.")
            continue
        if not (isinstance(ours, str) and isinstance(yours, str)):
            continue
        if not yours.strip():
            problems.append(f"{name}: '{key}' is empty in '{language}'.")
            continue
        read, other_read = variables(ours), variables(yours)
        if other_read - read or (strict and read - other_read):
            problems.append(
                f"{name}: '{key}' reads other data in '{language}' (only English: "
                f"{sorted(read - other_read)}; only {language}: {sorted(other_read - read)})."
            )
    return problems


def check_clause_libraries(english: Path, other: Path, language: str) -> list[str]:
    """The same files, sections, clauses, tables, columns, rows, texts and Jinja variables."""
    if not (other / "library.yaml").is_file():
        return [f"{other}: there is no clause library for '{language}'."]
    problems = []
    library = _load(other / "library.yaml")
    if library.get("language") != language:
        problems.append(f"{other}/library.yaml: 'language' is not '{language}'.")
    names = sorted(
        {p.name for p in english.glob("*.yaml")} | {p.name for p in other.glob("*.yaml")}
    )
    for name in names:
        if not (other / name).is_file():
            problems.append(f"{other / name} is missing (the English library has it).")
        elif not (english / name).is_file():
            problems.append(f"{other / name} has no English counterpart.")
        else:
            problems.extend(
                _compare(
                    f"{other.name}/{name}", _load(english / name), _load(other / name), language
                )
            )
    return problems


# -- catalogue, fixed-choice texts, presets --------------------------------------------------


def check_catalogue(
    path: Path, languages: tuple[str, ...] = (SOURCE_LANGUAGE, *LANGUAGES)
) -> list[str]:
    """Every text of the catalogue (a mapping with an "en" key) has every language."""
    problems = []
    for where, value in _texts("", _load(path), lambda d: bool(set(d) & set(languages))):
        if not isinstance(value, Mapping):
            continue
        for language in languages:
            text = value.get(language)
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{path.name}: {where} has no '{language}' text.")
    return problems


def check_texts(english: Path, other: Path) -> list[str]:
    """The same labels for every fixed choice and the same check messages (with the same
    placeholders) in both files."""
    problems = []
    mine, theirs = _load(english), _load(other)
    for section in ("labels", "checks"):
        ours, yours = (
            dict(_texts("", mine.get(section, {}))),
            dict(_texts("", theirs.get(section, {}))),
        )
        for key in sorted(set(ours) - set(yours)):
            problems.append(f"{other.name}: {section}.{key} is missing.")
        for key in sorted(set(yours) - set(ours)):
            problems.append(f"{other.name}: {section}.{key} is not in {english.name}.")
        for key in sorted(set(ours) & set(yours)):
            if not str(yours[key]).strip():
                problems.append(f"{other.name}: {section}.{key} is empty.")
            elif sorted(_PLACEHOLDER.findall(str(ours[key]))) != sorted(
                _PLACEHOLDER.findall(str(yours[key]))
            ):
                problems.append(f"{other.name}: {section}.{key} has other placeholders.")
    return problems


PRESET_WORDING = (
    "name",
    "category",
    "note",
    "national_law",
    "art10",
    "recipient_roles",
    "when_involved",
    "may_receive",
    "referral",
    "contact",
)
"""What a preset says in words; everything else (sectors, when, trigger, flags, kinds, fields of
work) is equal."""

PRESET_LISTS = {"presets": "preset", "further_actors": "further-actor preset", "roles": "role"}
"""The lists of the presets file, and what one entry of each is called."""


def check_presets(english: Path, other: Path) -> list[str]:
    """The same presets in the same order, differing only in their wording."""
    if not other.is_file():
        return [f"{other} is missing (the English presets are in {english.name})."]
    problems = []
    for section, called in PRESET_LISTS.items():
        mine, theirs = _load(english).get(section, []), _load(other).get(section, [])
        if len(mine) != len(theirs):
            problems.append(
                f"{other.name} has {len(theirs)} {section.replace('_', ' ')}, "
                f"{english.name} has {len(mine)}."
            )
            continue
        for number, (ours, yours) in enumerate(zip(mine, theirs, strict=True), start=1):
            a, b = dict(_texts("", ours)), dict(_texts("", yours))
            if set(a) != set(b):
                problems.append(
                    f"{other.name}: {called} {number} has other fields than in English."
                )
                continue
            for key in sorted(a):
                if key.split(".")[-1].split("[")[0] in PRESET_WORDING:
                    if not str(b[key]).strip():
                        problems.append(f"{other.name}: {called} {number}: {key} is empty.")
                elif a[key] != b[key]:
                    problems.append(f"{other.name}: {called} {number}: {key} differs from English.")
    return problems


# -- everything ------------------------------------------------------------------------------


def check_all() -> list[str]:
    problems = []
    for language in LANGUAGES:
        problems.extend(check_ts(ts_file(language)))
        problems.extend(check_qm(ts_file(language), qm_file(language)))
        problems.extend(
            check_clause_libraries(TEMPLATES / SOURCE_LANGUAGE, TEMPLATES / language, language)
        )
        problems.extend(
            check_texts(RESOURCES / "texts" / "en.yaml", RESOURCES / "texts" / f"{language}.yaml")
        )
        problems.extend(
            check_presets(
                RESOURCES / "presets" / "en.yaml", RESOURCES / "presets" / f"{language}.yaml"
            )
        )
    problems.extend(check_catalogue(RESOURCES / "catalogue.yaml"))
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/translations.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("steps", nargs="+", choices=["update", "release", "check"])
    args = parser.parse_args(argv)
    for step in args.steps:
        for language in LANGUAGES:
            if step == "update":
                lupdate(ts_file(language))
                unfinished = [m for m in read_ts(ts_file(language)) if m.kind == "unfinished"]
                print(f"{ts_file(language)}: {len(unfinished)} string(s) to translate.")
            elif step == "release":
                lrelease(ts_file(language), qm_file(language))
                print(f"Wrote {qm_file(language)}.")
        if step == "check":
            problems = check_all()
            for problem in problems:
                print(problem)
            print(f"{len(problems)} problem(s).")
            if problems:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
