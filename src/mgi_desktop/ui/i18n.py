"""The window's language: our French catalogue plus Qt's own (standard buttons, dialogs).

The `.ts` source and the built `.qm` live in resources/i18n/; run
``uv run python resources/i18n/update.py`` after changing visible strings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mgi_desktop import paths

log = logging.getLogger(__name__)

#: language code -> its name in that language (what the settings list shows)
LANGUAGES = {"en": "English", "fr": "Français"}
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
    return language
