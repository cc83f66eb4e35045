"""One partner's escalation contacts: a table of the ladder, and a form for the chosen contact
(name, role, level, availability, phone, secure e-mail and a deputy from the same partner).

*Hand over* gives a contact's place to the person who takes it over: the role, level,
availability and deputy stay, the name, phone and e-mail are typed anew. The contact keeps its
identity, so the version before keeps the person who left, the comparison and the review record
read "Tobias Brandt → Jana Roth", and the draft marked against the signed version shows the
change in its contact list; the form says whom the contact took over from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.base import new_id
from coopbuilder.core.checks import Severity
from coopbuilder.core.parties import EscalationContact, Partner
from coopbuilder.core.vocabulary import Availability, ContactLevel
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.texts import choice_label
from coopbuilder.ui.widgets.fields import ChoiceCombo, FittingCombo, hint, line_edit, named
from coopbuilder.ui.widgets.marks import severity_mark
from coopbuilder.ui.widgets.messages import Message, MessageList


@dataclass
class ContactDraft:
    """A contact while it is edited (its name may still be empty)."""

    partner_id: str
    id: str = field(default_factory=new_id)
    name: str = ""
    role: str = ""
    phone: str = ""
    secure_email: str = ""
    level: ContactLevel = ContactLevel.CASE_WORKER
    availability: Availability = Availability.OFFICE_HOURS
    deputy_id: str | None = None
    took_over_from: str = ""
    """The person this contact took over from (since the version a review started from, or
    handed over here); not part of the contact."""

    @classmethod
    def of(cls, contact: EscalationContact, took_over_from: str = "") -> ContactDraft:
        return cls(**contact.model_dump(), took_over_from=took_over_from)


class ContactPanel(QGroupBox):
    changed = Signal()

    SHOWN_ROWS = 5
    """How many contacts the table shows without scrolling."""

    def __init__(self, number: int, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self._dialogs = dialogs
        self._partner: Partner | None = None
        self.drafts: list[ContactDraft] = []
        self._showing = False
        self._previous: dict[str, str] = {}

        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Contacts of partner {number}").format(number=number))
        self.table.setAccessibleDescription(
            self.tr(
                "The partner's escalation ladder; choose a contact to edit it in the form below."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Level"), self.tr("Availability"), self.tr("Deputy")]
        )
        self.table.verticalHeader().hide()
        # rows as high as their wrapped text, at the font and column widths of the moment
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Level and availability are short: as wide as their header, so it is never cut off
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))

        self.add_button = QPushButton(self.tr("Add contact"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.hand_over_button = QPushButton(self.tr("Hand over"), self)
        self.hand_over_button.setToolTip(
            self.tr(
                "Someone else takes over this contact's place: role, level, availability and "
                "deputy stay; type the new person's name, phone and e-mail"
            )
        )
        for button, label in (
            (self.hand_over_button, self.tr("Partner {number}: hand over contact")),
            (self.add_button, self.tr("Partner {number}: add contact")),
            (self.remove_button, self.tr("Partner {number}: remove contact")),
            (self.up_button, self.tr("Partner {number}: move contact up")),
            (self.down_button, self.tr("Partner {number}: move contact down")),
        ):
            button.setAccessibleName(label.format(number=number))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_contact(-1))
        self.down_button.clicked.connect(lambda: self.move_contact(1))
        self.hand_over_button.clicked.connect(self.hand_over)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.hand_over_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        def name(text: str) -> str:
            return self.tr("Partner {number} contact: {field}").format(number=number, field=text)

        self.name = line_edit(
            self,
            name(self.tr("Name")),
            self.tr("The full name of the person the other partner can reach."),
        )
        self.role = line_edit(
            self, name(self.tr("Role")), self.tr("The person's position, e.g. Case worker.")
        )
        self.level = ChoiceCombo(
            list(ContactLevel),
            name(self.tr("Level")),
            description=self.tr(
                "The step of the escalation ladder: 1 case workers, 2 coordinators, 3 directors."
            ),
            parent=self,
        )
        self.availability = ChoiceCombo(
            list(Availability),
            name(self.tr("Availability")),
            description=self.tr(
                "When the person can be reached; triggers need a contact reachable 24/7."
            ),
            parent=self,
        )
        self.phone = line_edit(
            self,
            name(self.tr("Phone")),
            self.tr("A number the other partner can call, with the area code."),
        )
        self.email = line_edit(
            self,
            name(self.tr("Secure e-mail")),
            self.tr("An encrypted or otherwise secured e-mail address for case information."),
        )
        self.deputy = named(FittingCombo(self), name(self.tr("Deputy")))
        self.deputy.setAccessibleDescription(
            self.tr("Who steps in during a holiday or a change of staff; from the same partner.")
        )
        self._deputy_ids: list[str | None] = [None]
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        # labels above their fields where there is no room beside them
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Availability:"), self.availability)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Secure e-mail:"), self.email)
        form.addRow(self.tr("Deputy:"), self.deputy)
        self.handover = hint("", self)
        self.handover.setAccessibleName(
            self.tr("Partner {number} contact: took over from").format(number=number)
        )
        self.handover.hide()
        form.addRow(self.handover)
        self.notes = MessageList(
            self.tr("Checks on partner {number}'s contacts").format(number=number), parent=self
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.notes)
        for edit in (self.name, self.role, self.phone, self.email):
            edit.textEdited.connect(self._edited)
        for combo in (self.level, self.availability, self.deputy):
            combo.currentIndexChanged.connect(self._edited)
        self._size_table()

    def _size_table(self) -> None:
        """Tall enough for ``SHOWN_ROWS`` contacts at the current font (rows wrap)."""
        self.table.resizeRowsToContents()
        rows = [self.table.rowHeight(row) for row in range(self.table.rowCount())]
        one_line = self.table.fontMetrics().lineSpacing() + 8
        rows = rows[: self.SHOWN_ROWS] + [one_line] * (self.SHOWN_ROWS - len(rows))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(header + sum(rows) + 2 * self.table.frameWidth())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_table()

    # -- load, save -----------------------------------------------------------------------

    def set_previous(self, contacts: list[EscalationContact]) -> None:
        """The contacts of the version a review started from: a contact whose name changed
        since took over from the person named there."""
        self._previous = {c.id: c.name for c in contacts}

    def load(self, partner: Partner, contacts: list[EscalationContact]) -> None:
        self._partner = partner
        self.setTitle(
            self.tr("Partner {number}: {partner}").format(number=self.number, partner=partner.label)
        )
        handed = {d.id: d.took_over_from for d in self.drafts if d.took_over_from}
        self.drafts = []
        for contact in contacts:
            before = self._previous.get(contact.id, "")
            if before == contact.name:
                before = ""
            self.drafts.append(ContactDraft.of(contact, before or handed.get(contact.id, "")))
        self._refresh(0 if self.drafts else None)

    def offer_roles(self, roles: Sequence[str]) -> None:
        """Suggest these roles while a contact's role is typed (any other role may be typed);
        a role chosen from the suggestions is the contact's role as if typed."""
        completer = QCompleter(list(roles), self.role)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(lambda _: self._edited())
        self.role.setCompleter(completer)

    def contacts(self) -> list[EscalationContact]:
        """The contacts with a name; deputies without a name are left out."""
        named_ids = {d.id for d in self.drafts if d.name.strip()}
        result = []
        for draft in self.drafts:
            if draft.id not in named_ids:
                continue
            values = {**draft.__dict__, "name": draft.name.strip()}
            del values["took_over_from"]
            if values["deputy_id"] not in named_ids:
                values["deputy_id"] = None
            result.append(EscalationContact.model_validate(values))
        return result

    def problems(self) -> list[str]:
        assert self._partner is not None
        return [
            self.tr("Contact {position} of {partner} has no name.").format(
                position=position, partner=self._partner.label
            )
            for position, draft in enumerate(self.drafts, start=1)
            if not draft.name.strip()
        ]

    def show_notes(self, messages: list[Message]) -> None:
        self.notes.show_messages(messages)

    # -- table and form -------------------------------------------------------------------

    def current(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.drafts) else None

    def _refresh(self, select: int | None) -> None:
        self._fill_table()
        if select is not None and self.drafts:
            self.table.setCurrentCell(min(select, len(self.drafts) - 1), 0)
        self._show(self.current())

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        current = self.table.currentRow()
        self.table.setRowCount(len(self.drafts))
        names = {d.id: d.name for d in self.drafts}
        for row, draft in enumerate(self.drafts):
            deputy = names.get(draft.deputy_id or "", "")
            cells = [
                QTableWidgetItem(draft.name or self.tr("(no name yet)")),
                QTableWidgetItem(str(draft.level.value)),
                QTableWidgetItem(choice_label(draft.availability)),
                QTableWidgetItem(deputy),
            ]
            cells[1].setToolTip(choice_label(draft.level))
            if not deputy:
                mark = severity_mark(Severity.WARNING)
                cells[3].setText(self.tr("{symbol} none").format(symbol=mark.symbol))
                cells[3].setForeground(mark.foreground)
                cells[3].setBackground(mark.background)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        if 0 <= current < len(self.drafts):
            self.table.setCurrentCell(current, 0)
        self.table.blockSignals(False)
        self._size_table()

    def _show(self, row: int | None) -> None:
        draft = self.drafts[row] if row is not None and 0 <= row < len(self.drafts) else None
        self.form.setEnabled(draft is not None)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(draft is not None)
        self.hand_over_button.setEnabled(draft is not None and bool(draft.name.strip()))
        self._show_handover(draft)
        self._showing = True
        self.name.setText(draft.name if draft else "")
        self.role.setText(draft.role if draft else "")
        self.phone.setText(draft.phone if draft else "")
        self.email.setText(draft.secure_email if draft else "")
        self.level.set_value(draft.level if draft else ContactLevel.CASE_WORKER)
        self.availability.set_value(draft.availability if draft else Availability.OFFICE_HOURS)
        self.deputy.clear()
        self.deputy.addItem(self.tr("No deputy yet"))
        self._deputy_ids = [None]
        for other in self.drafts:
            if draft is not None and other.id != draft.id:
                self.deputy.addItem(other.name or self.tr("(no name yet)"))
                self._deputy_ids.append(other.id)
        deputy = draft.deputy_id if draft else None
        self.deputy.setCurrentIndex(
            self._deputy_ids.index(deputy) if deputy in self._deputy_ids else 0
        )
        self._showing = False

    def _edited(self) -> None:
        row = self.current()
        if self._showing or row is None:
            return
        draft = self.drafts[row]
        draft.name = self.name.text()
        draft.role = self.role.text()
        draft.phone = self.phone.text()
        draft.secure_email = self.email.text()
        draft.level = self.level.required()
        draft.availability = self.availability.required()
        draft.deputy_id = self._deputy_ids[max(0, self.deputy.currentIndex())]
        self.hand_over_button.setEnabled(bool(draft.name.strip()))
        self._fill_table()
        self.changed.emit()

    def _show_handover(self, draft: ContactDraft | None) -> None:
        if draft is None or not draft.took_over_from or draft.took_over_from == draft.name:
            self.handover.hide()
            return
        self.handover.setText(
            self.tr("Took over from {name}; the version before keeps {name}.").format(
                name=draft.took_over_from
            )
        )
        self.handover.show()

    def hand_over(self) -> None:
        """The chosen contact's place goes to someone new: name, phone and e-mail are emptied
        for the new person's, everything else stays."""
        row = self.current()
        if row is None or not self.drafts[row].name.strip():
            return
        draft = self.drafts[row]
        draft.took_over_from = draft.took_over_from or draft.name
        draft.name = draft.phone = draft.secure_email = ""
        self._refresh(row)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def add(self) -> None:
        """A new contact, proposed as the deputy of the contact before it (when that one has
        none yet) and with that one as its own: two contacts stand in for each other."""
        assert self._partner is not None
        draft = ContactDraft(partner_id=self._partner.id)
        if self.drafts:
            before = self.drafts[-1]
            draft.deputy_id = before.id
            if before.deputy_id is None:
                before.deputy_id = draft.id
        self.drafts.append(draft)
        self._refresh(len(self.drafts) - 1)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        draft = self.drafts[row]
        if not self._dialogs.confirm(
            self,
            self.tr("Remove contact"),
            self.tr("Remove the contact {name}?").format(
                name=draft.name or self.tr("without a name")
            ),
        ):
            return
        del self.drafts[row]
        for other in self.drafts:
            if other.deputy_id == draft.id:
                other.deputy_id = None
        self._refresh(row if self.drafts else None)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def move_contact(self, step: int) -> None:
        row = self.current()
        if row is None or not 0 <= row + step < len(self.drafts):
            return
        self.drafts[row], self.drafts[row + step] = self.drafts[row + step], self.drafts[row]
        self._refresh(row + step)
        self.changed.emit()
