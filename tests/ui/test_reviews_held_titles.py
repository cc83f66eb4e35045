"""The list of reviews held keeps the agreement's title and its heading readable in German
beside a long reason: the title and the kind share the width and wrap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace

from .helpers import ScriptedDialogs
from .test_review_views import reviews_view

REASON = (
    "Eine Fallakte wurde ohne Einwilligung weitergegeben; die Partner klären, wie das "
    "Vier-Augen-Prinzip künftig eingehalten wird."
)


@pytest.fixture
def reviewed(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        demo = demo_agreement("de", today=dt.date(2026, 11, 27))
        first = workspace.agreements.create(demo)
        workspace.signing.mark_signed(demo.id, 1, first.revision)
        record = ReviewRecord(
            kind=ReviewKind.AFTER_INCIDENT, held_on=dt.date(2027, 9, 3), reason=REASON
        )
        workspace.reviews.start_review(demo.id, record)
        yield workspace


@pytest.mark.usefixtures("german")
def test_a_long_reason_leaves_the_title_and_its_heading_whole(
    qtbot: QtBot, reviewed: Workspace
) -> None:
    view = reviews_view(qtbot, reviewed, ScriptedDialogs(), [])
    view.resize(900, 700)
    qtbot.waitUntil(lambda: view.held.rowCount() == 1)
    qtbot.wait(50)
    held = view.held
    header = held.horizontalHeader()
    heading = held.horizontalHeaderItem(0).text()
    assert heading == "Vereinbarung"
    metrics = header.fontMetrics()
    assert header.sectionSize(0) >= metrics.horizontalAdvance(heading)
    title = held.item(0, 0).text()
    longest_word = max(title.split(), key=metrics.horizontalAdvance)
    assert header.sectionSize(0) >= metrics.horizontalAdvance(longest_word)
    # the kind with its reason wraps in its column instead of taking the width
    assert held.item(0, 2).text().endswith(REASON)
    assert header.sectionSize(2) < metrics.horizontalAdvance(held.item(0, 2).text())
