"""Starting a review: the date and, for an extraordinary review, its kind and reason. The rest of
the record is filled in during the review, in the review's record form.

One review at a time: while a review of the agreement is in progress (its draft is not signed
yet), the dialog says so and offers to continue that review instead; its draft then records
why this one is held (``Reviews.start_review(..., continue_draft=True)``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.store.reviews import StoredReview
from coopbuilder.ui.review.record_form import ReviewRecordForm
from coopbuilder.ui.texts import choice_label, format_date
from coopbuilder.ui.widgets.fields import hint

EXTRAORDINARY = [ReviewKind.AFTER_INCIDENT, ReviewKind.STAFF_CHANGE, ReviewKind.LAW_CHANGE]


class StartReviewDialog(QDialog):
    def __init__(
        self,
        title: str,
        extraordinary: bool,
        parent: QWidget | None = None,
        *,
        in_progress: StoredReview | None = None,
    ) -> None:
        """``in_progress``: the review of the agreement whose draft is not signed yet, which
        this one continues (``None``: this one starts a new draft)."""
        super().__init__(parent)
        self.in_progress = in_progress
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
        if in_progress is not None:
            self.setWindowTitle(self.tr("Continue the review in progress"))
            about.setText(self._continuing(title, in_progress, extraordinary))
            ok.setText(self.tr("Continue that review"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def continues(self) -> bool:
        """Whether this review continues the one in progress."""
        return self.in_progress is not None

    def _continuing(self, title: str, review: StoredReview, extraordinary: bool) -> str:
        said = self.tr(
            "A review of '{title}' is in progress ({kind}, held on {date}); its draft, version "
            "{number}, is not signed yet. A second review would start again from the signed "
            "version and leave that work behind, so this one continues it."
        ).format(
            title=title,
            kind=choice_label(review.record.kind),
            date=format_date(review.record.held_on),
            number=review.new_version,
        )
        if extraordinary:
            return (
                said
                + " "
                + self.tr(
                    "Its reason is recorded in that review's record (an incident among the "
                    "incidents, a change of staff among the changes of staff), and its draft opens."
                )
            )
        return said + " " + self.tr("Its draft opens.")

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
