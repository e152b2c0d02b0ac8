"""Who is using this database: name, institution, role (asked on first run, edited in Settings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui.errors import show_error

ROLES = ("focal_point", "reviewer")


class ProfileForm(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = db.user()
        self.name = QLineEdit(profile.name if profile else "", self)
        self.name.setPlaceholderText(self.tr("e.g. Amina Diallo"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.institution = QLineEdit(profile.institution if profile else "", self)
        self.institution.setPlaceholderText(self.tr("e.g. Ministry of Labour"))
        self.institution.setAccessibleName(self.tr("Institution"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for code in ROLES:
            self.role.addItem(labels.role(code), code)
        if profile is not None and profile.role in ROLES:
            self.role.setCurrentIndex(ROLES.index(profile.role))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("&Role:"), self.role)

    def role_code(self) -> str:
        return str(self.role.currentData())

    def save(self, db: Database) -> None:
        db.set_user(self.name.text(), self.institution.text(), self.role_code())


class ProfileDialog(QDialog):
    """First run: the profile is needed before anything is recorded in the person's name."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Welcome to MGI Desktop"))
        intro = QLabel(self.tr(
            "Before you start, tell us who you are. Your name and institution are recorded with every "
            "answer you give and every comment you write. You can change them later in Settings."), self)
        intro.setWordWrap(True)
        self.form = ProfileForm(db, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.name.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.form.name.text().strip()))

    def accept(self) -> None:
        try:
            self.form.save(self.db)
        except MgiError as exc:
            show_error(self, exc)
            return
        super().accept()
