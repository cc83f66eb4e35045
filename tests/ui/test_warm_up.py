"""Opening the first agreement of a session does not wait for imports: what an agreement's tab
needs is loaded in the background once the window is up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROGRAM = """
import gc, sys, time
from PySide6.QtCore import QSettings
from coopbuilder.ui.app import WARM_MODULES, application, start_gui

app = application()
assert not any(name in sys.modules for name in WARM_MODULES), "loaded before the window"
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = start_gui(sys.argv[1], settings=settings, autosave_ms=0, keep_started=True)
deadline = time.monotonic() + 60
while window.workspace is None or window.background.busy:
    assert time.monotonic() < deadline, "the program did not settle"
    app.processEvents()
    time.sleep(0.01)
print(window.editors() == [], [name for name in WARM_MODULES if name not in sys.modules])
print(gc.get_freeze_count() > 0)
window.close()
"""


def test_an_agreement_s_modules_are_loaded_once_the_window_is_up(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOPBUILDER_HOME": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PROGRAM,
            str(tmp_path / "workspace.sqlite"),
            str(tmp_path / "settings.ini"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    # and what the program made until then is out of the garbage collector's passes
    assert (done.returncode, done.stdout) == (0, "True []\nTrue\n"), done.stderr
