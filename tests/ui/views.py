"""Every page, view and dialog of the program, each built on its own on the demo agreement, and
every state of it that shows other inputs (a finding of the Findings page, a tab) in turn: for
the tests that look at all of them (the wheel, the fit on a projector, the Alt+ letters)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.documents.rendering import Renderer
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.agreement_list import AgreementListView
from coopbuilder.ui.background import Background
from coopbuilder.ui.clause_library import ClauseLibraryChoice, ClauseLibraryDialog
from coopbuilder.ui.failures import UnexpectedErrorDialog
from coopbuilder.ui.help import GuideDialog, LicencesDialog
from coopbuilder.ui.preview import PdfOutput
from coopbuilder.ui.review import ComparisonView, ReviewsView
from coopbuilder.ui.review.start_dialog import StartReviewDialog
from coopbuilder.ui.signing import (
    InkSignaturesDialog,
    SignDialog,
    TrialCertificateDialog,
    TrustedCertificatesDialog,
    VerifyDialog,
)
from coopbuilder.ui.widgets.passphrase import PassphraseDialog
from coopbuilder.ui.wizard.contacts import ContactsPage
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.governance import GovernancePage
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.review import ReviewPage
from coopbuilder.ui.wizard.sharing import SharingPage
from coopbuilder.ui.wizard.sharing_dialog import SharingRuleDialog
from coopbuilder.workflows.demo_history import demo_history
from coopbuilder.workflows.signing import finalise

from .helpers import ScriptedDialogs

TIMEOUT = 15_000

PAGES: dict[str, Callable[[Background, ScriptedDialogs], WizardPage]] = {
    "partnership": lambda b, d: PartnershipPage(),
    "readiness": lambda b, d: ReadinessPage(b, d),
    "findings": lambda b, d: FindingsPage(),
    "sharing": lambda b, d: SharingPage(d),
    "contacts": lambda b, d: ContactsPage(d),
    "governance": lambda b, d: GovernancePage(),
    "review": lambda b, d: ReviewPage(),
}
"""The wizard's pages, in its order."""


@dataclass
class Kit:
    """What the views are built with: the demo agreement in a real SQLite workspace (opened
    when first needed), a background, scripted dialogs."""

    qtbot: QtBot
    folder: Path
    demo: Agreement
    background: Background = field(default_factory=Background)
    dialogs: ScriptedDialogs = field(default_factory=ScriptedDialogs)
    _workspaces: list[Workspace] = field(default_factory=list)

    def workspace(self) -> Workspace:
        """The workspace with the demo agreement as version 1, a draft."""
        if not self._workspaces:
            opened = open_workspace(self.folder / "views.sqlite", who="anna").__enter__()
            opened.agreements.create(self.demo)
            self._workspaces.append(opened)
        return self._workspaces[0]

    def close(self) -> None:
        self.background.wait()
        for workspace in self._workspaces:
            workspace.__exit__(None, None, None)


def _page(name: str) -> Callable[[Kit], WizardPage]:
    def make(kit: Kit) -> WizardPage:
        page = PAGES[name](kit.background, kit.dialogs)
        page.load(kit.demo)
        return page

    return make


def _sharing_rule(kit: Kit) -> QDialog:
    demo = kit.demo

    def draft_with(rule: object) -> Agreement:
        return demo

    return SharingRuleDialog(demo, demo.sharing_rules[3], draft_with)


def _reviews(kit: Kit) -> QWidget:
    workspace = kit.workspace()
    return ReviewsView(
        workspace,
        background=kit.background,
        dialogs=kit.dialogs,
        libraries=ClauseLibraries(),
        open_agreement=lambda agreement_id, number: None,
        today=lambda: dt.date(2027, 11, 1),
    )


def _comparison(kit: Kit) -> QWidget:
    with open_workspace(kit.folder / "history.sqlite") as history:
        demo_history(history, dt.date(2026, 11, 27))
    opened = open_workspace(kit.folder / "history.sqlite").__enter__()
    kit._workspaces.append(opened)
    view = ComparisonView(
        opened, background=kit.background, dialogs=kit.dialogs, renderer=Renderer()
    )
    view.load("demo-agreement")
    return view


def _clause_library(kit: Kit) -> QDialog:
    holder = QWidget()
    kit.qtbot.addWidget(holder)
    settings = QSettings(str(kit.folder / "settings.ini"), QSettings.Format.IniFormat)
    choice = ClauseLibraryChoice(settings, kit.background, kit.dialogs, holder)
    return ClauseLibraryDialog(choice)


def _verify(kit: Kit) -> QDialog:
    workspace = kit.workspace()
    pdf = finalise(workspace, kit.demo.id, 1).pdf
    return VerifyDialog(workspace, pdf, "final.pdf", background=kit.background, dialogs=kit.dialogs)


def _error() -> UnexpectedErrorDialog:
    try:
        raise KeyError("page")
    except KeyError as exc:
        return UnexpectedErrorDialog("Save PDF", exc)


VIEWS: dict[str, Callable[[Kit], QWidget]] = {
    **{f"page-{name}": _page(name) for name in PAGES},
    "agreement-list": lambda kit: AgreementListView(kit.background),
    "reviews": _reviews,
    "comparison": _comparison,
    "preview": lambda kit: PdfOutput(
        background=kit.background, dialogs=kit.dialogs, renderer=Renderer()
    ),
}
"""The pages of the wizard and the main window's other views."""

DIALOGS: dict[str, Callable[[Kit], QDialog]] = {
    "sharing-rule": _sharing_rule,
    "new-sharing-rule": lambda kit: SharingRuleDialog(kit.demo, None, lambda rule: kit.demo),
    "start-review": lambda kit: StartReviewDialog("Exit counselling in Nürnberg", False),
    "start-extraordinary-review": lambda kit: StartReviewDialog("Exit counselling", True),
    "passphrase": lambda kit: PassphraseDialog(
        "Export the agreement", ["Brückenschlag"], background=kit.background
    ),
    "sign": lambda kit: SignDialog(
        kit.workspace(), kit.demo.id, 1, background=kit.background, dialogs=kit.dialogs
    ),
    "ink": lambda kit: InkSignaturesDialog(
        kit.workspace(), kit.demo.id, 1, background=kit.background, dialogs=kit.dialogs
    ),
    "trial-certificate": lambda kit: TrialCertificateDialog(
        background=kit.background, dialogs=kit.dialogs, workspace=kit.workspace()
    ),
    "trusted-certificates": lambda kit: TrustedCertificatesDialog(
        kit.workspace(), background=kit.background, dialogs=kit.dialogs
    ),
    "verify": _verify,
    "clause-library": _clause_library,
    "guide": lambda kit: GuideDialog(kit.background),
    "licences": lambda kit: LicencesDialog(kit.background),
    "unexpected-error": lambda kit: _error(),
}
"""Every dialog of the program (the standard file and message boxes aside)."""


def show(kit: Kit, make: Callable[[Kit], QWidget]) -> QWidget:
    """The view or dialog, made, shown and done with its background work."""
    widget = make(kit)
    kit.qtbot.addWidget(widget)
    widget.show()
    kit.qtbot.waitUntil(lambda: not kit.background.busy, timeout=TIMEOUT)
    return widget


def states(root: QWidget) -> Iterator[str]:
    """Show each state of ``root`` that shows other inputs, one after the other, and say
    which it is: each precondition of the Readiness page, each finding of the Findings page,
    each tab of each tab widget."""
    yield "as opened"
    if isinstance(root, ReadinessPage):
        for row in range(1, root.preconditions.count()):
            root.preconditions.setCurrentRow(row)
            yield root.preconditions.item(row).text().splitlines()[0]
    if isinstance(root, FindingsPage):
        for row in range(1, root.findings.count()):
            root.findings.setCurrentRow(row)
            yield root.findings.item(row).text().splitlines()[0]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(0)
