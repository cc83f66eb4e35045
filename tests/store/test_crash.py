"""A crash in the middle of a save loses nothing that was committed and damages nothing.

A child process saves the draft in a loop (autosave, then save, each one transaction) and says
which round it committed; once it has saved, it is killed with SIGKILL at a random moment, 20
times. After each
kill the file passes ``PRAGMA integrity_check`` and holds the last round the child reported
(or the one after it, when the kill fell between the commit and the report).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.connection import open_workspace

SAVER = """
import sys
from coopbuilder.store.connection import open_workspace

workspace = open_workspace(sys.argv[1], who="saver")
while True:
    stored = workspace.agreements.load("demo-agreement")
    draft = stored.agreement.model_copy(deep=True)
    round_ = int(draft.title.rsplit(" ", 1)[1]) + 1
    draft.title = f"round {round_}"
    draft.sharing_rules.reverse()
    draft.contacts[0].phone = f"+49 911 {round_:07d}"
    workspace.recovery.autosave(draft, stored.revision)
    workspace.agreements.save(draft, stored.revision)
    print(round_, flush=True)
"""

KILLS = 20


def _integrity(path: Path, _last: int, kill: int) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], kill
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], kill
    finally:
        connection.close()


def _last_round(path: Path, last: int, kill: int) -> None:
    with open_workspace(path) as workspace:
        stored = workspace.agreements.load("demo-agreement")  # loads and validates whole
    now = int(stored.agreement.title.rsplit(" ", 1)[1])
    assert now in (last, last + 1), (kill, last, now)
    assert stored.agreement.contacts[0].phone.endswith(f"{now:07d}")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_a_saving_process_never_loses_a_committed_save(
    tmp_path: Path, demo: Agreement
) -> None:
    path = tmp_path / "crash.sqlite"
    demo.title = "round 0"
    with open_workspace(path) as workspace:
        workspace.agreements.create(demo)
    chance = random.Random(20261127)
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # it is saving now
        assert first.strip().isdigit(), child.stderr.read() if child.stderr else ""
        time.sleep(chance.uniform(0.0, 0.2))
        os.kill(child.pid, signal.SIGKILL)
        reported, errors = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, errors
        last = int((first + reported).split()[-1])

        # Half the time the program itself meets the file first, as on the next start.
        checks = [_integrity, _last_round] if kill % 2 else [_last_round, _integrity]
        for check in checks:
            check(path, last, kill)
