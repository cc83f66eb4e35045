"""The one way the GUI runs slow work (reading files, rendering, signing): off the GUI thread.

``Background.run(work, on_done, on_error)`` calls ``work()`` on a worker thread and then
``on_done(result)`` or ``on_error(exception)`` on the GUI thread, so callbacks may touch widgets
and ``work`` must not. With ``owner``, the callbacks are dropped if that object (a page, a tab)
was deleted meanwhile. ``busy_changed`` tells a busy indicator when work starts and ends.
A failed job is logged (a fault with its traceback) before ``on_error`` is called.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QWidget

from coopbuilder.ui.failures import log_failure

T = TypeVar("T")


def _done(*_: object) -> None:
    """What a job's work and callbacks become once its result is delivered."""


def _keep_only_the_trace(error: BaseException) -> None:
    """Clear the local variables of the finished frames in ``error``'s traceback (and in those
    of the exceptions it came from): they may hold what the work held (a page, a dialog), which
    must not be released with the error on whichever thread drops it last. The traceback
    itself, file, line and function of every frame, stays for the log."""
    pending, seen = [error], set[int]()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.__traceback__ is not None:
            traceback.clear_frames(current.__traceback__)  # skips the frame still running
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)


class _Job(QObject):
    """One piece of work. Lives on the GUI thread; only ``execute`` runs on the worker."""

    _succeeded = Signal(object)
    _failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self._name = getattr(work, "__qualname__", type(work).__name__)
        # Queued: the slots run on the thread this object lives on, the GUI thread.
        self._succeeded.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    def execute(self) -> None:
        """Runs on a worker thread: touches no widget, only emits. It lets go of the work before
        it emits: once the result is delivered, the GUI thread drops the work, and whatever the
        work holds (a page, a dialog) must be released there, not here."""
        work = self._work
        try:
            result = work()
        except Exception as exc:
            del work
            _keep_only_the_trace(exc)
            self._failed.emit(exc)
        else:
            del work
            self._succeeded.emit(result)

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            if not self._owner_gone():
                self._on_done(result)
        finally:
            self._let_go()
            self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            assert isinstance(error, Exception)
            log_failure(error, f"The background job {self._name}")
            if not self._owner_gone():
                self._on_error(error)
        finally:
            self._let_go()
            self.finished.emit()

    def _let_go(self) -> None:
        """Drop the work and the callbacks, here on the GUI thread. The worker thread may hold
        the last reference to this job for a moment after the work; if the job still held a
        callback, a widget whose method it is could be released, and deleted, on that thread."""
        self._work = self._on_done = self._on_error = _done
        self._owner = None


class Background(QObject):
    """Runs functions on a thread pool of its own and delivers their results on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._jobs: set[_Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> None:
        """Call ``work()`` off the GUI thread, then ``on_done`` or ``on_error`` on it (unless
        ``owner`` is given and has been deleted by then)."""
        job = _Job(work, on_done, on_error, owner)
        was_busy = self.busy
        self._jobs.add(job)
        job.finished.connect(lambda: self._forget(job))
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(job.execute)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the workers are done (at shutdown); callbacks still come as events."""
        return self._pool.waitForDone(msecs)

    def _forget(self, job: _Job) -> None:
        self._jobs.discard(job)
        job.deleteLater()
        if not self._jobs:
            self.busy_changed.emit(False)


class BusyIndicator(QProgressBar):
    """A moving bar that shows while a :class:`Background` is working."""

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumWidth(160)
        self.setAccessibleName(self.tr("Working"))
        self.setAccessibleDescription(self.tr("Shown while the program works in the background."))
        self.setVisible(background.busy)
        background.busy_changed.connect(self.setVisible)
