"""Step 6, Meetings and review: dates, term and review, the DPIA record, meeting formats and
success indicators."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.governance import DpiaRecord, MeetingFormat, SuccessIndicator
from coopbuilder.core.vocabulary import Cadence, DpiaStatus, MeetingKind
from coopbuilder.ui.texts import format_date
from coopbuilder.ui.widgets.columns import Columns
from coopbuilder.ui.widgets.fields import (
    ChoiceCombo,
    FittingCombo,
    OptionalDateEdit,
    TextBox,
    heading,
    hint,
    line_edit,
    named,
)
from coopbuilder.ui.widgets.rows import RecordRow, RowsEditor, chain_tab_order
from coopbuilder.ui.wizard.page import WizardPage


class MeetingRow(RecordRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ChoiceCombo(list(MeetingKind), self.tr("Kind"), parent=self)
        self.cadence = ChoiceCombo(list(Cadence), self.tr("Cadence"), parent=self)
        self.participants = line_edit(self)
        self.no_identifiers = QCheckBox(self)
        self.no_identifiers.setChecked(True)
        self.note = line_edit(self)
        self.add_field(
            self.kind,
            self.tr("Kind"),
            0,
            0,
            description=self.tr("What the meeting is for, e.g. steering or case conference."),
        )
        self.add_field(
            self.cadence,
            self.tr("Cadence"),
            0,
            1,
            description=self.tr("How often the partners meet in this format."),
        )
        self.add_field(
            self.participants,
            self.tr("Participants"),
            1,
            0,
            span=2,
            description=self.tr(
                "Who takes part, by role rather than by name, e.g. 'heads of unit'."
            ),
        )
        self.add_field(
            self.note,
            self.tr("Note"),
            2,
            0,
            span=2,
            description=self.tr(
                "Anything else about this meeting, e.g. who invites or where it is held."
            ),
        )
        self.add_field(
            self.no_identifiers,
            self.tr("Minutes without client identifiers"),
            3,
            0,
            span=2,  # the whole row: its German text is long
            description=self.tr(
                "Tick so the minutes never name or identify a client; the agreement says so."
            ),
        )

    def describe(self, position: int) -> str:
        return self.tr("Meeting {number}").format(number=position)

    def load(self, meeting: MeetingFormat) -> None:
        self.entity_id = meeting.id
        self.kind.set_value(meeting.kind)
        self.cadence.set_value(meeting.cadence)
        self.participants.setText(meeting.participants)
        self.no_identifiers.setChecked(meeting.minutes_without_client_identifiers)
        self.note.setText(meeting.note)

    def meeting(self) -> MeetingFormat:
        return MeetingFormat(
            id=self.entity_id,
            kind=self.kind.required(),
            cadence=self.cadence.required(),
            participants=self.participants.text().strip(),
            minutes_without_client_identifiers=self.no_identifiers.isChecked(),
            note=self.note.text().strip(),
        )


class IndicatorRow(RecordRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = line_edit(self)
        self.measure = line_edit(self)
        self.target = line_edit(self)
        self.result = line_edit(self)
        self.add_field(
            self.name,
            self.tr("Indicator"),
            0,
            0,
            description=self.tr(
                "What shows that the cooperation works; a row without one is left out."
            ),
        )
        self.add_field(
            self.measure,
            self.tr("Measure"),
            1,
            0,
            description=self.tr(
                "How the indicator is counted or observed, e.g. 'referrals per year'."
            ),
        )
        self.add_field(
            self.target,
            self.tr("Target"),
            2,
            0,
            description=self.tr("The value the partners aim for by the next review."),
        )
        self.add_field(
            self.result,
            self.tr("Result"),
            3,
            0,
            description=self.tr(
                "What the review found against the target, e.g. '4 of 4 steering meetings "
                "held'; each review records its own."
            ),
        )

    def describe(self, position: int) -> str:
        return self.tr("Success indicator {number}").format(number=position)

    def load(self, indicator: SuccessIndicator) -> None:
        self.entity_id = indicator.id
        self.name.setText(indicator.name)
        self.measure.setText(indicator.measure)
        self.target.setText(indicator.target)
        self.result.setText(indicator.result)

    def indicator(self) -> SuccessIndicator | None:
        name = self.name.text().strip()
        if not name:
            return None
        return SuccessIndicator(
            id=self.entity_id,
            name=name,
            measure=self.measure.text().strip(),
            target=self.target.text().strip(),
            result=self.result.text().strip(),
        )


class GovernancePage(WizardPage):
    fields = (
        "effective_date",
        "term_months",
        "review_interval_months",
        "next_review_date",
        "meetings",
        "success_indicators",
        "dpia",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partner_ids: list[str | None] = [None]
        self.effective = OptionalDateEdit(
            self.tr("Effective date"),
            self.tr("Not fixed yet"),
            self,
            self.tr(
                "The date the agreement takes effect; from then on the review interval counts."
            ),
        )
        self.term = named(
            QSpinBox(self),
            self.tr("Term in months"),
            self.tr("How many months the agreement runs; 0 means it runs until it is ended."),
        )
        self.term.setRange(0, 240)
        self.term.setSpecialValueText(self.tr("Open-ended"))
        self.term.setSuffix(self.tr(" months"))
        self.interval = named(
            QSpinBox(self),
            self.tr("Review interval in months"),
            self.tr("How many months pass between two reviews; usually 12."),
        )
        self.interval.setRange(1, 60)
        self.interval.setSuffix(self.tr(" months"))
        self.next_review = OptionalDateEdit(
            self.tr("Next review"),
            self.tr("Not fixed yet"),
            self,
            self.tr(
                "The date the partners next review the agreement; it may not be before the "
                "effective date."
            ),
        )
        self.suggest = QPushButton(self)
        self.suggest.clicked.connect(self._use_suggestion)
        review = QHBoxLayout()
        review.addWidget(self.next_review, 1)
        review.addWidget(self.suggest)
        dates = QGroupBox(self.tr("Dates and review"), self)
        form = QFormLayout(dates)
        # labels above their fields where there is no room beside them
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Effective &date:"), self.effective)
        form.addRow(self.tr("Ter&m:"), self.term)
        form.addRow(self.tr("Review &interval:"), self.interval)
        next_label = QLabel(self.tr("Ne&xt review:"), dates)
        next_label.setBuddy(self.next_review)
        form.addRow(next_label, review)
        form.addRow(
            hint(
                self.tr(
                    "Review every year, and also after an incident, a change of staff or a "
                    "change of the law."
                ),
                dates,
            )
        )

        self.dpia_required = named(
            QCheckBox(self.tr("A DPIA is required"), self), self.tr("DPIA required")
        )
        self.dpia_required.setAccessibleDescription(
            self.tr("Sensitive data about vulnerable people usually meets two WP248 criteria.")
        )
        self.dpia_status = ChoiceCombo(
            list(DpiaStatus),
            self.tr("DPIA status"),
            description=self.tr("How far the data protection impact assessment has come."),
            parent=self,
        )
        self.dpia_lead = named(
            FittingCombo(self),
            self.tr("DPIA lead partner"),
            self.tr("The partner who carries out the DPIA and keeps its record."),
        )
        self.dpia_done = OptionalDateEdit(
            self.tr("DPIA completed on"),
            self.tr("Not yet"),
            self,
            self.tr("The date the DPIA was finished."),
        )
        self.dpia_reference = line_edit(
            self,
            self.tr("DPIA reference"),
            self.tr("Where the DPIA record is filed, e.g. a file number."),
        )
        self.dpia_note = TextBox(
            self.tr("DPIA note"),
            self.tr("Anything else about the DPIA, e.g. open risks or the next step."),
            lines=2,
            parent=self,
        )
        dpia = QGroupBox(self.tr("Data protection impact assessment (DPIA)"), self)
        dpia_form = QFormLayout(dpia)
        # labels above their fields where there is no room beside them
        dpia_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dpia_form.addRow(self.dpia_required)
        dpia_form.addRow(self.tr("Stat&us:"), self.dpia_status)
        dpia_form.addRow(self.tr("&Lead:"), self.dpia_lead)
        dpia_form.addRow(self.tr("&Completed on:"), self.dpia_done)
        dpia_form.addRow(self.tr("&Reference:"), self.dpia_reference)
        dpia_form.addRow(self.tr("N&ote:"), self.dpia_note)

        top = Columns(self)
        top.add(dates)
        top.add(dpia)
        self.meetings: RowsEditor[MeetingRow] = RowsEditor(
            MeetingRow, self.tr("Add meeting format"), self
        )
        self.indicators: RowsEditor[IndicatorRow] = RowsEditor(
            IndicatorRow, self.tr("Add success indicator"), self
        )
        bottom = Columns(self)
        for title, editor in (
            (self.tr("Meetings"), self.meetings),
            (self.tr("Success indicators"), self.indicators),
        ):
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(heading(title, box))
            box_layout.addWidget(editor)
            box_layout.addStretch(1)
            bottom.add(box)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(bottom)
        layout.addStretch(1)

        self.effective.changed.connect(self._update_suggestion)
        self.interval.valueChanged.connect(self._update_suggestion)
        self.setFocusProxy(self.effective)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        """Tab goes on from the DPIA to the meetings, then to the indicators. (The columns move
        the dates and the DPIA in the focus chain as they lay them out, which left the
        meetings and the indicators out of Tab's reach.)"""
        chain_tab_order(
            [self.dpia_note, *self.meetings.focus_order(), *self.indicators.focus_order()]
        )
        return super().focusNextPrevChild(next)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("GovernancePage", "Meetings and review")

    def summary(self) -> str:
        return self.tr(
            "When the agreement takes effect and is reviewed, the DPIA, how the partners meet "
            "and how they will know whether the cooperation works."
        )

    # -- the suggested review date --------------------------------------------------------

    def suggested_review(self) -> dt.date | None:
        """The effective date plus the review interval, the first such day after today
        (Agreement.suggested_next_review)."""
        if self.loaded is None or self.effective.value() is None:
            return None
        draft = self.loaded.model_copy(deep=True)
        draft.next_review_date = None
        draft.effective_date = self.effective.value()
        draft.review_interval_months = self.interval.value()
        return draft.suggested_next_review(after=clock.today())

    def _update_suggestion(self) -> None:
        suggested = self.suggested_review()
        self.suggest.setEnabled(suggested is not None)
        self.suggest.setText(
            self.tr("Use {date}").format(date=format_date(suggested))
            if suggested is not None
            else self.tr("Use the suggested date")
        )
        self.suggest.setAccessibleName(self.tr("Use the suggested next review date"))
        self.suggest.setToolTip(self.tr("The effective date plus the review interval."))

    def _use_suggestion(self) -> None:
        suggested = self.suggested_review()
        if suggested is not None:
            self.next_review.set_value(suggested)

    # -- load, check, save ----------------------------------------------------------------

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        self.effective.set_value(agreement.effective_date)
        self.term.setValue(agreement.term_months or 0)
        self.interval.setValue(agreement.review_interval_months)
        self.next_review.set_value(agreement.next_review_date)
        dpia = agreement.dpia
        self.dpia_required.setChecked(dpia.required)
        self.dpia_status.set_value(dpia.status)
        self.dpia_lead.clear()
        self.dpia_lead.addItem(self.tr("Not decided yet"))
        self._partner_ids = [None, *(p.id for p in agreement.partners)]
        for partner in agreement.partners:
            self.dpia_lead.addItem(partner.label)
        self.dpia_lead.setCurrentIndex(self._partner_ids.index(dpia.lead_partner_id))
        self.dpia_done.set_value(dpia.completed_on)
        self.dpia_reference.setText(dpia.reference)
        self.dpia_note.setPlainText(dpia.note)
        self.meetings.clear()
        for meeting in agreement.meetings:
            self.meetings.add_row().load(meeting)
        self.indicators.clear()
        for indicator in agreement.success_indicators:
            self.indicators.add_row().load(indicator)
        self._update_suggestion()

    def check(self) -> list[str]:
        problems = []
        effective, review = self.effective.value(), self.next_review.value()
        if effective is not None and review is not None and review < effective:
            problems.append(
                self.tr(
                    "The next review ({review}) is before the effective date ({effective})."
                ).format(review=format_date(review), effective=format_date(effective))
            )
        for position, row in enumerate(self.indicators.rows(), start=1):
            if not row.is_blank() and not row.name.text().strip():
                problems.append(
                    self.tr("Success indicator {number} has no name.").format(number=position)
                )
        return problems

    def save(self, agreement: Agreement) -> None:
        effective, review = self.effective.value(), self.next_review.value()
        agreement.next_review_date = None
        agreement.effective_date = effective
        if review is not None and (effective is None or review >= effective):
            agreement.next_review_date = review
        agreement.term_months = self.term.value() or None
        agreement.review_interval_months = self.interval.value()
        agreement.dpia = DpiaRecord(
            required=self.dpia_required.isChecked(),
            status=self.dpia_status.required(),
            lead_partner_id=self._partner_ids[max(0, self.dpia_lead.currentIndex())],
            completed_on=self.dpia_done.value(),
            reference=self.dpia_reference.text().strip(),
            note=self.dpia_note.text(),
        )
        agreement.meetings = [row.meeting() for row in self.meetings.rows()]
        agreement.success_indicators = [
            i for i in (row.indicator() for row in self.indicators.rows()) if i is not None
        ]
