"""Sending an assessment as a ``.mgi`` package.

`SendDialog` / `send_package(parent, db, assessment_id)` ask for the file and
an optional password (typed twice) and write it with
`exchange.send.export_package`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.exchange import send
from mgi_desktop.exchange.crypto import MIN_PASSWORD_CHARS
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.workers import busy


class SendDialog(QDialog):
    """The file to write and an optional password (typed twice); Send writes the package."""

    def __init__(self, db: Database, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self.sent: send.SentPackage | None = None
        assessment = assessments.get(db, assessment_id)
        self.setWindowTitle(self.tr("Send — {title}").replace("{title}", assessment.title))
        intro = QLabel(self.tr("The package holds this assessment with its evidence files, comments, decisions "
                               "and history. Send it by e-mail or on a USB stick; the other side receives it "
                               "with File ▸ Import or receive."), self)
        intro.setWordWrap(True)
        self.file = QLineEdit(str(Path.home() / send.default_file_name(db, assessment_id)), self)
        self.file.setObjectName("file")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        browse.setAutoDefault(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional; at least {n} characters").replace(
            "{n}", str(MIN_PASSWORD_CHARS)))
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr("Tell the password to the recipient another way (by phone), never in the same "
                              "e-mail as the file."), self)
        hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send")
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.file, self.password, self.repeat):
            widget.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(620, 300)
        self._update()

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Send assessment"), self.file.text(),
                                                self.tr("MGI packages (*.mgi)"))
        if chosen:
            self.file.setText(chosen)

    def _problem(self) -> str:
        if not self.file.text().strip():
            return self.tr("Choose the file to write.")
        password = self.password.text()
        if password and len(password) < MIN_PASSWORD_CHARS:
            return self.tr("The password is too short: use at least {n} characters.").replace(
                "{n}", str(MIN_PASSWORD_CHARS))
        if password != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.problem.setText(problem if self.password.text() or self.repeat.text() or not self.file.text() else "")
        self.send_button.setEnabled(not problem)

    def write(self) -> None:
        if self._problem():
            return
        try:
            with busy():
                self.sent = send.export_package(self.db, self.assessment_id, Path(self.file.text().strip()),
                                                password=self.password.text() or None)
        except MgiError as exc:
            show_error(self, exc)
            return
        self.accept()


def send_package(parent: QWidget | None, db: Database, assessment_id: str) -> send.SentPackage | None:
    """Ask for the file and password and write the package; what was sent, or None if cancelled."""
    dialog = SendDialog(db, assessment_id, parent)
    return dialog.sent if dialog.exec() == QDialog.DialogCode.Accepted else None
