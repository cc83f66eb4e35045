"""The program survives many static Qt calls, which PySide6 6.12.0 answers by losing a reference
to ``None`` each time (see coopbuilder.ui.none_refcount)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coopbuilder.ui.none_refcount import RESERVE

CALLS = 30_000
"""Far more static calls than there are references to None at start (about 5,000)."""

PROGRAM = f"""
import sys
from PySide6.QtCore import QCoreApplication
from coopbuilder.ui.app import application

application()
for _ in range({CALLS}):
    QCoreApplication.processEvents()
print("still here", sys.getrefcount(None) > 1000)
"""


def test_many_static_qt_calls_do_not_end_the_program(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOPBUILDER_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, env=env, timeout=120
    )
    assert "none_dealloc" not in done.stderr
    assert (done.returncode, done.stdout) == (0, "still here True\n")


RESERVES = f"""
import sys
from coopbuilder.ui.app import application

application()
print([sys.getrefcount(value) > {RESERVE} for value in (None, True, False)])
"""


def test_true_and_false_get_the_same_reserve_as_none(tmp_path: Path) -> None:
    """The PySide6 that loses references to None also loses them to True (about 30 each time
    the Contacts page loads an agreement, so a few hundred page loads ended a test run with
    "bool_dealloc"): where the program gives None its reserve, True and False get it too."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOPBUILDER_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", RESERVES], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout in ("[True, True, True]\n", "[False, False, False]\n")
