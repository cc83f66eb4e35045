"""The one clock the program asks for "now" and "today".

Reviews due, report headings, the calendar, a certificate's validity, the signing time, the
demo's history and the workspace's timestamps all ask this module, never the system clock
directly, so that a test can set the time once and the whole program agrees with it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_source: Callable[[], dt.datetime] = _system_now


def now() -> dt.datetime:
    """The current moment, in UTC."""
    return _source()


def today() -> dt.date:
    """Today's date where the user is (the local time zone)."""
    return now().astimezone().date()


def ticking_from(start: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock that reads ``start`` now and then runs on like a real one (so that timestamps
    taken one after the other still follow each other)."""
    if start.utcoffset() is None:
        raise ValueError("the start of a clock must carry a time zone")
    began = time.monotonic()

    def source() -> dt.datetime:
        return start.astimezone(dt.UTC) + dt.timedelta(seconds=time.monotonic() - began)

    return source


def set_source(source: Callable[[], dt.datetime] | None) -> None:
    """Let ``source`` tell the time from now on; ``None`` goes back to the system clock."""
    global _source
    _source = source or _system_now


@contextmanager
def running_from(start: dt.datetime) -> Iterator[None]:
    """Within the block the clock reads ``start`` and runs on from there."""
    before = _source
    set_source(ticking_from(start))
    try:
        yield
    finally:
        set_source(before)
