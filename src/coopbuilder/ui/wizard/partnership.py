"""Step 1, Partnership: the agreement's title, purpose and scope, and the two partners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import FieldOfWork, Language, LegalNature
from coopbuilder.ui.texts import choice_label
from coopbuilder.ui.widgets.columns import Columns
from coopbuilder.ui.widgets.fields import ChoiceCombo, TextBox, line_edit
from coopbuilder.ui.widgets.rows import chain_tab_order
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.partner_form import PartnerForm


class PartnershipPage(WizardPage):
    fields = (
        "title",
        "language",
        "legal_nature",
        "fields_of_work",
        "purpose",
        "scope",
        "out_of_scope",
        "partners",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement_title = line_edit(
            self,
            self.tr("Title of the agreement"),
            self.tr("A short title that names the cooperation; it heads the agreement."),
        )
        self.language = ChoiceCombo(
            list(Language), self.tr("Language of the agreement"), parent=self
        )
        self.language.setAccessibleDescription(
            self.tr(
                "The language the agreement is printed and signed in. The statements the "
                "partners rate and the recommended actions follow it; what you type stays as "
                "typed."
            )
        )
        self.legal_nature = ChoiceCombo(
            list(LegalNature),
            self.tr("Legal nature of the agreement"),
            description=self.tr(
                "Whether the agreement is a non-binding memorandum of understanding (usual "
                "between an authority and an NGO) or a binding public-law contract; the lawyers "
                "confirm it. Neither is a legal basis for any transfer."
            ),
            parent=self,
        )
        self.fields_of_work = {field: QCheckBox(choice_label(field), self) for field in FieldOfWork}
        for box in self.fields_of_work.values():
            box.setAccessibleName(self.tr("Field of work: {field}").format(field=box.text()))
            box.setAccessibleDescription(
                self.tr(
                    "Activate each field the NGO partner's counselling covers: family "
                    "counselling and work with returnees add their clauses to the agreement."
                )
            )
        # one under the other: side by side, the long German names push the page sideways on
        # a projector
        fields_row = QWidget(self)
        fields_layout = QVBoxLayout(fields_row)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.setSpacing(2)
        for box in self.fields_of_work.values():
            fields_layout.addWidget(box)
        self.purpose = TextBox(
            self.tr("Purpose"),
            self.tr("Why the partners cooperate, each within its own mandate."),
            parent=self,
        )
        self.scope = TextBox(self.tr("Scope"), self.tr("What the cooperation covers."), parent=self)
        self.out_of_scope = TextBox(
            self.tr("Out of scope"),
            self.tr(
                "What the cooperation never covers, e.g. tasking NGO staff as informants or "
                "covert use of counselling."
            ),
            parent=self,
        )
        self.out_of_scope.setPlaceholderText(
            self.tr("e.g. tasking of NGO staff as informants; covert use of counselling")
        )
        group = QGroupBox(self.tr("The agreement"), self)
        form = QFormLayout(group)
        # labels above their fields where there is no room beside them
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("T&itle:"), self.agreement_title)
        form.addRow(self.tr("Agreement &language:"), self.language)
        form.addRow(self.tr("Legal &nature:"), self.legal_nature)
        form.addRow(self.tr("Fields of work:"), fields_row)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("S&cope:"), self.scope)
        form.addRow(self.tr("&Out of scope:"), self.out_of_scope)

        partners = Columns(self)
        self.partner_forms = (PartnerForm(1, partners), PartnerForm(2, partners))
        for partner_form in self.partner_forms:
            partners.add(partner_form)

        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(partners)
        layout.addStretch(1)
        self.setFocusProxy(self.agreement_title)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PartnershipPage", "Partnership")

    def summary(self) -> str:
        return self.tr(
            "Who cooperates, why, and what the cooperation covers. Name the representatives "
            "and who signs for each partner."
        )

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        self.agreement_title.setText(agreement.title)
        self.language.set_value(agreement.language)
        self.legal_nature.set_value(agreement.legal_nature)
        for field, box in self.fields_of_work.items():
            box.setChecked(field in agreement.fields_of_work)
        self.purpose.setPlainText(agreement.purpose)
        self.scope.setPlainText(agreement.scope)
        self.out_of_scope.setPlainText(agreement.out_of_scope)
        for partner_form, partner in zip(self.partner_forms, agreement.partners, strict=True):
            partner_form.load(partner)
        # From "Out of scope" Tab goes through both partners (their representative rows are
        # made while loading, after the rest of the window), never straight to the buttons.
        chain_tab_order(
            [self.out_of_scope, *(w for f in self.partner_forms for w in f.focus_order())]
        )

    def check(self) -> list[str]:
        problems = []
        if not self.agreement_title.text().strip():
            problems.append(self.tr("Give the agreement a title."))
        for partner_form in self.partner_forms:
            problems.extend(partner_form.problems())
        names = [f.name.text().strip().casefold() for f in self.partner_forms]
        if names[0] and names[0] == names[1]:
            problems.append(self.tr("The two partners have the same name; give each its own."))
        return problems

    def problem_widget(self) -> QWidget | None:
        if not self.agreement_title.text().strip():
            return self.agreement_title
        for partner_form in self.partner_forms:
            if not partner_form.name.text().strip():
                return partner_form.name
            for row in partner_form.representatives.rows():
                if not row.is_blank() and not row.name.text().strip():
                    return row.name
        return None

    def save(self, agreement: Agreement) -> None:
        agreement.title = self.agreement_title.text().strip() or agreement.title
        agreement.language = self.language.required()
        agreement.legal_nature = self.legal_nature.required()
        agreement.fields_of_work = [f for f, box in self.fields_of_work.items() if box.isChecked()]
        agreement.purpose = self.purpose.text()
        agreement.scope = self.scope.text()
        agreement.out_of_scope = self.out_of_scope.text()
        agreement.partners = [
            partner_form.apply(partner)
            for partner_form, partner in zip(self.partner_forms, agreement.partners, strict=True)
        ]
