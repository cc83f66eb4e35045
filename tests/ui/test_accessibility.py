"""Every input has a name a screen reader can say, and Tab follows the screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.ui.agreement_list import AgreementListView
from coopbuilder.ui.background import Background
from coopbuilder.ui.preview import PdfOutput
from coopbuilder.ui.widgets.rating import RatingControl
from coopbuilder.ui.wizard.contacts import ContactsPage
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.governance import GovernancePage
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.review import ReviewPage
from coopbuilder.ui.wizard.sharing import SharingPage

from .helpers import ScriptedDialogs, name_of

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QAbstractItemView,
    RatingControl,
)

PAGES: dict[str, Callable[[], WizardPage]] = {
    "partnership": PartnershipPage,
    "readiness": lambda: ReadinessPage(Background(), ScriptedDialogs()),
    "findings": FindingsPage,
    "sharing": lambda: SharingPage(ScriptedDialogs()),
    "contacts": lambda: ContactsPage(ScriptedDialogs()),
    "governance": GovernancePage,
    "review": ReviewPage,
}


def part_of_another_input(widget: QWidget) -> bool:
    """The line edit inside a spin box, the list of a combo box's popup."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def inputs(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INPUTS)
        and not isinstance(widget, QHeaderView)
        and not part_of_another_input(widget)
    ]


@pytest.mark.parametrize("make", PAGES.values(), ids=PAGES.keys())
def test_every_input_has_an_accessible_name(
    qtbot: QtBot, demo: Agreement, make: Callable[[], WizardPage]
) -> None:
    page = make()
    qtbot.addWidget(page)
    page.load(demo)
    unnamed = [
        f"{type(w).__name__} near {w.parentWidget() and name_of(w.parentWidget())!r}"
        for w in inputs(page)
        if not w.accessibleName()
    ]
    assert unnamed == []


def tab_chain(start: QWidget, count: int) -> list[str]:
    names, widget = [], start
    while len(names) < count:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            names.append(name_of(widget))
        widget = widget.nextInFocusChain()
    return names


def test_tab_follows_the_partnership_page(qtbot: QtBot, demo: Agreement) -> None:
    page = PartnershipPage()
    qtbot.addWidget(page)
    page.load(demo)
    page.show()
    chain = tab_chain(page.agreement_title, 17)
    assert chain[:12] == [
        "Title of the agreement",
        "Language of the agreement",
        "Purpose",
        "Scope",
        "Out of scope",
        "Partner 1: Name",
        "Partner 1: Short name",
        "Partner 1: Kind",
        "Partner 1: Sector",
        "Partner 1: Data-protection regime",
        "Partner 1: Address",
        "Partner 1: Data protection officer",
    ]
    assert chain[12:] == [
        "Partner 1, representative 1: Name",
        "Partner 1, representative 1: Role",
        "Partner 1, representative 1: Signs",
        "Remove Partner 1, representative 1",
        "Partner 1: add representative",
    ]


def test_tab_goes_along_a_statement_from_one_partner_to_the_other(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = ReadinessPage(Background(), ScriptedDialogs())
    qtbot.addWidget(page)
    page.load(demo)
    page.show()
    first = page.rows[0].ratings[0]
    assert tab_chain(first, 5) == [
        "Brückenschlag, Trust statement 1: rating",
        "Brückenschlag, Trust statement 1: note",
        "LKA Musterland, Trust statement 1: rating",
        "LKA Musterland, Trust statement 1: note",
        "Brückenschlag, Trust statement 2: rating",
    ]


def test_the_list_of_agreements_is_named_and_tab_follows_the_screen(qtbot: QtBot) -> None:
    view = AgreementListView(Background())
    qtbot.addWidget(view)
    view.show()
    assert [type(w).__name__ for w in inputs(view) if not w.accessibleName()] == []
    assert tab_chain(view.search, 4) == [
        "Search agreements",
        "Status filter",
        "Only reviews due within 30 days",
        "Agreements",
    ]


def test_the_preview_is_named(qtbot: QtBot) -> None:
    output = PdfOutput(background=Background(), dialogs=ScriptedDialogs())
    qtbot.addWidget(output)
    assert output.view.accessibleName() == "Preview of the draft agreement"
    assert [type(w).__name__ for w in inputs(output) if not w.accessibleName()] == []
