"""The question asked before an exchange file is written: protect it with a passphrase (typed
twice, with a meter of how hard it is to guess, or one made up on request), or not at all.

The estimate (:mod:`coopbuilder.core.passphrases`) runs off the GUI thread; only the answer to
the latest text is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.passphrases import Estimate, Strength, estimate, made_up_passphrase
from coopbuilder.ui.background import Background


class PassphraseDialog(QDialog):
    """Protect a file with a passphrase strong enough, or write it unprotected on purpose.
    ``known`` are the words an attacker knows (the agreement's title, the partners' names)."""

    def __init__(
        self,
        title: str,
        known: Sequence[str],
        *,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._known = tuple(known)
        self._background = background
        self._asked = 0
        self.estimate: Estimate | None = None
        self.setWindowTitle(title)
        intro = QLabel(
            self.tr(
                "The file names the staff with their phones and e-mails. Protect it with a "
                "passphrase, and tell the partner the passphrase another way (by phone), never in "
                "the same e-mail as the file."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.protect = QCheckBox(self.tr("&Protect the file with a passphrase"), self)
        self.protect.setChecked(True)
        self.protect.setAccessibleDescription(
            self.tr("Clear it only to write a file anyone who gets it can read.")
        )
        self.first = self._secret(
            self.tr("Passphrase"),
            self.tr("At least five or six words that do not belong together."),
        )
        self.second = self._secret(
            self.tr("The passphrase once more"), self.tr("Type it again, to be sure of it.")
        )
        self.shown = QCheckBox(self.tr("&Show the passphrase"), self)
        self.shown.setAccessibleDescription(
            self.tr("Shows what was typed, to read it out to the partner.")
        )
        self.meter = QProgressBar(self)
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("How hard the passphrase is to guess"))
        self.meter.setAccessibleDescription(
            self.tr("Full when the passphrase is strong enough to protect the file.")
        )
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.make_up = QPushButton(self.tr("&Make one up"), self)
        self.make_up.setAccessibleDescription(
            self.tr("Fills in six random words; write them down before you go on.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passp&hrase:"), self.first)
        form.addRow(self.tr("&Once more:"), self.second)
        form.addRow("", self.shown)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.verdict)
        form.addRow("", self.make_up)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for field in (self.first, self.second):
            field.textChanged.connect(self._changed)
        self.protect.toggled.connect(self._changed)
        self.shown.toggled.connect(self._show_text)
        self.make_up.clicked.connect(self._make_up)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())
        self._changed()

    def _secret(self, name: str, description: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.setAccessibleDescription(description)
        return field

    def passphrase(self) -> str:
        """The passphrase to protect the file with; empty: write it unprotected."""
        return self.first.text() if self.protect.isChecked() else ""

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.first, self.second):
            field.setEchoMode(mode)

    def _make_up(self) -> None:
        made = made_up_passphrase()
        self.protect.setChecked(True)
        self.shown.setChecked(True)  # to be written down and read out
        self.first.setText(made)
        self.second.setText(made)

    def _changed(self) -> None:
        """Judge the passphrase again (off the GUI thread) and say what is missing."""
        protect = self.protect.isChecked()
        for widget in (self.first, self.second, self.shown, self.make_up, self.meter):
            widget.setEnabled(protect)
        self.ok_button().setEnabled(not protect)
        if not protect:
            self.verdict.setText(
                self.tr("The file will NOT be protected: anyone who gets it can read it.")
            )
            return
        self._asked += 1
        asked, text, known = self._asked, self.first.text(), self._known
        self._background.run(
            lambda: estimate(text, known),
            lambda judged: self._judged(asked, judged),
            lambda _: None,
            self,
        )

    def _judged(self, asked: int, judged: Estimate) -> None:
        if asked != self._asked:
            return  # the text changed since: its own answer follows
        self.estimate = judged
        # full only when strong enough; below that, at most half, however close zxcvbn's score
        self.meter.setValue(
            self.meter.maximum() if judged.enough else min(int(judged.strength), Strength.FAIR)
        )
        matching = self.first.text() == self.second.text()
        if not self.first.text():
            message = self.tr("Type a passphrase, or let CoopBuilder make one up.")
        elif not judged.enough:
            message = self.tr(
                "Too easy to guess: a protected file can be attacked offline for as long as "
                "anyone likes. Make it longer."
            )
        elif not matching:
            message = self.tr("Strong enough, but the two entries differ.")
        else:
            message = self.tr("Strong enough.")
        self.verdict.setText(message)
        self.ok_button().setEnabled(judged.enough and matching)
