"""The multi-line text field used for every justification, comment, note and finding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: Debounce for typed input: long enough not to save every key, short enough to lose nothing.
TYPING_DELAY_MS = 600


class PlainText(QPlainTextEdit):
    """Tab moves on (keyboard-only use); leaving the field is reported so its text is saved at once."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * 4)
        self.setMaximumHeight(line * 9)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()
