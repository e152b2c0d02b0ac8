"""The evidence behind an answer: a list on the question page and a small form to add or edit an item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.enums import EvidenceKind
from mgi_desktop.services import evidence
from mgi_desktop.services.views import EvidenceRow
from mgi_desktop.ui import labels
from mgi_desktop.ui.assessment.saver import Saver
from mgi_desktop.ui.widgets.collapsing import fold
from mgi_desktop.ui.widgets.flow_layout import FlowLayout
from mgi_desktop.ui.widgets.plain_text import PlainText, ctrl_enter_presses

kind_label = labels.evidence_kind


class EvidenceDialog(QDialog):
    """Add or edit one evidence item; a file may be attached (kept beside the database, `Database.attachments`)."""

    def __init__(self, parent: QWidget | None = None, item: EvidenceRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit evidence") if item else self.tr("Add evidence"))
        self.file: Path | None = None
        self.remove_file = False
        self._had_file = bool(item and item.file_name)
        form = QFormLayout()
        self.kind = QComboBox(self)
        for kind in EvidenceKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Law on External Migration (2000)"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("article, section or page"))
        self.issuing_body = QLineEdit(self)
        self.year = QLineEdit(self)
        self.year.setPlaceholderText(self.tr("e.g. 2019"))
        self.date = QLineEdit(self)
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        self.note = PlainText(self)
        for label, widget in ((self.tr("&Kind:"), self.kind), (self.tr("&Title:"), self.title),
                              (self.tr("&Reference:"), self.reference),
                              (self.tr("&Issuing body:"), self.issuing_body), (self.tr("&Year:"), self.year),
                              (self.tr("&Date:"), self.date), (self.tr("&Web address:"), self.url),
                              (self.tr("&Note:"), self.note)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.file_label = QLabel(self)
        self.attach = QPushButton(self.tr("&Attach file…"), self)
        self.attach.clicked.connect(self._choose_file)
        self.detach = QPushButton(self.tr("Remo&ve file"), self)
        self.detach.clicked.connect(self._remove_file)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.attach)
        row.addWidget(self.detach)
        form.addRow(self.tr("File:"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ctrl_enter_presses(self.note, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if item is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
            self.title.setText(item.title)
            self.reference.setText(item.reference)
            self.issuing_body.setText(item.issuing_body)
            self.year.setText(str(item.year or ""))
            self.date.setText(item.date or "")
            self.url.setText(item.url)
            self.note.setPlainText(item.note)
        self.title.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))
        if self.file is not None:
            self.file_label.setText(self.file.name)
        elif self._had_file and not self.remove_file:
            self.file_label.setText(self.tr("(kept as attached)"))
        else:
            self.file_label.setText(self.tr("none"))
        self.detach.setEnabled(self.file is not None or (self._had_file and not self.remove_file))

    def _choose_file(self) -> None:
        # the name as chosen, a link left a link: the service refuses it, saying so (evidence.add)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"),
                                              options=QFileDialog.Option.DontResolveSymlinks)
        if name:
            self.file = Path(name)
            self.remove_file = False
            self._update()

    def _remove_file(self) -> None:
        self.file = None
        self.remove_file = self._had_file
        self._update()

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "title": self.title.text(),
                "reference": self.reference.text(), "issuing_body": self.issuing_body.text(),
                "year": self.year.text(), "date": self.date.text(), "url": self.url.text(),
                "note": self.note.toPlainText()}


class EvidencePanel(QWidget):
    """The evidence list of the current question, with Add, Edit, Remove and Open file."""

    changed = Signal()

    def __init__(self, save: Saver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.db: Any = None
        self.assessment_id = ""
        self.code = ""
        self._items: list[EvidenceRow] = []
        self.list = QListWidget(self)
        self.list.setObjectName("evidence_list")
        self.list.setAccessibleName(self.tr("Evidence"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        self.list.currentRowChanged.connect(lambda _row: self._update())
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.add_button = QPushButton(self.tr("Add ev&idence…"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.open_button = QPushButton(self.tr("Open file"), self)
        self.open_button.clicked.connect(self.open_current)
        buttons = FlowLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._read_only = False
        line = self.fontMetrics().lineSpacing()
        self._list_height = line * 7
        self._layout = layout
        fold(self.list, layout, True, self._list_height)  # opened once there is evidence

    def show_items(self, items: list[EvidenceRow]) -> None:
        if not items and not self._items:  # the common case when moving on: nothing to redo
            self._update()
            return
        self._items = items
        self.list.clear()
        for item in items:
            parts = [kind_label(item.kind), item.title]
            if item.reference:
                parts.append(item.reference)
            if item.year:
                parts.append(str(item.year))
            text = " — ".join(parts)
            if item.file_name:
                text += "  📎 " + item.file_name
            QListWidgetItem(text, self.list)
        fold(self.list, self._layout, not items, self._list_height)
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update()

    def _current(self) -> EvidenceRow | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _update(self) -> None:
        current = self._current()
        self.add_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(current is not None and not self._read_only)
        self.remove_button.setEnabled(current is not None and not self._read_only)
        self.open_button.setEnabled(current is not None and bool(current.file_sha256))

    def _ask(self, dialog: EvidenceDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        # back to the page, keys and all: not every window manager gives the window back its focus
        self.window().activateWindow()
        return accepted

    def add(self) -> None:
        dialog = EvidenceDialog(self)
        if not self._ask(dialog):
            return
        values, file = dialog.values(), dialog.file
        if self._save(lambda: evidence.add(self.db, self.assessment_id, self.code, file=file, **values)):
            self.changed.emit()

    def edit_current(self) -> None:
        item = self._current()
        if item is None or self._read_only:
            return
        dialog = EvidenceDialog(self, item)
        if not self._ask(dialog):
            return
        values, file, remove_file = dialog.values(), dialog.file, dialog.remove_file
        if self._save(lambda: evidence.edit(self.db, item.id, file=file, remove_file=remove_file, **values)):
            self.changed.emit()

    def remove_current(self) -> None:
        item = self._current()
        if item is None or self._read_only:
            return
        answer = QMessageBox.question(self, self.tr("Remove evidence"),
                                      self.tr("Remove “{title}” from this answer?").format(title=item.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._save(lambda: evidence.remove(self.db, item.id)):
            self.changed.emit()

    def open_current(self) -> None:
        item = self._current()
        if item is not None and item.file_sha256:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(evidence.attachment_path(self.db, item.file_sha256))))
