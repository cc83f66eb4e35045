"""The draft marked against the signed version (``render --redline``, the preview's "show
changes"): each clause added, removed or changed, word by word, where it stands in the draft,
and the changes to the contact list (Annex A) beside that list.

The clause texts of both versions are read with the draft's clause library, so that a change of
wording in the library between the two does not show as a change of the partners' terms. Words
taken out are struck through in red, words put in are underlined in green (as in the review
report).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.changes import Change, ChangeKind, Part, structural_changes
from coopbuilder.documents.clause_diff import (
    BULLET,
    ClauseChange,
    Segment,
    clause_changes,
    words,
)
from coopbuilder.documents.review_tables import marked
from coopbuilder.documents.styles import Styles
from coopbuilder.documents.templates import ClauseLibrary

Block = tuple[str, Markup]
"""A paragraph ("p") or a bullet item ("bullet") as paragraph markup."""


@dataclass(frozen=True)
class Redline:
    """What the draft changes against ``signed`` (the version number it is marked against)."""

    signed: int
    clauses: dict[str, ClauseChange] = field(default_factory=dict)
    contacts: tuple[Change, ...] = ()

    @property
    def removed(self) -> frozenset[str]:
        """The ids of the clauses the draft no longer has."""
        return frozenset(i for i, c in self.clauses.items() if c.kind is ChangeKind.REMOVED)

    def view(self) -> dict[str, object]:
        """What the clause texts read as ``redline``."""
        return {"version": self.signed, "contacts": bool(self.contacts)}


def redline(
    signed: Agreement, draft: Agreement, catalogue: Catalogue, library: ClauseLibrary
) -> Redline:
    """The changes from ``signed`` to ``draft``: the clauses (as ``draft``'s library words
    them) and the contacts."""
    changes = clause_changes(signed, draft, catalogue, library)
    contacts = [
        c for c in structural_changes(signed, draft, draft.language) if c.part is Part.CONTACT
    ]
    return Redline(
        signed=signed.version,
        clauses={c.id: c for c in changes},
        contacts=tuple(contacts),
    )


def lines(
    segments: Sequence[Segment],
    before_bold: Sequence[bool] = (),
    after_bold: Sequence[bool] = (),
) -> list[tuple[str, list[Segment]]]:
    """The marked words of a clause cut into its paragraphs and bullet items (a line of the
    plain text is one of them; a bullet item's line starts with "– "). A word is bold where
    its version of the clause has it bold (``before_bold``, ``after_bold``: for each word of
    the older and the newer text, see :func:`clause_diff.bold_words`), so a changed clause
    keeps its lead-in."""
    before, after = iter(before_bold), iter(after_bold)
    rows: list[list[tuple[str, str, bool]]] = [[]]
    for segment in segments:
        for word in words(segment.text):
            old = next(before, False) if segment.op != "added" else False
            new = next(after, False) if segment.op != "removed" else False
            if word == "\n":
                rows.append([])
            else:
                rows[-1].append((segment.op, word, old if segment.op == "removed" else new))
    result: list[tuple[str, list[Segment]]] = []
    for row in rows:
        if not row:
            continue
        kind = "p"
        if row[0][1] == BULLET.strip():
            kind, row = "bullet", row[1:]
        runs: list[Segment] = []
        for op, word, bold in row:
            if runs and (runs[-1].op, runs[-1].bold) == (op, bold):
                runs[-1] = Segment(op=runs[-1].op, text=f"{runs[-1].text} {word}", bold=bold)
            else:
                runs.append(Segment(op=op, text=word, bold=bold))
        result.append((kind, runs))
    return result


def marked_blocks(change: ClauseChange, styles: Styles) -> list[Block]:
    """A clause's text with its changes marked, as paragraphs and bullet items."""
    marked_lines = lines(change.segments, change.before_bold, change.after_bold)
    return [(kind, marked(runs, styles)) for kind, runs in marked_lines]
