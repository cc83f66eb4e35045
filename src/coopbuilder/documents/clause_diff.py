"""The clauses of two versions of an agreement compared: which were added, removed or changed,
and for a changed clause, word by word what changed.

Both versions' clause texts are rendered from the clause library as they would print (the same
conditions, numbers, references and wording), but as plain text and without drawing a PDF.
Clauses are matched by their id in the library; a clause that moved to another number is not a
change. Tables are left out: what they show (sharing rules, contacts, ...) is compared as the
structure of the agreement (``core.changes``). The review annex is left out too: it records the
review, not the agreement's terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Literal

from markupsafe import Markup
from pydantic import BaseModel, ConfigDict

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, catalogue_for
from coopbuilder.core.changes import ChangeKind
from coopbuilder.documents.clauses import AgreementText, blocks
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import ClauseLibrary, clause_library

_TAG = re.compile(r"<[^>]*>")
_PIECES = re.compile(r"(<[^>]*>)")
_WORDS = re.compile(r"\n|[^\s]+")
BULLET = "– "


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ClauseText(_Frozen):
    """One clause as it reads in a version: paragraphs on lines of their own, bullet items
    starting with "– "."""

    id: str
    heading: str
    number: str | None
    text: str
    ref: str | None = None
    """How the clause is cited on its own ("5.2", "§ 5 Abs. 2"); ``None`` in an annex."""
    bold: tuple[bool, ...] = ()
    """Whether each word of :attr:`text` (:func:`words`) is printed in bold: a clause's lead-in
    ("<b>Purpose.</b> ...")."""


class Segment(_Frozen):
    op: Literal["same", "removed", "added"]
    text: str
    bold: bool = False


class ClauseChange(_Frozen):
    id: str
    kind: ChangeKind
    heading: str
    number: str | None
    """The clause's number in the newer version (in the older one, for a removed clause)."""
    ref: str | None = None
    """How that clause is cited on its own ("5.2", "§ 5 Abs. 2")."""
    before: str
    after: str
    segments: tuple[Segment, ...]
    before_bold: tuple[bool, ...] = ()
    """Whether each word of :attr:`before` is in bold (see :attr:`ClauseText.bold`)."""
    after_bold: tuple[bool, ...] = ()
    """Whether each word of :attr:`after` is in bold."""


def words(text: str) -> list[str]:
    """The words of a clause's plain text, and each line end as a word of its own."""
    return _WORDS.findall(text)


def bold_words(markup: str) -> tuple[bool, ...]:
    """For each word of :func:`plain` ``markup`` (:func:`words`), whether it starts in bold."""
    flags: list[bool] = []
    for kind, text in blocks(markup):
        line = _bold_words(text)
        if not line:
            continue  # a block without words is no line of the plain text
        if flags:
            flags.append(False)  # the line end before it
        if kind == "bullet":
            flags.append(False)  # its dash
        flags.extend(bool(word) for word in line)
    return tuple(flags)


def _bold_words(markup: str) -> list[bool | None]:
    """Whether each word of one block of markup starts in bold (``None``: a line end inside
    it, which :data:`_WORDS` counts as a word of its own)."""
    out: list[bool | None] = []
    bold = 0
    in_word = False
    for piece in _PIECES.split(markup):
        if piece.startswith("<"):
            name = piece.strip("<>/ ").split(None, 1)
            if name and name[0].lower() == "b" and not piece.endswith("/>"):
                bold = max(bold - 1, 0) if piece.startswith("</") else bold + 1
            continue
        for char in Markup(piece).unescape():
            if char == "\n":
                out.append(None)
                in_word = False
            elif char.isspace():
                in_word = False
            elif not in_word:
                in_word = True
                out.append(bold > 0)
    while out and out[-1] is None:  # :func:`plain` strips a block's ends
        out.pop()
    while out and out[0] is None:
        out.pop(0)
    return out


def plain(markup: str) -> str:
    """Rendered clause markup as plain text, one line per paragraph or bullet item."""
    lines = []
    for kind, text in blocks(markup):
        words = Markup(_TAG.sub("", text)).unescape().strip()
        if words:
            lines.append(BULLET + words if kind == "bullet" else words)
    return "\n".join(lines)


def clause_texts(
    agreement: Agreement,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
) -> list[ClauseText]:
    """Every clause with a text that applies to the agreement, in the order of the document."""
    text = AgreementText(
        agreement,
        catalogue_for(agreement.catalogue_version, catalogue),
        library or clause_library(agreement.language),
        document_styles(),
    )
    out = []
    for place in text.places():
        if place.clause.text is None:
            continue
        markup = text.clause_markup(place.clause)
        plain_text = plain(markup)
        bold = bold_words(markup)
        out.append(
            ClauseText(
                id=place.clause.id,
                heading=_heading(place.heading),
                number=place.number,
                text=plain_text,
                ref=place.ref,
                # a markup this cannot follow word for word is marked without bold
                bold=bold if len(bold) == len(words(plain_text)) else (),
            )
        )
    return out


def _heading(markup: str) -> str:
    return Markup(_TAG.sub("", markup)).unescape()


def word_changes(before: str, after: str) -> tuple[Segment, ...]:
    """The words of ``after`` with those taken out of ``before`` and those put in marked."""
    old, new = words(before), words(after)
    out: list[Segment] = []

    def add(op: Literal["same", "removed", "added"], words: Sequence[str]) -> None:
        if words:
            out.append(Segment(op=op, text=" ".join(words).replace(" \n ", "\n")))

    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", old[a1:a2])
            continue
        add("removed", old[a1:a2])
        add("added", new[b1:b2])
    return tuple(out)


def compare_clauses(old: Sequence[ClauseText], new: Sequence[ClauseText]) -> list[ClauseChange]:
    """The clauses added, removed or changed from ``old`` to ``new``, in the order of the newer
    version (a removed clause where it stood in the older one)."""
    before = {c.id: c for c in old}
    after_ids = {c.id for c in new}
    order = [c.id for c in old]
    out: list[ClauseChange] = []
    emitted = 0

    def removed_up_to(position: int) -> None:
        nonlocal emitted
        while emitted < position:
            clause = old[emitted]
            emitted += 1
            if clause.id not in after_ids:
                out.append(_change(ChangeKind.REMOVED, clause, clause, None))

    for clause in new:
        previous = before.get(clause.id)
        if previous is None:
            out.append(_change(ChangeKind.ADDED, clause, None, clause))
            continue
        removed_up_to(order.index(clause.id) + 1)
        if previous.text != clause.text:
            out.append(_change(ChangeKind.CHANGED, clause, previous, clause))
    removed_up_to(len(old))
    return out


def _change(
    kind: ChangeKind, clause: ClauseText, before: ClauseText | None, after: ClauseText | None
) -> ClauseChange:
    """The change of ``clause`` (the newer version's, or the removed one) from ``before`` to
    ``after`` (``None``: the clause is not in that version)."""
    old, new = before.text if before else "", after.text if after else ""
    return ClauseChange(
        id=clause.id,
        kind=kind,
        heading=clause.heading,
        number=clause.number,
        ref=clause.ref,
        before=old,
        after=new,
        segments=word_changes(old, new),
        before_bold=before.bold if before else (),
        after_bold=after.bold if after else (),
    )


def clause_changes(
    old: Agreement,
    new: Agreement,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
) -> list[ClauseChange]:
    """The clause-level comparison of two versions (each in its own language's library unless
    ``library`` is given)."""
    return compare_clauses(
        clause_texts(old, catalogue, library), clause_texts(new, catalogue, library)
    )
