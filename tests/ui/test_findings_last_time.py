"""During a review, Findings shows last time's means beside this year's, in the table and on
the radar (thin, dotted, faint, in the partners' colours)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.scoring import assess
from coopbuilder.ui.texts import format_number
from coopbuilder.ui.wizard.findings import FindingsPage

from .helpers import shown


def this_year(demo: Agreement) -> Agreement:
    """Version 2 of the demo with every third rating one higher."""
    draft = demo.model_copy(deep=True)
    draft.version = 2
    for rating in draft.assessment.ratings[::3]:
        if rating.value is not None and rating.value < 5:
            rating.value += 1
    return draft


def test_findings_show_last_times_means_beside_this_years(qtbot: QtBot, demo: Agreement) -> None:
    draft = this_year(demo)
    page = shown(qtbot, FindingsPage(previous=demo), draft)
    before, now = assess(demo, default_catalogue()), assess(draft, default_catalogue())
    assert [r.precondition_id for r in before.results] == [r.precondition_id for r in now.results]
    changed = 0
    for row, (old, new) in enumerate(zip(before.results, now.results, strict=True)):
        for column in (1, 2):
            text = page.scores.item(row, column).text()
            last, current = old.scores[column - 1].mean, new.scores[column - 1].mean
            assert last is not None and current is not None
            assert text.startswith(format_number(current))
            assert text.endswith(f"Last time: {format_number(last)}")
            changed += last != current
    assert changed  # this year differs, and both years are shown
    [first, second] = page.radar.previous()
    assert first.values == tuple(r.scores[0].mean for r in before.results)
    assert second.values == tuple(r.scores[1].mean for r in before.results)
    assert [s.values for s in page.radar.series()] == [
        tuple(r.scores[i].mean for r in now.results) for i in (0, 1)
    ]
    page.radar.grab()  # paints with both years


def test_outside_a_review_only_this_year_is_shown(qtbot: QtBot, demo: Agreement) -> None:
    page = shown(qtbot, FindingsPage(), demo)
    assert "Last time" not in page.scores.item(0, 1).text()
    assert page.radar.previous() == []
    page.set_previous(demo)  # a version a review started: from the next load on
    page.load(this_year(demo))
    assert "Last time" in page.scores.item(0, 1).text() and page.radar.previous()
    page.set_previous(None)
    page.load(demo)
    assert "Last time" not in page.scores.item(0, 1).text() and not page.radar.previous()
