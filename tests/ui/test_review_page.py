from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.ui.wizard.review import OutputArea, ReviewPage

from .helpers import find, shown


class RecordingOutput(OutputArea):
    """Stands in for the PDF preview: remembers what it was asked to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: list[Agreement] = []

    def show_agreement(self, agreement: Agreement) -> None:
        self.shown.append(agreement.model_copy(deep=True))  # as it was then


def page_on(qtbot: QtBot, agreement: Agreement) -> ReviewPage:
    return shown(qtbot, ReviewPage(RecordingOutput), agreement)


def test_errors_block_ready_to_sign_and_lead_to_their_page(qtbot: QtBot, demo: Agreement) -> None:
    demo.next_review_date = None
    page = page_on(qtbot, demo)
    ready = find(page, "Mark ready to sign", QPushButton)
    assert not ready.isEnabled()
    assert page.counts.text() == "Errors: 1. Warnings: 0."
    assert page.checks.texts() == [
        "The agreement has no next review date. Set one (usually a year after the effective date)."
    ]
    with qtbot.waitSignal(page.navigate) as navigated:
        qtbot.mouseClick(find(page, "Go there", QPushButton), Qt.MouseButton.LeftButton)
    assert navigated.args == ["next_review_date"]
    page.save(demo)
    assert demo.status is AgreementStatus.DRAFT


def test_mark_ready_to_sign_and_back(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    assert isinstance(page.output, RecordingOutput) and page.output.shown == [demo]
    ready = find(page, "Mark ready to sign", QPushButton)
    assert ready.isEnabled()
    with qtbot.waitSignal(page.save_requested):
        qtbot.mouseClick(ready, Qt.MouseButton.LeftButton)
    page.save(demo)
    assert demo.status is AgreementStatus.READY_TO_SIGN
    assert "Ready to sign" in page.status_label.text()
    # the preview is made anew for the version as it now is
    assert [a.status for a in page.output.shown] == [
        AgreementStatus.DRAFT,
        AgreementStatus.READY_TO_SIGN,
    ]
    assert (
        page.output.shown[1].model_copy(update={"status": AgreementStatus.DRAFT})
        == (page.output.shown[0])
    )
    back = find(page, "Return to draft", QPushButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    page.save(demo)
    assert demo.status is AgreementStatus.DRAFT
    assert page.output.shown[-1].status is AgreementStatus.DRAFT


def test_an_open_action_due_before_signing_blocks_ready_to_sign(
    qtbot: QtBot, demo: Agreement
) -> None:
    from coopbuilder.core.vocabulary import ActionStatus

    action = next(a for a in demo.actions if a.before_signing)
    action.status = ActionStatus.IN_PROGRESS
    page = page_on(qtbot, demo)
    assert not find(page, "Mark ready to sign", QPushButton).isEnabled()
    assert page.counts.text() == "Errors: 1. Warnings: 0."
    assert "is due before the agreement is signed and is still open" in page.checks.texts()[0]
    with qtbot.waitSignal(page.navigate) as navigated:
        qtbot.mouseClick(find(page, "Go there", QPushButton), Qt.MouseButton.LeftButton)
    assert navigated.args == ["actions[5].status"]
