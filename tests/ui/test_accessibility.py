"""Every input has a name a screen reader can say and a description of what to enter, and Tab
follows the screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.documents.rendering import Renderer
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.agreement_list import AgreementListView
from coopbuilder.ui.background import Background
from coopbuilder.ui.preview import PdfOutput
from coopbuilder.ui.review import ComparisonView, ReviewsView
from coopbuilder.ui.session import MemorySession
from coopbuilder.ui.widgets.rating import RatingControl
from coopbuilder.ui.wizard.contacts import ContactsPage
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.governance import GovernancePage
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.review import ReviewPage
from coopbuilder.ui.wizard.sharing import SharingPage
from coopbuilder.ui.wizard.shell import Wizard
from coopbuilder.workflows.demo_history import demo_history

from .helpers import ScriptedDialogs, find, name_of, shown

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
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


def is_input(widget: QWidget) -> bool:
    """A field a person types into or chooses in, or a scrolled area Tab stops at."""
    if isinstance(widget, QHeaderView) or part_of_another_input(widget):
        return False
    if isinstance(widget, INPUTS):
        return True
    return (
        isinstance(widget, QAbstractScrollArea)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.NoFocus
    )


def inputs(root: QWidget) -> list[QWidget]:
    return [widget for widget in root.findChildren(QWidget) if is_input(widget)]


def unexplained(root: QWidget, skip: Sequence[QWidget] = ()) -> list[str]:
    """The inputs under ``root`` (but not under ``skip``) without an accessible name or without
    an accessible description of their own (not the tooltip a screen reader would fall back
    to), and those whose description only repeats the name."""
    found = [w for w in inputs(root) if not any(s is w or s.isAncestorOf(w) for s in skip)]
    assert found, f"no inputs in {type(root).__name__}"
    return [
        f"{type(w).__name__} {name_of(w)!r} in {type(w.parentWidget()).__name__}"
        for w in found
        if not name_of(w).strip()
        or not w.accessibleDescription().strip()
        or w.accessibleDescription().strip().casefold() == name_of(w).strip().casefold()
    ]


def assert_explained(root: QWidget, skip: Sequence[QWidget] = ()) -> None:
    """Fails with every input under ``root`` that lacks a name or a description."""
    missing = unexplained(root, skip)
    assert not missing, "\n".join(["Inputs without a name or a description:", *missing])


@pytest.mark.parametrize("make", PAGES.values(), ids=PAGES.keys())
def test_every_input_has_an_accessible_name_and_description(
    qtbot: QtBot, demo: Agreement, make: Callable[[], WizardPage]
) -> None:
    page = make()
    qtbot.addWidget(page)
    page.load(demo)
    assert_explained(page)


def test_the_sharing_rule_dialog_explains_every_input(qtbot: QtBot, demo: Agreement) -> None:
    page = shown(qtbot, SharingPage(ScriptedDialogs()), demo)
    page.table.select_rule(0)
    qtbot.mouseClick(find(page, "Edit...", QPushButton), Qt.MouseButton.LeftButton)
    assert page.editor is not None and page.editor.isVisible()
    assert_explained(page.editor)


def test_the_wizard_around_the_pages_explains_every_input(qtbot: QtBot, demo: Agreement) -> None:
    dialogs = ScriptedDialogs()
    pages: list[WizardPage] = [make() for make in PAGES.values()]
    wizard = Wizard(MemorySession(demo), pages, dialogs=dialogs, background=Background())
    qtbot.addWidget(wizard)
    wizard.show()
    assert_explained(wizard, skip=pages)  # each page is checked on its own above


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
    chain = tab_chain(page.agreement_title, 22)
    assert chain[:17] == [
        "Title of the agreement",
        "Language of the agreement",
        "Legal nature of the agreement",
        "Field of work: Exit and disengagement counselling",
        "Field of work: Family counselling (parents and relatives)",
        "Field of work: Returnees from conflict zones and their families",
        "Purpose",
        "Scope",
        "Out of scope",
        "Partner 1: Name",
        "Partner 1: Short name",
        "Partner 1: German article",
        "Partner 1: Kind",
        "Partner 1: Sector",
        "Partner 1: Data-protection regime",
        "Partner 1: Address",
        "Partner 1: Data protection officer",
    ]
    assert chain[17:] == [
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
    assert_explained(view)
    assert tab_chain(view.search, 4) == [
        "Search agreements",
        "Status filter",
        "Only reviews due within 30 days",
        "Agreements",
    ]


def test_the_preview_is_named(qtbot: QtBot) -> None:
    output = PdfOutput(background=Background(), dialogs=ScriptedDialogs(), renderer=Renderer())
    qtbot.addWidget(output)
    assert output.view.accessibleName() == "Preview of the draft agreement"
    assert_explained(output)


def test_the_review_screens_explain_every_input(
    qtbot: QtBot, signed: Workspace, demo: Agreement
) -> None:
    view = ReviewsView(
        signed,
        background=Background(),
        dialogs=ScriptedDialogs(),
        libraries=ClauseLibraries(),
        open_agreement=lambda agreement_id, number: None,
        today=lambda: dt.date(2027, 11, 1),
    )
    qtbot.addWidget(view)
    view.show()
    assert_explained(view)
    qtbot.waitSignal(view.listed).wait()  # the list is read off the GUI thread
    view.extraordinary_button.click()
    dialog = view.start_dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    assert_explained(dialog)
    dialog.reject()


def test_the_comparison_of_versions_explains_every_input(qtbot: QtBot, tmp_path: Path) -> None:
    with open_workspace(tmp_path / "history.sqlite") as history:
        demo_history(history, dt.date(2026, 11, 27))
        comparison = ComparisonView(
            history, background=Background(), dialogs=ScriptedDialogs(), renderer=Renderer()
        )
        qtbot.addWidget(comparison)
        with qtbot.waitSignal(comparison.loaded):  # read off the GUI thread
            comparison.load("demo-agreement")
        comparison.show()
        assert_explained(comparison)
