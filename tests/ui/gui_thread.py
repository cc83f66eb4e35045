"""A guard for the rule "the GUI thread only paints": while it is on, every SQL statement sent
from the Qt main thread with the program's GUI code on the stack is recorded, and the test
fails at its end, naming where. A test's own reads and writes (set-up, checks) have no GUI code
on the stack and pass; the GUI's work on a worker thread passes too."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from sqlalchemy import event
from sqlalchemy.engine import Engine

import coopbuilder.ui

UI_FOLDER = str(Path(coopbuilder.ui.__file__).parent)


def _gui_frame(frame: FrameType | None) -> FrameType | None:
    while frame is not None:
        if frame.f_code.co_filename.startswith(UI_FOLDER):
            return frame
        frame = frame.f_back
    return None


@contextmanager
def database_off_the_gui_thread() -> Iterator[list[str]]:
    """Record the GUI's statements on the main thread; yields the list of where they came from."""
    found: list[str] = []

    def check(*_: object) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        caller = _gui_frame(sys._getframe(1))
        if caller is not None:
            found.append("".join(traceback.format_stack(caller, limit=6)))

    event.listen(Engine, "before_cursor_execute", check)
    try:
        yield found
    finally:
        event.remove(Engine, "before_cursor_execute", check)
