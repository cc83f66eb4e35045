"""Step 4, Information sharing: the need-to-know matrix, rule by rule.

Rules are added (empty or from a preset of the brief's typical rules), edited in a dialog,
removed and reordered. The agreement checks run a moment after every change and show under the
rules they concern; checks on sharing as a whole show below the table.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.presets import SharingPreset, sharing_presets
from coopbuilder.core.sharing import SharingRule
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.widgets.columns import Columns
from coopbuilder.ui.widgets.fields import hint
from coopbuilder.ui.widgets.messages import MessageList, check_messages
from coopbuilder.ui.widgets.preset_menu import fill_preset_menu
from coopbuilder.ui.wizard.live import LiveChecks
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.rule_table import RuleTable
from coopbuilder.ui.wizard.sharing_dialog import SharingRuleDialog


class SharingPage(WizardPage):
    fields = ("sharing_rules",)

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.rules: list[SharingRule] = []
        self.editor: SharingRuleDialog | None = None
        self._current_after_refresh: int | None = None
        self.live = LiveChecks(self.draft, self)
        self.live.updated.connect(self._refresh)

        self.table = RuleTable(self)
        self.table.edit_requested.connect(self.edit)
        self.table.add_requested.connect(self.add)
        self.table.remove_requested.connect(self.remove)
        self.table.move_requested.connect(self.move_rule)
        self.table.setMinimumHeight(self.fontMetrics().height() * 16)

        self.add_button = QPushButton(self.tr("A&dd rule..."), self)
        self.preset_button = QToolButton(self)
        self.preset_button.setText(self.tr("Add from a &preset"))
        self.preset_button.setAccessibleName(self.tr("Add from a preset"))
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.preset_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preset_menu = QMenu(self.preset_button)
        self.preset_button.setMenu(self.preset_menu)
        self.edit_button = QPushButton(self.tr("Ed&it..."), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button.clicked.connect(lambda: self.move_rule(1))
        # two groups of buttons side by side, or one under the other where there is no room
        # (German, projector mode)
        buttons = Columns(self)
        for group in (
            (self.add_button, self.preset_button, self.edit_button),
            (self.remove_button, self.up_button, self.down_button),
        ):
            panel = QWidget(buttons)
            row = QHBoxLayout(panel)
            row.setContentsMargins(0, 0, 0, 0)
            for button in group:
                row.addWidget(button)
            row.addStretch(1)
            buttons.add(panel)

        self.general = MessageList(self.tr("Checks on sharing as a whole"), parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Share only what is needed for each case, only with those who need it. "
                    "Say what is never shared. The checks below each rule mark open legal "
                    "questions for your lawyers; presets are a starting point, not legal advice."
                ),
                self,
            )
        )
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SharingPage", "Information sharing")

    def summary(self) -> str:
        return self.tr(
            "Who shares what with whom, when, by which channel and on which legal basis."
        )

    # -- load, save -----------------------------------------------------------------------

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        self.rules = [r.model_copy(deep=True) for r in agreement.sharing_rules]
        self._fill_presets(agreement)
        self.live.run_now()
        if self.rules:
            self.table.select_rule(0)

    def save(self, agreement: Agreement) -> None:
        agreement.sharing_rules = [r.model_copy(deep=True) for r in self.rules]

    def show_field(self, field: str) -> None:
        match = re.match(r"sharing_rules\[(\d+)\]", field)
        if match and int(match.group(1)) < len(self.rules):
            self.table.select_rule(int(match.group(1)))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _draft_with(self, rule: SharingRule) -> Agreement:
        draft = self.draft()
        assert draft is not None
        rules = [rule if r.id == rule.id else r for r in draft.sharing_rules]
        if not any(r.id == rule.id for r in rules):
            rules.append(rule)
        draft.sharing_rules = rules
        return draft

    def _fill_presets(self, agreement: Agreement) -> None:
        fill_preset_menu(
            self.preset_menu,
            lambda: sharing_presets(agreement.language),
            agreement,
            self.add_preset,
        )

    # -- changes --------------------------------------------------------------------------

    def _changed(self, current: int | None) -> None:
        self._current_after_refresh = current
        self._refresh()
        self.live.schedule()

    def _refresh(self) -> None:
        if self.loaded is None:
            return
        current = self._current_after_refresh
        if current is None:
            current = self.table.current_rule()
        self._current_after_refresh = None
        self.table.show_rules(self.loaded, self.rules, self.live.findings, current)
        general = [
            f
            for f in self.live.findings
            if f.subject_id is None and (f.field.startswith(("sharing_rules", "dpia")))
        ]
        self.general.show_messages(check_messages(general))
        has_rules = bool(self.rules)
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has_rules)

    def add(self) -> None:
        self._open_editor(None)

    def add_preset(self, preset: SharingPreset) -> None:
        assert self.loaded is not None
        self.rules.append(preset.make_rule(self.loaded))
        self._changed(len(self.rules) - 1)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit(self) -> None:
        position = self.table.current_rule()
        if position is not None:
            self._open_editor(position)

    def _open_editor(self, position: int | None) -> None:
        assert self.loaded is not None
        rule = None if position is None else self.rules[position]
        context = self.draft()
        assert context is not None
        self.editor = SharingRuleDialog(context, rule, self._draft_with, self)
        self.editor.accepted.connect(lambda: self._edited(position))
        self.editor.finished.connect(lambda _: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        self.editor.open()

    def _edited(self, position: int | None) -> None:
        assert self.editor is not None
        rule = self.editor.rule()
        if rule is None:
            return
        if position is None:
            self.rules.append(rule)
            position = len(self.rules) - 1
        else:
            self.rules[position] = rule
        self._changed(position)

    def remove(self) -> None:
        position = self.table.current_rule()
        if position is None:
            return
        rule = self.rules[position]
        if not self._dialogs.confirm(
            self,
            self.tr("Remove sharing rule"),
            self.tr("Remove the sharing rule '{category}'?").format(category=rule.category),
        ):
            return
        del self.rules[position]
        self._changed(min(position, len(self.rules) - 1) if self.rules else None)

    def move_rule(self, step: int) -> None:
        position = self.table.current_rule()
        if position is None:
            return
        target = position + step
        if not 0 <= target < len(self.rules):
            return
        self.rules[position], self.rules[target] = self.rules[target], self.rules[position]
        self._changed(target)
