"""One finding of the assessment and what the partners agree to do about it: the catalogue's
recommended actions to adopt, and the agreed actions with owner, due date and status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement, add_months
from coopbuilder.core.assessment import Action
from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.scoring import AssessmentSummary, Finding
from coopbuilder.core.vocabulary import ActionStatus, FindingKind
from coopbuilder.ui.texts import choice_label, format_number
from coopbuilder.ui.widgets.fields import (
    ChoiceCombo,
    FittingCombo,
    OptionalDateEdit,
    heading,
    hint,
    line_edit,
)
from coopbuilder.ui.widgets.rows import RecordRow, RowsEditor

QUARTER_MONTHS = 3
"""A new action's due date is proposed a quarter ahead (today's date would be past at once)."""

FINDING_SYMBOLS = {
    FindingKind.GAP: "▼",
    FindingKind.PERCEPTION_GAP: "≠",
    FindingKind.BORDERLINE: "●",
    FindingKind.KNOWLEDGE_GAP: "?",
}


class ActionRow(RecordRow):
    """One agreed action: what, who, by when, and how far it has come."""

    def __init__(
        self,
        precondition_id: str,
        finding: FindingKind,
        partners: list[tuple[str, str]],
        topic: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.precondition_id = precondition_id
        self.finding = finding
        self._topic = topic
        # the owner's choices: (one partner's id, both partners together)
        self._owners: list[tuple[str | None, bool]] = [
            (None, False),
            *((pid, False) for pid, _ in partners),
            (None, True),
        ]
        self._proposed: tuple[int, dt.date | None] = (0, None)
        self.text = line_edit(self)
        self.owner = FittingCombo(self)
        self.owner.addItem(self.tr("No owner yet"))
        for _, name in partners:
            self.owner.addItem(name)
        self.owner.addItem(self.tr("Both partners"))
        self.due = OptionalDateEdit(
            self.tr("Due date"), self.tr("No date yet"), self, default_months=QUARTER_MONTHS
        )
        self.status = ChoiceCombo(list(ActionStatus), self.tr("Status"), parent=self)
        self.before_signing = QCheckBox(self)
        self.outcome = line_edit(self)
        self.outcome.setPlaceholderText(self.tr("What happened (at the review)"))
        # one field under the other: the row fits beside the list of findings, or under it, in
        # projector mode and in German too
        self.add_field(
            self.text,
            self.tr("Action"),
            0,
            0,
            description=self.tr("What will be done to close this gap, in one sentence."),
        )
        self.add_field(
            self.owner,
            self.tr("Owner"),
            1,
            0,
            description=self.tr(
                "The partner responsible for the action, or both partners for a joint action."
            ),
        )
        self.add_field(
            self.due,
            self.tr("Due"),
            2,
            0,
            description=self.tr(
                "The date by which the action should be done; it is looked at in the review."
            ),
        )
        self.add_field(
            self.status,
            self.tr("Status"),
            3,
            0,
            description=self.tr("How far the action has come."),
        )
        self.add_field(
            self.before_signing,
            self.tr("Due before signing"),
            4,
            0,
            description=self.tr(
                "Tick if the action must be done before the agreement is signed; while it is "
                "open, the agreement cannot be marked ready to sign."
            ),
        )
        self.add_field(
            self.outcome,
            self.tr("Outcome"),
            5,
            0,
            description=self.tr("What came of the action, written down at the review."),
        )

    def describe(self, position: int) -> str:
        return self.tr("{topic}, action {number}").format(topic=self._topic, number=position)

    def propose(self, owner_partner_id: str | None, *, both: bool = False) -> None:
        """A new action's first answers: the owner (the partner with the gap, if one partner
        has it; both partners for a gap both have or a perception gap) and a due date a
        quarter ahead of today (by the program's clock)."""
        owner = (None, True) if both else (owner_partner_id, False)
        if owner in self._owners:
            self.owner.setCurrentIndex(self._owners.index(owner))
        self.due.set_value(add_months(clock.today(), QUARTER_MONTHS))
        self._proposed = (self.owner.currentIndex(), self.due.value())

    def load(self, action: Action) -> None:
        self.entity_id = action.id
        self.precondition_id = action.precondition_id
        self.finding = action.finding
        self.outcome.setText(action.outcome_note)
        self.text.setText(action.text)
        self.owner.setCurrentIndex(
            self._owners.index((action.owner_partner_id, action.both_partners))
        )
        self.due.set_value(action.due_date)
        self.status.set_value(action.status)
        self.before_signing.setChecked(action.before_signing)

    def state(self) -> list[Any]:
        return [*super().state(), self.precondition_id, self.finding]

    def restore(self, state: list[Any]) -> None:
        super().restore(state[:-2])
        self.precondition_id, self.finding = state[-2:]

    def is_blank(self) -> bool:
        """Nothing typed or chosen beyond what was proposed: the row is left out."""
        answers = (self.owner.currentIndex(), self.due.value())
        return not self.text.text().strip() and answers in ((0, None), self._proposed)

    def counts(self) -> bool:
        """Whether this row answers its finding (has a text and is not dropped)."""
        return bool(self.text.text().strip()) and self.status.value() is not ActionStatus.DROPPED

    def action(self) -> Action | None:
        text = self.text.text().strip()
        if not text:
            return None
        return Action(
            id=self.entity_id,
            precondition_id=self.precondition_id,
            finding=self.finding,
            text=text,
            owner_partner_id=self._owners[self.owner.currentIndex()][0],
            both_partners=self._owners[self.owner.currentIndex()][1],
            due_date=self.due.value(),
            status=self.status.required(),
            before_signing=self.before_signing.isChecked(),
            outcome_note=self.outcome.text().strip(),
        )


def finding_topic(finding: Finding | None, catalogue: Catalogue, language: str) -> str:
    """What a finding is about, as its panel's heading and the list of findings say it
    (``None``: the actions whose finding no longer applies)."""
    if finding is None:
        return QCoreApplication.translate("FindingPanel", "Earlier actions")
    precondition = catalogue.precondition(finding.precondition_id)
    return QCoreApplication.translate("FindingPanel", "{kind} on {precondition}").format(
        kind=choice_label(finding.kind), precondition=precondition.name.get(language)
    )


class FindingPanel(QWidget):
    """One finding (or, with ``finding=None``, the actions whose finding no longer applies)."""

    def __init__(
        self,
        agreement: Agreement,
        catalogue: Catalogue,
        summary: AssessmentSummary,
        finding: Finding | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        language = agreement.language
        partners = [(p.id, p.label) for p in agreement.partners]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.topic = finding_topic(finding, catalogue, language)
        if finding is None:
            layout.addWidget(heading(self.topic, self))
            layout.addWidget(
                hint(
                    self.tr(
                        "These actions answer findings that the current ratings no longer show. "
                        "Keep them, mark them done, not done or dropped, or remove them. "
                        "Ctrl+Down and Ctrl+Up go to the same field of the next or previous "
                        "action."
                    ),
                    self,
                )
            )
            key: tuple[str, FindingKind] = ("", FindingKind.GAP)
        else:
            key = (finding.precondition_id, finding.kind)
            title = f"{FINDING_SYMBOLS[finding.kind]} {self.topic}"
            layout.addWidget(heading(title, self))
            layout.addWidget(hint(self._explain(agreement, catalogue, summary, finding), self))
        owner = (
            finding.partner_ids[0]
            if finding is not None
            and finding.kind is not FindingKind.PERCEPTION_GAP
            and len(finding.partner_ids) == 1
            else None
        )
        # a perception gap is the partners' together; so is a gap both of them have
        both = finding is not None and (
            finding.kind is FindingKind.PERCEPTION_GAP or len(finding.partner_ids) > 1
        )

        def new_row(parent: QWidget) -> ActionRow:
            row = ActionRow(key[0], key[1], partners, self.topic, parent)
            if finding is not None:
                # a stored action's own answers replace these on loading
                row.propose(owner, both=both)
            return row

        self.agreed: RowsEditor[ActionRow] = RowsEditor(
            new_row,
            self.tr("Add an action of your own"),
            self,
        )
        self.adopt_buttons: list[tuple[QPushButton, str]] = []
        if finding is not None and finding.recommended_actions:
            layout.addWidget(QLabel(self.tr("<b>Recommended actions</b>"), self))
            grid = QGridLayout()
            grid.setColumnStretch(0, 1)
            for row, recommended in enumerate(finding.recommended_actions):
                text = recommended.get(language)
                label = hint(text, self)
                button = QPushButton(self.tr("Adopt"), self)
                button.setAccessibleName(
                    self.tr("Adopt recommended action {number}").format(number=row + 1)
                )
                button.setAccessibleDescription(text)
                button.clicked.connect(lambda _=False, t=text: self.adopt(t))
                grid.addWidget(label, row, 0)
                grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
                self.adopt_buttons.append((button, text))
            layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("<b>Agreed actions</b>"), self))
        layout.addWidget(self.agreed)
        layout.addStretch(1)
        self.agreed.changed.connect(self.update_adopt_buttons)

    def _explain(
        self,
        agreement: Agreement,
        catalogue: Catalogue,
        summary: AssessmentSummary,
        finding: Finding,
    ) -> str:
        names = [agreement.partner(pid).label for pid in finding.partner_ids]
        partners = (
            self.tr("{first} and {second}").format(first=names[0], second=names[1])
            if len(names) == 2
            else names[0]
        )
        result = summary.result(finding.precondition_id)
        if finding.kind is FindingKind.GAP:
            return self.tr(
                "Rated below 3.0 by {partners}: a gap. Agree an action with an owner and a date."
            ).format(partners=partners)
        if finding.kind is FindingKind.BORDERLINE:
            return self.tr(
                "Rated between 3.0 and 3.99 by {partners}: discuss whether an action is needed."
            ).format(partners=partners)
        language = agreement.language
        if finding.kind is FindingKind.KNOWLEDGE_GAP:
            lines = [
                self.tr(
                    '{partners} answered "don\'t know" where a statement asks what they know: '
                    "a knowledge gap. It counts as 1 in the mean; agree how they learn it, with "
                    "an owner and a date."
                ).format(partners=partners)
            ]
            lines.extend(
                self.tr("'{statement}'").format(
                    statement=catalogue.statement(statement_id).text.get(language)
                )
                for statement_id in finding.statement_ids
            )
            return "\n".join(lines)
        lines = [
            self.tr(
                "The partners see this differently. Agree an action that brings "
                "their views together."
            )
        ]
        if result.means_differ and result.mean_difference is not None:
            lines.append(
                self.tr("Their means are {difference} apart.").format(
                    difference=format_number(result.mean_difference)
                )
            )
        raters = [agreement.partner(pid).label for pid in summary.partner_ids]
        for comparison in result.statements:
            if comparison.perception_gap:
                first, second = comparison.values
                lines.append(
                    self.tr(
                        "'{statement}': rated {first} by {first_partner}, {second} by "
                        "{second_partner}"
                    ).format(
                        first_partner=raters[0],
                        first=first,
                        second_partner=raters[1],
                        second=second,
                        statement=catalogue.statement(comparison.statement_id).text.get(language),
                    )
                )
        return "\n".join(lines)

    def adopt(self, text: str) -> ActionRow:
        row = self.agreed.add_row()
        row.text.setText(text)
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.agreed.changed.emit()
        return row

    def update_adopt_buttons(self) -> None:
        adopted = {row.text.text().strip() for row in self.agreed.rows()}
        for button, text in self.adopt_buttons:
            button.setEnabled(text not in adopted)
            button.setText(self.tr("Adopted") if text in adopted else self.tr("Adopt"))

    def focus_order(self) -> list[QWidget]:
        """The adopt buttons, then the agreed actions."""
        return [button for button, _ in self.adopt_buttons] + self.agreed.focus_order()

    def answered(self) -> bool:
        return any(row.counts() for row in self.agreed.rows())
