"""Starting a review: the date and, for an extraordinary review, its kind and reason. The rest of
the record is filled in during the review, in the review's record form."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.ui.review.record_form import ReviewRecordForm
from coopbuilder.ui.widgets.fields import hint

EXTRAORDINARY = [ReviewKind.AFTER_INCIDENT, ReviewKind.STAFF_CHANGE, ReviewKind.LAW_CHANGE]


class StartReviewDialog(QDialog):
    def __init__(self, title: str, extraordinary: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Start an extraordinary review") if extraordinary else self.tr("Start a review")
        )
        about = hint(
            self.tr(
                "An extraordinary review of '{title}' can be held at any time: after an incident, "
                "a change of staff or a change of law. It starts a new draft version from the "
                "signed one; say why it is held."
            ).format(title=title)
            if extraordinary
            else self.tr(
                "The review of '{title}' starts a new draft version from the signed one. Both "
                "partners rate the statements again, with last time's ratings beside them."
            ).format(title=title),
            self,
        )
        self.form = ReviewRecordForm(EXTRAORDINARY if extraordinary else [ReviewKind.ANNUAL], self)
        self.form.show_only({"reason", "participants"} if extraordinary else {"participants"})
        self.problem = hint("", self)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start the review"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        problems = self.form.check()
        if problems:
            self.problem.setText(" ".join(problems))
            self.problem.show()
            self.form.reason.setFocus()
            return
        super().accept()

    def record(self) -> ReviewRecord:
        return self.form.record()
