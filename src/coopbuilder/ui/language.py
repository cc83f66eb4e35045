"""The language of the desktop program: which translation is loaded, and the setting that
chooses it.

The program speaks the language of the system (``QLocale.system()``) unless the person chose
another one in View > Language; the choice is kept in QSettings and takes effect at the next
start. Loading a language installs the program's translation
(``resources/translations/coopbuilder_<lang>.qm``), Qt's own translation of its standard dialogs
and buttons (``qtbase_<lang>.qm``, shipped with PySide6) and makes that language's locale the
default, so that dates and numbers follow it ("27.11.2026", "3,75").

The language of an agreement is its own (``Agreement.language``, chosen on the Partnership
page): a German agreement can be edited under an English program and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language

LANGUAGE_KEY = "view/language"
"""The setting: a language code, or "system" (the default) to follow the system."""
SYSTEM = "system"

TRANSLATIONS_FOLDER = ("translations",)
"""Under resources/: the program's translations, ``coopbuilder_<lang>.ts`` and ``.qm``."""

NATIVE_NAMES = {Language.EN: "English", Language.DE: "Deutsch"}
"""Each language in its own words, as a language menu shows it (never translated)."""

_QT_LANGUAGES = {Language.EN: QLocale.Language.English, Language.DE: QLocale.Language.German}
_COUNTRIES = {Language.EN: QLocale.Country.UnitedKingdom, Language.DE: QLocale.Country.Germany}


def translation_file(language: Language) -> Path:
    """The compiled translation of the program into ``language``."""
    return resource_path(*TRANSLATIONS_FOLDER, f"coopbuilder_{language.value}.qm")


def system_language() -> Language:
    """The system's language if the program speaks it, else English."""
    system = QLocale.system().language()
    return next((lang for lang, qt in _QT_LANGUAGES.items() if qt == system), Language.EN)


def chosen_language(settings: QSettings) -> Language | None:
    """The language chosen in the settings, or ``None`` to follow the system."""
    try:
        return Language(str(settings.value(LANGUAGE_KEY, SYSTEM)))
    except ValueError:
        return None


def startup_language(settings: QSettings) -> Language:
    return chosen_language(settings) or system_language()


def locale_for(language: Language) -> QLocale:
    """The locale for dates and numbers: the system's when it is of this language (de_AT stays
    de_AT), else the language's usual one (de_DE, en_GB)."""
    system = QLocale.system()
    if system.language() == _QT_LANGUAGES[language]:
        return system
    return QLocale(_QT_LANGUAGES[language], _COUNTRIES[language])


@dataclass
class LoadedLanguage:
    """A language installed in the application; :meth:`unload` takes it back (tests)."""

    language: Language
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)

    def unload(self, app: QCoreApplication) -> None:
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)


def load_language(app: QCoreApplication, language: Language) -> LoadedLanguage:
    """Install ``language``: the program's translation, Qt's own, and the locale.

    English is the language of the source texts and needs no translation. A translation file
    that is missing leaves those texts in English (the program still works)."""
    loaded = LoadedLanguage(language, previous_locale=QLocale())
    if language is not Language.EN:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (
            translation_file(language),
            Path(qt_folder) / f"qtbase_{language.value}.qm",
        ):
            translator = QTranslator(app)
            if path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                loaded.translators.append(translator)
    QLocale.setDefault(locale_for(language))
    return loaded


class LanguageChoice(QObject):
    """The View > Language menu: the system's language, English or Deutsch, kept in the
    settings for the next start."""

    chosen = Signal(str)
    """A sentence for the status bar: what happens at the next start."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def current_choice(self) -> Language | None:
        return chosen_language(self._settings)

    def choose(self, language: Language | None) -> None:
        """Remember ``language`` (``None``: follow the system) for the next start."""
        self._settings.setValue(LANGUAGE_KEY, SYSTEM if language is None else language.value)
        name = NATIVE_NAMES[language or system_language()]
        self.chosen.emit(
            self.tr("CoopBuilder will speak {language} from its next start.").format(language=name)
        )

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Language"), parent)
        menu.setToolTip(self.tr("The language of the program; it changes at the next start."))
        group = QActionGroup(menu)
        entries: list[tuple[Language | None, str]] = [
            (
                None,
                self.tr("System language ({language})").format(
                    language=NATIVE_NAMES[system_language()]
                ),
            ),
            *((language, NATIVE_NAMES[language]) for language in Language),
        ]
        current = self.current_choice()
        for value, text in entries:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: self.choose(v))
            group.addAction(action)
            menu.addAction(action)
        return menu
