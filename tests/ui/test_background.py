from __future__ import annotations

import threading
import traceback
import weakref

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.ui.background import Background, BusyIndicator


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot: QtBot) -> None:
    background = Background()
    seen: dict[str, object] = {}
    gui = threading.get_ident()

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(background.busy_changed, check_params_cb=lambda busy: not busy):
        background.run(work, done, lambda error: seen.setdefault("error", error))
        assert background.busy
    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert "error" not in seen
    assert not background.busy


def test_an_error_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    background = Background()
    errors: list[tuple[Exception, int]] = []

    def work() -> int:
        raise ValueError("the file is broken")

    background.run(work, lambda _: None, lambda e: errors.append((e, threading.get_ident())))
    qtbot.waitUntil(lambda: not background.busy)
    [(error, thread)] = errors
    assert isinstance(error, ValueError) and str(error) == "the file is broken"
    assert thread == threading.get_ident()


def test_the_busy_indicator_shows_while_work_runs(qtbot: QtBot) -> None:
    background = Background()
    parent = QWidget()
    qtbot.addWidget(parent)
    indicator = BusyIndicator(background, parent)
    parent.show()
    release = threading.Event()
    results: list[str] = []
    background.run(lambda: release.wait(5) and "done", results.append, lambda e: None)
    assert indicator.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not indicator.isVisible())
    assert results == ["done"]
    assert background.wait(1000)
    QApplication.processEvents()


def test_a_delivered_job_lets_go_of_its_callbacks(qtbot: QtBot) -> None:
    """The worker may drop the last reference to a job; the job must then hold no callback,
    or a widget whose method it is could be deleted on the worker thread."""

    class Receiver:
        def done(self, result: int) -> None:
            pass

    background = Background()
    holder = [Receiver()]
    alive = weakref.ref(holder[0])
    observed: list[bool] = []

    def idle(busy: bool) -> None:
        if not busy:  # the job has delivered, but is not deleted yet
            holder.clear()
            observed.append(alive() is None)

    background.busy_changed.connect(idle)
    background.run(lambda: 42, holder[0].done, lambda error: None)
    qtbot.waitUntil(lambda: bool(observed))
    assert observed == [True]


def test_a_failed_job_keeps_its_traceback_but_not_what_its_frames_held(qtbot: QtBot) -> None:
    """The traceback is kept for the log and the fault dialog; the local variables of its
    frames (a page, a dialog the work used) are let go on the worker thread, not carried to
    whichever thread drops the error last."""

    class Held:
        pass

    held: list[weakref.ref[Held]] = []

    def read_the_broken_file() -> int:
        page = Held()
        held.append(weakref.ref(page))
        raise ValueError("the file is broken")

    background = Background()
    errors: list[Exception] = []
    background.run(read_the_broken_file, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: not background.busy)
    [error] = errors
    trace = "".join(traceback.format_exception(error))
    assert ", in read_the_broken_file\n" in trace
    assert trace.endswith("ValueError: the file is broken\n")
    assert held[0]() is None
