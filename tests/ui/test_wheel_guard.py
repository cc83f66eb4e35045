"""The mouse wheel over a date, a combo box or a spin box that does not have the focus changes
nothing (the page scrolls instead), on every page, view and dialog; with the focus it changes
the value as before."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import Language
from coopbuilder.ui.app import application
from coopbuilder.ui.widgets.wheel import WheelGuard, install_wheel_guard
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.sharing import SharingPage

from .helpers import ScriptedDialogs, shown
from .test_sharing_page import open_editor
from .views import DIALOGS, VIEWS, Kit, show, states


@pytest.fixture(autouse=True)
def _guard(qapp: QApplication) -> Iterator[WheelGuard]:
    yield install_wheel_guard(qapp)


def _wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel by ``notches`` over the middle of ``widget`` (and of its line edit)."""
    middle = QPointF(widget.rect().center())
    for target in (widget, getattr(widget, "lineEdit", lambda: None)()):
        if target is None:
            continue
        event = QWheelEvent(
            middle,
            QPointF(target.mapToGlobal(middle.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def _inputs(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QAbstractSpinBox | QComboBox) and w.isVisible() and w.isEnabled()
    ]
    return found


def _wheel_over_all(root: QWidget) -> list[QWidget]:
    """Turn the wheel over every date, combo and spin box shown, one notch down and, if
    that changed nothing (the last choice), one notch up; the ones whose value changed."""
    changed = []
    for widget in _inputs(root):
        assert not widget.hasFocus()
        before = _value(widget)
        _wheel(widget, -1)
        if _value(widget) == before:
            _wheel(widget, 1)
        if _value(widget) != before:
            changed.append(widget)
    return changed


def test_the_wheel_changes_no_due_date_status_or_owner_on_the_findings_page(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = shown(qtbot, FindingsPage(), demo)
    dates = 0
    for row in range(page.findings.count()):
        page.findings.setCurrentRow(row)
        dates += sum(isinstance(w, QDateEdit) for w in _inputs(page))
        assert [w.accessibleName() for w in _wheel_over_all(page)] == []
    assert dates >= 2  # the due dates of the actions were among them


def test_the_wheel_changes_nothing_in_the_sharing_rule_dialog(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = shown(qtbot, SharingPage(ScriptedDialogs()), demo)
    dialog = open_editor(qtbot, page)
    assert len(_inputs(dialog)) >= 5
    assert [w.accessibleName() for w in _wheel_over_all(dialog)] == []


def test_with_the_focus_the_wheel_still_changes_the_value(qtbot: QtBot, demo: Agreement) -> None:
    page = shown(qtbot, FindingsPage(), demo)
    dates: list[QDateEdit] = []
    for row in range(page.findings.count()):
        page.findings.setCurrentRow(row)
        dates = [w for w in _inputs(page) if isinstance(w, QDateEdit)]
        if dates:
            break
    assert dates
    due = dates[0]
    assert due.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives it no focus
    page.activateWindow()
    due.setFocus()
    qtbot.waitUntil(due.hasFocus)
    before = due.date()
    _wheel(due, 1)
    assert due.date() != before


def test_the_program_installs_the_guard_once(qapp: QApplication) -> None:
    assert application(Language.EN) is qapp
    assert len(qapp.findChildren(WheelGuard)) == 1


WHEELED = {
    "page-partnership",
    "page-findings",
    "page-contacts",
    "page-governance",
    "agreement-list",
    "comparison",
    "sharing-rule",
    "new-sharing-rule",
    "start-review",
    "start-extraordinary-review",
    "sign",
    "trial-certificate",
}
"""The views with a date, combo or spin box; the others have none (a test says so, so that one
added later is not left out)."""


def _every(kind: dict[str, Callable[[Kit], QWidget]]) -> list[Any]:
    return [pytest.param(make, id=name) for name, make in kind.items()]


@pytest.mark.parametrize("make", _every({**VIEWS, **DIALOGS}))
def test_the_wheel_changes_nothing_on_any_page_view_or_dialog(
    qtbot: QtBot, tmp_path: Path, demo: Agreement, request: pytest.FixtureRequest, make: Any
) -> None:
    name = request.node.callspec.id
    kit = Kit(qtbot, tmp_path, demo)
    try:
        root = show(kit, make)
        seen, changed = 0, []
        for state in states(root):
            seen += len(_inputs(root))
            changed += [f"{state}: {w.accessibleName()}" for w in _wheel_over_all(root)]
        assert changed == []
        assert (seen > 0) == (name in WHEELED), f"{name}: {seen} inputs the wheel could change"
    finally:
        kit.close()
