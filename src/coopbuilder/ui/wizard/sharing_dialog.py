"""The dialog that edits one sharing rule: what is shared, from whom to whom, when, by which
channel and on which legal basis. The agreement checks on the rule run while it is edited."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import Severity
from coopbuilder.core.errors import UserError
from coopbuilder.core.presets import RetentionPresets, retention_presets
from coopbuilder.core.sharing import LegalBasis, SharingRule
from coopbuilder.core.vocabulary import (
    Art6Basis,
    Art9Condition,
    Channel,
    Imminence,
    Likelihood,
    SharingWhen,
    Trigger,
)
from coopbuilder.ui.widgets.columns import Columns
from coopbuilder.ui.widgets.fields import (
    ChoiceCombo,
    FittingCombo,
    TextBox,
    hint,
    line_edit,
    named,
)
from coopbuilder.ui.widgets.messages import Message, MessageList, check_messages
from coopbuilder.ui.wizard.live import LiveChecks


class SharingRuleDialog(QDialog):
    def __init__(
        self,
        agreement: Agreement,
        rule: SharingRule | None,
        draft_with: Callable[[SharingRule], Agreement],
        parent: QWidget | None = None,
    ) -> None:
        """``agreement`` gives the partners and contacts; ``draft_with(rule)`` the agreement
        with this rule in it, for the live checks."""
        super().__init__(parent)
        self._agreement = agreement
        self._rule_id = rule.id if rule else None
        try:
            self._retention_presets: RetentionPresets | None = retention_presets(agreement.language)
        except UserError:
            self._retention_presets = None  # the presets' own menu says what is wrong
        self._proposed_retention = ""
        self.setWindowTitle(self.tr("Sharing rule") if rule else self.tr("New sharing rule"))
        self._build()
        self._load(rule)
        self.live = LiveChecks(self._draft(draft_with), self)
        self.live.updated.connect(self._show_checks)
        self._connect_changes()
        self.live.run_now()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        partners = self._agreement.partners
        self.category = line_edit(
            self,
            self.tr("Category of information"),
            self.tr("What kind of information is passed on, e.g. 'Referral of a person'."),
        )
        self.from_partner = named(
            FittingCombo(self),
            self.tr("From"),
            self.tr("The partner who passes the information on; the other partner receives it."),
        )
        for partner in partners:
            self.from_partner.addItem(partner.name)
        self.recipient = QLabel(self)
        self.recipient.setWordWrap(True)
        self.recipient.setTextFormat(Qt.TextFormat.PlainText)
        self.when = ChoiceCombo(
            list(SharingWhen),
            self.tr("When"),
            description=self.tr(
                "Whether the information is never shared, routinely, on request with consent "
                "or only on a trigger."
            ),
            parent=self,
        )
        self.trigger = ChoiceCombo(
            list(Trigger),
            self.tr("Trigger"),
            description=self.tr("The event that allows sharing, for a rule shared on a trigger."),
            none_text=self.tr("Choose a trigger"),
            parent=self,
        )
        self.threshold = ChoiceCombo(
            list(Likelihood),
            self.tr("Threshold"),
            none_text=self.tr("No threshold"),
            parent=self,
        )
        self.threshold.setAccessibleDescription(
            self.tr(
                "How likely the harm must be: from 'likely' upwards. A statutory duty "
                "(§ 138 StGB) takes no threshold of the partners."
            )
        )
        self.imminence = ChoiceCombo(
            list(Imminence),
            self.tr("Imminence"),
            description=self.tr(
                "How soon the harm is expected; a disclosure to avert a danger needs a present "
                "danger (§ 34 StGB)."
            ),
            none_text=self.tr("Not stated"),
            parent=self,
        )
        self.channel = ChoiceCombo(
            list(Channel),
            self.tr("Channel"),
            description=self.tr("How the information travels, e.g. by phone or secure e-mail."),
            none_text=self.tr("Not decided yet"),
            parent=self,
        )
        self.roles = TextBox(
            self.tr("Recipient roles"),
            self.tr("Who at the recipient may receive it; one role per line."),
            lines=2,
            parent=self,
        )
        self.known_roles = hint("", self)
        self.retention = line_edit(
            self,
            self.tr("Retention"),
            self.tr(
                "How long it is kept. While it is empty, the usual retention for the kind of "
                "data ticked is proposed; change it as the partners agree."
            ),
        )
        self.four_eyes = named(
            QCheckBox(self.tr("Four-eyes decision"), self),
            self.tr("Four eyes"),
            self.tr("Tick if two people must agree before the information is passed on."),
        )
        self.logged = named(
            QCheckBox(self.tr("Every disclosure is logged"), self),
            self.tr("Logged"),
            self.tr("Tick if each time the information is passed on is written down."),
        )
        rule_box = QGroupBox(self.tr("The rule"), self)
        form = QFormLayout(rule_box)
        # labels above their fields where there is no room beside them
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&From:"), self.from_partner)
        form.addRow(self.tr("To:"), self.recipient)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Trigger:"), self.trigger)
        form.addRow(self.tr("T&hreshold:"), self.threshold)
        form.addRow(self.tr("I&mminence:"), self.imminence)
        form.addRow(self.tr("Cha&nnel:"), self.channel)
        form.addRow(self.tr("Recipient &roles:"), self.roles)
        form.addRow(self.known_roles)
        form.addRow(self.tr("R&etention:"), self.retention)
        form.addRow(self.four_eyes)
        form.addRow(self.logged)

        self.personal = named(
            QCheckBox(self.tr("Personal data"), self),
            self.tr("Personal data"),
            self.tr("Tick if the information names or identifies a person; it then needs a basis."),
        )
        self.special = named(
            QCheckBox(
                self.tr("Special-category data (health, religious or political beliefs)"), self
            ),
            self.tr("Special-category data"),
            self.tr("Tick if it reveals health, religious or political beliefs (GDPR Art. 9)."),
        )
        self.offences = named(
            QCheckBox(self.tr("Criminal-offence data"), self),
            self.tr("Criminal-offence data"),
            self.tr("Tick if it concerns offences or convictions (GDPR Art. 10)."),
        )
        self.counselling = named(
            QCheckBox(self.tr("Counselling content"), self),
            self.tr("Counselling content"),
            self.tr("Tick if it comes from counselling; it is protected by professional secrecy."),
        )
        self.unable_to_consent = named(
            QCheckBox(self.tr("The person is physically or legally unable to consent"), self),
            self.tr("Person unable to consent"),
            self.tr("Tick only if so; GDPR Art. 9(2)(c) (vital interests) applies only then."),
        )
        self.art6 = ChoiceCombo(
            list(Art6Basis),
            self.tr("GDPR Art. 6(1) basis"),
            description=self.tr("The lawful basis for sharing personal data."),
            none_text=self.tr("None"),
            parent=self,
        )
        self.art9 = ChoiceCombo(
            list(Art9Condition),
            self.tr("GDPR Art. 9(2) condition"),
            description=self.tr("The condition that allows sharing special-category data."),
            none_text=self.tr("None"),
            parent=self,
        )
        self.art10 = line_edit(
            self,
            self.tr("Art. 10 authorisation"),
            self.tr("The law that permits processing criminal-offence data."),
        )
        self.national = line_edit(
            self,
            self.tr("National provision"),
            self.tr("For a police or intelligence sender: the national transfer provision."),
        )
        self.collection = line_edit(
            self,
            self.tr("Recipient's basis for collecting"),
            self.tr(
                "The provision that lets the recipient collect the information (the second "
                "door); without a provision number it stays an open question for the lawyers."
            ),
        )
        self.basis_note = TextBox(
            self.tr("Note on the legal basis"),
            self.tr("Anything the legal basis depends on, e.g. a consent form or a court order."),
            lines=2,
            parent=self,
        )
        self.note = TextBox(
            self.tr("Note"),
            self.tr("Anything else about this rule, printed with it in the agreement."),
            lines=2,
            parent=self,
        )
        data_box = QGroupBox(self.tr("What is shared, and on which legal basis"), self)
        data = QFormLayout(data_box)
        # labels above their fields where there is no room beside them
        data.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for box in (self.personal, self.special, self.offences, self.counselling):
            data.addRow(box)
        data.addRow(self.tr("Art. &6(1):"), self.art6)
        data.addRow(self.tr("Art. &9(2):"), self.art9)
        data.addRow(self.unable_to_consent)
        data.addRow(self.tr("Art. 1&0:"), self.art10)
        data.addRow(self.tr("National &provision:"), self.national)
        data.addRow(self.tr("Co&llection by recipient:"), self.collection)
        data.addRow(self.tr("Basis note:"), self.basis_note)
        data.addRow(self.tr("N&ote:"), self.note)

        columns = Columns(self)
        columns.add(rule_box)
        columns.add(data_box)
        scroll = named(
            QScrollArea(self),
            self.tr("The sharing rule"),
            self.tr("The rule's fields; scroll to reach those below."),
        )
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(columns)
        self.checks = MessageList(
            self.tr("Checks on this rule"), self.tr("✔ The checks find nothing to fix."), self
        )
        self.problems = MessageList(self.tr("Problems"), parent=self)
        # The checks come and go while the rule is edited: they get a room of their own, of
        # fixed height (scrolled when they need more), so the form never moves under the
        # pointer.
        said = QWidget(self)
        said_layout = QVBoxLayout(said)
        said_layout.setContentsMargins(0, 0, 0, 0)
        said_layout.addWidget(self.checks)
        said_layout.addWidget(self.problems)
        said_layout.addStretch(1)
        self.feedback = named(
            QScrollArea(self),
            self.tr("Checks and problems"),
            self.tr("What the checks find in this rule; scroll if it does not fit."),
        )
        self.feedback.setWidgetResizable(True)
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        self.feedback.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.feedback.setWidget(said)
        self._size_feedback()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        room = self.screen().availableGeometry()
        self.resize(
            min(self.fontMetrics().averageCharWidth() * 175, int(room.width() * 0.95)),
            min(self.fontMetrics().height() * 44, int(room.height() * 0.95)),
        )

    def _connect_changes(self) -> None:
        for combo in (
            self.from_partner,
            self.when,
            self.trigger,
            self.threshold,
            self.imminence,
            self.channel,
            self.art6,
            self.art9,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.category, self.retention, self.art10, self.national, self.collection):
            edit.textChanged.connect(self._changed)
        for box in (self.roles, self.basis_note, self.note):
            box.textChanged.connect(self._changed)
        for check in (
            self.four_eyes,
            self.logged,
            self.personal,
            self.special,
            self.offences,
            self.counselling,
            self.unable_to_consent,
        ):
            check.toggled.connect(self._changed)

    def _changed(self) -> None:
        self._follow_choices()
        self.live.schedule()

    def _follow_choices(self) -> None:
        # special-category, criminal-offence and counselling data are personal data
        sensitive = (
            self.special.isChecked() or self.offences.isChecked() or self.counselling.isChecked()
        )
        if sensitive and not self.personal.isChecked():
            self.personal.setChecked(True)
        self.personal.setEnabled(not sensitive)
        self.personal.setToolTip(
            self.tr(
                "Special-category, criminal-offence and counselling data are always personal data."
            )
            if sensitive
            else ""
        )
        self._propose_retention()
        on_trigger = self.when.value() is SharingWhen.ON_TRIGGER
        self.trigger.setEnabled(on_trigger)
        self.threshold.setEnabled(on_trigger)
        self.imminence.setEnabled(on_trigger)
        recipient = self._agreement.partners[1 - max(0, self.from_partner.currentIndex())]
        self.recipient.setText(recipient.name)
        roles = sorted({c.role for c in self._agreement.contacts_of(recipient.id) if c.role})
        self.known_roles.setText(
            self.tr("Roles of {partner}'s contacts: {roles}").format(
                partner=recipient.label, roles=", ".join(roles)
            )
            if roles
            else self.tr("{partner} has no contacts with roles yet.").format(
                partner=recipient.label
            )
        )

    def _propose_retention(self) -> None:
        """Fill in the usual retention for the kinds of data ticked, while the field is empty
        or still holds what was proposed (what the user typed is never replaced)."""
        if self._retention_presets is None:
            return
        shared = self.when.value() is not SharingWhen.NEVER
        proposal = (
            self._retention_presets.proposed(
                personal=self.personal.isChecked(),
                special_category=self.special.isChecked(),
                criminal_offence=self.offences.isChecked(),
                counselling=self.counselling.isChecked(),
            )
            if shared
            else ""
        )
        current = self.retention.text().strip()
        if current not in ("", self._proposed_retention) or current == proposal:
            self._proposed_retention = proposal if current == proposal else ""
            return
        self._proposed_retention = proposal
        self.retention.setText(proposal)
        self.retention.setCursorPosition(0)

    # -- values ---------------------------------------------------------------------------

    def _load(self, rule: SharingRule | None) -> None:
        partners = [p.id for p in self._agreement.partners]
        if rule is None:
            self.from_partner.setCurrentIndex(0)
            self.when.set_value(SharingWhen.ROUTINE)
            self.personal.setChecked(True)
            self._follow_choices()
            return
        self.category.setText(rule.category)
        self.from_partner.setCurrentIndex(partners.index(rule.from_partner_id))
        self.when.set_value(rule.when)
        self.trigger.set_value(rule.trigger)
        self.threshold.set_value(rule.threshold)
        self.imminence.set_value(rule.imminence)
        self.channel.set_value(rule.channel)
        self.roles.setPlainText("\n".join(rule.recipient_roles))
        self.retention.setText(rule.retention)
        self.four_eyes.setChecked(rule.four_eyes)
        self.logged.setChecked(rule.logged)
        self.personal.setChecked(rule.personal_data)
        self.special.setChecked(rule.special_category)
        self.offences.setChecked(rule.criminal_offence_data)
        self.counselling.setChecked(rule.counselling_content)
        self.unable_to_consent.setChecked(rule.subject_unable_to_consent)
        self.art6.set_value(rule.legal_basis.art6)
        self.art9.set_value(rule.legal_basis.art9)
        self.art10.setText(rule.legal_basis.art10)
        self.national.setText(rule.legal_basis.national_law)
        self.collection.setText(rule.legal_basis.collection)
        self.basis_note.setPlainText(rule.legal_basis.note)
        self.note.setPlainText(rule.note)
        self._follow_choices()

    def rule(self) -> SharingRule | None:
        """The rule as entered, or ``None`` while it cannot be one (no category yet)."""
        sender = self._agreement.partners[max(0, self.from_partner.currentIndex())]
        on_trigger = self.when.value() is SharingWhen.ON_TRIGGER
        values = {
            "category": self.category.text().strip(),
            "from_partner_id": sender.id,
            "to_partner_id": self._agreement.other_partner(sender.id).id,
            "when": self.when.required(),
            "trigger": self.trigger.value() if on_trigger else None,
            "threshold": self.threshold.value() if on_trigger else None,
            "imminence": self.imminence.value() if on_trigger else None,
            "channel": self.channel.value(),
            "legal_basis": LegalBasis(
                art6=self.art6.value(),
                art9=self.art9.value(),
                art10=self.art10.text().strip(),
                national_law=self.national.text().strip(),
                collection=self.collection.text().strip(),
                note=self.basis_note.text(),
            ),
            "recipient_roles": [r.strip() for r in self.roles.toPlainText().splitlines()],
            "retention": self.retention.text().strip(),
            "four_eyes": self.four_eyes.isChecked(),
            "logged": self.logged.isChecked(),
            "personal_data": self.personal.isChecked(),
            "special_category": self.special.isChecked(),
            "criminal_offence_data": self.offences.isChecked(),
            "counselling_content": self.counselling.isChecked(),
            "subject_unable_to_consent": self.unable_to_consent.isChecked(),
            "note": self.note.text(),
        }
        if self._rule_id is not None:
            values["id"] = self._rule_id
        try:
            rule = SharingRule.model_validate(values)
        except ValidationError:
            return None
        self._rule_id = rule.id
        return rule

    def _draft(
        self, draft_with: Callable[[SharingRule], Agreement]
    ) -> Callable[[], Agreement | None]:
        def draft() -> Agreement | None:
            rule = self.rule()
            return None if rule is None else draft_with(rule)

        return draft

    def _size_feedback(self) -> None:
        lines = 4
        self.feedback.setFixedHeight(
            self.fontMetrics().lineSpacing() * lines + 2 * self.feedback.frameWidth() + 16
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "feedback"):
            self._size_feedback()

    def _show_checks(self) -> None:
        if self._rule_id is None or self.rule() is None:
            self.checks.show_messages([])
            return
        self.checks.show_messages(check_messages(self.live.about(self._rule_id)))

    def accept(self) -> None:
        if self.rule() is None:
            self.problems.show_messages(
                [Message(Severity.ERROR, self.tr("Name the category of information shared."))]
            )
            self.feedback.ensureWidgetVisible(self.problems)
            self.category.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
