"""Benchmark: the longest stall of the GUI thread for each thing a person does in the window.
Prints figures, asserts nothing.

The program runs in this process, headless (QT_QPA_PLATFORM=offscreen), on a temporary workspace
with the demo agreement and a large one (60 sharing rules, 40 contacts). A timer on the GUI
thread ticks every 2 ms; the longest time between two ticks while an action runs (its own
call included) is how long the window could not paint. Each action is measured until what it
started is done (the tab is open, the preview is rendered), plus a short settling time. Beside
it, the GUI thread's CPU time for the action (the least of the runs, stall timer included),
which the machine's other load does not inflate. Targets: <= 100 ms for each action (opening
the first agreement of a session <= 150 ms).

    .venv/bin/python bench/gui.py [--runs N]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QElapsedTimer,
    QObject,
    QSettings,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from coopbuilder.__main__ import quiet_third_party_warnings
from coopbuilder.core.demo import demo_agreement, large_agreement
from coopbuilder.documents.rendering import RenderProcess
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.app import application, keep_the_gui_thread_responsive, start_gui
from coopbuilder.ui.dialogs import QtSigningDialogs
from coopbuilder.ui.main_window import MainWindow

if TYPE_CHECKING:
    from coopbuilder.ui.agreement_editor import OpenAgreement

DAY = dt.date(2026, 11, 27)
TARGET_MS = 100
FIRST_OPEN_TARGET_MS = 150
SETTLE_MS = 150
TIMEOUT_S = 60


class QuietDialogs(QtSigningDialogs):
    """Never waits for a person: questions get their second answer ("Discard changes")."""

    def ask(self, parent: QWidget, title: str, question: str, answers: Sequence[str]) -> int:
        return 1

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        print(f"  ! {title}: {message}", file=sys.stderr)

    def unexpected(self, parent: QWidget | None, title: str, error: BaseException) -> None:
        print(f"  ! {title}: {type(error).__name__}: {error}", file=sys.stderr)

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        pass


class StallMeter(QObject):
    """The longest gap between two ticks of a 2 ms timer on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self._clock = QElapsedTimer()
        self._last = 0
        self.longest = 0
        self._timer = QTimer(self)
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self.longest = 0
        self._timer.start()

    def stop(self) -> int:
        self._tick()
        self._timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now


profiled: dict[str, cProfile.Profile] = {}
"""With ``--profile``: each action's profile (the GUI thread's calls), summed over the runs."""
profile_on = [False]
current_action = [""]

cpu_of_last = [0.0]
"""The GUI thread's CPU time (ms) of the last :func:`measure`d action, settling included."""


def measure(
    app: QApplication, meter: StallMeter, action: Callable[[], object], done: Callable[[], bool]
) -> int:
    """The longest stall while ``action`` runs and until ``done()``, in ms (and in
    :data:`cpu_of_last` the GUI thread's CPU time meanwhile)."""
    profile = profiled.setdefault(current_action[0], cProfile.Profile()) if profile_on[0] else None
    meter.start()
    cpu = time.thread_time()
    if profile is not None:
        profile.enable()
    try:
        return _measure(app, meter, action, done, cpu)
    finally:
        if profile is not None:
            profile.disable()


def _measure(
    app: QApplication,
    meter: StallMeter,
    action: Callable[[], object],
    done: Callable[[], bool],
    cpu: float,
) -> int:
    action()
    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the action did not finish")
        app.processEvents()
        time.sleep(0.001)
    settle = time.monotonic() + SETTLE_MS / 1000
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.001)
    cpu_of_last[0] = (time.thread_time() - cpu) * 1000
    return meter.stop()


def idle(window: MainWindow) -> bool:
    return not window.background.busy


def editor_of(window: MainWindow) -> OpenAgreement:
    editor = window.current_editor()
    assert editor is not None
    return editor


built_on_open: list[int] = []
"""How many wizard pages each open built (the rest are built when first shown)."""


def timed(stall: int) -> tuple[int, float]:
    """A measured stall with the GUI thread's CPU time of the same action."""
    return stall, cpu_of_last[0]


def session_actions(
    app: QApplication, meter: StallMeter, window: MainWindow, agreement_id: str, first: bool
) -> dict[str, tuple[int, float]]:
    """Open one agreement and work in it; the longest stall of each step. (The editor's
    modules are imported here, not at the top: the program loads them itself.)"""
    out: dict[str, tuple[int, float]] = {}

    def step(name: str, action: Callable[[], object], done: Callable[[], bool]) -> None:
        current_action[0] = f"{'large' if agreement_id == 'large-agreement' else 'demo'}: {name}"
        out[name] = timed(measure(app, meter, action, done))
        current_action[0] = ""

    step(
        "open an agreement (first)" if first else "open an agreement (later)",
        lambda: window.open_agreement(agreement_id),
        lambda: window.current_editor() is not None and idle(window),
    )
    from coopbuilder.ui.preview import PdfOutput
    from coopbuilder.ui.widgets.rating import RatingControl

    wizard = editor_of(window).wizard
    steps = wizard.steps.count()
    built_on_open.append(sum(wizard.is_built(index) for index in range(steps)))
    step("switch page (to Readiness)", lambda: wizard.go_to(1), lambda: True)
    ratings = wizard.current_page().findChildren(RatingControl)
    buttons = [b for b in ratings[0].findChildren(QAbstractButton) if not b.isChecked()]
    step("rate a statement", buttons[0].click, lambda: True)
    step("enter Findings", lambda: wizard.go_to(2), lambda: True)
    wizard.go_to(0)
    title = next(e for e in wizard.current_page().findChildren(QLineEdit) if e.text())
    title.setText(title.text() + " (edited)")

    def rendered() -> bool:
        output = wizard.current_page().findChild(PdfOutput)  # the page is built on first visit
        return (
            output is not None and output.pdf is not None and not output.rendering and idle(window)
        )

    step("go to Review and output after an edit", lambda: wizard.go_to(steps - 1), rendered)
    editor_of(window).wizard.save()
    measure(app, meter, lambda: None, lambda: idle(window))
    window.close_current()
    measure(app, meter, lambda: None, lambda: not window.editors() and idle(window))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="sessions per agreement (default 3)")
    parser.add_argument(
        "--default-switch-interval",
        action="store_true",
        help="keep Python's thread switch interval (the program shortens it)",
    )
    parser.add_argument(
        "--render-here",
        action="store_true",
        help="render the preview in this process (the program uses a render process)",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="print the N functions of most cumulative time in each action (GUI thread)",
    )
    args = parser.parse_args(argv)
    profile_on[0] = args.profile > 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["COOPBUILDER_HOME"] = str(folder / "home")
        path = folder / "workspace.sqlite"
        demo, big = demo_agreement("en", DAY), large_agreement(today=DAY)
        big.id, big.title = "large-agreement", "A large cooperation"
        with open_workspace(path) as workspace:
            workspace.agreements.create(demo)
            workspace.agreements.create(big)
        quiet_third_party_warnings()  # as the program does
        app = application()
        if not args.default_switch_interval:
            keep_the_gui_thread_responsive()
        qInstallMessageHandler(lambda *_: None)  # the offscreen platform's notes, every window
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = start_gui(
            str(path),
            settings=settings,
            dialogs=QuietDialogs(),
            autosave_ms=0,
            keep_started=True,  # as the program does
        )
        process = None if args.render_here else RenderProcess()
        window.clause_library.renderer.process = process  # as the program does
        if process is not None:
            process.start()
        meter = StallMeter()
        measure(app, meter, lambda: None, lambda: window.workspace is not None and idle(window))
        print(
            f"Longest GUI-thread stall per action, ms (preview rendered "
            f"{'here' if process is None else 'in a render process'}, switch interval "
            f"{sys.getswitchinterval() * 1000:g} ms, load average {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores; targets <= {TARGET_MS} ms, first open "
            f"<= {FIRST_OPEN_TARGET_MS} ms)"
        )
        first = True
        for name, agreement_id in (("demo", demo.id), ("large agreement", big.id)):
            figures: dict[str, list[tuple[int, float]]] = {}
            for _ in range(args.runs):
                for action, ms in session_actions(app, meter, window, agreement_id, first).items():
                    figures.setdefault(action, []).append(ms)
                first = False
            print(f"{name}:")
            for action, measured in figures.items():
                target = FIRST_OPEN_TARGET_MS if "(first)" in action else TARGET_MS
                values = [stall for stall, _ in measured]
                worst = max(values)
                verdict = "within" if worst <= target else "OVER"
                cpu = min(cpu for _, cpu in measured)
                print(
                    f"  {action:<40} median {statistics.median(values):6.0f}   "
                    f"worst {worst:6d}   {verdict} {target}   GUI-thread CPU {cpu:5.0f}"
                )
        print(f"wizard pages built when an agreement opens: {sorted(set(built_on_open))}")
        for action, profile in profiled.items():
            if not action:
                continue
            text = io.StringIO()
            stats = pstats.Stats(profile, stream=text)
            stats.sort_stats("cumulative").print_stats(args.profile)
            print(f"\n--- {action} (summed over the runs) ---")
            print(text.getvalue().split("\n\n", 1)[-1].rstrip())
        window.close()
        if process is not None:
            process.close()


if __name__ == "__main__":
    main()
