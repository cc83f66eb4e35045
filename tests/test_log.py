"""The program's log: where it is, what goes in, and what never does."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import warnings
from pathlib import Path

from coopbuilder.log import ProgramLog, log_folder, start_log

from .conftest import written

SCRIPT = Path(sys.executable).parent / "coopbuilder"


def test_the_log_is_in_the_home_folder_and_names_the_version(
    program_log: ProgramLog, _isolated_home: Path
) -> None:
    assert (
        program_log.path
        == _isolated_home / "logs" / "coopbuilder.log"
        == log_folder() / ("coopbuilder.log")
    )
    text = written(program_log)
    assert "INFO [MainThread] coopbuilder.log: CoopBuilder " in text
    assert " started (Python 3." in text


def test_info_by_default_and_a_library_only_from_warning_on(program_log: ProgramLog) -> None:
    logging.getLogger("coopbuilder.store").info("opened in %d ms", 12)
    logging.getLogger("coopbuilder.store").debug("a detail for developers")
    logging.getLogger("pyhanko.sign").info("a library's chatter")
    logging.getLogger("pyhanko.sign").warning("a library's warning")
    text = written(program_log)
    assert "coopbuilder.store: opened in 12 ms" in text
    assert "a detail for developers" not in text
    assert "a library's chatter" not in text
    assert "WARNING [MainThread] pyhanko.sign: a library's warning" in text


def test_debug_writes_the_details(quiet_hooks: list[str]) -> None:
    log = start_log(debug=True)
    try:
        logging.getLogger("coopbuilder.ui").debug("a detail for developers")
        logging.getLogger("pyhanko.sign").debug("still not a library's chatter")
        text = written(log)
    finally:
        log.close()
    assert "DEBUG [MainThread] coopbuilder.ui: a detail for developers" in text
    assert "chatter" not in text


def test_an_uncaught_exception_goes_to_the_log_with_its_traceback(
    program_log: ProgramLog, quiet_hooks: list[str]
) -> None:
    def broken_step() -> None:
        raise ZeroDivisionError("forced")

    try:
        broken_step()
    except ZeroDivisionError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    text = written(program_log)
    assert "CRITICAL [MainThread] coopbuilder.log: Uncaught ZeroDivisionError" in text
    assert "Traceback (most recent call last)" in text
    assert ", in broken_step\n" in text
    assert quiet_hooks == ["forced"]  # handed on to the hook before


def test_a_thread_s_uncaught_exception_goes_to_the_log(
    program_log: ProgramLog, quiet_hooks: list[str]
) -> None:
    def worker_step() -> None:
        raise LookupError("forced on a thread")

    thread = threading.Thread(target=worker_step, name="exporter")
    thread.start()
    thread.join()
    text = written(program_log)
    assert "Uncaught LookupError on the thread exporter" in text
    assert ", in worker_step\n" in text
    assert quiet_hooks == ["forced on a thread"]


def test_warnings_go_to_the_log(program_log: ProgramLog) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("an old way of doing it", DeprecationWarning, stacklevel=1)
    assert "py.warnings" in written(program_log)
    assert "DeprecationWarning: an old way of doing it" in written(program_log)


def test_closing_puts_the_hooks_back(quiet_hooks: list[str]) -> None:
    before = (sys.excepthook, threading.excepthook, logging.getLogger().level)
    log = start_log()
    assert sys.excepthook is not before[0]
    log.close()
    assert (sys.excepthook, threading.excepthook, logging.getLogger().level) == before
    assert log.handler not in logging.getLogger().handlers


def test_the_program_logs_from_its_start_and_takes_debug(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = subprocess.run(
        [str(SCRIPT), "--debug", "demo", str(tmp_path / "demo.json")],
        capture_output=True,
        text=True,
        check=False,
        env={"COOPBUILDER_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    text = (home / "logs" / "coopbuilder.log").read_text(encoding="utf-8")
    assert "started (Python" in text and ", debug log" in text
