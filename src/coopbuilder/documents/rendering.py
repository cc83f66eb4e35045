"""Rendering as a service: the program's PDFs made with the clause libraries it is given, one at
a time.

The PDF library keeps fonts, styles and hyphenation in state shared by the whole process, so two
PDFs must not be made at once on two threads. Whatever renders off the main thread goes through
:func:`one_at_a_time` (a :class:`Renderer` does so for each PDF it makes); the lock is taken
again safely by a rendering that calls another.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.templates import ClauseLibraries, ClauseLibrary

if TYPE_CHECKING:
    from coopbuilder.core.agreement import Agreement
    from coopbuilder.core.catalogue import Catalogue
    from coopbuilder.core.review import ReviewContext
    from coopbuilder.documents.review_report import Comparison

_RENDERING = threading.RLock()


@contextmanager
def one_at_a_time() -> Iterator[None]:
    """Hold the rendering lock while the block makes a PDF."""
    with _RENDERING:
        yield


class Renderer:
    """Makes the agreement, the readiness report and the review report with ``libraries`` (the
    shipped ones by default); safe to call from any thread."""

    def __init__(self, libraries: ClauseLibraries | None = None) -> None:
        self.libraries = libraries or ClauseLibraries()

    def library(self, language: Language | str) -> ClauseLibrary:
        return self.libraries.for_language(language)

    def agreement(self, agreement: Agreement, review: ReviewContext | None = None) -> bytes:
        """The agreement's PDF, with the review annex of ``review``."""
        from coopbuilder.documents.agreement import render_agreement

        with one_at_a_time():
            library = self.library(agreement.language)
            return render_agreement(agreement, library=library, review=review).pdf

    def report(self, agreement: Agreement) -> bytes:
        """The readiness report's PDF."""
        from coopbuilder.documents.report import render_report

        with one_at_a_time():
            return render_report(agreement, library=self.library(agreement.language))

    def review_report(self, comparison: Comparison, catalogue: Catalogue | None = None) -> bytes:
        """The review report's PDF."""
        from coopbuilder.documents.review_report import render_review_report

        with one_at_a_time():
            library = self.library(comparison.agreement.language)
            return render_review_report(comparison, catalogue, library)
