"""Tools > Clause library...: which clause library the program renders agreements with.

An organisation may keep its own edited copy of ``agreement_templates`` (one library, or one per
language in ``en/``, ``de/``). The folder chosen here is stored in the program's settings and
checked when chosen (off the GUI thread): a library that does not load is refused with its
message and the earlier choice stays. Every PDF the program makes (preview, print, Save PDF, the
readiness and review reports, the final PDF for signing) then uses it: the window hands
:attr:`ClauseLibraryChoice.renderer` (and its ``libraries``) to whatever renders; a language the
folder holds no library for keeps the built-in one. The ``COOPBUILDER_TEMPLATES`` environment
setting, when set, comes first. A chosen folder that has gone missing is reported once at
start, and the built-in library is used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.documents.rendering import Renderer
from coopbuilder.documents.templates import (
    TEMPLATES_ENV,
    ClauseLibraries,
    check_templates,
    templates_from_environment,
)
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.texts import error_text

FOLDER_KEY = "clause_library/folder"


def _check(folder: Path) -> None:
    from coopbuilder.core.catalogue import default_catalogue

    check_templates(folder, default_catalogue())


class ClauseLibraryChoice(QObject):
    """The clause library chosen in the settings."""

    changed = Signal()
    """Another library is in use, or a folder's check started or ended."""

    def __init__(
        self,
        settings: QSettings,
        background: Background,
        dialogs: Dialogs,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._background = background
        self._dialogs = dialogs
        self._window = window
        self.checking = False
        self._folder: Path | None = None
        self.libraries = ClauseLibraries()
        """The libraries in use: the chosen folder's, else the built-in ones."""
        self.renderer = Renderer(self.libraries)
        """Renders every PDF of the window with :attr:`libraries`."""

    def stored(self) -> Path | None:
        """The folder stored in the settings (``None``: the built-in library)."""
        value = self._settings.value(FOLDER_KEY)
        return Path(str(value)) if value else None

    def in_use(self) -> Path | None:
        """The folder the program renders with now (``None``: the built-in library)."""
        return self._folder

    def start(self) -> None:
        """Use the stored folder; if it has gone missing, say so once and use the built-in
        library (the setting stays, for when the folder is back)."""
        folder = self.stored()
        if folder is not None and not folder.is_dir():
            self._dialogs.inform(
                self._window,
                self.tr("Clause library"),
                self.tr(
                    "The clause library folder {folder} chosen in the settings is not there. "
                    "CoopBuilder uses its built-in clause library. Choose the folder again "
                    "under Tools > Clause library... once it is back."
                ).format(folder=folder),
            )
            folder = None
        self._use(folder)

    def _use(self, folder: Path | None) -> None:
        self._folder = folder
        self.libraries.chosen = folder
        self.changed.emit()

    def description(self) -> str:
        """Which library the program renders with, in one line."""
        environment = templates_from_environment()
        if environment is not None:
            return self.tr("Clause library: {folder} (set by {setting})").format(
                folder=environment, setting=TEMPLATES_ENV
            )
        if self._folder is None:
            return self.tr("Clause library: built-in")
        return self.tr("Clause library: {folder}").format(folder=self._folder)

    def choose_folder(self, parent: QWidget) -> None:
        """Ask for a folder, check its library off the GUI thread, then use and store it; a
        broken library is refused with its message and the earlier choice stays."""
        title = self.tr("Choose the folder of the clause library")
        folder = self._dialogs.choose_folder(parent, title)
        if folder is None:
            return
        self.checking = True
        self.changed.emit()

        def checked(_: object) -> None:
            self.checking = False
            self._settings.setValue(FOLDER_KEY, str(folder))
            self._use(folder)

        def refused(error: Exception) -> None:
            self.checking = False
            self._dialogs.error(
                parent,
                self.tr("The clause library was not changed"),
                self.tr("{problem} The clause library in use stays as it was.").format(
                    problem=error_text(error)
                ),
            )
            self.changed.emit()

        self._background.run(lambda: _check(folder), checked, refused, self)

    def use_builtin(self) -> None:
        self._settings.remove(FOLDER_KEY)
        self._use(None)


class ClauseLibraryDialog(QDialog):
    """Shows which clause library is in use, and lets the person choose a folder or go back to
    the built-in library."""

    def __init__(self, choice: ClauseLibraryChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = choice
        self.setWindowTitle(self.tr("Clause library"))
        explanation = QLabel(
            self.tr(
                "The agreement's wording comes from a clause library. CoopBuilder has one "
                "built in; your organisation may keep its own edited copy of it in a folder "
                "(one library, or one per language in the folders en and de). Every PDF the "
                "program makes uses the library chosen here; a language the folder has no "
                "library for uses the built-in one."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.current = QLabel(self)
        self.current.setAccessibleName(self.tr("The library in use"))
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.environment = QLabel(
            self.tr(
                "The environment setting {setting} is set: it comes before the choice made "
                "here until it is removed."
            ).format(setting=TEMPLATES_ENV),
            self,
        )
        self.environment.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a folder..."), self)
        self.builtin_button = QPushButton(self.tr("Use the &built-in library"), self)
        self.choose_button.clicked.connect(lambda: choice.choose_folder(self))
        self.builtin_button.clicked.connect(choice.use_builtin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.current)
        layout.addWidget(self.environment)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.builtin_button)
        layout.addStretch(1)
        layout.addWidget(buttons)
        choice.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _update(self) -> None:
        self.current.setText(self._choice.description())
        self.environment.setVisible(templates_from_environment() is not None)
        self.choose_button.setEnabled(not self._choice.checking)
        self.builtin_button.setEnabled(
            not self._choice.checking and self._choice.in_use() is not None
        )
