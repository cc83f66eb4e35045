"""Reading the clause library's YAML files with the line of every value, so that every
mistake can name its file, clause and line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.core.validation import validation_problems


class TemplateError(UserError):
    """The clause library is broken: the message names the file, the clause and the line."""


def where(file: Path, line: int | None, clause: str | None) -> Phrase:
    """The place in a file of the clause library: "file, line 3, clause 'x'", a phrase that
    is given in the language of the message it is a value of."""
    if line is not None and clause:
        return Phrase("{file}, line {line}, clause '{clause}'", file=file, line=line, clause=clause)
    if line is not None:
        return Phrase("{file}, line {line}", file=file, line=line)
    if clause:
        return Phrase("{file}, clause '{clause}'", file=file, clause=clause)
    return Phrase("{file}", file=file)


# -- reading YAML with line numbers ----------------------------------------------------------


@dataclass(frozen=True)
class YamlFile:
    """A parsed YAML file and the line of every value in it (by its path of keys)."""

    file: Path
    data: Any
    lines: dict[tuple[str | int, ...], int]
    block: frozenset[tuple[str | int, ...]]  # paths of block scalars (| or >)

    def line(self, path: Sequence[str | int]) -> int | None:
        """The line of the value at ``path``, or of its nearest enclosing value."""
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), None)

    def text_start(self, path: Sequence[str | int]) -> int:
        """The line on which the text of the scalar at ``path`` begins."""
        line = self.line(path) or 1
        return line + 1 if tuple(path) in self.block else line


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where PyYAML has it


def _index_lines(
    node: yaml.Node,
    path: tuple[str | int, ...],
    lines: dict[tuple[str | int, ...], int],
    block: set[tuple[str | int, ...]],
) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        block.add(path)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _index_lines(value, (*path, str(key.value)), lines, block)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*path, index), lines, block)


Parsed = tuple[Any, dict[tuple[str | int, ...], int], frozenset[tuple[str | int, ...]]]
"""What :func:`read_yaml` makes of a file's text: its data, the line of every value, and the
paths of its block scalars."""


class KeptParses(Protocol):
    """Where what a text parsed into is kept between runs, by the text."""

    def parsed(self, text: str) -> Parsed | None: ...

    def keep_parsed(self, text: str, parsed: Parsed) -> None: ...


def read_yaml(file: Path, kept: KeptParses | None = None) -> YamlFile:
    """The YAML file ``file`` with the line of every value; from ``kept`` when its text was
    parsed before (and kept there when not)."""
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TemplateError("{file}: the template file does not exist.", file=file) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(
            "{file}: the template file cannot be read ({exc}).", file=file, exc=exc
        ) from exc
    found = kept.parsed(text) if kept is not None else None
    if found is not None:
        return YamlFile(file, *found)
    parsed = _parse(file, text)
    if kept is not None:
        kept.keep_parsed(text, parsed)
    return YamlFile(file, *parsed)


def _parse(file: Path, text: str) -> Parsed:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise TemplateError(
            "{place}: not valid YAML ({problem}).",
            place=where(file, line, None),
            problem=exc.problem or exc,
        ) from exc
    except yaml.YAMLError as exc:
        raise TemplateError("{file}: not valid YAML ({exc}).", file=file, exc=exc) from exc
    finally:
        loader.dispose()
    lines: dict[tuple[str | int, ...], int] = {}
    block: set[tuple[str | int, ...]] = set()
    if node is not None:
        _index_lines(node, (), lines, block)
    return data, lines, frozenset(block)


_M = TypeVar("_M", bound=BaseModel)


def validate(model: type[_M], source: YamlFile) -> _M:
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(part for part in first.get("loc", ()) if isinstance(part, str | int))
        problem = validation_problems(exc, source.data)[0]
        clause = clause_id_at(source.data, loc)
        more = exc.error_count() - 1
        raise TemplateError(
            "{place}: {problem}{more}.",
            place=where(source.file, source.line(loc), clause),
            problem=problem,
            more=Phrase(" (and {count} more)", count=more) if more else "",
        ) from exc


def clause_id_at(data: Any, loc: tuple[str | int, ...]) -> str | None:
    if len(loc) >= 2 and loc[0] == "clauses" and isinstance(loc[1], int) and isinstance(data, dict):
        clauses = data.get("clauses")
        if isinstance(clauses, list) and 0 <= loc[1] < len(clauses):
            entry = clauses[loc[1]]
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                return str(entry["id"])
    return None
