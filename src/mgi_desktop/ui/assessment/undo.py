"""Undo and redo of answer changes: each step saves the other value through the service again."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand


class Restorer(Protocol):
    def restore(self, code: str, field: str, value: object) -> None: ...


class AnswerCommand(QUndoCommand):
    """Pushed after the change was saved, so the first redo (on push) does nothing."""

    def __init__(self, view: Restorer, code: str, field: str, old: object, new: object, text: str) -> None:
        super().__init__(text)
        self._view = view
        self.code, self.field, self.old, self.new = code, field, old, new
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._view.restore(self.code, self.field, self.new)

    def undo(self) -> None:
        self._view.restore(self.code, self.field, self.old)
