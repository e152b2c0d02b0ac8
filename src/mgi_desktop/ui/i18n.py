"""The window's language: our catalogues (French, Spanish, Russian, Arabic) plus Qt's own (standard
buttons, dialogs), and the layout direction that goes with it (Arabic is right to left).

The `.ts` source and the built `.qm` live in resources/i18n/; run
``uv run python resources/i18n/update.py`` after changing visible strings.
"""

from __future__ import annotations

import logging
import unicodedata

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from mgi_desktop import paths

log = logging.getLogger(__name__)

#: language code -> its name in that language (what the settings list shows)
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "ar": "العربية"}
#: the languages written from right to left: the whole window is mirrored for them
RIGHT_TO_LEFT = frozenset({"ar"})
DOMAIN = "mgi_desktop"

_installed: list[QTranslator] = []
_language = "en"


def qm_file(language: str) -> str:
    return str(paths.resources_dir() / "i18n" / f"{DOMAIN}_{language}.qm")


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def current() -> str:
    """The language the window shows now."""
    return _language


def install(language: str | None) -> str:
    """Switch the application's translators to `language` (None: the system's); returns the one used."""
    global _language
    _language = "en"
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else system_language()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    _set_direction(app, "en")
    if language == "en" or app is None:
        return "en"
    ours = QTranslator(app)
    if ours.load(qm_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file %s; showing English", qm_file(language))
        QLocale.setDefault(QLocale("en"))
        return "en"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _language = language
    _set_direction(app, language)
    return language


def mnemonic_letter(text: str) -> str | None:
    """The letter after the single & of a menu or button text ("&Édition": "É"), or None."""
    at = text.replace("&&", "\0\0").find("&")
    return text[at + 1].upper() if 0 <= at < len(text) - 1 else None


def plain_letter(letter: str) -> str | None:
    """The unaccented letter a keyboard sends with Alt for an accented mnemonic (É: E), or None when
    the letter is already what keyboards send (Latin without accent, Cyrillic, Arabic...)."""
    base = unicodedata.normalize("NFD", letter)[0].upper()
    return base if base != letter.upper() and base.isascii() and base.isalpha() else None


def direction(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight


def _set_direction(app: QCoreApplication | None, language: str) -> None:
    # Qt mirrors every layout, scroll bar and arrow of a right-to-left application; widgets made
    # before the change follow it too (a QEvent.LayoutDirectionChange reaches each)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(direction(language))
