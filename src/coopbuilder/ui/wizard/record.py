"""The first step of a review's draft: the review's record (what worked, what failed, what was
learned, changes of staff, incidents, decisions, participants), which becomes the version's
review annex.

The record is not part of the agreement: it is read from and kept in the workspace's reviews
(:class:`RecordAccess`), off the GUI thread. Empty fields are proposed from what the program
knows: the participants from both partners' representatives, the changes of staff from the
contacts that changed since the reviewed version, the incidents from an extraordinary review's
reason. What the form holds is kept whenever the wizard takes the page's answers (on leaving it,
and with every autosave) while the version is a draft; once it is ready to sign or signed, the
record is shown read-only (it is that version's text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.review import StaffChange, merged_record, staff_changes
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.reviews import StoredReview
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import problem_text
from coopbuilder.ui.review.record_form import ReviewRecordForm
from coopbuilder.ui.texts import format_date
from coopbuilder.ui.widgets.fields import hint
from coopbuilder.ui.wizard.page import WizardPage

RECORD_FIELD = "review_record"
"""How the review page's warning about an empty record names this step."""


@dataclass(frozen=True)
class RecordAccess:
    """How the page reads the review that started the version (``None``: none did) and keeps
    its record; both are called off the GUI thread."""

    read: Callable[[], StoredReview | None]
    keep: Callable[[int, ReviewRecord], StoredReview]


class ReviewRecordPage(WizardPage):
    fields: ClassVar[tuple[str, ...]] = (RECORD_FIELD,)

    def __init__(
        self,
        access: RecordAccess,
        background: Background,
        *,
        previous: Agreement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``previous``: the reviewed version (the contacts it had)."""
        super().__init__(parent)
        self._access = access
        self._background = background
        self._previous = previous
        self.review: StoredReview | None = None
        self._kept: ReviewRecord | None = None
        """The record as the workspace has it (after reading or keeping it)."""
        self._keeping = False
        self._again = False
        self._proposed = False
        self.form = ReviewRecordForm(parent=self)
        self.form.setEnabled(False)
        self.state = hint(self.tr("Reading the record of the review..."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setFocusProxy(self.form.what_worked)
        background.run(access.read, self._read, self._read_failed, self)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReviewRecordPage", "Review record")

    def summary(self) -> str:
        return self.tr(
            "What the review found: what worked, what failed and what was learned, the changes "
            "of staff, incidents and decisions. It becomes the review annex of this version. "
            "Empty fields are proposed from what the program knows; change them as needed."
        )

    # -- reading --------------------------------------------------------------------------

    def _read(self, review: StoredReview | None) -> None:
        if self._kept is not None and self.form.record() != self._kept:
            return  # edited here meanwhile: merged with the workspace's when it is kept
        self.review = review
        if review is None:
            self.state.setText(self.tr("No review started this version."))
            return
        self._kept = review.record
        self.form.load(review.record)
        self._show_state()

    def _read_failed(self, error: Exception) -> None:
        self.state.setText(
            self.tr("The record of the review could not be read: {problem}").format(
                problem=problem_text(error)
            )
        )

    @property
    def _editable(self) -> bool:
        return (
            self.review is not None
            and self.loaded is not None
            and self.loaded.status is AgreementStatus.DRAFT
        )

    def _show_state(self) -> None:
        if self.review is None:
            return
        self.form.setEnabled(True)
        self.form.set_read_only(not self._editable)
        if self._editable:
            self._propose()
            self.state.setText(
                self.tr("The review of {date}: its record is kept with the draft.").format(
                    date=format_date(self.review.record.held_on)
                )
            )
        elif self.loaded is not None:
            self.state.setText(
                self.tr(
                    "This version is not a draft: its record is its review annex and is shown "
                    "as it is. To change it, return the version to draft on the last step."
                )
            )

    def _propose(self) -> None:
        """Fill the empty fields from what the program knows (once)."""
        if self._proposed or self.loaded is None or self.review is None:
            return
        self._proposed = True
        proposals = {
            "participants": self._participants(self.loaded),
            "staff_changes": "\n".join(
                self._staff_line(change)
                for change in (staff_changes(self._previous, self.loaded) if self._previous else [])
            ),
            "incidents": self.review.record.reason
            if self.review.record.kind is ReviewKind.AFTER_INCIDENT
            else "",
        }
        boxes = self.form.texts()
        for name, text in proposals.items():
            if text and not boxes[name].text():
                boxes[name].setPlainText(text)

    def _participants(self, agreement: Agreement) -> str:
        return "; ".join(
            self.tr("{name} ({role}, {partner})").format(
                name=person.name, role=person.role, partner=partner.label
            )
            if person.role
            else self.tr("{name} ({partner})").format(name=person.name, partner=partner.label)
            for partner in agreement.partners
            for person in partner.representatives
        )

    def _staff_line(self, change: StaffChange) -> str:
        where = self.tr("{role}, {partner}").format(role=change.role, partner=change.partner)
        if change.left and change.joined:
            return self.tr("{left} → {joined} ({where})").format(
                left=change.left, joined=change.joined, where=where
            )
        if change.left:
            return self.tr("{left} left ({where})").format(left=change.left, where=where)
        return self.tr("{joined} joined ({where})").format(joined=change.joined, where=where)

    def detach(self) -> None:
        """The wizard now edits another version (made from this one): no review started it,
        so this step keeps nothing any more."""
        self.review = None
        self.form.setEnabled(False)
        self.state.setText(self.tr("No review started this version."))

    # -- the wizard's page ----------------------------------------------------------------

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        self._show_state()
        if self.review is not None and not self._keeping and self.form.record() == self._kept:
            # nothing edited here: show the record as the workspace has it now
            self._background.run(self._access.read, self._read, self._read_failed, self)

    def check(self) -> list[str]:
        return self.form.check() if self._editable else []

    def is_empty(self) -> bool:
        """Nothing recorded yet of what worked, what failed or what was learned."""
        boxes = self.form.texts()
        return self.review is not None and not any(
            boxes[name].text() for name in ("what_worked", "what_failed", "lessons_learned")
        )

    def save(self, agreement: Agreement) -> None:
        """The record holds no field of the agreement; what the form holds is kept in the
        workspace (off the GUI thread) if it changed and the version is a draft."""
        if not self._editable or self.review is None or self.form.check():
            return
        if agreement.status is not AgreementStatus.DRAFT:
            return  # being marked ready to sign: the record as kept goes with it
        record = self.form.record()
        if self._keeping:
            self._again = True  # kept once the one on its way is
            return
        if record == self._kept:
            return
        self._keeping, self._again = True, False
        review_id, read, keep = self.review.id, self._access.read, self._access.keep
        before = self._kept or record

        def work() -> StoredReview:
            now = read()  # what another tab or a continued review put there meanwhile stays
            merged = merged_record(before, record, now.record) if now is not None else record
            return keep(review_id, merged)

        def kept(review: StoredReview) -> None:
            self._keeping = False
            self._kept = review.record
            self._show_kept(record, review.record)
            self.state.setText(self.tr("Kept the record of the review."))
            if self._again and self.loaded is not None:
                self.save(self.loaded)

        def failed(error: Exception) -> None:
            self._keeping = False
            self.state.setText(
                self.tr("The record was not kept: {problem}").format(problem=problem_text(error))
            )

        self._background.run(work, kept, failed, self)

    def _show_kept(self, sent: ReviewRecord, kept: ReviewRecord) -> None:
        """Show what the workspace added to the fields not edited since they were sent."""
        for name, box in self.form.texts().items():
            if box.text() == getattr(sent, name) != getattr(kept, name):
                box.setPlainText(getattr(kept, name))
