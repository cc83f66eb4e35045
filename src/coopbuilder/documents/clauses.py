"""The agreement's wording before layout: which sections and annexes apply, their numbers and
references ("section 6", "Annex B"), and the text of each clause that applies.

The PDF renderer lays this out; the clause-level comparison of two versions reads it as text.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass

from markupsafe import Markup

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.review import ReviewContext
from coopbuilder.documents.context import Rendering, View
from coopbuilder.documents.styles import Styles
from coopbuilder.documents.templates import Clause, ClauseLibrary, Section

NO_FINDING: View = {"needs_action": False, "description": "", "items": [], "actions": []}
_BLANK = re.compile(r"\n[ \t]*\n")


def blocks(markup: str) -> list[tuple[str, Markup]]:
    """Split a rendered clause text into paragraphs and bullet items.

    A blank line ends a paragraph; a line starting with "- " starts a bullet item; other lines
    continue the paragraph or item before them (so the templates can wrap their lines freely).
    """
    out: list[tuple[str, Markup]] = []
    for chunk in _BLANK.split(markup.strip()):
        current: list[str] = []
        kind = "p"
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("- "):
                if current:
                    out.append((kind, Markup(" ".join(current))))
                kind, current = "bullet", [line[2:]]
            else:
                current.append(line)
        if current:
            out.append((kind, Markup(" ".join(current))))
    return out


def letter(index: int) -> str:
    return string.ascii_uppercase[index % 26] * (index // 26 + 1)


@dataclass(frozen=True)
class ClausePlace:
    """A clause that applies, where it stands: its section or annex, that part's heading as
    printed ("5. Information-sharing rules", "Annex B – ..."), its number ("5.2"; ``None``
    in an annex, whose clauses are not numbered) and how it is cited on its own ("5.2"; in
    German "§ 5 Abs. 2" where the number is "(2)")."""

    section: Section
    heading: str
    number: str | None
    clause: Clause
    ref: str | None = None


class AgreementText(Rendering):
    def __init__(
        self,
        agreement: Agreement,
        catalogue: Catalogue,
        library: ClauseLibrary,
        styles: Styles,
        review: ReviewContext | None = None,
        annotated: bool = False,
    ) -> None:
        super().__init__(agreement, catalogue, library, styles, review)
        context = self.context
        context["annotated"] = annotated  # the lawyers' edition: the open questions as an annex
        self.annotated = annotated  # ... and a margin note on every clause
        self.body = [s for s in library.body if s.when is None or s.when.holds(context)]
        self.annexes = [s for s in library.annexes if s.when is None or s.when.holds(context)]
        context["ref"] = {
            s.id: library.plain("section_ref", context, number=n)
            for n, s in enumerate(self.body, start=1)
        }
        context["annex"] = {
            s.id: library.plain("annex_ref", context, letter=letter(i))
            for i, s in enumerate(self.annexes)
        }

    def section_heading(self, number: int, section: Section) -> Markup:
        return self.library.text(
            "section_heading",
            self.context,
            number=number,
            heading=section.heading.render(self.context),
        )

    def annex_heading(self, index: int, annex: Section) -> Markup:
        return self.library.text(
            "annex_heading",
            self.context,
            letter=letter(index),
            heading=annex.heading.render(self.context),
        )

    def clause_markup(self, clause: Clause) -> Markup:
        """The clause's text rendered for this agreement (paragraph markup)."""
        assert clause.text is not None
        return clause.text.render(self.context, finding=self.finding(clause))

    def finding(self, clause: Clause) -> View:
        """What the readiness assessment found on the precondition ``clause`` answers."""
        found: View = self.context["readiness"]["by_clause"].get(clause.id, NO_FINDING)
        return found

    def note_markup(self, clause: Clause) -> list[Markup]:
        """The lawyers' margin note on ``clause`` as paragraphs ("Rests on: ...", "Choice:
        ..."); none outside the lawyers' edition or where the library has no note."""
        note = self.library.notes.get(clause.id)
        if not self.annotated or note is None:
            return []
        labels = self.library.note_labels
        finding = self.finding(clause)
        return [
            Markup("<b>{}:</b> {}").format(
                labels[part].render(self.context), text.render(self.context, finding=finding)
            )
            for part, text in (("law", note.law), ("choice", note.choice))
        ]

    def applying(
        self, section: Section, numbered: str | None
    ) -> Iterator[tuple[str | None, Clause]]:
        """The clauses of a section that apply, with their numbers ("5.1", ...)."""
        number = 0
        for clause in section.clauses:
            if clause.applies(self.context):
                number += 1
                label = (
                    self.library.plain(
                        "clause_number", self.context, section=numbered, number=number
                    )
                    if numbered
                    else None
                )
                yield label, clause

    def places(self) -> Iterator[ClausePlace]:
        """Every clause that applies, in the order of the document."""
        for number, section in enumerate(self.body, start=1):
            heading = self.section_heading(number, section)
            for position, (label, clause) in enumerate(
                self.applying(section, str(number)), start=1
            ):
                ref = self.library.plain(
                    "clause_ref", self.context, section=number, number=position
                )
                yield ClausePlace(section, heading, label, clause, ref)
        for index, annex in enumerate(self.annexes):
            heading = self.annex_heading(index, annex)
            for _, clause in self.applying(annex, None):
                yield ClausePlace(annex, heading, None, clause)
