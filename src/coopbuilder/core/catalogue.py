"""The precondition catalogue: the eight preconditions of cooperation, their statements, the
actions recommended for a gap and the agreement clause each calls for.

The catalogue is data (``resources/catalogue.yaml``), loaded and validated at start.
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


class Precondition(Model):
    id: Id
    name: LocalText
    summary: LocalText
    source: Name
    clause: Id
    statements: list[Statement] = Field(min_length=3, max_length=5)
    actions: list[LocalText] = Field(min_length=1)


class Catalogue(Model):
    catalogue_version: int = Field(ge=1)
    source: Name
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


@cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped with the program (read once)."""
    return parse_catalogue(resource_path("catalogue.yaml"))
