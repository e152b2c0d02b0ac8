"""The multi-line text field used for every justification, comment, note and finding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QWidget

#: Debounce for typed input: long enough not to save every key, short enough to lose nothing.
TYPING_DELAY_MS = 600
#: what sends a multi-line field's text (the Return of the main keyboard and the keypad's Enter)
CTRL_ENTER = ("Ctrl+Return", "Ctrl+Enter")


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


def ctrl_enter_presses(edit: QPlainTextEdit, button: QAbstractButton) -> None:
    """Ctrl+Enter in a multi-line field presses the button that sends it (Enter alone is a new line),
    when that button is enabled."""

    def press() -> None:
        if button.isEnabled() and button.isVisible():
            button.click()

    for keys in CTRL_ENTER:
        QShortcut(QKeySequence(keys), edit, press, context=Qt.ShortcutContext.WidgetShortcut)
