"""Edit ▸ Keys: the user's own key and the keys they know, as `services.keys` holds them.

The fingerprint is what two people compare on the phone, so it is shown
large, in the five groups of four they read out.  Trusting a key takes a
confirmation that the fingerprint was compared with its holder (never a
click on a row alone); replacing one's own key says what happens to the old
one before it is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.identity.keys import short
from mgi_desktop.services import keys, parties
from mgi_desktop.services.keys import KeyInfo
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.workers import busy

KEY_FILES = "*.mgikey *.mgikeys"


def _fingerprint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _who(key: KeyInfo) -> str:
    name = key.name or "?"
    return f"{name} ({key.institution})" if key.institution else name


class TrustDialog(QDialog):
    """Trust one key: its holder, its fingerprint in large type, and the box saying it was compared."""

    def __init__(self, key: KeyInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust the key of {who}").replace("{who}", key.name or key.short))
        who = QLabel(self.tr("{who}, {role}").replace("{who}", _who(key))
                     .replace("{role}", labels.role(key.role.value).lower()), self)
        how = QLabel(self.tr("Phone {name} (on a number you know, not one from the same e-mail) and ask them to "
                             "read out the fingerprint of their key (Edit ▸ Keys in their MGI Desktop). "
                             "Trust the key only if it is the same as this one:").replace("{name}", key.name or "?"),
                     self)
        how.setWordWrap(True)
        self.fingerprint = _fingerprint_label(key.short, self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.full = QLabel(self.tr("Full fingerprint: {fingerprint}").replace("{fingerprint}", key.fingerprint), self)
        self.full.setWordWrap(True)
        self.full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compared = QCheckBox(self.tr("I compared it with {name}: it is the same").replace(
            "{name}", key.name or "?"), self)
        self.compared.setObjectName("compared")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.trust_button = buttons.addButton(self.tr("&Trust this key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setObjectName("trust")
        self.trust_button.setEnabled(False)
        self.compared.toggled.connect(self.trust_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (who, how, self.fingerprint, self.full, self.compared):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        if self.compared.isChecked():
            super().accept()


class KeysDialog(QDialog):
    """`KeysDialog(db, assessment_id=None)`: the assessment, when one is open, is where a known key can
    be added as a colleague answering with the user."""

    def __init__(self, db: Database, assessment_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self.setWindowTitle(self.tr("Keys"))
        self.known: list[KeyInfo] = []

        own_box = QGroupBox(self.tr("Your key"), self)
        self.own_who = QLabel(own_box)
        self.own_who.setObjectName("own_who")
        self.own_who.setWordWrap(True)
        self.own_fingerprint = _fingerprint_label("", own_box)
        self.own_fingerprint.setObjectName("own_fingerprint")
        own_hint = QLabel(self.tr("This is what you read out when someone checks your key on the phone. Your "
                                  "packages are signed with it; packages encrypted to it open only here."), own_box)
        own_hint.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export my key…"), own_box)
        self.export_button.setObjectName("export_own")
        self.export_button.setToolTip(self.tr("Write your public key to a .mgikey file, to send to the people "
                                              "you exchange packages with"))
        self.export_button.clicked.connect(self.export_own)
        self.replace_button = QPushButton(self.tr("&Replace my key…"), own_box)
        self.replace_button.setObjectName("replace_own")
        self.replace_button.clicked.connect(self.replace_own)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.export_button)
        own_buttons.addWidget(self.replace_button)
        own_buttons.addStretch(1)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_who)
        own_layout.addWidget(self.own_fingerprint)
        own_layout.addWidget(own_hint)
        own_layout.addLayout(own_buttons)

        known_box = QGroupBox(self.tr("Keys you know"), self)
        self.table = QTableWidget(0, 4, known_box)
        self.table.setObjectName("known")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role"), self.tr("Fingerprint"),
                                              self.tr("Trust")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda *_: self.trust_selected())
        self.import_button = QPushButton(self.tr("&Import key file…"), known_box)
        self.import_button.setObjectName("import")
        self.import_button.setToolTip(self.tr("Add the keys of a .mgikey file, or of a .mgikeys list signed by "
                                              "someone you trust"))
        self.import_button.clicked.connect(self.import_file)
        self.trust_button = QPushButton(self.tr("&Trust…"), known_box)
        self.trust_button.setObjectName("trust")
        self.trust_button.clicked.connect(self.trust_selected)
        self.colleague_button = QPushButton(self.tr("Let this key &answer with me"), known_box)
        self.colleague_button.setObjectName("colleague")
        self.colleague_button.setToolTip(self.tr("A colleague's key may then change the answers of the open "
                                                 "assessment, as yours may"))
        self.colleague_button.clicked.connect(self.add_colleague)
        self.colleague_button.setVisible(assessment_id is not None)
        self.list_button = QPushButton(self.tr("Export a key &list…"), known_box)
        self.list_button.setObjectName("export_list")
        self.list_button.setToolTip(self.tr("Sign a .mgikeys list of the reviewer keys you trust, for the focal "
                                            "points to import (IOM)"))
        self.list_button.clicked.connect(self.export_list)
        known_buttons = QHBoxLayout()
        for button in (self.import_button, self.trust_button, self.colleague_button):
            known_buttons.addWidget(button)
        known_buttons.addStretch(1)
        known_buttons.addWidget(self.list_button)
        self.message = QLabel(known_box)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        known_layout = QVBoxLayout(known_box)
        known_layout.addWidget(self.table, 1)
        known_layout.addLayout(known_buttons)
        known_layout.addWidget(self.message)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(known_box, 1)
        layout.addWidget(close)
        self.resize(820, 560)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            everything = keys.all_keys(self.db)
        except MgiError as exc:
            show_error(self, exc)
            everything = []
        mine = self.db.own_key.fingerprint
        own = next((k for k in everything if k.fingerprint == mine), None)
        if own is not None:
            self.own_who.setText(self.tr("{who}, {role}").replace("{who}", _who(own))
                                 .replace("{role}", labels.role(own.role.value).lower()))
        self.own_fingerprint.setText(short(mine))
        self.own_fingerprint.setToolTip(mine)
        self.known = [k for k in everything if k.fingerprint != mine]
        self.table.setRowCount(len(self.known))
        for row, key in enumerate(self.known):
            trust = labels.key_trust(key.trust.value)
            if key.replaced_by:
                trust = self.tr("{trust}, replaced by a newer key").replace("{trust}", trust)
            cells = [_who(key), labels.role(key.role.value), key.short, trust]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(key.fingerprint if column == 2 else text)
                if column == 3 and not key.trusted:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._update()

    def selected(self) -> KeyInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.known[rows.pop()] if len(rows) == 1 else None

    def select(self, fingerprint: str) -> None:
        for row, key in enumerate(self.known):
            if key.fingerprint == fingerprint:
                self.table.selectRow(row)

    def _update(self) -> None:
        key = self.selected()
        self.trust_button.setEnabled(key is not None and not key.trusted)
        self.colleague_button.setEnabled(key is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- acting -------------------------------------------------------------------------------

    def export_own(self) -> None:
        profile = self.db.user()
        name = (profile.name if profile and profile.name else "my-key").replace(" ", "-").lower()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export my key"), str(Path.home() / f"{name}.mgikey"),
                                                self.tr("MGI key files (*.mgikey)"))
        if not chosen:
            return
        target = Path(chosen) if chosen.endswith(".mgikey") else Path(chosen + ".mgikey")
        try:
            with busy():
                keys.export_own(self.db, target)
        except MgiError as exc:
            show_error(self, exc)
            return
        self._say(self.tr("Your key was written to {file}. Send it to the other side; they will phone you "
                          "to compare its fingerprint.").replace("{file}", str(target)))

    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import key file"), str(Path.home()),
                                                self.tr("MGI key files ({patterns});;All files (*)")
                                                .replace("{patterns}", KEY_FILES))
        if chosen:
            self.import_path(Path(chosen))

    def import_path(self, path: Path) -> bool:
        try:
            with busy():
                imported = keys.import_file(self.db, path)
        except MgiError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        if imported.keys:
            self.select(imported.keys[-1].fingerprint)
        self._say("\n".join(ui_messages.text(m, with_subject=False) for m in imported.messages))
        return True

    def trust_selected(self) -> None:
        key = self.selected()
        if key is None or key.trusted:
            return
        if TrustDialog(key, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            trusted = keys.trust(self.db, key.fingerprint)
        except MgiError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.select(trusted.fingerprint)
        self._say(self.tr("You trust the key of {who} now.").replace("{who}", _who(trusted)))

    def add_colleague(self) -> None:
        key = self.selected()
        if key is None or self.assessment_id is None:
            return
        try:
            parties.add_colleague(self.db, self.assessment_id, key.fingerprint)
        except MgiError as exc:
            show_error(self, exc)
            return
        self._say(self.tr("{who} may now answer this assessment with you; your next package tells their "
                          "database so.").replace("{who}", _who(key)))

    def export_list(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export a key list"),
                                                str(Path.home() / "reviewer-keys.mgikeys"),
                                                self.tr("MGI key lists (*.mgikeys)"))
        if not chosen:
            return
        target = Path(chosen) if chosen.endswith(".mgikeys") else Path(chosen + ".mgikeys")
        try:
            with busy():
                listed = keys.export_list(self.db, target)
        except MgiError as exc:
            show_error(self, exc)
            return
        self._say(self.tr("{n} reviewer keys were listed in {file}, signed with your key.")
                  .replace("{n}", str(len(listed))).replace("{file}", str(target)))

    def replace_own(self) -> None:
        answer = QMessageBox.question(self, self.tr("Replace my key"), self.tr(
            "Make a new key for you?\n\nUse this when your key may have been copied, or before handing this "
            "computer on. The old key signs an introduction of the new one, carried in your next packages, so "
            "the people you exchange with take the new key without a new phone call. The old key is kept only "
            "to open packages already encrypted to it.\n\nIf you have lost your old key, nothing can introduce "
            "the new one: send your new key file and have its fingerprint compared again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with busy():
                new = parties.replace_own(self.db)
        except MgiError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self._say(self.tr("Your new key is {fingerprint}. Your next packages introduce it.")
                  .replace("{fingerprint}", new.short))


def show_keys(parent: QWidget | None, db: Database, assessment_id: str | None = None) -> None:
    dialog = KeysDialog(db, assessment_id, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
