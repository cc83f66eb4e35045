"""The precondition catalogue: the preconditions of cooperation, their statements, the
actions recommended for a gap and the agreement clause each calls for.

The catalogue is data (``resources/catalogue.yaml``), loaded and validated at start. Each
agreement is rated against one version of it (``Agreement.catalogue_version``); the versions
the program has shipped stay readable (``resources/catalogue_v1.yaml``), so an agreement rated
last year scores as it did then.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, model_validator

from coopbuilder.core.base import Id, Model, Name
from coopbuilder.core.errors import CatalogueError, Phrase
from coopbuilder.core.resources import resource_path
from coopbuilder.core.validation import validation_problems
from coopbuilder.core.vocabulary import Language
from coopbuilder.core.yamlio import parse_yaml


class LocalText(Model):
    """A text in every language the program speaks."""

    en: Name
    de: Name

    def get(self, language: Language | str) -> str:
        return self.de if Language(language) is Language.DE else self.en


class Statement(Model):
    id: Id
    text: LocalText
    knowledge: bool = False
    """A statement about what the rater knows: "don't know" on it is itself a finding."""
    same_as: Id | None = None
    """The statement of the previous catalogue version with the same meaning (its answer
    carries over to a review)."""
    split_from: Id | None = None
    """The statement of the previous catalogue version this one replaces with a changed
    meaning (its answer does not carry over)."""


class Scale(Model):
    """The labels of the rating scale: every point, "don't know" and "not applicable"."""

    points: list[LocalText] = Field(min_length=5, max_length=5)
    dont_know: LocalText
    not_applicable: LocalText

    def label(self, value: int, language: Language | str) -> str:
        return self.points[value - 1].get(language)


class Precondition(Model):
    id: Id
    name: LocalText
    summary: LocalText
    source: Name
    clause: Id
    statements: list[Statement] = Field(min_length=3, max_length=8)
    actions: list[LocalText] = Field(min_length=1)

    def statements_ids(self) -> list[str]:
        return [s.id for s in self.statements]


class Catalogue(Model):
    catalogue_version: int = Field(ge=1)
    source: Name
    scale: Scale
    preconditions: list[Precondition] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Catalogue:
        seen: set[str] = set()
        for precondition in self.preconditions:
            for key in [precondition.id, *(s.id for s in precondition.statements)]:
                if key in seen:
                    raise ValueError(Phrase("the id '{key}' is used twice", key=key))
                seen.add(key)
        return self

    def precondition(self, precondition_id: str) -> Precondition:
        for precondition in self.preconditions:
            if precondition.id == precondition_id:
                return precondition
        raise KeyError(precondition_id)

    def statement(self, statement_id: str) -> Statement:
        for precondition in self.preconditions:
            for statement in precondition.statements:
                if statement.id == statement_id:
                    return statement
        raise KeyError(statement_id)

    def precondition_of(self, statement_id: str) -> Precondition:
        for precondition in self.preconditions:
            if any(s.id == statement_id for s in precondition.statements):
                return precondition
        raise KeyError(statement_id)

    @property
    def statement_ids(self) -> list[str]:
        return [s.id for p in self.preconditions for s in p.statements]


def parse_catalogue(path: Path) -> Catalogue:
    """Read and validate a catalogue file; every problem names the file and the entry."""
    try:
        raw: Any = parse_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(
            "The precondition catalogue {path} cannot be read ({strerror}); reinstall CoopBuilder.",
            path=path,
            strerror=exc.strerror,
        ) from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CatalogueError(
            "The precondition catalogue {path} is not valid YAML: {exc}", path=path, exc=exc
        ) from exc
    try:
        return Catalogue.model_validate(raw)
    except ValidationError as exc:
        problems = validation_problems(exc, raw)
        more = Phrase(" (and {count} more)", count=len(problems) - 1) if len(problems) > 1 else ""
        raise CatalogueError(
            "The precondition catalogue {path} is broken at {problem}{more}.",
            path=path,
            problem=problems[0],
            more=more,
        ) from exc


CURRENT_VERSION = 2
"""The catalogue version new agreements are rated against."""
_FILES = {1: "catalogue_v1.yaml", CURRENT_VERSION: "catalogue.yaml"}


@cache
def shipped_catalogue(version: int) -> Catalogue:
    """A catalogue version the program has shipped (each read once)."""
    name = _FILES.get(version)
    if name is None:
        raise CatalogueError(
            "This agreement was rated against precondition catalogue version {version}, which "
            "this CoopBuilder does not know (it knows up to {current}). Update CoopBuilder to "
            "score it.",
            version=version,
            current=CURRENT_VERSION,
        )
    catalogue = parse_catalogue(resource_path(name))
    if catalogue.catalogue_version != version:
        raise CatalogueError(
            "The precondition catalogue {path} says it is version {found}, not {version}; "
            "reinstall CoopBuilder.",
            path=resource_path(name),
            found=catalogue.catalogue_version,
            version=version,
        )
    return catalogue


def default_catalogue() -> Catalogue:
    """The current catalogue shipped with the program (read once)."""
    return shipped_catalogue(CURRENT_VERSION)


def catalogue_for(version: int, catalogue: Catalogue | None = None) -> Catalogue:
    """The catalogue an agreement rated against ``version`` is scored with: ``catalogue`` if it
    is that version (a caller's own), else the shipped one."""
    if catalogue is not None and catalogue.catalogue_version == version:
        return catalogue
    return shipped_catalogue(version)


class StatementChange(Model):
    """What became of one statement of an older catalogue in the current one."""

    old_id: Id
    carried_to: Id | None
    """The current statement with the same meaning, whose answer carries over."""
    replaced_by: tuple[Id, ...] = ()
    """The current statements that replace it with a changed meaning."""

    @property
    def replaced(self) -> bool:
        return self.carried_to is None


def statement_changes(old: Catalogue, new: Catalogue) -> list[StatementChange]:
    """Each statement of ``old``, and what ``new`` made of it (in ``old``'s order)."""
    changes = []
    for old_id in old.statement_ids:
        carried = [s.id for p in new.preconditions for s in p.statements if s.same_as == old_id]
        split = tuple(
            s.id for p in new.preconditions for s in p.statements if s.split_from == old_id
        )
        changes.append(
            StatementChange(
                old_id=old_id, carried_to=carried[0] if carried else None, replaced_by=split
            )
        )
    return changes
