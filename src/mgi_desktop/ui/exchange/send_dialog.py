"""Sending an assessment as a ``.mgi`` package.

`SendDialog` / `send_package(parent, db, assessment_id)` ask for the file and
how to protect it, and write it with `exchange.send.export_package`:

- encrypted to the recipients' keys (the assessment's other parties, ticked,
  and any other key the user trusts): no secret travels, and only those
  keys open it; the default whenever a key is known;
- or with a password (typed twice), for the first contact before keys were
  swapped;
- or not protected.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.exchange import send
from mgi_desktop.exchange.crypto import MIN_PASSWORD_CHARS
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.workers import busy

KEYS, PASSWORD, NONE = 0, 1, 2


class SendDialog(QDialog):
    """The file to write and how to protect it (keys, a password typed twice, or nothing); Send writes it."""

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
        self.browse_button = browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        browse.setAutoDefault(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        # How it is protected: one choice of three, the keys first.
        self.mode = QButtonGroup(self)
        self.by_keys = QRadioButton(self.tr("Encrypt to the recipients' &keys (recommended)"), self)
        self.by_keys.setObjectName("by_keys")
        self.by_password = QRadioButton(self.tr("Protect with a pass&word (first contact, before keys are "
                                                "swapped)"), self)
        self.by_password.setObjectName("by_password")
        self.unprotected = QRadioButton(self.tr("&Not protected"), self)
        self.unprotected.setObjectName("unprotected")
        for number, button in ((KEYS, self.by_keys), (PASSWORD, self.by_password), (NONE, self.unprotected)):
            self.mode.addButton(button, number)
        self.recipients = QListWidget(self)
        self.recipients.setObjectName("recipients")
        self.recipients.setAccessibleName(self.tr("Recipients' keys"))
        self.candidates = send.candidates(db, assessment_id)
        for candidate in self.candidates:
            key = candidate.key
            who = key.name + (f" ({key.institution})" if key.institution else "")
            text = self.tr("{who}, {role} — key {fingerprint}").replace("{who}", who or "?").replace(
                "{role}", labels.role(key.role.value).lower()).replace("{fingerprint}", key.short)
            if candidate.party:
                text += " — " + self.tr("of this assessment")
            item = QListWidgetItem(text, self.recipients)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if candidate.party else Qt.CheckState.Unchecked)
            item.setToolTip(key.fingerprint)
        # Long names and French labels wrap rather than scroll sideways.
        self.recipients.setWordWrap(True)
        self.recipients.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.recipients.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recipients.setMaximumHeight(self.fontMetrics().height() * 6)
        self.keys_hint = QLabel(self.tr("Only the keys ticked (and yours) can open the package: no password "
                                        "travels.") if self.candidates else
                                self.tr("No key of the other side is known yet. Import their key file "
                                        "(Edit ▸ Keys), or protect this first package with a password."), self)
        self.keys_hint.setObjectName("keys_hint")
        self.keys_hint.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least {n} characters").replace(
            "{n}", str(MIN_PASSWORD_CHARS)))
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr("Tell the password to the recipient another way (by phone), never in the same "
                              "e-mail as the file."), self)
        hint.setWordWrap(True)
        self.password_hint = hint
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        password_form = QFormLayout()
        password_form.addRow(self.tr("&Password:"), self.password)
        password_form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send")
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.file, self.password, self.repeat):
            widget.textChanged.connect(self._update)
        self.mode.idToggled.connect(lambda *_: self._update())
        self.recipients.itemChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.by_keys)
        layout.addWidget(self.recipients)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.by_password)
        layout.addLayout(password_form)
        layout.addWidget(hint)
        layout.addWidget(self.unprotected)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        # Tab goes down the form (the file, how it is protected, the password twice); Browse, which
        # opens another dialog, comes after, not between the file and the password
        chain = (self.file, self.by_keys, self.recipients, self.by_password, self.password, self.repeat,
                 self.unprotected, self.browse_button, self.send_button,
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        (self.by_keys if any(c.party for c in self.candidates) else self.unprotected).setChecked(True)
        self._update()

    def chosen_keys(self) -> list[str]:
        """The fingerprints ticked in the list of recipients."""
        return [c.key.fingerprint for row, c in enumerate(self.candidates)
                if self.recipients.item(row).checkState() == Qt.CheckState.Checked]

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Send assessment"), self.file.text(),
                                                self.tr("MGI packages (*.mgi)"))
        if chosen:
            self.file.setText(chosen)

    def _problem(self) -> str:
        if not self.file.text().strip():
            return self.tr("Choose the file to write.")
        mode = self.mode.checkedId()
        if mode == KEYS:
            return "" if self.chosen_keys() else self.tr("Tick at least one recipient's key.")
        if mode != PASSWORD:
            return ""
        password = self.password.text()
        if password and len(password) < MIN_PASSWORD_CHARS:
            return self.tr("The password is too short: use at least {n} characters.").replace(
                "{n}", str(MIN_PASSWORD_CHARS))
        if password != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def _update(self) -> None:
        mode = self.mode.checkedId()
        self.recipients.setEnabled(mode == KEYS)
        self.by_keys.setEnabled(bool(self.candidates))
        for widget in (self.password, self.repeat, self.password_hint):
            widget.setEnabled(mode == PASSWORD)
        problem = self._problem()
        typed = self.password.text() or self.repeat.text() or mode != PASSWORD
        self.problem.setText(problem if typed or not self.file.text() else "")
        self.send_button.setEnabled(not problem)

    def write(self) -> None:
        if self._problem():
            return
        mode = self.mode.checkedId()
        try:
            with busy():
                recipients = (send.recipient_keys(self.db, self.assessment_id, self.chosen_keys())
                              if mode == KEYS else [])
                self.sent = send.export_package(self.db, self.assessment_id, Path(self.file.text().strip()),
                                                password=self.password.text() if mode == PASSWORD else None,
                                                recipients=recipients)
        except MgiError as exc:
            show_error(self, exc)
            return
        self.accept()


def send_package(parent: QWidget | None, db: Database, assessment_id: str) -> send.SentPackage | None:
    """Ask for the file and password and write the package; what was sent, or None if cancelled."""
    dialog = SendDialog(db, assessment_id, parent)
    return dialog.sent if dialog.exec() == QDialog.DialogCode.Accepted else None
