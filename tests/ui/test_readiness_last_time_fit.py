"""During a review the Readiness page shows last time's rating under each rating control: at
1280x800, in English and in German, in normal and in projector mode, a long one ("Last time:
don't know", "statement reworded") squeezes no button and nothing scrolls sideways."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coopbuilder.core import clock
from coopbuilder.core.demo import demo_agreement
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.widgets.rating import RatingControl
from coopbuilder.ui.wizard.readiness import ReadinessPage

from ..conftest import DEMO_DAY
from .conftest import OpenMain
from .fit import not_fitting

WIDTH, HEIGHT = 1270, 790
"""A window on a 1280x800 screen, less its frame."""
TIMEOUT = 15_000


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_last_time_sits_under_the_buttons_and_everything_fits(
    qtbot: QtBot,
    open_main: OpenMain,
    tmp_path: Path,
    settings: QSettings,
    request: pytest.FixtureRequest,
    language: str,
    projector: bool,
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    settings.setValue("view/projector", projector)
    path = tmp_path / "workspace.sqlite"
    agreement = demo_agreement(language, today=DEMO_DAY)
    with open_workspace(path) as workspace:
        first = workspace.agreements.create(agreement)
        workspace.signing.mark_signed(agreement.id, 1, first.revision)
    with clock.running_from(dt.datetime(2027, 11, 27, 9, tzinfo=dt.UTC)):
        window = open_main(path)
        window.resize(WIDTH, HEIGHT)
        window.show()
        qtbot.waitUntil(lambda: window.size().width() == WIDTH)
        window.reviews.show()
        view = window.reviews.tab.view
        assert view is not None
        qtbot.waitUntil(lambda: view.agreements.rowCount() == 1, timeout=TIMEOUT)
        view.start_review_of(agreement.id, agreement.title, extraordinary=False)
        dialog = view.start_dialog
        assert dialog is not None
        dialog.accept()
        qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=TIMEOUT)
        editor = window.editors()[0]
        assert isinstance(editor, AgreementEditor)
        wizard = editor.wizard
        assert wizard.go_to(
            next(i for i, p in enumerate(wizard.pages) if isinstance(p, ReadinessPage))
        )
        qtbot.waitUntil(lambda: not window.background.busy, timeout=30_000)
        for _ in range(3):
            QApplication.processEvents()

        page = wizard.current_page()
        assert isinstance(page, ReadinessPage)
        shown = [
            (rating, last)
            for row in page.rows
            for rating, last in zip(row.ratings, row.last_time, strict=True)
            if rating.isVisible()
        ]
        assert shown and all(last.isVisible() and last.text() for _, last in shown)
        for rating, last in shown:
            assert isinstance(rating, RatingControl) and isinstance(last, QLabel)
            assert last.geometry().top() >= rating.geometry().bottom()  # under, not beside
        assert not_fitting(window) == []
