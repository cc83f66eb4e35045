from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.scoring import assess
from coopbuilder.core.vocabulary import ActionStatus, FindingKind
from coopbuilder.ui.widgets.fields import ChoiceCombo
from coopbuilder.ui.wizard.finding_panel import FindingPanel
from coopbuilder.ui.wizard.findings import FindingsPage

from .helpers import find, shown


def page_on(qtbot: QtBot, agreement: Agreement) -> FindingsPage:
    return shown(qtbot, FindingsPage(), agreement)


def test_the_table_and_the_radar_show_the_assessment(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    summary = assess(demo)
    transparency = [r.precondition_id for r in summary.results].index("transparency")
    assert page.scores.item(transparency, 0).text() == "Transparency"
    assert page.scores.item(transparency, 1).text() == "2.50  ▼ Gap"
    assert page.scores.item(transparency, 2).text() == "4.17  ✔ Strength"
    assert page.scores.item(transparency, 3).text().startswith("≠ Yes: means 1.67 apart")
    ngo, lka = page.radar.series()
    assert ngo.name == "Brückenschlag" and lka.name == "LKA Musterland"
    assert list(ngo.values) == [r.scores[0].mean for r in summary.results]
    assert ngo.dashed != lka.dashed and ngo.square != lka.square  # not colour alone
    assert "Overall: Brückenschlag: 3.58 ● Borderline" in page.overall.text()


def test_not_assessed_is_shown_as_such_not_as_a_low_score(qtbot: QtBot, demo: Agreement) -> None:
    demo.assessment.ratings = [
        r for r in demo.assessment.ratings if not r.statement_id.startswith("trust")
    ]
    demo.actions = []
    page = page_on(qtbot, demo)
    assert page.scores.item(0, 1).text() == "○ Not assessed (0 of 7 rated)"
    assert page.radar.series()[0].values[0] is None


def test_every_finding_has_a_panel_and_says_whether_it_has_an_action(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = page_on(qtbot, demo)
    findings = assess(demo).findings
    assert page.findings.count() == len(findings)
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert "▼ Gap on Transparency\n✔ Agreed actions: 1" in texts
    assert "● Borderline (discuss) on Trust\nNo agreed action" in texts
    assert "? Knowledge gap on Transparency\n✔ Agreed actions: 1" in texts
    demo.actions = [a for a in demo.actions if a.precondition_id != "continuity"]
    page.load(demo)
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert "▼ Gap on Continuity\n✖ Needs an action" in texts


def test_adopt_a_recommended_action_and_give_it_an_owner_and_a_date(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.actions = []
    page = page_on(qtbot, demo)
    panel = page.panel("continuity", FindingKind.GAP)
    page.findings.setCurrentRow(page.panels.indexOf(panel))
    adopt = find(panel, "Adopt recommended action 2", QPushButton)
    qtbot.mouseClick(adopt, Qt.MouseButton.LeftButton)
    assert not adopt.isEnabled() and adopt.text() == "Adopted"
    topic = "Gap on Continuity, action 1"
    text = find(panel, f"{topic}: Action", QLineEdit)
    assert text.text() == adopt.accessibleDescription()
    qtbot.keyClick(text, Qt.Key.Key_End)
    qtbot.keyClicks(text, " Start in spring.")
    # proposed: the partner with the gap owns it, due a quarter from today (27 November 2026)
    assert find(panel, f"{topic}: Owner", QComboBox).currentText() == "LKA Musterland"
    assert find(panel, f"{topic}: Due: set a date", QCheckBox).isChecked()
    due = find(panel, f"{topic}: Due", QDateEdit)
    assert due.date() == QDate(2027, 2, 27)
    due.setDate(QDate(2027, 3, 1))
    status = find(panel, f"{topic}: Status", ChoiceCombo)
    choices = [status.itemText(i) for i in range(status.count())]
    assert choices == ["Open", "In progress", "Done", "Not done", "Dropped"]
    qtbot.keyClicks(status, "n")  # typed: the first choice that begins with it
    assert status.value() is ActionStatus.NOT_DONE
    status.set_value(ActionStatus.IN_PROGRESS)
    index = page.panels.indexOf(panel)
    assert page.findings.item(index).text().endswith("✔ Agreed actions: 1")
    page.save(demo)
    [action] = demo.actions
    assert action.precondition_id == "continuity" and action.finding is FindingKind.GAP
    assert action.text.endswith("Start in spring.")
    assert (action.owner_partner_id, action.due_date, action.status) == (
        "lka",
        dt.date(2027, 3, 1),
        ActionStatus.IN_PROGRESS,
    )
    assert action.outcome_note == ""


def test_at_a_review_the_outcome_of_an_action_is_written_down(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = page_on(qtbot, demo)
    panel = page.panel("continuity", FindingKind.GAP)
    page.findings.setCurrentRow(page.panels.indexOf(panel))
    topic = "Gap on Continuity, action 1"
    find(panel, f"{topic}: Status", ChoiceCombo).set_value(ActionStatus.DONE)
    outcome = find(panel, f"{topic}: Outcome", QLineEdit)
    qtbot.keyClicks(outcome, "Deputies named for all four LKA contacts.")
    page.save(demo)
    action = next(a for a in demo.actions if a.id == "act-continuity-gap")
    assert action.status is ActionStatus.DONE
    assert action.outcome_note == "Deputies named for all four LKA contacts."
    page.load(demo)
    reloaded = page.panel("continuity", FindingKind.GAP)
    assert find(reloaded, f"{topic}: Outcome", QLineEdit).text() == action.outcome_note


def test_an_action_without_text_must_be_written_or_removed(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    panel = page.panel("trust", FindingKind.BORDERLINE)
    qtbot.mouseClick(panel.agreed.add_button, Qt.MouseButton.LeftButton)
    assert page.check() == []  # an empty row is simply left out
    find(panel, "Borderline (discuss) on Trust, action 1: Owner", QComboBox).setCurrentIndex(2)
    assert page.check() == [
        "Action 1 of 'Borderline (discuss) on Trust' has no text: say what will be done, or "
        "remove it."
    ]
    find(panel, "Remove Borderline (discuss) on Trust, action 1").click()
    assert page.check() == []


def test_actions_whose_finding_went_away_are_kept(qtbot: QtBot, demo: Agreement) -> None:
    demo.assessment.ratings = [
        r.model_copy(update={"value": 4}) if r.statement_id.startswith("continuity") else r
        for r in demo.assessment.ratings
    ]
    page = page_on(qtbot, demo)
    earlier = page.finding_panels()[-1]
    assert earlier.finding is None and earlier.topic == "Earlier actions"
    assert {row.text.text() for row in earlier.agreed.rows()} == {
        a.text for a in demo.actions if a.precondition_id == "continuity"
    }
    again = demo.model_copy(deep=True)
    page.save(again)
    assert {a.id for a in again.actions} == {a.id for a in demo.actions}


def test_a_perception_gap_says_who_rated_what(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    panel = page.panel("transparency", FindingKind.PERCEPTION_GAP)
    said = "\n".join(label.text() for label in panel.findChildren(QLabel))
    assert re.search(r"': rated \d by Brückenschlag, \d by LKA Musterland", said), said


def test_without_both_assessments_the_perception_gap_cannot_be_told(
    qtbot: QtBot, demo: Agreement
) -> None:
    lka = demo.partners[1].id
    demo.assessment.ratings = [
        r
        for r in demo.assessment.ratings
        if not (r.statement_id.startswith("trust") and r.partner_id == lka)
    ]
    page = page_on(qtbot, demo)
    assert page.scores.item(0, 0).text() == "Trust"
    assert page.scores.item(0, 3).text() == "? Cannot tell: not assessed by both partners"


def test_an_action_of_ones_own_on_a_perception_gap_is_proposed_to_both_partners(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.actions = []
    page = page_on(qtbot, demo)
    panel = page.panel("transparency", FindingKind.PERCEPTION_GAP)
    qtbot.mouseClick(panel.agreed.add_button, Qt.MouseButton.LeftButton)
    [row] = panel.agreed.rows()
    assert row.owner.currentText() == "Both partners"  # they see it differently, together
    assert row.due.value() == dt.date(2027, 2, 27)
    assert row.is_blank()  # nothing typed yet: not an action
    page.save(demo)
    assert demo.actions == []


def test_an_action_owned_by_both_partners_is_saved_and_loaded_as_such(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.actions = []
    page = page_on(qtbot, demo)
    panel = page.panel("continuity", FindingKind.GAP)
    row = panel.adopt(panel.adopt_buttons[0][1])
    owner = find(panel, "Gap on Continuity, action 1: Owner", QComboBox)
    owners = [owner.itemText(i) for i in range(owner.count())]
    assert owners == ["No owner yet", "Brückenschlag", "LKA Musterland", "Both partners"]
    assert owner.currentText() == "LKA Musterland"  # the partner with the gap, proposed
    owner.setCurrentIndex(3)
    page.save(demo)
    [action] = demo.actions
    assert action.both_partners and action.owner_partner_id is None and action.has_owner
    page.load(demo)
    again = page.panel("continuity", FindingKind.GAP)
    assert find(again, "Gap on Continuity, action 1: Owner", QComboBox).currentText() == (
        "Both partners"
    )
    assert row is not None


def test_a_findings_panel_is_made_when_it_is_first_shown(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    assert page.findings.count() == page.panels.count() > 2
    assert len(page.made_panels()) == 1  # the first finding's, shown
    kept = demo.model_copy(deep=True)
    page.save(kept)
    assert kept.actions == demo.actions  # the actions of panels not made are kept as they were
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    index = next(i for i, text in enumerate(texts) if i > 0 and "Agreed actions: 1" in text)
    page.findings.setCurrentRow(index)
    made = page.made_panels()
    assert len(made) == 2 and page.panels.currentWidget() is made[1]
    [row] = made[1].agreed.rows()
    row.text.setText("Meet the press officer every quarter")
    assert page.findings.item(index).text() == texts[index]  # still one agreed action
    page.save(kept)
    changed = [a for a in kept.actions if a not in demo.actions]
    assert [(a.id, a.text) for a in changed] == [
        (row.entity_id, "Meet the press officer every quarter")
    ]
    assert len(kept.actions) == len(demo.actions)


def test_going_to_an_action_makes_the_panel_it_is_on(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    first = page.made_panels()[0]
    ids = {row.entity_id for row in first.agreed.rows()}
    number = next(n for n, a in enumerate(demo.actions) if a.id not in ids)
    page.show_field(f"actions[{number}]")
    panel = page.panels.currentWidget()
    assert isinstance(panel, FindingPanel) and panel is not first
    assert len(page.made_panels()) == 2
    focused = page.focusWidget()
    assert any(focused in (row.text, row.owner, row.due.edit) for row in panel.agreed.rows())
    assert demo.actions[number].id in {row.entity_id for row in panel.agreed.rows()}
