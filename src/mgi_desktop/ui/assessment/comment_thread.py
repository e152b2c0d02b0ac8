"""The comment thread of a question: read, add, mark resolved (both roles, in any state)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from mgi_desktop.enums import Role
from mgi_desktop.services import comments
from mgi_desktop.services.views import CommentRow
from mgi_desktop.ui.assessment.saver import Saver
from mgi_desktop.ui.times import local_time
from mgi_desktop.ui.widgets.collapsing import fold
from mgi_desktop.ui.widgets.plain_text import PlainText, ctrl_enter_presses


class CommentThread(QWidget):
    changed = Signal()

    def __init__(self, save: Saver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.db: Any = None
        self.assessment_id = ""
        self.code = ""
        self._comments: list[CommentRow] = []
        self.list = QListWidget(self)
        self.list.setObjectName("comment_list")
        self.list.setAccessibleName(self.tr("Comments; check a comment to mark it resolved"))
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._resolved_toggled)
        self.edit = PlainText(self)
        self.edit.setObjectName("comment_edit")
        self.edit.setAccessibleName(self.tr("New comment"))
        self.edit.setPlaceholderText(self.tr("Write a comment (Ctrl+Enter adds it)"))
        line = self.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(line * 3)
        self.edit.setMaximumHeight(line * 5)
        self._list_height = line * 8
        self.add_button = QPushButton(self.tr("Add co&mment"), self)
        self.add_button.clicked.connect(self.add)
        ctrl_enter_presses(self.edit, self.add_button)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._layout = layout
        fold(self.list, layout, True, self._list_height)  # opened once there are comments

    def show_comments(self, items: list[CommentRow]) -> None:
        if not items and not self._comments:
            return
        self._comments = items
        self.list.blockSignals(True)
        self.list.clear()
        for comment in items:
            role = self.tr("reviewer") if comment.role == Role.REVIEWER else self.tr("focal point")
            when = local_time(comment.created_at)
            item = QListWidgetItem(f"{comment.author} ({role}), {when}:\n{comment.text}", self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if comment.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Resolved") if comment.resolved else self.tr("Open"))
        self.list.blockSignals(False)
        fold(self.list, self._layout, not items, self._list_height)

    def _resolved_toggled(self, item: QListWidgetItem) -> None:
        comment = self._comments[self.list.row(item)]
        resolved = item.checkState() == Qt.CheckState.Checked
        if resolved != comment.resolved and self._save(lambda: comments.set_resolved(self.db, comment.id,
                                                                                     resolved)):
            self.changed.emit()

    def add(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            return
        if self._save(lambda: comments.add(self.db, self.assessment_id, self.code, text)):
            self.edit.clear()
            self.changed.emit()
