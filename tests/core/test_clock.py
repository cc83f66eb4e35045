"""The program's one clock: tests set it, and what the program dates follows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopbuilder.core import clock
from coopbuilder.core.calendar import ReviewDate, review_calendar
from coopbuilder.core.demo import demo_agreement
from coopbuilder.store.connection import open_workspace

SPRING = dt.datetime(2031, 5, 2, 12, 0, tzinfo=dt.UTC)


def test_a_ticking_clock_starts_where_it_is_told_and_runs_on() -> None:
    source = clock.ticking_from(SPRING)
    first, second = source(), source()
    assert SPRING <= first <= second < SPRING + dt.timedelta(seconds=5)


def test_a_clock_needs_a_time_zone() -> None:
    with pytest.raises(ValueError, match="time zone"):
        clock.ticking_from(dt.datetime(2031, 5, 2, 12, 0))


def test_running_from_sets_the_clock_for_the_block_and_puts_it_back() -> None:
    before = clock.today()
    with clock.running_from(SPRING):
        assert clock.today() == dt.date(2031, 5, 2)
        assert clock.now().tzinfo is not None
    assert clock.today() == before


def test_the_demo_and_the_workspace_date_what_they_make_by_the_clock(tmp_path: Path) -> None:
    with clock.running_from(SPRING):
        agreement = demo_agreement("en")
        assert agreement.effective_date == dt.date(2031, 5, 2)
        with open_workspace(tmp_path / "w.sqlite") as workspace:
            stored = workspace.agreements.create(agreement)
            (version,) = workspace.agreements.versions(stored.agreement_id)
    assert version.created_at.date() == dt.date(2031, 5, 2)
    assert version.saved_at.date() == dt.date(2031, 5, 2)


def test_the_calendar_stamps_its_events_by_the_clock() -> None:
    with clock.running_from(SPRING):
        dates = [ReviewDate(agreement_id="a", summary="A", day=dt.date(2032, 5, 2))]
        text = review_calendar(dates, "Reviews").decode()
    assert "DTSTAMP:20310502T12" in text
