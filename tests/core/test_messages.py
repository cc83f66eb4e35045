"""Every message a user error can carry is a literal template with a German translation.

The program's source is read (not run): every construction of a :class:`UserError` (or of a
subclass, found in the source) and of a :class:`Phrase` must pass a literal template, and each
template must be in the German catalogue with the same placeholders. A catalogue entry no
construction uses any more is stale and fails too.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import coopbuilder
from coopbuilder.core.errors import ExchangeFileError, Phrase, UserError
from coopbuilder.core.messages import (
    catalogue,
    catalogue_path,
    message_in,
    parse_catalogue,
    placeholders,
)
from coopbuilder.core.plurals import Counted
from coopbuilder.core.vocabulary import Language, SharingWhen

SOURCE = Path(coopbuilder.__file__).parent

NOT_TRANSLATED = ("cli/",)
"""Packages whose errors only the command line shows: it speaks English, so their templates
need no German entry (they must still be literal templates)."""

NON_LITERAL: dict[str, str] = {
    "ui/printing.py:UserError": "the message is the window's own text, translated where it is made",
}
"""Constructions whose message is not a literal template, by ``<file>:<class>``, and why."""


@dataclass(frozen=True)
class Construction:
    file: str
    line: int
    name: str
    template: str | None  # None: not a literal


def _trees() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(SOURCE)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(SOURCE.rglob("*.py"))
    }


def _base_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(trees: dict[str, ast.Module]) -> tuple[set[str], set[str]]:
    """The names of UserError and its subclasses, and those of them whose own ``__init__``
    does not take a template first (their ``super().__init__`` call is checked instead)."""
    classes = {
        node.name: node
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    names = {"UserError"}
    grown = True
    while grown:
        grown = False
        for name, node in classes.items():
            if name not in names and any(_base_name(b) in names for b in node.bases):
                names.add(name)
                grown = True
    own_init = set()
    for name in names - {"UserError"}:
        for item in classes[name].body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                params = [*item.args.posonlyargs, *item.args.args][1:]
                if not params or params[0].arg != "template":
                    own_init.add(name)
    return names, own_init


def _template(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _error_parameters(tree: ast.Module, names: set[str]) -> set[str]:
    """Parameters annotated ``type[<an error class>]``: calling them constructs an error."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for arg in [*node.args.args, *node.args.kwonlyargs]:
                note = arg.annotation
                if (
                    isinstance(note, ast.Subscript)
                    and _base_name(note.value) == "type"
                    and _base_name(note.slice) in names
                ):
                    found.add(arg.arg)
    return found


@cache
def constructions() -> tuple[Construction, ...]:
    trees = _trees()
    names, own_init = _error_classes(trees)
    found = []
    for file, tree in trees.items():
        parameters = _error_parameters(tree, names)
        for cls in [
            n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in own_init
        ]:
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"
                    and isinstance(node.func.value, ast.Call)
                    and _base_name(node.func.value.func) == "super"
                ):
                    first = node.args[0] if node.args else None
                    found.append(Construction(file, node.lineno, cls.name, _template(first)))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _base_name(node.func)
            called_parameter = isinstance(node.func, ast.Name) and name in parameters
            if name == "Phrase" or called_parameter or (name in names and name not in own_init):
                first = node.args[0] if node.args else None
                found.append(Construction(file, node.lineno, str(name), _template(first)))
    return tuple(found)


def test_the_scan_finds_the_errors_it_should() -> None:
    found = constructions()
    templates = {c.template for c in found}
    assert "{path} does not exist." in templates  # through a ``type[UserError]`` parameter
    assert " (and {count} more)" in templates  # a Phrase
    assert any(c.name == "WrongPassphraseError" for c in found)
    assert any(c.name == "NotReadyToSignError" for c in found)  # its super().__init__
    assert len(found) > 150


PACKAGES = ("core", "store", "documents", "workflows", "ui", "cli", "")


def _in(package: str, construction: Construction) -> bool:
    top = construction.file.split("/")[0] if "/" in construction.file else ""
    return top == package


def test_the_packages_cover_the_source() -> None:
    assert {c.file.split("/")[0] if "/" in c.file else "" for c in constructions()} <= set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_message_is_a_literal_template(package: str) -> None:
    bad = [
        f"{c.file}:{c.line} {c.name}"
        for c in constructions()
        if _in(package, c) and c.template is None and f"{c.file}:{c.name}" not in NON_LITERAL
    ]
    assert bad == [], "use a literal template and keyword values, not an f-string"


def _translated() -> list[Construction]:
    return [
        c
        for c in constructions()
        if c.template is not None and not c.file.startswith(NOT_TRANSLATED)
    ]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_message_has_a_german_translation(package: str) -> None:
    german = catalogue(Language.DE).messages
    missing = sorted(
        {c.template for c in _translated() if _in(package, c) and c.template not in german}
    )
    assert missing == [], f"no German entry in {catalogue_path(Language.DE)}"


def test_the_german_translations_have_the_same_placeholders() -> None:
    german = catalogue(Language.DE).messages
    differ = sorted(
        english
        for english, translated in german.items()
        if placeholders(english) != placeholders(translated)
    )
    assert differ == []


def test_no_german_entry_is_stale() -> None:
    used = {c.template for c in _translated()}
    stale = sorted(set(catalogue(Language.DE).messages) - used)
    assert stale == [], "these entries are no longer raised anywhere: remove them"


def test_every_german_word_is_used_in_the_source() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in SOURCE.rglob("*.py"))
    unused = [word for word in catalogue(Language.DE).words if f'"{word}"' not in source]
    assert unused == []


def test_a_template_formats_to_the_same_english_sentence_as_before() -> None:
    error = ExchangeFileError("{source} holds no agreement.", source=Path("a.json"))
    assert str(error) == "a.json holds no agreement."
    assert error.template == "{source} holds no agreement."
    assert error.values == {"source": Path("a.json")}
    assert str(UserError("Braces {stay} as they are without values.")) == (
        "Braces {stay} as they are without values."
    )


def test_german_with_translated_values() -> None:
    inner = UserError("{path} does not exist.", path="x.json")
    outer = UserError(
        "{path} is too large to be {what} ({size} bytes).",
        path="x.json",
        what="an agreement file",
        size=5,
    )
    assert message_in(inner, "de") == "x.json existiert nicht."
    assert "eine Vereinbarungsdatei" in message_in(outer, Language.DE)
    assert message_in(inner, Language.EN) == "x.json does not exist."
    assert message_in(Phrase(" (and {count} more)", count=2), "de") == " (und 2 weitere)"
    for count, english, german in (
        (1, "1 more problem", "1 weiteres Problem"),
        (2, "2 more problems", "2 weitere Probleme"),
    ):
        more = Phrase(" (and {problems})", problems=Counted(count, "more problem"))
        error = ExchangeFileError(
            "{source}: agreement › {problem}{more}.", source="a", problem="p", more=more
        )
        assert str(error) == f"a: agreement › p (and {english})."
        assert message_in(error, "de") == f"a: Vereinbarung › p (und {german})."


def test_an_enum_value_is_given_by_its_label() -> None:
    from coopbuilder.core.messages import _value_in

    assert _value_in(SharingWhen.NEVER, Language.DE, {}) == "Nie"


def test_a_missing_translation_falls_back_to_english() -> None:
    error = UserError("A sentence no catalogue has: {x}.", x=1)
    assert message_in(error, "de") == "A sentence no catalogue has: 1."
    assert message_in(ValueError("plain"), "de") == "plain"


def test_a_malformed_catalogue_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        parse_catalogue("messages:\n- {en: a, de: b}\n- {en: a, de: c}\n")
    with pytest.raises(ValueError, match="pair"):
        parse_catalogue("messages:\n- {en: a}\n")


def test_an_operating_system_text_stays_english_in_parentheses() -> None:
    error = UserError(
        "{path} could not be written: {reason}.", path="a.pdf", reason="Input/output error"
    )
    assert str(error) == "a.pdf could not be written: Input/output error."
    assert message_in(error, "de") == (
        "a.pdf konnte nicht geschrieben werden (Input/output error)."
    )
