"""The next review dates as an iCalendar file (RFC 5545), for the partners' calendars.

One all-day event per agreement's next review. Its UID is made from the agreement and the date,
so exporting again gives the same event (a calendar updates it instead of adding a second one),
and a review moved to another day is a new event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from icalendar import Calendar, Event

from coopbuilder import __version__
from coopbuilder.core import clock
from coopbuilder.core.base import Model
from coopbuilder.core.files import OWNER_ONLY, atomic_write_bytes

UID_DOMAIN = "coopbuilder.invalid"
"""The right-hand side of every UID: names no host, and says which program made it."""


class ReviewDate(Model):
    """One event: an agreement's next review."""

    agreement_id: str
    day: dt.date
    summary: str
    description: str = ""


def event_uid(agreement_id: str, day: dt.date) -> str:
    return f"review-{agreement_id}-{day:%Y%m%d}@{UID_DOMAIN}"


def review_calendar(
    dates: Sequence[ReviewDate], name: str, stamp: dt.datetime | None = None
) -> bytes:
    """The calendar with one all-day event per date. ``stamp`` (UTC, default now) is when the
    events were written (DTSTAMP)."""
    stamp = stamp or clock.now()
    calendar = Calendar()
    calendar.add("prodid", f"-//CoopBuilder//CoopBuilder {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for date in sorted(dates, key=lambda d: (d.day, d.agreement_id)):
        event = Event()
        event.add("uid", event_uid(date.agreement_id, date.day))
        event.add("dtstamp", stamp)
        event.add("dtstart", date.day)
        event.add("dtend", date.day + dt.timedelta(days=1))
        event.add("summary", date.summary)
        if date.description:
            event.add("description", date.description)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def write_review_calendar(
    path: Path, dates: Sequence[ReviewDate], name: str, stamp: dt.datetime | None = None
) -> None:
    """Write the calendar atomically: the old file stays whole until the new one is."""
    atomic_write_bytes(Path(path), review_calendar(dates, name, stamp), mode=OWNER_ONLY)
