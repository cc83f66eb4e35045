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
from coopbuilder.documents.clause_diff import BULLET, ClauseChange, Segment, clause_changes
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


def lines(segments: Sequence[Segment]) -> list[tuple[str, list[Segment]]]:
    """The marked words of a clause cut into its paragraphs and bullet items (a line of the
    plain text is one of them; a bullet item's line starts with "– ")."""
    out: list[list[Segment]] = [[]]
    for segment in segments:
        for index, part in enumerate(segment.text.split("\n")):
            if index:
                out.append([])
            words = part.strip()
            if words:
                out[-1].append(Segment(op=segment.op, text=words))
    result: list[tuple[str, list[Segment]]] = []
    for line in out:
        if not line:
            continue
        first = line[0]
        dash = BULLET.strip()
        if first.text == dash or first.text.startswith(BULLET):
            rest = first.text[len(dash) :].strip()
            line = ([Segment(op=first.op, text=rest)] if rest else []) + line[1:]
            result.append(("bullet", line))
        else:
            result.append(("p", line))
    return result


def marked_blocks(change: ClauseChange, styles: Styles) -> list[Block]:
    """A clause's text with its changes marked, as paragraphs and bullet items."""
    return [(kind, marked(words, styles)) for kind, words in lines(change.segments)]
