"""The assessment window body: navigator on the left, question / overview / submit check in the centre."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QWidget

from mgi_desktop.storage.db import Database


class AssessmentView(QWidget):
    """One open assessment.  The main window embeds it and puts its actions in menus."""

    status_message = Signal(str)
    changed = Signal()

    def __init__(self, db: Database, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self._make_actions()
        self._stack = QStackedWidget(self)
        self._stack.addWidget(QLabel(self.tr("Loading…"), self))
        layout = QHBoxLayout(self)
        layout.addWidget(self._stack)

    def _make_actions(self) -> None:
        def action(text: str, *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            self.addAction(act)
            return act

        self.undo_action = action(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo_action = action(self.tr("&Redo"), "Ctrl+Shift+Z", QKeySequence.StandardKey.Redo)
        self.next_action = action(self.tr("&Next question"), "Alt+Right", "Ctrl+PgDown")
        self.previous_action = action(self.tr("&Previous question"), "Alt+Left", "Ctrl+PgUp")
        self.overview_action = action(self.tr("&Overview"), "Ctrl+Home")
        self.find_action = action(self.tr("&Find question…"), QKeySequence.StandardKey.Find)
        self.submit_action = action(self.tr("&Submit for review…"), "Ctrl+Return")

    def go_to(self, code: str) -> None:
        """Show the question with this code."""
