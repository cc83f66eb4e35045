"""The agreement as a Word document with the same content as the PDF, for bench/render.py.

It is the program's own Word export (:func:`coopbuilder.documents.word.render_docx`, what
``coopbuilder render -o AGREEMENT.docx`` writes): the PDF's content as the agreement builder
makes it before reportlab lays it out, translated into python-docx. The title and the section
and annex headings are Word headings, every clause that applies is there with its number and its
text as the clause library renders it, the tables are Word tables (heading row repeated on each
page, group rows merged), the radar chart a picture, the running header and footer carry "Page X
of Y" as Word fields. Page size, margins and fonts follow the PDF's style data, so the page
counts can be compared. Not carried over: the DRAFT watermark (the header says DRAFT) and the
signature fields (the signature blocks are there, as text).

:func:`counts` says what the document holds, to print beside the timing (outside the clock).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import KeepTogether, Paragraph

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.documents.agreement import _Builder  # the PDF's own content, before layout
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import clause_library
from coopbuilder.documents.word import render_docx


@dataclass
class Counts:
    """What the Word document holds, to print beside the timing."""

    headings: int = 0
    paragraphs: int = 0
    tables: int = 0
    pictures: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    """How many of the PDF's paragraphs of each style (section, annex, clause, bullet ...) the
    document is made of."""


def builder(agreement: Agreement) -> _Builder:
    """The program's agreement builder, as render_agreement makes it."""
    library = clause_library(agreement.language)
    catalogue = default_catalogue()
    library.require_clauses(catalogue)
    return _Builder(agreement, catalogue, library, document_styles(library.hyphenation), None)


def _walk(flowables: Sequence[Any]) -> Iterator[Any]:
    """The flowables in order, those kept together included one by one."""
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            yield from _walk(flowable._content)
        else:
            yield flowable


def build_docx(agreement: Agreement, path: Path) -> None:
    """Write the agreement as the program's Word document to ``path``."""
    path.write_bytes(render_docx(agreement))


def counts(agreement: Agreement, path: Path) -> Counts:
    """What the Word document at ``path`` (made of ``agreement``) holds."""
    import docx  # python-docx

    document = docx.Document(str(path))
    styles = [p.style.name if p.style is not None else "" for p in document.paragraphs]
    kinds: dict[str, int] = {}
    for flowable in _walk(builder(agreement).flowables()):
        if isinstance(flowable, Paragraph):
            kinds[flowable.style.name] = kinds.get(flowable.style.name, 0) + 1
    return Counts(
        headings=sum(name == "Title" or name.startswith("Heading") for name in styles),
        paragraphs=len(styles),
        tables=len(document.tables),
        pictures=len(document.inline_shapes),
        kinds=kinds,
    )
