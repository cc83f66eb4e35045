"""Rendering as a service: the program's PDFs (and the draft as a Word document) made with the
clause libraries it is given, one at a time.

The PDF library keeps fonts, styles and hyphenation in state shared by the whole process, so two
PDFs must not be made at once on two threads. Whatever renders off the main thread goes through
:func:`one_at_a_time` (a :class:`Renderer` does so for each PDF it makes); the lock is taken
again safely by a rendering that calls another.

The PDF library also holds the interpreter for the whole of a rendering, so the desktop program
renders its documents (the agreement's preview and Save PDF, the lawyers' edition, the Word
document, the readiness report, the review report, the final PDF to sign) in a
:class:`RenderProcess` of its own: a separate process, started warm once the window is up, that
the calling thread merely waits for.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.templates import ClauseLibraries, ClauseLibrary

if TYPE_CHECKING:
    from coopbuilder.core.agreement import Agreement
    from coopbuilder.core.catalogue import Catalogue
    from coopbuilder.core.review import ReviewContext
    from coopbuilder.documents.final import FinalDocument
    from coopbuilder.documents.review_report import Comparison

_RENDERING = threading.RLock()

logger = logging.getLogger(__name__)

T = TypeVar("T")


@contextmanager
def one_at_a_time() -> Iterator[None]:
    """Hold the rendering lock while the block makes a PDF."""
    with _RENDERING:
        yield


def _end_with_the_program() -> None:
    """In the render process: end when the program that started it has ended, however it
    ended (closed, killed, crashed), so that no render process is left behind."""
    program = multiprocessing.parent_process()
    if program is None:
        return

    def watch() -> None:
        program.join()
        os._exit(0)

    threading.Thread(target=watch, name="program-watch", daemon=True).start()


def _ready() -> int:
    """Load the PDF library in the render process and register its fonts there, once for the
    process's life (the first preview is then quick). What is loaded stays for the process's
    life: it is left out of the garbage collector's rounds, which otherwise go through it again
    and again while a PDF is made."""
    import coopbuilder.documents.agreement  # noqa: F401
    from coopbuilder.documents.styles import document_styles

    document_styles()
    gc.freeze()
    return os.getpid()


def _agreement_pdf(
    chosen: Path | None,
    agreement: Agreement,
    review: ReviewContext | None,
    against: Agreement | None = None,
) -> bytes:
    """The agreement's PDF, made in the render process."""
    return Renderer(ClauseLibraries(chosen)).agreement(agreement, review, against)


def _legal_pdf(chosen: Path | None, agreement: Agreement) -> bytes:
    """The lawyers' edition of the draft, made in the render process."""
    return Renderer(ClauseLibraries(chosen)).for_legal_review(agreement)


def _word_docx(chosen: Path | None, agreement: Agreement, review: ReviewContext | None) -> bytes:
    """The agreement as a Word document, made in the render process."""
    return Renderer(ClauseLibraries(chosen)).word(agreement, review)


def _report_pdf(chosen: Path | None, agreement: Agreement) -> bytes:
    """The readiness report's PDF, made in the render process."""
    return Renderer(ClauseLibraries(chosen)).report(agreement)


def _review_report_pdf(
    chosen: Path | None, comparison: Comparison, catalogue: Catalogue | None
) -> bytes:
    """The review report's PDF, made in the render process."""
    return Renderer(ClauseLibraries(chosen)).review_report(comparison, catalogue)


def _final_pdf(
    chosen: Path | None,
    agreement: Agreement,
    catalogue: Catalogue | None,
    review: ReviewContext | None,
) -> FinalDocument:
    """The final PDF to sign, made in the render process."""
    return Renderer(ClauseLibraries(chosen)).final(agreement, catalogue, review)


class RenderProcess:
    """A process of its own that makes PDFs, one at a time; started by :meth:`start` (or the
    first call), made anew if it ended, closed by :meth:`close`."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._guard = threading.Lock()

    def start(self) -> None:
        """Start the process and let it load the PDF library (returns at once)."""
        self._executor()

    def _executor(self) -> ProcessPoolExecutor:
        with self._guard:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")  # no copy of Qt's threads
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=context, initializer=_end_with_the_program
                )
                self._pool.submit(_ready)
            return self._pool

    def call(self, work: Callable[..., T], *args: object) -> T:
        """``work(*args)`` in the process (``work`` and its arguments travel by pickle); the
        calling thread waits without holding the interpreter. A process that ended is made
        anew once."""
        pool = self._executor()
        try:
            return pool.submit(work, *args).result()
        except BrokenProcessPool:
            with self._guard:
                if self._pool is pool:
                    self._pool = None
            return self._executor().submit(work, *args).result()

    @property
    def started(self) -> bool:
        """Whether the process was started (and not closed since)."""
        return self._pool is not None

    def pid(self) -> int:
        """The render process's id (it is started if it was not)."""
        return self.call(os.getpid)

    def close(self) -> None:
        with self._guard:
            pool, self._pool = self._pool, None
        if pool is not None:
            # waits for a PDF being made: a pool left to close itself at exit can fail there
            pool.shutdown(wait=True, cancel_futures=True)


class Renderer:
    """Makes the agreement, its lawyers' edition, its Word document, the readiness report, the
    review report and the final PDF with ``libraries`` (the shipped ones by default); safe to
    call from any thread. With ``process``, every one of them is rendered there, and here only
    when no process can be started (the calling thread then holds the interpreter while it
    renders)."""

    def __init__(
        self, libraries: ClauseLibraries | None = None, process: RenderProcess | None = None
    ) -> None:
        self.libraries = libraries or ClauseLibraries()
        self.process = process

    def library(self, language: Language | str) -> ClauseLibrary:
        return self.libraries.for_language(language)

    def _there(self, work: Callable[..., T], *args: object) -> T | None:
        """``work(self.libraries.chosen, *args)`` in the render process; ``None`` without one,
        or when no process can be started here (the caller then renders in this process)."""
        if self.process is None:
            return None
        try:
            return self.process.call(work, self.libraries.chosen, *args)
        except (BrokenProcessPool, OSError) as exc:
            logger.warning("Rendering here: the render process failed (%s)", exc)
            return None

    def agreement(
        self,
        agreement: Agreement,
        review: ReviewContext | None = None,
        against: Agreement | None = None,
    ) -> bytes:
        """The agreement's PDF, with the review annex of ``review``; with ``against`` (the
        signed version), its changes against that version marked."""
        made = self._there(_agreement_pdf, agreement, review, against)
        if made is not None:
            return made
        from coopbuilder.documents.agreement import render_agreement

        with one_at_a_time():
            library = self.library(agreement.language)
            return render_agreement(agreement, library=library, review=review, against=against).pdf

    def for_legal_review(self, agreement: Agreement) -> bytes:
        """The lawyers' edition: the draft with the annex that numbers every open legal
        question."""
        made = self._there(_legal_pdf, agreement)
        if made is not None:
            return made
        from coopbuilder.documents.agreement import render_agreement

        with one_at_a_time():
            library = self.library(agreement.language)
            return render_agreement(agreement, library=library, annotated=True).pdf

    def word(self, agreement: Agreement, review: ReviewContext | None = None) -> bytes:
        """The agreement as a Word document (``.docx``), with the review annex of ``review``."""
        made = self._there(_word_docx, agreement, review)
        if made is not None:
            return made
        from coopbuilder.documents.word import render_docx

        with one_at_a_time():
            library = self.library(agreement.language)
            return render_docx(agreement, library=library, review=review)

    def report(self, agreement: Agreement) -> bytes:
        """The readiness report's PDF."""
        made = self._there(_report_pdf, agreement)
        if made is not None:
            return made
        from coopbuilder.documents.report import render_report

        with one_at_a_time():
            return render_report(agreement, library=self.library(agreement.language))

    def review_report(self, comparison: Comparison, catalogue: Catalogue | None = None) -> bytes:
        """The review report's PDF."""
        made = self._there(_review_report_pdf, comparison, catalogue)
        if made is not None:
            return made
        from coopbuilder.documents.review_report import render_review_report

        with one_at_a_time():
            library = self.library(comparison.agreement.language)
            return render_review_report(comparison, catalogue, library)

    def final(
        self,
        agreement: Agreement,
        catalogue: Catalogue | None = None,
        review: ReviewContext | None = None,
    ) -> FinalDocument:
        """The final PDF to sign (see :func:`coopbuilder.documents.final.render_final`), with
        the review annex of ``review``. Refused here, before any rendering, while the agreement
        checks find errors."""
        from coopbuilder.documents.final import ready_to_sign, render_final

        ready_to_sign(agreement, catalogue)
        made = self._there(_final_pdf, agreement, catalogue, review)
        if made is not None:
            return made
        with one_at_a_time():
            return render_final(agreement, catalogue, self.library(agreement.language), review)
