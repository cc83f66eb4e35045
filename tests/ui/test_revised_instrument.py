"""The Readiness and Findings pages with the revised catalogue: labelled scale, "not
applicable", knowledge gaps, an agreement rated against the first catalogue, last year's answers
at a review, and the page on a projector at 1280x800 in German."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.carry_over import answers_against
from coopbuilder.core.catalogue import CURRENT_VERSION, default_catalogue, shipped_catalogue
from coopbuilder.core.exchange import loads
from coopbuilder.core.vocabulary import FindingKind, Language
from coopbuilder.ui.background import Background
from coopbuilder.ui.projector import ProjectorMode
from coopbuilder.ui.session import MemorySession, new_agreement
from coopbuilder.ui.widgets.rating import NOT_APPLICABLE, RatingControl
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.readiness import PreconditionPanel, ReadinessPage
from coopbuilder.ui.wizard.shell import Wizard

from .helpers import ScriptedDialogs, find, shown

OLD_FILE = Path(__file__).parents[1] / "core" / "data" / "rated-against-catalogue-1.coopagreement"


@pytest.fixture
def first() -> Agreement:
    """The demo agreement as CoopBuilder wrote it before the revised catalogue: rated on the
    first."""
    return loads(OLD_FILE.read_text(encoding="utf-8"))


def current(demo: Agreement) -> Agreement:
    """The demo's answers carried to the current catalogue; the other statements unrated."""
    return answers_against(demo, default_catalogue())


def readiness(
    qtbot: QtBot, agreement: Agreement, previous: Agreement | None = None
) -> ReadinessPage:
    page = ReadinessPage(Background(), ScriptedDialogs(), previous=previous)
    return shown(qtbot, page, agreement)


def rating(page: QWidget, partner: str, precondition: str, number: int) -> RatingControl:
    return find(page, f"{partner}, {precondition} statement {number}: rating", RatingControl)


def test_a_new_agreement_is_rated_against_the_current_catalogue(qapp: QApplication) -> None:
    assert new_agreement().catalogue_version == CURRENT_VERSION


def test_every_point_of_the_scale_is_labelled(qtbot: QtBot, demo: Agreement) -> None:
    page = readiness(qtbot, current(demo))
    control = rating(page, "Brückenschlag", "Trust", 1)
    names = [b.accessibleName() for b in control.findChildren(QPushButton)]
    assert names == [
        "1, Strongly disagree",
        "2, Disagree",
        "3, Neither agree nor disagree",
        "4, Agree",
        "5, Strongly agree",
        "Don't know",
        "Not applicable",
    ]
    for point in ("1 Strongly disagree", "3 Neither agree nor disagree", "? Don't know"):
        assert point in page.scale.text()
    assert "n/a Not applicable" in page.scale.text()
    qtbot.mouseClick(control.findChildren(QPushButton)[3], Qt.MouseButton.LeftButton)
    chosen = [label.text() for label in control.findChildren(QLabel)]
    assert chosen == ["Agree"]  # beneath the buttons


def test_not_applicable_is_its_own_answer(qtbot: QtBot, demo: Agreement) -> None:
    agreement = current(demo)
    page = readiness(qtbot, agreement)
    history = rating(page, "Brückenschlag", "Trust", 7)  # earlier work with this partner
    dont = rating(page, "LKA Musterland", "Trust", 7)
    history.setFocus()
    qtbot.keyClick(history, Qt.Key.Key_N)
    assert history.value() == NOT_APPLICABLE
    qtbot.keyClicks(dont, "?")
    page.save(agreement)
    ngo, lka = (p.id for p in agreement.partners)
    given = agreement.assessment.rating(ngo, "trust.7")
    assert given is not None and given.not_applicable and given.value is None
    other = agreement.assessment.rating(lka, "trust.7")
    assert other is not None and other.dont_know and not other.not_applicable
    page.load(agreement)
    assert rating(page, "Brückenschlag", "Trust", 7).value() == NOT_APPLICABLE


def test_an_agreement_rated_against_the_first_catalogue_keeps_its_statements(
    qtbot: QtBot, first: Agreement
) -> None:
    page = readiness(qtbot, current(first))
    assert page.preconditions.count() == len(default_catalogue().preconditions)
    assert page.earlier.isHidden()
    page.load(first)  # rated against version 1
    assert page.preconditions.count() == 8
    assert len(page.rows) == len(shipped_catalogue(1).statement_ids)
    assert not page.earlier.isHidden()
    assert "catalogue version 1" in page.earlier.text()
    panel = page.panels.widget(7)
    assert isinstance(panel, PreconditionPanel)
    texts = [row.text.text() for row in panel.rows]
    officers = "4. Our data protection officers have been involved in shaping the cooperation."
    assert texts[3] == f"{officers} ↻ (replaced since)"
    assert texts[0].endswith("may be shared.")  # the same meaning now: not marked
    assert rating(page, "Brückenschlag", "Legal framework", 2).value() == 0  # "?" as given


def test_at_a_review_last_years_answers_show_where_the_meaning_is_the_same(
    qtbot: QtBot, first: Agreement
) -> None:
    draft = current(first)
    draft.assessment.ratings = []
    page = readiness(qtbot, draft, previous=first)
    panel = page.panels.widget(0)
    assert isinstance(panel, PreconditionPanel)
    by_id = {row.statement_id: row for row in panel.rows}
    said = first.assessment.rating("ngo", "trust.2")
    assert said is not None
    assert by_id["trust.2"].last_time[0].text() == f"Last time: {said.value}"
    assert by_id["trust.5"].last_time[0].text() == "Last time: new question"
    assert by_id["trust.1"].last_time[0].text() == "Last time: new question"
    assert by_id["trust.7"].last_time[0].text() == "Last time: not rated"


def test_findings_show_a_knowledge_gap(qtbot: QtBot, demo: Agreement) -> None:
    agreement = current(demo)
    ngo = agreement.partners[0].id
    agreement.assessment.set_rating(ngo, "legal_framework.2", None)
    page = shown(qtbot, FindingsPage(), agreement)
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any(t.startswith("? Knowledge gap on Legal framework\n") for t in texts), texts
    panel = page.panel("legal_framework", FindingKind.KNOWLEDGE_GAP)
    said = "\n".join(label.text() for label in panel.findChildren(QLabel))
    assert 'Brückenschlag answered "don\'t know" where a statement asks what they know' in said
    assert "'We know the limits that professional secrecy sets for our organisation.'" in said


@pytest.fixture
def projector(tmp_path: Path, app_look: None, qapp: QApplication) -> Iterator[ProjectorMode]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    mode = ProjectorMode(qapp, settings)
    mode.set_projector(True)
    yield mode
    mode.set_projector(False)


def _inside(widget: QWidget, frame: QWidget) -> bool:
    corner = widget.mapTo(frame, QPoint(0, 0))
    return corner.x() >= 0 and corner.x() + widget.width() <= frame.width()


@pytest.mark.parametrize("which", ["first", "current"])
def test_it_fits_1280_by_800_in_german_on_a_projector(
    qtbot: QtBot,
    demo: Agreement,
    german: None,
    projector: ProjectorMode,
    tmp_path: Path,
    which: str,
) -> None:
    agreement = demo.model_copy(update={"language": Language.DE})
    if which == "current":
        agreement = current(agreement)
    page = ReadinessPage(Background(), ScriptedDialogs())
    wizard = Wizard(
        MemorySession(agreement), (page, FindingsPage()), dialogs=ScriptedDialogs(), autosave_ms=0
    )
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    scroll = page.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert isinstance(scroll, QScrollArea)
    view = scroll.viewport()
    for index in range(page.panels.count()):
        page.preconditions.setCurrentRow(index)
        QApplication.processEvents()
        assert scroll.horizontalScrollBar().maximum() == 0  # nothing to the right of the window
        panel = page.panels.currentWidget()
        assert isinstance(panel, PreconditionPanel)
        for row in panel.rows:
            assert _inside(row.text, panel), row.statement_id
            for control in row.ratings:
                assert _inside(control, panel), row.statement_id
                assert _inside(control, view), row.statement_id
                buttons = control.findChildren(QPushButton)
                assert all(_inside(b, control) for b in buttons)
                for left, right in itertools.pairwise(buttons):
                    assert left.geometry().right() < right.geometry().left()
                (chosen,) = control.findChildren(QLabel)
                assert chosen.geometry().top() >= buttons[0].geometry().bottom()
    assert "Trifft voll zu" in page.scale.text()
    wizard.grab().save(str(tmp_path / f"readiness-{which}-de-projector.png"))
