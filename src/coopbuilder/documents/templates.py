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
        text: |                       # Jinja2: a blank line ends a paragraph, "- " starts a bullet
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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field, RootModel

from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.errors import Phrase
from coopbuilder.core.resources import template_path
from coopbuilder.core.vocabulary import Language, PartnerKind
from coopbuilder.documents import jinja
from coopbuilder.documents.compiled import CodeCache, code_cache
from coopbuilder.documents.jinja import CompiledExpression, Compiler, Condition, Text
from coopbuilder.documents.markup import one_line, plain
from coopbuilder.documents.names import AGREEMENT, ANY, CLAUSE_FINDING, REFERENCES, Shape
from coopbuilder.documents.yamlfile import TemplateError, YamlFile, read_yaml, validate
from coopbuilder.documents.yamlfile import where as _where

__all__ = [
    "Clause",
    "ClauseLibrary",
    "Section",
    "TemplateError",
    "check_templates",
    "clause_library",
    "load_library",
]

LIBRARY_FILE = "library.yaml"
NOTES_FILE = "annotations.yaml"
"""The margin notes of the lawyers' edition, one per clause (optional in a library)."""
REPORT_FILE = "report.yaml"
REVIEW_REPORT_FILE = "review-report.yaml"
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
    "review_actions": frozenset({"action", "owner", "outcome", "note"}),
    "contact_changes": frozenset({"contact", "change"}),
}
"""The tables the program can build, with the column headings each needs from the library."""


Names = Mapping[str, Shape]
"""What a text may read: the names of its context, each with the shape of its value."""

CLAUSE_NAMES: Names = {**AGREEMENT, **REFERENCES}
"""What a clause's conditions, a heading and a table's rows read."""
CLAUSE_TEXT_NAMES: Names = {**CLAUSE_NAMES, "finding": CLAUSE_FINDING}
COLUMN_NAMES: Names = {**CLAUSE_NAMES, "partner": ANY}
SECTION_WHEN_NAMES: Names = AGREEMENT
"""A section's condition decides which sections there are, before any reference to them."""


def _names(text: str, context: Names = AGREEMENT, **extra: str) -> dict[str, Names]:
    """Each name of ``text`` with what it may read: ``context``, and for the names in
    ``extra`` the values the program passes along with it."""
    out: dict[str, Names] = {name: context for name in text.split()}
    for name, values in extra.items():
        out[name] = {**context, **dict.fromkeys(values.split(), ANY)}
    return out


DOCUMENT_TEXTS = _names(
    """
    kind subject keywords between and represented_by version_line date_line draft_notice
    final_notice header footer_version footer_draft footer_page watermark section_heading
    annex_heading annex_ref section_ref contents
    """,
    footer_page="page pages",
    section_heading="number heading",
    annex_heading="letter heading",
    annex_ref="letter",
    section_ref="number",
    clause_number="section number",
    clause_ref="section number",
)
# The stamp in a signature box is drawn when a PDF is signed, without the agreement: it reads
# only its own values.
DOCUMENT_TEXTS.update(_names("signature_stamp_time", {}, signature_stamp_time="date time"))
DOCUMENT_TEXTS.update(_names("signature_stamp", {}, signature_stamp="signer"))

DOCUMENT_DEFAULTS: Mapping[str, str] = {
    "clause_number": "{{ section }}.{{ number }}",
    "clause_ref": "{{ section }}.{{ number }}",
}
"""Texts around the clauses a library may leave out, and what they are then: clauses numbered
5.1, 5.2 (a German library numbers them "(1)", "(2)" under "§ 5"), and cited as 5.1 where the
clause stands apart from its section, as in the review report (in German "§ 5 Abs. 1")."""


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


class _NoteData(_Strict):
    law: str = Field(min_length=1)
    choice: str = Field(min_length=1)


class _NotesData(_Strict):
    labels: dict[str, str]
    notes: dict[str, _NoteData]


NOTE_LABELS = frozenset({"law", "choice"})
"""The labels a margin note prints before its parts ("Rests on", "Choice")."""


class _LibraryData(_Strict):
    language: Language
    locale: str
    hyphenation: str = ""
    body: list[str] = Field(min_length=1)
    annexes: list[str] = Field(default_factory=list)
    document: dict[str, str]
    words: dict[str, str]


WORDS_KEPT = 4096
"""The most words kept made (see :meth:`LibraryTexts.word`)."""


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
class Note:
    """The lawyers' margin note on one clause: the provisions the clause rests on (``law``),
    and the choice behind it (``choice``: which option the partners chose, what the
    alternatives were), both rendered for the agreement."""

    law: Text
    choice: Text


@dataclass(frozen=True, kw_only=True)
class LibraryTexts:
    """The texts of a clause library's ``library.yaml`` alone: those around the clauses (title
    block, header, footer, a signature's box) and the short words. What signs a PDF needs no
    more, and loads no section file (see :func:`library_texts`)."""

    folder: Path
    language: Language
    locale: str
    document: Mapping[str, Text]
    words: Mapping[str, Text]
    hyphenation: str = ""
    """The pyphen language that hyphenates long words in the PDFs ("" for none)."""
    _words_made: dict[tuple[Any, ...], str] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    """The words made so far, by key and values (see :meth:`word`)."""

    def text(self, key: str, context: Mapping[str, Any], **extra: Any) -> Markup:
        """A text around the clauses (``document`` in library.yaml), rendered."""
        return self.document[key].render(context, **extra)

    def plain(self, key: str, context: Mapping[str, Any], **extra: Any) -> str:
        """A text around the clauses as plain text (for the page header, footer, metadata)."""
        return one_line(self.text(key, context, **extra))

    def word(self, key: str, **extra: Any) -> str:
        """A short word for tables and lists, as plain text. A word reads only what it is
        given, so each is made once for the same values (a document asks for the same few
        words hundreds of times)."""
        kept_as = (key, *((name, type(value), value) for name, value in extra.items()))
        try:
            found = self._words_made.get(kept_as)
        except TypeError:  # a value that cannot be a key (a list): made every time
            return plain(self.words[key].render(extra))
        if found is None:
            if len(self._words_made) >= WORDS_KEPT:
                self._words_made.clear()
            found = self._words_made[kept_as] = plain(self.words[key].render(extra))
        return found


@dataclass(frozen=True, kw_only=True)
class ClauseLibrary(LibraryTexts):
    """The compiled clause library of one language."""

    body: tuple[Section, ...]
    annexes: tuple[Section, ...]
    report: Mapping[str, Text] = field(default_factory=dict)
    review_report: Mapping[str, Text] = field(default_factory=dict)
    notes: Mapping[str, Note] = field(default_factory=dict)
    """The margin notes of the lawyers' edition, by clause id (``annotations.yaml``)."""
    note_labels: Mapping[str, Text] = field(default_factory=dict)

    def clauses(self) -> list[Clause]:
        return [c for s in (*self.body, *self.annexes) for c in s.clauses]

    def clause(self, clause_id: str) -> Clause:
        for clause in self.clauses():
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    def has_clause(self, clause_id: str) -> bool:
        return any(c.id == clause_id for c in self.clauses())

    def require_clauses(self, catalogue: Catalogue) -> None:
        """Every clause the precondition catalogue calls for must be in the library."""
        missing = [p.clause for p in catalogue.preconditions if not self.has_clause(p.clause)]
        if missing:
            raise TemplateError(
                "{folder}: the clause library has no clause '{clause}', which the "
                "precondition catalogue needs. Add it to one of the section files.",
                folder=self.folder,
                clause=missing[0],
            )


def _section(
    environment: SandboxedEnvironment,
    file: Path,
    expressions: dict[str, CompiledExpression],
    codes: CodeCache,
) -> Section:
    source = read_yaml(file, codes)
    data = validate(_SectionData, source)
    compiler = Compiler(environment, source, expressions, codes)
    clauses = []
    for index, item in enumerate(data.clauses):
        at: tuple[str | int, ...] = ("clauses", index)
        place = _where(file, source.line(at), item.id)
        if item.text is None and item.table is None:
            raise TemplateError("{place}: a clause needs a 'text', a 'table' or both.", place=place)
        if item.table is not None:
            _check_table(item, place)
        elif item.columns or item.rows:
            raise TemplateError(
                "{place}: 'columns' and 'rows' belong to a clause with a table.", place=place
            )
        clauses.append(
            Clause(
                id=item.id,
                file=file,
                line=source.line(at) or 1,
                when=None
                if item.when is None
                else compiler.condition((*at, "when"), item.when, item.id, CLAUSE_NAMES),
                requires=tuple(
                    compiler.condition((*at, "requires", i), expression, item.id, CLAUSE_NAMES)
                    for i, expression in enumerate(item.requires)
                ),
                text=None
                if item.text is None
                else compiler.text((*at, "text"), item.text, item.id, CLAUSE_TEXT_NAMES),
                table=item.table,
                columns={
                    key: compiler.text((*at, "columns", key), value, item.id, COLUMN_NAMES)
                    for key, value in item.columns.items()
                },
                rows=tuple(
                    compiler.text((*at, "rows", i), value, item.id, CLAUSE_NAMES)
                    for i, value in enumerate(item.rows)
                ),
            )
        )
    return Section(
        id=data.id,
        file=file,
        heading=compiler.text(("heading",), data.heading, None, CLAUSE_NAMES),
        when=None
        if data.when is None
        else compiler.condition(("when",), data.when, None, SECTION_WHEN_NAMES),
        clauses=tuple(clauses),
    )


def _check_table(item: _ClauseData, where: Phrase) -> None:
    assert item.table is not None
    needed = TABLES.get(item.table)
    if needed is None:
        known = ", ".join(sorted(TABLES))
        raise TemplateError(
            "{where}: unknown table '{table}' (known: {known}).",
            where=where,
            table=item.table,
            known=known,
        )
    missing = sorted(needed - set(item.columns))
    if missing:
        raise TemplateError(
            "{where}: the table '{table}' needs the column heading(s) {headings}.",
            where=where,
            table=item.table,
            headings=", ".join(missing),
        )
    extra = sorted(set(item.columns) - needed)
    if extra:
        raise TemplateError(
            "{where}: the table '{table}' has no column(s) {columns}.",
            where=where,
            table=item.table,
            columns=", ".join(extra),
        )
    if item.table == "disclosure_log" and not item.rows:
        raise TemplateError("{where}: the disclosure log needs its 'rows'.", where=where)


def _unique_ids(sections: Sequence[Section], kind: str) -> None:
    seen: dict[str, Path] = {}
    for section in sections:
        if section.id in seen:
            raise TemplateError(
                "{file}: the {kind} id '{id}' is also used in {other}.",
                file=section.file,
                kind=kind,
                id=section.id,
                other=seen[section.id],
            )
        seen[section.id] = section.file


def _unique_clause_ids(sections: Sequence[Section]) -> None:
    seen: dict[str, Clause] = {}
    for clause in (c for section in sections for c in section.clauses):
        first = seen.get(clause.id)
        if first is not None:
            raise TemplateError(
                "{place}: the clause id is also used in {file}, line {line}.",
                place=_where(clause.file, clause.line, clause.id),
                file=first.file,
                line=first.line,
            )
        seen[clause.id] = clause


def _texts(
    compiler: Compiler,
    mapping: Mapping[str, str],
    path: tuple[str, ...],
    needed: Mapping[str, Names],
    other: Names,
) -> dict[str, Text]:
    """The texts of ``mapping``: every one ``needed`` must be there, each reading what
    ``needed`` says (a text the program does not use reads ``other``)."""
    missing = sorted(set(needed) - set(mapping))
    if missing:
        line = compiler.source.line(path)
        where = "'" + ".".join(path) + "'" if path else "the file"
        raise TemplateError(
            "{place}: {where} lacks {missing}.",
            place=_where(compiler.source.file, line, None),
            where=where,
            missing=", ".join(missing),
        )
    return {
        name: compiler.text((*path, name), value, None, needed.get(name, other))
        for name, value in mapping.items()
    }


WORDS = _names(
    """
    none both_partners four_eyes logged no_personal_data sensitive threshold statutory_threshold
    art10 overall
    not_assessed mean_band means_apart statements_apart no_action owner_due finding
    recommended no_contact unnamed_provision collection collection_open each_person q_nature
    q_law_other q_art9 q_provision q_collection q_joint_control q_dpia q_family_member
    q_returnee_children q_referral q_family_information
    """,
    {},
    threshold="threshold imminence",
    no_contact="role",
    unnamed_provision="text",
    collection="text",
    q_nature="nature",
    q_law_other="partner",
    q_art9="number category",
    q_provision="number category text",
    q_collection="number category recipient",
    q_referral="actor",
    art10="text",
    mean_band="mean band",
    means_apart="difference",
    statements_apart="count",
    owner_due="owner date",
    finding="kind precondition partners",
    recommended="text",
)
WORDS.update(_names(" ".join(f"law_{kind.value} duties_{kind.value}" for kind in PartnerKind), {}))
"""The short words, each with the values it is given (a word reads nothing else); per partner
kind, the law that applies to it and its statutory duties."""

REPORT_TEXTS = _names(
    """
    kind subject intro overview chart preconditions statement precondition perception_gap note
    recommended agreed no_findings band_legend footer
    """
)

REVIEW_REPORT_TEXTS = {
    **_names(
        """
        kind subject footer compared intro record no_review held review_kind reason
        participants what_worked what_failed lessons_learned staff_changes incidents decisions
        note nothing_recorded years years_intro chart_legend point point_long precondition
        overall actions no_actions action owner outcome outcome_note structure no_structure
        part entry change clauses no_clauses clause_legend clause text not_compared
        """,
        {**AGREEMENT, "earlier": ANY},
        point="number",
        point_long="number on",
    ),
    **_names(
        "calendar_name",
        {},
        calendar_summary="title version partners",
        calendar_description="title version partners",
    ),
}
"""The review report's texts; the calendar's texts read only ``title``, ``version`` and
``partners`` (one line of names) of the agreement whose review they announce."""


def _report_texts(
    environment: SandboxedEnvironment,
    file: Path,
    expressions: dict[str, CompiledExpression],
    needed: Mapping[str, Names],
    codes: CodeCache,
) -> dict[str, Text]:
    """The texts of a report file beside the clauses (none if the library has no such file)."""
    if not file.is_file():
        return {}
    source = read_yaml(file, codes)
    data = validate(_ReportData, source)
    compiler = Compiler(environment, source, expressions, codes)
    return _texts(compiler, data.root, (), needed, AGREEMENT)


def _notes(
    environment: SandboxedEnvironment,
    file: Path,
    expressions: dict[str, CompiledExpression],
    codes: CodeCache,
    clauses: Sequence[Clause],
) -> tuple[dict[str, Note], dict[str, Text]]:
    """The margin notes of ``file`` (none if the library has no such file), for the clauses
    the library has. A note that names no clause of the library is left out, so that a copy
    without some clauses still loads; the shipped libraries' tests check that every clause has
    its note and every note its clause."""
    if not file.is_file():
        return {}, {}
    source = read_yaml(file, codes)
    data = validate(_NotesData, source)
    compiler = Compiler(environment, source, expressions, codes)
    labels = _texts(compiler, data.labels, ("labels",), {key: {} for key in NOTE_LABELS}, {})
    known = {clause.id for clause in clauses}
    notes: dict[str, Note] = {}
    for clause_id, note in data.notes.items():
        if clause_id not in known:
            continue  # a clause an organisation took out of its copy: its note has no place
        at = ("notes", clause_id)
        notes[clause_id] = Note(
            law=compiler.text((*at, "law"), note.law, clause_id, CLAUSE_TEXT_NAMES),
            choice=compiler.text((*at, "choice"), note.choice, clause_id, CLAUSE_TEXT_NAMES),
        )
    return notes, labels


def load_library(folder: Path) -> ClauseLibrary:
    """Read, validate and compile the clause library in ``folder`` (one language)."""
    folder = Path(folder)
    if not (folder / LIBRARY_FILE).is_file():
        raise TemplateError(
            "{folder} is not a clause library: it has no {library_file}.",
            folder=folder,
            library_file=LIBRARY_FILE,
        )
    return _load_library(folder.resolve(), _stamp(folder, "*.yaml"))


def _inside(folder: Path, name: str, source: YamlFile, path: tuple[str | int, ...]) -> Path:
    """The section file ``name`` that ``library.yaml`` lists, refused unless it lies inside the
    library's ``folder`` (no absolute path, no ``..`` out of it, no link pointing out of it):
    a clause library reads only its own files."""
    file = (folder / name).resolve()
    if Path(name).is_absolute() or not file.is_relative_to(folder):
        raise TemplateError(
            "{place}: the section file '{name}' lies outside the clause library's folder "
            "{folder}; name a file in that folder.",
            place=_where(source.file, source.line(path), None),
            name=name,
            folder=folder,
        )
    return file


def _stamp(folder: Path, pattern: str) -> tuple[tuple[str, int, int], ...]:
    """What tells a changed file from the one read before: each file's name, time and size."""
    stats = ((p.name, p.stat()) for p in sorted(folder.glob(pattern)))
    return tuple((name, stat.st_mtime_ns, stat.st_size) for name, stat in stats)


def load_texts(folder: Path) -> LibraryTexts:
    """Read, validate and compile the texts of ``library.yaml`` in ``folder`` (no section file)."""
    folder = Path(folder)
    if not (folder / LIBRARY_FILE).is_file():
        raise TemplateError(
            "{folder} is not a clause library: it has no {library_file}.",
            folder=folder,
            library_file=LIBRARY_FILE,
        )
    return _load_texts(folder.resolve(), _stamp(folder, LIBRARY_FILE))


@cache
def _load_texts(folder: Path, stamp: tuple[tuple[str, int, int], ...]) -> LibraryTexts:
    del stamp  # part of the cache key only: a changed file is read again
    texts, _, _, _ = _read_texts(folder)
    return texts


def _read_texts(
    folder: Path,
) -> tuple[
    LibraryTexts,
    _LibraryData,
    SandboxedEnvironment,
    tuple[YamlFile, dict[str, CompiledExpression], CodeCache],
]:
    """The texts of ``library.yaml``, its data, the template environment of its locale, and what
    compiling the rest goes on with (the file, the expressions compiled so far, the cache of
    compiled code)."""
    codes = code_cache(folder)
    source = read_yaml(folder / LIBRARY_FILE, codes)
    data = validate(_LibraryData, source)
    environment = jinja.environment(data.locale)
    expressions: dict[str, CompiledExpression] = {}
    compiler = Compiler(environment, source, expressions, codes)
    document = _texts(
        compiler, {**DOCUMENT_DEFAULTS, **data.document}, ("document",), DOCUMENT_TEXTS, AGREEMENT
    )
    words = _texts(compiler, data.words, ("words",), WORDS, {})
    texts = LibraryTexts(
        folder=folder,
        language=data.language,
        locale=data.locale,
        document=document,
        words=words,
        hyphenation=data.hyphenation,
    )
    return texts, data, environment, (source, expressions, codes)


@cache
def _load_library(folder: Path, stamp: tuple[tuple[str, int, int], ...]) -> ClauseLibrary:
    del stamp  # part of the cache key only: a changed file is read again
    texts, data, environment, (source, expressions, codes) = _read_texts(folder)
    document, words = texts.document, texts.words
    report = _report_texts(environment, folder / REPORT_FILE, expressions, REPORT_TEXTS, codes)
    review_report = _report_texts(
        environment, folder / REVIEW_REPORT_FILE, expressions, REVIEW_REPORT_TEXTS, codes
    )
    body = tuple(
        _section(environment, _inside(folder, name, source, ("body", i)), expressions, codes)
        for i, name in enumerate(data.body)
    )
    annexes = tuple(
        _section(environment, _inside(folder, name, source, ("annexes", i)), expressions, codes)
        for i, name in enumerate(data.annexes)
    )
    _unique_ids(body, "section")
    _unique_ids(annexes, "annex")
    _unique_clause_ids((*body, *annexes))
    notes, note_labels = _notes(
        environment,
        folder / NOTES_FILE,
        expressions,
        codes,
        [c for section in (*body, *annexes) for c in section.clauses],
    )
    codes.save()
    return ClauseLibrary(
        folder=folder,
        language=data.language,
        locale=data.locale,
        body=body,
        annexes=annexes,
        document=document,
        words=words,
        report=report,
        review_report=review_report,
        hyphenation=data.hyphenation,
        notes=notes,
        note_labels=note_labels,
    )


def templates_from_environment() -> Path | None:
    """The folder of the ``COOPBUILDER_TEMPLATES`` environment setting, if it is set."""
    value = os.environ.get(TEMPLATES_ENV)
    return Path(value) if value else None


def library_folder(
    language: Language | str, templates: Path | None = None, *, settings: Path | None = None
) -> Path:
    """The folder of the clause library for ``language``.

    ``templates`` (from ``--templates``), else the ``COOPBUILDER_TEMPLATES`` environment
    setting, else the folder chosen in the desktop program's ``settings`` (there, a language
    the folder holds no library for keeps the shipped one), else the library shipped with the
    program. A given folder may hold one library (it has a ``library.yaml``) or one per
    language (``en/``, ``de/``).
    """
    language = Language(language)
    chosen = templates if templates is not None else templates_from_environment()
    if chosen is None and settings is not None:
        return _settings_folder(Path(settings), language)
    if chosen is None:
        return template_path(language.value)
    chosen = Path(chosen)
    if not chosen.is_dir():
        raise TemplateError("The templates folder {chosen} does not exist.", chosen=chosen)
    if (chosen / LIBRARY_FILE).is_file():
        return chosen
    if (chosen / language.value / LIBRARY_FILE).is_file():
        return chosen / language.value
    raise TemplateError(
        "The templates folder {chosen} holds no clause library for the language '{language}' "
        "(no {library_file} in it or in {subfolder}).",
        chosen=chosen,
        language=language.value,
        library_file=LIBRARY_FILE,
        subfolder=chosen / language.value,
    )


def _settings_folder(folder: Path, language: Language) -> Path:
    """The library for ``language`` in the folder chosen in the settings, else the shipped one."""
    if not folder.is_dir():
        raise TemplateError(
            "The templates folder {chosen} does not exist. Choose another clause library in "
            "the settings, or the built-in one.",
            chosen=folder,
        )
    if (folder / LIBRARY_FILE).is_file() and load_texts(folder).language is language:
        return folder
    if (folder / language.value / LIBRARY_FILE).is_file():
        return folder / language.value
    return template_path(language.value)


def check_templates(folder: Path, catalogue: Catalogue) -> list[ClauseLibrary]:
    """Load and check every clause library in ``folder`` (one, or one per language in
    ``en/``, ``de/``): each must compile and hold every clause ``catalogue`` calls for. The
    first mistake is a :class:`TemplateError` naming the file, the clause and the line."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TemplateError("The templates folder {chosen} does not exist.", chosen=folder)
    if (folder / LIBRARY_FILE).is_file():
        places = [folder]
    else:
        places = [folder / lang.value for lang in Language if (folder / lang.value).is_dir()]
    if not any((place / LIBRARY_FILE).is_file() for place in places):
        raise TemplateError(
            "The templates folder {chosen} holds no clause library: it has no {library_file}, "
            "and no language folder (en, de) with one.",
            chosen=folder,
            library_file=LIBRARY_FILE,
        )
    libraries = []
    for place in places:
        library = load_library(place)
        library.require_clauses(catalogue)
        libraries.append(library)
    return libraries


def clause_library(
    language: Language | str, templates: Path | None = None, *, settings: Path | None = None
) -> ClauseLibrary:
    """The clause library for ``language``, from ``templates`` or the shipped one (see
    :func:`library_folder`)."""
    library = load_library(library_folder(language, templates, settings=settings))
    _check_language(library, language)
    return library


def library_texts(
    language: Language | str, templates: Path | None = None, *, settings: Path | None = None
) -> LibraryTexts:
    """The texts of the clause library :func:`clause_library` would give, without reading its
    section files: what a signature's box needs."""
    texts = load_texts(library_folder(language, templates, settings=settings))
    _check_language(texts, language)
    return texts


def _check_language(library: LibraryTexts, language: Language | str) -> None:
    if library.language is not Language(language):
        raise TemplateError(
            "{library}: the library is in '{library_language}', but the agreement is in "
            "'{language}'.",
            library=library.folder / LIBRARY_FILE,
            library_language=library.language.value,
            language=Language(language).value,
        )


class ClauseLibraries:
    """The clause libraries a program renders with, one per language: those of the folder
    ``chosen`` in its settings (``None``: the shipped ones; the ``COOPBUILDER_TEMPLATES``
    environment setting comes first). The program hands it to what renders; nothing reads a
    choice from anywhere else."""

    def __init__(self, chosen: Path | None = None) -> None:
        self.chosen = chosen

    def for_language(self, language: Language | str) -> ClauseLibrary:
        return clause_library(language, settings=self.chosen)

    def texts_for_language(self, language: Language | str) -> LibraryTexts:
        return library_texts(language, settings=self.chosen)


LibraryChoice = ClauseLibrary | ClauseLibraries
"""One library, or the program's libraries to take the agreement's language from."""


def library_for(choice: LibraryChoice | None, language: Language | str) -> ClauseLibrary:
    """The library to render an agreement in ``language`` with (``None``: the shipped one)."""
    if isinstance(choice, ClauseLibrary):
        return choice
    return (choice or ClauseLibraries()).for_language(language)


def texts_for(
    choice: LibraryChoice | LibraryTexts | None, language: Language | str
) -> LibraryTexts:
    """The texts to draw outside an agreement's body in ``language`` with (``None``: the shipped
    ones): those of a library already loaded, else read from ``library.yaml`` alone."""
    if isinstance(choice, LibraryTexts):
        return choice
    return (choice or ClauseLibraries()).texts_for_language(language)
