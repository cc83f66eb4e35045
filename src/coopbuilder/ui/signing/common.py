"""What the signing dialogs share: an outcome banner (icon, symbol and sentence, never colour
alone), the base of the dialogs on one version, the busy indicator and buttons row, reading a
file the person chose, and the sentence for a failure (:func:`show_failure`: a fault of the
program goes to the one dialog for the unexpected, with its details to copy)."""

from __future__ import annotations

import dataclasses
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.checks import Severity
from coopbuilder.core.errors import UserError
from coopbuilder.core.files import read_user_file
from coopbuilder.core.scoring import Band
from coopbuilder.documents.final import NotReadyToSignError
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background, BusyIndicator
from coopbuilder.ui.dialogs import problem_text
from coopbuilder.ui.signing.dialogs import SigningDialogs
from coopbuilder.ui.texts import error_text, ui_language
from coopbuilder.ui.widgets.marks import Mark, band_mark, severity_mark, style_for
from coopbuilder.workflows.signing import Rendering, SigningState

MAX_FILE_BYTES = 200 * 1024 * 1024
"""The largest PDF, scan or certificate file the dialogs read."""


class Outcome(Enum):
    GOOD = "good"
    WARNING = "warning"
    PROBLEM = "problem"


_ICONS = {
    Outcome.GOOD: QStyle.StandardPixmap.SP_DialogApplyButton,
    Outcome.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Outcome.PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def outcome_mark(outcome: Outcome) -> Mark:
    """The colours and symbol of an outcome, the same as the bands' and the checks'."""
    if outcome is Outcome.GOOD:
        return dataclasses.replace(band_mark(Band.STRENGTH), text="")
    severity = Severity.WARNING if outcome is Outcome.WARNING else Severity.ERROR
    return dataclasses.replace(severity_mark(severity), text="")


class OutcomeBanner(QFrame):
    """A sentence with an icon and a symbol in the outcome's colours; hidden until set."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.outcome: Outcome | None = None
        self._icon = QLabel(self)
        self._headline = QLabel(self)
        self._headline.setWordWrap(True)
        self._headline.setTextFormat(Qt.TextFormat.PlainText)
        self._headline.setObjectName("headline")
        self._headline.hide()
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self._headline)
        texts.addWidget(self._text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.hide()

    def text(self) -> str:
        headline = self._headline.text() if self._headline.isVisibleTo(self) else ""
        return f"{headline}\n{self._text.text()}" if headline else self._text.text()

    def show_outcome(self, outcome: Outcome, text: str, headline: str = "") -> None:
        """Show ``text``, under a large bold ``headline`` if one is given."""
        mark = outcome_mark(outcome)
        self.outcome = outcome
        size = self.fontMetrics().height() * 2
        self._icon.setPixmap(self.style().standardIcon(_ICONS[outcome]).pixmap(size, size))
        self._headline.setText(f"{mark.symbol} {headline}")
        self._headline.setVisible(bool(headline))
        self._text.setText(text if headline else f"{mark.symbol} {text}")
        self.setAccessibleDescription(f"{headline}\n{text}" if headline else text)
        self.setObjectName("outcome")
        points = self.font().pointSizeF() * 1.4
        self.setStyleSheet(
            f"#outcome {{ {style_for(mark)} }} QLabel {{ color: {mark.foreground.name()}; }}"
            f" #headline {{ font-weight: bold; font-size: {points:.1f}pt; }}"
        )
        self.show()

    def clear(self) -> None:
        self.outcome = None
        self._text.clear()
        self.hide()


class VersionDialog(QDialog):
    """A dialog on one version of an agreement stored in a workspace, doing its work off the GUI
    thread with ``background`` and asking its questions through ``dialogs``. ``catalogue`` and
    ``library`` (one, the program's libraries by language, or the program's renderer, whose
    render process then makes the final PDF) are the ones the version's PDF is rendered with
    (default: the shipped ones).

    A subclass builds itself and starts loading in :meth:`_setup`. ``recorded`` is emitted with
    each :class:`~coopbuilder.workflows.signing.RecordedSignatures` it stores."""

    recorded = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        agreement_id: str,
        number: int,
        *,
        background: Background,
        dialogs: SigningDialogs,
        catalogue: Catalogue | None = None,
        library: Rendering | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._agreement_id = agreement_id
        self._number = number
        self._background = background
        self._dialogs = dialogs
        self._catalogue = catalogue
        self._library = library
        self.state: SigningState | None = None
        """Where the signing of the version stands, once loaded."""
        self._setup()

    def _setup(self) -> None:
        raise NotImplementedError

    def _target(
        self,
    ) -> tuple[Workspace, str, int, Catalogue | None, Rendering | None]:
        """What work on the version needs, read on the GUI thread: work on a worker thread
        uses these and never touches the dialog, not even to read one of its attributes."""
        return self._workspace, self._agreement_id, self._number, self._catalogue, self._library


def footer(background: Background, buttons: QDialogButtonBox, parent: QWidget) -> QHBoxLayout:
    """The bottom row of a signing dialog: the busy indicator, then the buttons."""
    row = QHBoxLayout()
    row.addWidget(BusyIndicator(background, parent))
    row.addWidget(buttons, 1)
    return row


def read_file(path: Path, what: str) -> bytes:
    """The bytes of a file the person chose (off the GUI thread); a UserError names the file."""
    return read_user_file(path, what, max_bytes=MAX_FILE_BYTES)


def failure_text(error: Exception) -> str:
    """What to tell the person about a failure: a UserError's own sentence, else the one
    sentence for a fault (whose details are in the log)."""
    if isinstance(error, NotReadyToSignError):
        lines = "\n".join(f"• {line}" for line in error.lines(ui_language()))
        return f"{error_text(error)}\n{lines}"
    return problem_text(error)


def show_failure(
    dialogs: SigningDialogs, parent: QWidget | None, title: str, error: Exception
) -> None:
    """Tell the person that a step failed: a UserError in its own words (an agreement not
    ready to sign with the checks' findings), a fault of the program in the one dialog for
    the unexpected (its traceback is in the log, its details can be copied)."""
    if isinstance(error, UserError):
        dialogs.error(parent, title, failure_text(error))
    else:
        dialogs.unexpected(parent, title, error)


def show_fault(
    dialogs: SigningDialogs, parent: QWidget | None, title: str, error: Exception
) -> None:
    """A fault of the program shown in a banner is also shown in the one dialog for the
    unexpected (a UserError is said by the banner alone)."""
    if not isinstance(error, UserError):
        dialogs.unexpected(parent, title, error)
