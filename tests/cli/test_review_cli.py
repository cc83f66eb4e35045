"""The review commands: reviews, diff, calendar, on a workspace with the three-year history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from coopbuilder.core import clock
from coopbuilder.core.demo import demo_agreement
from coopbuilder.store.connection import open_workspace
from coopbuilder.workflows.demo_history import demo_history
from tests.cli.helpers import run


@pytest.fixture(scope="module")
def workspace_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "team.sqlite"
    with open_workspace(path) as workspace:
        demo_history(workspace, dt.date(2026, 11, 27))
        today = clock.today()
        for days_ago, title in ((400, "Overdue"), (345, "Due soon")):
            agreement = demo_agreement("en", today=today - dt.timedelta(days=days_ago))
            agreement.id, agreement.title = title.lower().replace(" ", "-"), title
            stored = workspace.agreements.create(agreement)
            workspace.signing.mark_signed(stored.agreement_id, 1, stored.revision)
        # never signed: no review is due, whatever next review date the draft names
        draft = demo_agreement("en", today=today - dt.timedelta(days=345))
        draft.id, draft.title = "never-signed", "Never signed"
        assert draft.next_review_date == today + dt.timedelta(days=20)
        workspace.agreements.create(draft)
    return str(path)


def test_reviews_lists_due_overdue_and_held(
    workspace_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--workspace", workspace_file, "reviews", "--due-within", "30")
    assert code == 0
    due, held = out.split("\nReviews held:\n")
    assert due.splitlines()[0] == "Reviews due within 30 days, overdue or in progress:"
    rows = {row.split()[0]: row for row in due.splitlines()[3:]}
    assert set(rows) == {"overdue", "due-soon", "demo-agreement"}
    assert (
        "overdue by 3" in rows["overdue"]
        and "Overdue (Brückenschlag / LKA Musterland)" in rows["overdue"]
    )
    assert " in 2" in rows["due-soon"] and " days " in rows["due-soon"]
    assert rows["demo-agreement"].split()[:3] == ["demo-agreement", "3", "2029-11-09"]
    assert "Review in progress" in rows["demo-agreement"]
    held_rows = held.splitlines()[2:]
    assert [r.split()[:2] for r in held_rows] == [
        ["demo-agreement", "2028-11-09"],
        ["demo-agreement", "2027-11-18"],
    ]
    assert "Annual review" in held_rows[0] and "2 -> 3" in held_rows[0]


def test_diff_shows_structure_and_text(
    workspace_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--workspace", workspace_file, "diff", "demo-agreement", "1", "2")
    assert code == 0
    structure, text = out.split("\nText of the agreement:\n")
    assert "Removed: Escalation contact 'Sabine Kühn (LKA Musterland)'" in structure
    assert "    Deputy: Sabine Kühn -> Mehmet Aydın" in structure
    assert "Added: Sharing rule 'Duty roster of the situation centre's shift leads" in structure
    assert "Changed: 13.2 review.annual (13. Success, review, amendment and termination)" in text
    assert "next by [-27-] {+18+} November [-2027.-] {+2028.+}" in text


def test_diff_of_a_version_that_is_not_there(
    workspace_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--workspace", workspace_file, "diff", "demo-agreement", "1", "9")
    assert code == 2
    assert "has no version 9" in err and err.count("\n") == 1


def test_calendar_writes_one_event_per_agreement(
    workspace_file: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "reviews.ics"
    code, out, _ = run(capsys, "--workspace", workspace_file, "calendar", str(out_file))
    assert code == 0 and out == f"Wrote 3 review dates to {out_file}.\n"
    events = Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    assert len({str(e["uid"]) for e in events}) == 3
    assert dt.date(2029, 11, 9) in {e.decoded("dtstart") for e in events}
