"""After an import: what came back (the status step and its note, returned answers, new comments,
decisions), each returned answer and comment a link to its question.

Choosing an item (click or Enter) closes the dialog and the view goes to that question; the
status strip offers the dialog again until each question was looked at.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.exchange.incoming import Incoming
from mgi_desktop.messages import Template
from mgi_desktop.ui import labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment.assessment_data import AssessmentData
from mgi_desktop.ui.times import local_time

# Counts read with their plural forms (English here, translated in the Messages context)
RETURNED = Template("window.came_back_returned", "{n} answer was returned to you", plural="{n} answers were "
                    "returned to you", count="n")
ACCEPTED = Template("window.came_back_accepted", "{n} answer was accepted", plural="{n} answers were accepted",
                    count="n")
COMMENTS = Template("window.came_back_comments", "{n} new comment", plural="{n} new comments", count="n")
CHANGED = Template("window.came_back_changed", "{n} answer changed", plural="{n} answers changed", count="n")

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CameBackDialog(QDialog):
    """`CameBackDialog(data, incoming, not_looked)`; choosing an item emits `question_chosen` and closes it."""

    question_chosen = Signal(str)

    def __init__(self, data: AssessmentData, came: Incoming, not_looked: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("came_back")
        self.setWindowTitle(self.tr("What came back"))
        self.data = data
        self.chosen: str | None = None
        self.header = QLabel(self)
        self.header.setObjectName("came_back_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        lines: list[str] = []
        if came.status:
            lines.append(self.tr("Status: {old} → {new}").replace("{old}", labels.status(came.status[0]))
                         .replace("{new}", labels.status(came.status[1])))
        note = came.note
        if note is not None:
            lines.append(self.tr("Note from {who}, {when}: “{note}”").replace("{who}", note.actor)
                         .replace("{when}", local_time(note.at)).replace("{note}", note.note))
        counts = [ui_messages.text(t(n=n)) for t, n in ((RETURNED, len(came.returned)),
                                                        (COMMENTS, len(came.comments)),
                                                        (ACCEPTED, len(came.accepted)),
                                                        (CHANGED, len(came.answers))) if n]
        lines.append(" · ".join(counts) if counts else self.tr("No answer, decision or comment came back."))
        self.header.setText("\n".join(lines))
        self.list = QListWidget(self)
        self.list.setObjectName("came_back_items")
        self.list.setAccessibleName(self.tr("What came back; press Enter to go to the question"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)
        for code in came.returned:
            self._item(code, self.tr("returned to you"), not_looked)
        for comment in came.comments:
            text = " ".join(comment.text.split())
            self._item(comment.question, self.tr("comment by {who}: {text}").replace("{who}", comment.author)
                       .replace("{text}", text[:200] + ("…" if len(text) > 200 else "")), not_looked)
        for code in came.answers:
            self._item(code, self.tr("answer changed"), not_looked)
        self.list.setVisible(self.list.count() > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 460 if self.list.count() else 200)  # well inside 1366x768
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _item(self, code: str, what: str, not_looked: set[str]) -> None:
        if code not in self.data.answers:
            return
        question = " ".join(self.data.text(self.data.placement(code).question.text).split())
        item = QListWidgetItem(f"{code} — {what}\n{question}", self.list)
        item.setData(CODE_ROLE, code)
        item.setToolTip(self.tr("Go to {code}").replace("{code}", code))
        if code in not_looked:  # not looked at yet: it stands out
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(CODE_ROLE)
        self.accept()
        self.question_chosen.emit(self.chosen)
