"""The comparison's list of changed fields speaks the desktop program's language and writes
dates as its locale does (German dates in German), while the review report keeps the
agreement's own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from coopbuilder.documents.rendering import Renderer
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.review import ComparisonView
from coopbuilder.workflows.demo_history import demo_history
from coopbuilder.workflows.review import comparison

from .helpers import ScriptedDialogs


@pytest.fixture
def history(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        demo_history(workspace, dt.date(2026, 11, 27))
        yield workspace


def first_field(qtbot: QtBot, history: Workspace) -> str:
    view = ComparisonView(
        history, background=Background(), dialogs=ScriptedDialogs(), renderer=Renderer()
    )
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.load("demo-agreement")
    return view.changes.topLevelItem(0).child(0).text(0)


@pytest.mark.usefixtures("german")
def test_in_german_the_field_list_has_german_names_and_dates(
    qtbot: QtBot, history: Workspace
) -> None:
    assert first_field(qtbot, history) == "Nächste Überprüfung: 18.11.2028 → 09.11.2029"


def test_in_english_the_dates_follow_the_locale(qtbot: QtBot, history: Workspace) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert first_field(qtbot, history) == "Next review: 18/11/2028 → 09/11/2029"
    finally:
        QLocale.setDefault(QLocale.c())


def test_the_review_report_keeps_the_agreements_own_words(history: Workspace) -> None:
    [change, *_] = comparison(history, "demo-agreement").changes
    assert (change.fields[0].before, change.fields[0].after) == ("2028-11-18", "2029-11-09")
