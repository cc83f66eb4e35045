"""Step 5, Contacts and escalation: each partner's escalation ladder with deputies, and the
further actors who join a case when needed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.governance import FurtherActor
from coopbuilder.core.presets import FurtherActorPreset, further_actor_presets, role_presets
from coopbuilder.core.vocabulary import PartnerKind
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.texts import ui_language
from coopbuilder.ui.widgets.columns import Columns
from coopbuilder.ui.widgets.fields import ChoiceCombo, heading, hint, line_edit
from coopbuilder.ui.widgets.messages import Message
from coopbuilder.ui.widgets.preset_menu import fill_preset_menu
from coopbuilder.ui.widgets.rows import RecordRow, RowsEditor
from coopbuilder.ui.wizard.contact_panel import ContactPanel
from coopbuilder.ui.wizard.live import LiveChecks
from coopbuilder.ui.wizard.page import WizardPage

TRIGGER_CONTACT_CHECK = "trigger_without_24_7"
"""The sharing check that is fixed here, by naming a contact reachable 24/7."""


class FurtherActorRow(RecordRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ChoiceCombo(list(PartnerKind), self.tr("Kind"), parent=self)
        self.name = line_edit(self)
        self.when = line_edit(self)
        self.may_receive = line_edit(self)
        self.referral = line_edit(self)
        self.contact = line_edit(self)
        self.add_field(
            self.kind,
            self.tr("Kind"),
            0,
            0,
            span=2,  # a row of its own: the kinds' names are long (in German, on a projector)
            description=self.tr("What kind of organisation the further actor is."),
        )
        self.add_field(
            self.name,
            self.tr("Name"),
            1,
            0,
            description=self.tr(
                "The name of the organisation or service; a row without one is left out."
            ),
        )
        self.add_field(
            self.when,
            self.tr("Joins when"),
            1,
            0,
            description=self.tr(
                "The situation in which this actor is brought in, e.g. 'when a child is at risk'."
            ),
        )
        self.add_field(
            self.may_receive,
            self.tr("May receive"),
            2,
            0,
            span=2,
            description=self.tr(
                "Which information the partners may pass on to this actor, and no more."
            ),
        )
        self.add_field(
            self.referral,
            self.tr("Referral"),
            2,
            0,
            description=self.tr(
                "Whom this actor refers to the partners, or takes over from them, when and "
                "with what, e.g. a hotline that refers callers who need counselling on the ground."
            ),
        )
        self.add_field(
            self.contact,
            self.tr("Contact"),
            2,
            1,
            description=self.tr("Where the partners reach this actor, e.g. its hotline team."),
        )

    def describe(self, position: int) -> str:
        return self.tr("Further actor {number}").format(number=position)

    def load(self, actor: FurtherActor) -> None:
        self.entity_id = actor.id
        self.kind.set_value(actor.kind)
        self.name.setText(actor.name)
        self.when.setText(actor.when_involved)
        self.may_receive.setText(actor.may_receive)
        self.referral.setText(actor.referral)
        self.contact.setText(actor.contact)

    def actor(self) -> FurtherActor | None:
        name = self.name.text().strip()
        if not name:
            return None
        return FurtherActor(
            id=self.entity_id,
            kind=self.kind.required(),
            name=name,
            when_involved=self.when.text().strip(),
            may_receive=self.may_receive.text().strip(),
            referral=self.referral.text().strip(),
            contact=self.contact.text().strip(),
        )


class ContactsPage(WizardPage):
    fields = ("contacts", "further_actors")

    def __init__(
        self,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        previous: Agreement | None = None,
    ) -> None:
        """``previous``: the version a review started this one from (whom a contact took
        over from)."""
        super().__init__(parent)
        self.live = LiveChecks(self.draft, self)
        self.live.updated.connect(self._show_checks)
        columns = Columns(self)
        self.panels = (ContactPanel(1, dialogs, columns), ContactPanel(2, dialogs, columns))
        for panel in self.panels:
            columns.add(panel)
            panel.changed.connect(self._changed)
        self.set_previous(previous)
        self.actors: RowsEditor[FurtherActorRow] = RowsEditor(
            FurtherActorRow, self.tr("Add further actor"), self
        )
        self.actors.changed.connect(self._changed)
        self.preset_button = QToolButton(self)
        self.preset_button.setText(self.tr("Add from a &preset"))
        self.preset_button.setAccessibleName(self.tr("Add a further actor from a preset"))
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.preset_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preset_menu = QMenu(self.preset_button)
        self.preset_button.setMenu(self.preset_menu)
        actors_heading = QHBoxLayout()
        actors_heading.addWidget(heading(self.tr("Further actors"), self))
        actors_heading.addStretch(1)
        actors_heading.addWidget(self.preset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Level 1 case workers, level 2 coordinators, level 3 directors. For "
                    "triggers each side needs a contact reachable 24/7, and every contact a "
                    "deputy, so that a holiday or a change of staff never breaks the chain."
                ),
                self,
            )
        )
        layout.addWidget(columns)
        layout.addLayout(actors_heading)
        layout.addWidget(
            hint(
                self.tr(
                    "Prison, probation, youth welfare office, schools, mental-health services or "
                    "an advice centre's hotline: who joins a case, when, what they may receive, "
                    "and who refers cases to whom."
                ),
                self,
            )
        )
        layout.addWidget(self.actors)
        layout.addStretch(1)

    def set_previous(self, previous: Agreement | None) -> None:
        """Whom each contact took over from, since ``previous``, from the next load on."""
        for panel in self.panels:
            panel.set_previous(previous.contacts if previous is not None else [])

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ContactsPage", "Contacts and escalation")

    def summary(self) -> str:
        return self.tr("Named people each partner can reach, their deputies, and further actors.")

    def _changed(self) -> None:
        self.live.schedule()

    def _show_checks(self) -> None:
        assert self.loaded is not None
        for panel, partner in zip(self.panels, self.loaded.partners, strict=True):
            wanted = [
                f
                for f in self.live.findings
                if f.code == TRIGGER_CONTACT_CHECK and f.params.get("recipient") == partner.name
            ]
            texts = sorted({f.message(ui_language()) for f in wanted})
            panel.show_notes([Message(wanted[0].severity, text) for text in texts])

    # -- load, check, save ----------------------------------------------------------------

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        for panel, partner in zip(self.panels, agreement.partners, strict=True):
            panel.load(partner, agreement.contacts_of(partner.id))
            try:
                panel.offer_roles(role_presets(agreement.language, partner.sector, agreement))
            except UserError:
                panel.offer_roles([])  # the presets file says what is wrong on "Add from a preset"
        self.actors.clear()
        for actor in agreement.further_actors:
            self.actors.add_row().load(actor)
        self._fill_presets(agreement)
        self.live.run_now()

    def _fill_presets(self, agreement: Agreement) -> None:
        fill_preset_menu(
            self.preset_menu,
            lambda: further_actor_presets(agreement.language),
            agreement,
            self.add_preset,
        )

    def add_preset(self, preset: FurtherActorPreset) -> None:
        """A new further-actor row filled in from ``preset``, to edit."""
        row = self.actors.add_row()
        row.load(preset.make_actor())
        row.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()

    def check(self) -> list[str]:
        problems = [p for panel in self.panels for p in panel.problems()]
        for position, row in enumerate(self.actors.rows(), start=1):
            if not row.is_blank() and not row.name.text().strip():
                problems.append(
                    self.tr("Further actor {number} has no name.").format(number=position)
                )
        return problems

    def save(self, agreement: Agreement) -> None:
        agreement.contacts = [c for panel in self.panels for c in panel.contacts()]
        agreement.further_actors = [
            a for a in (row.actor() for row in self.actors.rows()) if a is not None
        ]
