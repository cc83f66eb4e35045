"""The clause library: the agreement's wording as data, in ``agreement_templates/<language>/``.

``library.yaml`` names the locale, the section files of the body and of the annexes in order, the
texts around the clauses (title block, header, footer, watermark) and short words for tables.
Each section file holds one section::

    id: sharing                       # for cross references: {{ ref.sharing }} -> "section 5"
    heading: "Information-sharing rules"
    when: <expression>                # optional: the section applies only when this is true
    clauses:
      - id: sharing.never             # unique in the library
        when: <expression>            # optional condition
        requires: [never_rules]       # optional: the clause drops out when any of these is empty
        text: |                       # Jinja2; blank lines separate paragraphs, "- " starts a bullet
          ...
        table: sop                    # optional: a table (or chart) the program builds from data
        columns: {who: "Who informs"} # the table's headings (Jinja2 too)
        rows: ["..."]                 # fixed rows, for forms such as the disclosure log

Every text is a Jinja2 template, compiled once in a sandbox that can read the agreement but
change nothing. Loading validates everything; a mistake is a :class:`TemplateError` that names
the file, the clause and the line.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from jinja2 import StrictUndefined, TemplateError as JinjaError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.errors import UserError
from coopbuilder.core.resources import template_path
from coopbuilder.core.validation import describe_validation_error
from coopbuilder.core.vocabulary import Language

LIBRARY_FILE = "library.yaml"
REPORT_FILE = "report.yaml"
TEMPLATES_ENV = "COOPBUILDER_TEMPLATES"
"""Environment setting: a folder of the organisation's own templates (like ``--templates``)."""

TABLES: Mapping[str, frozenset[str]] = {
    "sop": frozenset({"who", "whom", "what", "when"}),
    "escalation": frozenset({"level", "contact", "availability", "deputy"}),
    "meetings": frozenset({"format", "cadence", "participants", "note"}),
    "further_actors": frozenset({"actor", "when", "may_receive"}),
    "success_indicators": frozenset({"indicator", "measure", "target"}),
    "signatures": frozenset({"organisation", "place_date", "signature", "missing"}),
    "contact_list": frozenset({"level", "role", "name", "reach", "availability", "deputy"}),
    "sharing_matrix": frozenset(
        {"number", "category", "direction", "recipients", "when", "basis", "retention", "open"}
    ),
    "disclosure_log": frozenset({"field", "entry"}),
    "readiness_chart": frozenset({"scale"}),
    "readiness_scores": frozenset({"precondition", "perception_gap"}),
    "readiness_actions": frozenset({"finding", "action", "owner", "status"}),
}
"""The tables the program can build, with the column headings each needs from the library."""

DOCUMENT_TEXTS = frozenset(
    """
    kind subject keywords between and represented_by version_line date_line draft_notice
    final_notice header footer_version footer_draft footer_page watermark section_heading
    annex_heading annex_ref section_ref contents
    """.split()
)


class TemplateError(UserError):
    """The clause library is broken: the message names the file, the clause and the line."""


def _where(file: Path, line: int | None, clause: str | None) -> str:
    place = f"{file}"
    if line is not None:
        place += f", line {line}"
    if clause:
        place += f", clause '{clause}'"
    return place


# -- reading YAML with line numbers ----------------------------------------------------------


@dataclass(frozen=True)
class _Source:
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


def _read_yaml(file: Path) -> _Source:
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TemplateError(f"{file}: the template file does not exist.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{file}: the template file cannot be read ({exc}).") from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise TemplateError(
            f"{_where(file, line, None)}: not valid YAML ({exc.problem or exc})."
        ) from exc
    except yaml.YAMLError as exc:
        raise TemplateError(f"{file}: not valid YAML ({exc}).") from exc
    finally:
        loader.dispose()
    lines: dict[tuple[str | int, ...], int] = {}
    block: set[tuple[str | int, ...]] = set()
    if node is not None:
        _index_lines(node, (), lines, block)
    return _Source(file, data, lines, frozenset(block))


# -- the file formats ------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ClauseData(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.\-]{1,80}$")
    when: str | None = None
    requires: list[str] = Field(default_factory=list)
    text: str | None = None
    table: str | None = None
    columns: dict[str, str] = Field(default_factory=dict)
    rows: list[str] = Field(default_factory=list)


class _SectionData(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_]{1,40}$")
    heading: str
    when: str | None = None
    clauses: list[_ClauseData] = Field(min_length=1)


class _ReportData(RootModel[dict[str, str]]):
    model_config = ConfigDict(frozen=True)


class _LibraryData(_Strict):
    language: Language
    locale: str
    body: list[str] = Field(min_length=1)
    annexes: list[str] = Field(default_factory=list)
    document: dict[str, str]
    words: dict[str, str]


_M = TypeVar("_M", bound=BaseModel)


def _validate(model: type[_M], source: _Source) -> _M:
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(part for part in first.get("loc", ()) if isinstance(part, str | int))
        problem = describe_validation_error(exc, source.data)[0]
        clause = _clause_id_at(source.data, loc)
        raise TemplateError(
            f"{_where(source.file, source.line(loc), clause)}: {problem}"
            + (f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else "")
            + "."
        ) from exc


def _clause_id_at(data: Any, loc: tuple[str | int, ...]) -> str | None:
    if len(loc) >= 2 and loc[0] == "clauses" and isinstance(loc[1], int) and isinstance(data, dict):
        clauses = data.get("clauses")
        if isinstance(clauses, list) and 0 <= loc[1] < len(clauses):
            entry = clauses[loc[1]]
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                return str(entry["id"])
    return None


# -- compiled texts --------------------------------------------------------------------------


def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        autoescape=True,
        undefined=StrictUndefined,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Text:
    """One compiled Jinja2 text of the library, and where it comes from."""

    file: Path
    clause: str | None
    line: int
    render_fn: Callable[[Mapping[str, Any]], str]
    name: str

    def render(self, context: Mapping[str, Any], **extra: Any) -> str:
        try:
            return self.render_fn({**context, **extra} if extra else context)
        except (JinjaError, TypeError, ValueError, AttributeError, KeyError) as exc:
            line = self.line + _template_line(exc, self.name) - 1
            raise TemplateError(
                f"{_where(self.file, line, self.clause)}: {type(exc).__name__}: {exc}"
            ) from exc


@dataclass(frozen=True)
class Condition:
    """A compiled Jinja2 expression of the library (``when``, ``requires``)."""

    file: Path
    clause: str | None
    line: int
    source: str
    evaluate_fn: Callable[..., Any]

    def value(self, context: Mapping[str, Any]) -> Any:
        try:
            return self.evaluate_fn(**context)
        except (JinjaError, TypeError, ValueError, AttributeError, KeyError) as exc:
            raise TemplateError(
                f"{_where(self.file, self.line, self.clause)}: the expression "
                f"'{self.source}' fails: {exc}"
            ) from exc

    def holds(self, context: Mapping[str, Any]) -> bool:
        return bool(self.value(context))


def _template_line(exc: BaseException, name: str) -> int:
    """The line inside the template where a rendering error happened (1 if unknown)."""
    line = 1
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == name and frame.lineno is not None:
            line = frame.lineno
    return line


class _Compiler:
    def __init__(
        self,
        environment: SandboxedEnvironment,
        source: _Source,
        expressions: dict[str, Callable[..., Any]],
    ) -> None:
        self.env = environment
        self.source = source
        self.expressions = expressions  # compiled once per library

    def text(self, path: tuple[str | int, ...], text: str, clause: str | None) -> Text:
        start = self.source.text_start(path)
        name = f"{self.source.file}:{'.'.join(str(p) for p in path)}"
        if not any(mark in text for mark in ("{{", "{%", "{#")):
            plain = text.removesuffix("\n")  # what Jinja2 would give, without compiling it
            return Text(self.source.file, clause, start, lambda _: plain, name)
        try:
            code = self.env.compile(text, name=name, filename=name)
            template = self.env.template_class.from_code(
                self.env, code, self.env.make_globals(None)
            )
        except TemplateSyntaxError as exc:
            line = start + (exc.lineno or 1) - 1
            raise TemplateError(
                f"{_where(self.source.file, line, clause)}: template error: {exc.message}"
            ) from exc
        return Text(self.source.file, clause, start, template.render, name)

    def condition(self, path: tuple[str | int, ...], text: str, clause: str | None) -> Condition:
        line = self.source.line(path) or 1
        try:
            evaluate = self.expressions.get(text) or self.env.compile_expression(
                text, undefined_to_none=False
            )
            self.expressions[text] = evaluate
        except TemplateSyntaxError as exc:
            raise TemplateError(
                f"{_where(self.source.file, line, clause)}: the expression '{text}' is not "
                f"valid: {exc.message}"
            ) from exc
        return Condition(self.source.file, clause, line, text, evaluate)


# -- the library -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    id: str
    file: Path
    line: int
    when: Condition | None
    requires: tuple[Condition, ...]
    text: Text | None
    table: str | None
    columns: Mapping[str, Text]
    rows: tuple[Text, ...]

    def applies(self, context: Mapping[str, Any]) -> bool:
        """Whether the clause is part of this agreement: its condition holds and none of its
        inputs is empty."""
        if self.when is not None and not self.when.holds(context):
            return False
        return all(not _is_empty(r.value(context)) for r in self.requires)


def _is_empty(value: Any) -> bool:
    if value is None or value is False:
        return True
    if isinstance(value, str | list | tuple | dict | set | frozenset):
        return len(value) == 0
    return False


@dataclass(frozen=True)
class Section:
    id: str
    file: Path
    heading: Text
    when: Condition | None
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class ClauseLibrary:
    """The compiled clause library of one language."""

    folder: Path
    language: Language
    locale: str
    body: tuple[Section, ...]
    annexes: tuple[Section, ...]
    document: Mapping[str, Text]
    words: Mapping[str, Text]
    report: Mapping[str, Text] = field(default_factory=dict)

    def clauses(self) -> list[Clause]:
        return [c for s in (*self.body, *self.annexes) for c in s.clauses]

    def clause(self, clause_id: str) -> Clause:
        for clause in self.clauses():
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    def has_clause(self, clause_id: str) -> bool:
        return any(c.id == clause_id for c in self.clauses())

    def text(self, key: str, context: Mapping[str, Any], **extra: Any) -> Markup:
        """A text around the clauses (``document`` in library.yaml), rendered."""
        return Markup(self.document[key].render(context, **extra))

    def word(self, key: str, context: Mapping[str, Any] | None = None, **extra: Any) -> Markup:
        return Markup(self.words[key].render(context or {}, **extra))

    def require_clauses(self, catalogue: Catalogue) -> None:
        """Every clause the precondition catalogue calls for must be in the library."""
        missing = [p.clause for p in catalogue.preconditions if not self.has_clause(p.clause)]
        if missing:
            raise TemplateError(
                f"{self.folder}: the clause library has no clause '{missing[0]}', which the "
                "precondition catalogue needs. Add it to one of the section files."
            )


def _section(
    environment: SandboxedEnvironment, file: Path, expressions: dict[str, Callable[..., Any]]
) -> Section:
    source = _read_yaml(file)
    data = _validate(_SectionData, source)
    compiler = _Compiler(environment, source, expressions)
    clauses = []
    for index, item in enumerate(data.clauses):
        at: tuple[str | int, ...] = ("clauses", index)
        where = _where(file, source.line(at), item.id)
        if item.text is None and item.table is None:
            raise TemplateError(f"{where}: a clause needs a 'text', a 'table' or both.")
        if item.table is not None:
            _check_table(item, where)
        elif item.columns or item.rows:
            raise TemplateError(f"{where}: 'columns' and 'rows' belong to a clause with a table.")
        clauses.append(
            Clause(
                id=item.id,
                file=file,
                line=source.line(at) or 1,
                when=None
                if item.when is None
                else compiler.condition((*at, "when"), item.when, item.id),
                requires=tuple(
                    compiler.condition((*at, "requires", i), expression, item.id)
                    for i, expression in enumerate(item.requires)
                ),
                text=None
                if item.text is None
                else compiler.text((*at, "text"), item.text, item.id),
                table=item.table,
                columns={
                    key: compiler.text((*at, "columns", key), value, item.id)
                    for key, value in item.columns.items()
                },
                rows=tuple(
                    compiler.text((*at, "rows", i), value, item.id)
                    for i, value in enumerate(item.rows)
                ),
            )
        )
    return Section(
        id=data.id,
        file=file,
        heading=compiler.text(("heading",), data.heading, None),
        when=None if data.when is None else compiler.condition(("when",), data.when, None),
        clauses=tuple(clauses),
    )


def _check_table(item: _ClauseData, where: str) -> None:
    assert item.table is not None
    needed = TABLES.get(item.table)
    if needed is None:
        known = ", ".join(sorted(TABLES))
        raise TemplateError(f"{where}: unknown table '{item.table}' (known: {known}).")
    missing = sorted(needed - set(item.columns))
    if missing:
        raise TemplateError(
            f"{where}: the table '{item.table}' needs the column heading(s) {', '.join(missing)}."
        )
    extra = sorted(set(item.columns) - needed)
    if extra:
        raise TemplateError(
            f"{where}: the table '{item.table}' has no column(s) {', '.join(extra)}."
        )
    if item.table == "disclosure_log" and not item.rows:
        raise TemplateError(f"{where}: the disclosure log needs its 'rows'.")


def _unique_ids(sections: Sequence[Section], kind: str) -> None:
    seen: dict[str, Path] = {}
    for section in sections:
        if section.id in seen:
            raise TemplateError(
                f"{section.file}: the {kind} id '{section.id}' is also used in "
                f"{seen[section.id]}."
            )
        seen[section.id] = section.file


def _unique_clause_ids(sections: Sequence[Section]) -> None:
    seen: dict[str, Clause] = {}
    for clause in (c for section in sections for c in section.clauses):
        first = seen.get(clause.id)
        if first is not None:
            raise TemplateError(
                f"{_where(clause.file, clause.line, clause.id)}: the clause id is also used "
                f"in {first.file}, line {first.line}."
            )
        seen[clause.id] = clause


def _texts(
    compiler: _Compiler, mapping: Mapping[str, str], path: tuple[str, ...], needed: frozenset[str]
) -> dict[str, Text]:
    missing = sorted(needed - set(mapping))
    if missing:
        line = compiler.source.line(path)
        where = "'" + ".".join(path) + "'" if path else "the file"
        raise TemplateError(
            f"{_where(compiler.source.file, line, None)}: {where} lacks {', '.join(missing)}."
        )
    return {name: compiler.text((*path, name), value, None) for name, value in mapping.items()}


WORDS = frozenset(
    """
    none yes no four_eyes logged no_personal_data sensitive threshold art10 partner_of
    overall not_assessed mean_band means_apart statements_apart no_action due owner_due
    and_list finding recommended
    """.split()
)

REPORT_TEXTS = frozenset(
    """
    kind subject intro overview chart preconditions statement precondition perception_gap note
    recommended agreed no_findings band_legend footer
    """.split()
)


def load_library(folder: Path) -> ClauseLibrary:
    """Read, validate and compile the clause library in ``folder`` (one language)."""
    folder = Path(folder)
    if not (folder / LIBRARY_FILE).is_file():
        raise TemplateError(f"{folder} is not a clause library: it has no {LIBRARY_FILE}.")
    stamp = tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.glob("*.yaml"))
    )
    return _load_library(folder.resolve(), stamp)


@cache
def _load_library(folder: Path, stamp: tuple[tuple[str, int, int], ...]) -> ClauseLibrary:
    del stamp  # part of the cache key only: a changed file is read again
    environment = _environment()
    source = _read_yaml(folder / LIBRARY_FILE)
    data = _validate(_LibraryData, source)
    expressions: dict[str, Callable[..., Any]] = {}
    compiler = _Compiler(environment, source, expressions)
    document = _texts(compiler, data.document, ("document",), DOCUMENT_TEXTS)
    words = _texts(compiler, data.words, ("words",), WORDS)
    report: dict[str, Text] = {}
    if (folder / REPORT_FILE).is_file():
        report_source = _read_yaml(folder / REPORT_FILE)
        report_data = _validate(_ReportData, report_source)
        report = _texts(
            _Compiler(environment, report_source, expressions), report_data.root, (), REPORT_TEXTS
        )
    body = tuple(_section(environment, folder / name, expressions) for name in data.body)
    annexes = tuple(
        _section(environment, folder / name, expressions) for name in data.annexes
    )
    _unique_ids(body, "section")
    _unique_ids(annexes, "annex")
    _unique_clause_ids((*body, *annexes))
    return ClauseLibrary(
        folder=folder,
        language=data.language,
        locale=data.locale,
        body=body,
        annexes=annexes,
        document=document,
        words=words,
        report=report,
    )


def library_folder(language: Language | str, templates: Path | None = None) -> Path:
    """The folder of the clause library for ``language``.

    ``templates`` (from ``--templates`` or the settings), else the ``COOPBUILDER_TEMPLATES``
    environment setting, else the library shipped with the program. A given folder may hold one
    library (it has a ``library.yaml``) or one per language (``en/``, ``de/``).
    """
    language = Language(language)
    chosen = templates
    if chosen is None and os.environ.get(TEMPLATES_ENV):
        chosen = Path(os.environ[TEMPLATES_ENV])
    if chosen is None:
        return template_path(language.value)
    chosen = Path(chosen)
    if not chosen.is_dir():
        raise TemplateError(f"The templates folder {chosen} does not exist.")
    if (chosen / LIBRARY_FILE).is_file():
        return chosen
    if (chosen / language.value / LIBRARY_FILE).is_file():
        return chosen / language.value
    raise TemplateError(
        f"The templates folder {chosen} holds no clause library for the language "
        f"'{language.value}' (no {LIBRARY_FILE} in it or in {chosen / language.value})."
    )


def clause_library(language: Language | str, templates: Path | None = None) -> ClauseLibrary:
    """The clause library for ``language``, from ``templates`` or the shipped one."""
    library = load_library(library_folder(language, templates))
    if library.language is not Language(language):
        raise TemplateError(
            f"{library.folder / LIBRARY_FILE}: the library is in '{library.language.value}', "
            f"but the agreement is in '{Language(language).value}'."
        )
    return library
