"""A command started from the command line runs as one short process: without the garbage
collector, and ending as soon as it is done, with everything it printed and logged kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "coopbuilder"


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "COOPBUILDER_HOME": str(home)}
    env.pop("COOPBUILDER_DATABASE_URL", None)
    return env


def test_a_command_keeps_what_it_printed_and_logged(tmp_path: Path) -> None:
    demo = tmp_path / "demo.json"
    done = subprocess.run(
        [str(SCRIPT), "demo", str(demo)], capture_output=True, text=True, env=_env(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote the demo agreement to {demo}.\n"
    checked = subprocess.run(
        [str(SCRIPT), "check", str(tmp_path / "missing.json")],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
    )
    assert checked.returncode == 2
    assert checked.stderr.startswith("coopbuilder: error: ")
    assert checked.stderr.endswith("\n")
    log = (tmp_path / "logs" / "coopbuilder.log").read_text(encoding="utf-8")
    assert log.count(" started (Python ") == 2  # both runs' lines reached the file


RUN = """
import gc, sys, threading, time
from pathlib import Path
from coopbuilder import cli

print("collector on" if gc.isenabled() else "collector off", flush=True)
def late() -> None:
    time.sleep(0.3)
    Path(sys.argv[1]).write_text("written")
threading.Thread(target=late).start()
print("done", end="")  # left in the buffer: leaving must hand it on
cli.leave(3)
"""


def test_leaving_waits_for_a_thread_that_still_runs(tmp_path: Path) -> None:
    late = tmp_path / "late.txt"
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(late)], capture_output=True, text=True, env=_env(tmp_path)
    )
    assert done.returncode == 3
    assert done.stdout == "collector on\ndone"
    assert late.read_text() == "written"


def test_the_program_runs_a_command_without_the_collector_and_the_desktop_with_it(
    tmp_path: Path,
) -> None:
    code = (
        "import gc, sys\n"
        "from coopbuilder import cli\n"
        "from coopbuilder.__main__ import main\n"
        "out, seen = sys.argv[1], []\n"
        "cli.leave = lambda code: seen.append(('leave', gc.isenabled(), code))\n"
        "import coopbuilder.ui.app as app\n"
        "app.run_gui = lambda *args: seen.append(('desktop', gc.isenabled())) or 0\n"
        "sys.argv = ['coopbuilder']\n"
        "main()\n"
        "sys.argv = ['coopbuilder', 'demo', out]\n"
        "main()\n"
        "print(seen)\n"
    )
    demo = tmp_path / "demo.json"
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo)], capture_output=True, text=True, env=_env(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[('desktop', True), ('leave', False, 0)]"
    assert demo.is_file()
