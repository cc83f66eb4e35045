"""The form for one partner: name, kind, sector and data-protection regime, address, data
protection officer and representatives (who signs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QWidget

from coopbuilder.core.checks import Severity
from coopbuilder.core.parties import Partner, Representative
from coopbuilder.core.vocabulary import (
    DataProtectionRegime,
    GermanArticle,
    PartnerKind,
    Sector,
    default_regime,
    default_sector,
)
from coopbuilder.ui.widgets.fields import ChoiceCombo, TextBox, line_edit
from coopbuilder.ui.widgets.marks import MarkLabel, severity_mark
from coopbuilder.ui.widgets.rows import RecordRow, RowsEditor


class RepresentativeRow(RecordRow):
    def __init__(self, partner_number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partner_number = partner_number
        self.name = line_edit(self)
        self.role = line_edit(self)
        self.signs = QCheckBox(self)
        self.add_field(
            self.name,
            self.tr("Name"),
            0,
            0,
            description=self.tr("The full name of a person who acts for this partner."),
        )
        self.add_field(
            self.role,
            self.tr("Role"),
            0,
            1,
            description=self.tr("The person's position at the partner, e.g. 'Head of unit'."),
        )
        self.add_field(
            self.signs,
            self.tr("Signs"),
            0,
            2,
            description=self.tr("Tick if this person signs the agreement for the partner."),
        )
        self.signs.setChecked(True)

    def describe(self, position: int) -> str:
        return self.tr("Partner {partner}, representative {number}").format(
            partner=self._partner_number, number=position
        )

    def load(self, representative: Representative) -> None:
        self.entity_id = representative.id
        self.name.setText(representative.name)
        self.role.setText(representative.role)
        self.signs.setChecked(representative.signs)

    def representative(self) -> Representative | None:
        """The representative, or ``None`` while it has no name."""
        name = self.name.text().strip()
        if not name:
            return None
        return Representative(
            id=self.entity_id,
            name=name,
            role=self.role.text().strip(),
            signs=self.signs.isChecked(),
        )


class PartnerForm(QGroupBox):
    """One partner. ``number`` is 1 or 2, as the partners are listed in the agreement."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self._loading = False
        self.setTitle(self.tr("Partner {number}").format(number=number))

        def name(field: str) -> str:
            return self.tr("Partner {number}: {field}").format(number=number, field=field)

        self.name = line_edit(
            self,
            name(self.tr("Name")),
            self.tr("The partner's full legal name, as it is printed in the agreement."),
        )
        self.short_name = line_edit(
            self,
            name(self.tr("Short name")),
            self.tr("Used in tables and on the projector, e.g. 'LKA'."),
        )
        self.article = ChoiceCombo(
            list(GermanArticle),
            name(self.tr("German article")),
            description=self.tr(
                "The article the short name takes in German text ('das LKA', 'die JVA'); "
                "German agreements decline it ('vom LKA', 'beim LKA')."
            ),
            none_text=self.tr("None (the name stands alone)"),
            parent=self,
        )
        self.kind = ChoiceCombo(
            list(PartnerKind),
            name(self.tr("Kind")),
            description=self.tr(
                "What kind of organisation the partner is; sets the sector and the "
                "data-protection regime."
            ),
            parent=self,
        )
        self.sector = ChoiceCombo(
            list(Sector),
            name(self.tr("Sector")),
            description=self.tr(
                "Whether the partner belongs to the security sector (police, prison, ...) or not."
            ),
            parent=self,
        )
        self.regime = ChoiceCombo(
            list(DataProtectionRegime), name(self.tr("Data-protection regime")), parent=self
        )
        self.regime.setAccessibleDescription(
            self.tr(
                "Set from the kind of partner; change it if this partner processes data "
                "under another law."
            )
        )
        self.address = TextBox(
            name(self.tr("Address")),
            self.tr("The postal address, as it is printed under the partner's name."),
            lines=2,
            parent=self,
        )
        self.dpo = line_edit(
            self,
            name(self.tr("Data protection officer")),
            self.tr("Name and contact of the data protection officer."),
        )
        self.representatives: RowsEditor[RepresentativeRow] = RowsEditor(
            lambda parent: RepresentativeRow(number, parent),
            self.tr("Add representative"),
            self,
        )
        self.representatives.add_button.setAccessibleName(
            self.tr("Partner {number}: add representative").format(number=number)
        )
        self.no_signatory = MarkLabel(parent=self)
        self.no_signatory.set_mark(
            severity_mark(Severity.WARNING),
            self.tr("Nobody signs for this partner yet: tick 'Signs' for a representative."),
        )
        self.no_signatory.setWordWrap(True)

        form = QFormLayout(self)
        # labels above their fields where there is no room beside them
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Short name:"), self.short_name)
        form.addRow(self.tr("German article:"), self.article)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Sector:"), self.sector)
        form.addRow(self.tr("Data protection:"), self.regime)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Data protection officer:"), self.dpo)
        form.addRow(QLabel(self.tr("Representatives:"), self))
        form.addRow(self.representatives)
        form.addRow(self.no_signatory)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.representatives.changed.connect(self._update_signatory_hint)

    def _kind_changed(self) -> None:
        if self._loading:
            return
        kind = self.kind.required()
        self.sector.set_value(default_sector(kind))
        self.regime.set_value(default_regime(kind))

    def _update_signatory_hint(self) -> None:
        rows = self.representatives.rows()
        self.no_signatory.setVisible(
            not any(r.signs.isChecked() and not r.is_blank() for r in rows)
        )

    def load(self, partner: Partner) -> None:
        self._loading = True
        self.name.setText(partner.name)
        self.short_name.setText(partner.short_name)
        self.article.set_value(partner.article)
        self.kind.set_value(partner.kind)
        self.sector.set_value(partner.sector)
        self.regime.set_value(partner.regime)
        self.address.setPlainText(partner.address)
        self.dpo.setText(partner.data_protection_officer)
        self.representatives.clear()
        for representative in partner.representatives:
            self.representatives.add_row().load(representative)
        self._loading = False
        self._update_signatory_hint()

    def focus_order(self) -> list[QWidget]:
        """The form's stops for Tab, top to bottom: its own fields, then the representatives."""
        own = [
            widget
            for widget in self.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.window() is self.window()  # not a combo box's pop-up list
            and not self.representatives.isAncestorOf(widget)
            and widget is not self.representatives
        ]
        return [*own, *self.representatives.focus_order()]

    def problems(self) -> list[str]:
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("Give partner {number} a name.").format(number=self.number))
        for position, row in enumerate(self.representatives.rows(), start=1):
            if not row.is_blank() and not row.name.text().strip():
                problems.append(
                    self.tr("Representative {position} of partner {number} has no name.").format(
                        position=position, number=self.number
                    )
                )
        return problems

    def apply(self, partner: Partner) -> Partner:
        """``partner`` with this form's valid answers."""
        return partner.model_copy(
            update={
                "name": self.name.text().strip() or partner.name,
                "short_name": self.short_name.text().strip(),
                "article": self.article.value(),
                "kind": self.kind.required(),
                "sector": self.sector.required(),
                "regime": self.regime.required(),
                "address": self.address.text(),
                "data_protection_officer": self.dpo.text().strip(),
                "representatives": [
                    r
                    for r in (row.representative() for row in self.representatives.rows())
                    if r is not None
                ],
            }
        )
