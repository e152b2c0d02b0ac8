"""Settings: the profile and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell.profile_dialog import ProfileForm


class SettingsDialog(QDialog):
    def __init__(self, db: Database, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.prefs = db, prefs
        self.setWindowTitle(self.tr("Settings"))
        profile_box = QGroupBox(self.tr("Your profile"), self)
        self.profile = ProfileForm(db, profile_box)
        QVBoxLayout(profile_box).addWidget(self.profile)
        language_box = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(language_box)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        current = prefs.language() or i18n.current()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form = QFormLayout(language_box)
        form.addRow(self.tr("&Window language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(profile_box)
        layout.addWidget(language_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.language_changed = False

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        try:
            self.profile.save(self.db)
        except MgiError as exc:
            show_error(self, exc)
            return
        language = self.chosen_language()
        self.language_changed = language != i18n.current()
        self.prefs.set_language(language)
        self.prefs.sync()
        super().accept()
