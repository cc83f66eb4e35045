"""Benchmark: from process start to the main window on screen, and peak memory. Prints figures,
asserts nothing.

Each run starts a fresh ``python`` process that runs the program as ``coopbuilder --workspace
W`` does (headless, QT_QPA_PLATFORM=offscreen) and reports two moments: the main window's first
paint ("shown"), and the first list of agreements from the workspace ("listed"). The workspace
is a temporary file with 200 agreements. Targets: shown <= 1.0 s (median), peak memory <= 200 MB.

    .venv/bin/python bench/startup.py [--runs N] [--workspace PATH_OR_URL]

To see where the time goes: ``.venv/bin/python -X importtime -m coopbuilder --help``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 1.0
TARGET_MB = 200
AGREEMENTS = 200

CHILD = r"""
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
marks = {}

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def report(name):
    if name not in marks:
        marks[name] = (time.time(), peak_mb())

def listed(window):
    if window.workspace is not None:
        report("listed")
        print(json.dumps(marks), flush=True)
        QTimer.singleShot(0, window.close)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            if "shown" not in marks:
                report("shown")
                watched.agreements.listed.connect(lambda: listed(watched))
        return False

watch = Watch()
app.installEventFilter(watch)
from coopbuilder.__main__ import main
sys.exit(main(["--workspace", sys.argv[1]]))
"""


def make_workspace(folder: Path) -> str:
    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.store.connection import open_workspace

    path = folder / "bench.sqlite"
    today = dt.date.today()
    with open_workspace(path) as workspace:
        base = demo_agreement("en", today=today - dt.timedelta(days=300))
        for number in range(AGREEMENTS):
            agreement = base.model_copy(deep=True)
            agreement.id = f"bench{number:04d}"
            agreement.title = f"Cooperation {number}"
            agreement.next_review_date = today + dt.timedelta(days=number % 400 - 30)
            workspace.agreements.create(agreement)
    return str(path)


def one_run(workspace: str, home: Path) -> dict[str, tuple[float, float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COOPBUILDER_HOME=str(home))
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, workspace],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the program did not start:\n{done.stderr[-2000:]}")
    marks: dict[str, list[float]] = json.loads(lines[-1])
    return {name: (at - start, peak) for name, (at, peak) in marks.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--workspace", help="a workspace to open (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coopbuilder-startup-") as scratch:
        folder = Path(scratch)
        workspace = args.workspace or make_workspace(folder)
        runs = [one_run(workspace, folder / "home") for _ in range(args.runs)]
    shown = [run["shown"][0] for run in runs]
    listed = [run["listed"][0] for run in runs]
    peak = max(run["listed"][1] for run in runs)
    median_shown = statistics.median(shown)
    met = "met" if median_shown <= TARGET_SECONDS else "MISSED"
    print(f"startup, {args.runs} runs, {AGREEMENTS if not args.workspace else '?'} agreements")
    print(
        f"  main window shown:   median {median_shown:.2f} s  "
        f"(first {shown[0]:.2f} s, min {min(shown):.2f} s, max {max(shown):.2f} s)"
        f"  target <= {TARGET_SECONDS:.1f} s: {met}"
    )
    print(
        f"  agreements listed:   median {statistics.median(listed):.2f} s  "
        f"(min {min(listed):.2f} s, max {max(listed):.2f} s)"
    )
    print(
        f"  peak memory:         {peak:.0f} MB"
        f"  target <= {TARGET_MB} MB: {'met' if peak <= TARGET_MB else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
