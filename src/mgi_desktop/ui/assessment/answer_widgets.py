"""The editors of answers; each emits `edited(value)` when the user commits a value.

Each answer type (`questionnaire.answer_types`) names its editor, and
`EDITORS` maps that name to the class below: a new answer type with a new
kind of editor adds one class here and one entry there.

Typed input (numbers, years, dates, text) is committed on Enter, on leaving
the field, or after a short pause in typing, so an answer is never lost;
while typing, `typing(text)` lets the page show a problem before it is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from mgi_desktop.questionnaire.framework import AnswerValue, Placement
from mgi_desktop.questionnaire.model import DONT_KNOW, NO, NOT_APPLICABLE, PARTIALLY, SPECIAL_CODES, YES
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui.widgets.plain_text import TYPING_DELAY_MS, PlainText

#: Keys that pick the built-in answers wherever they are offered (also Alt+key mnemonics).
BUILTIN_KEYS = {YES: Qt.Key.Key_Y, PARTIALLY: Qt.Key.Key_P, NO: Qt.Key.Key_N, DONT_KNOW: Qt.Key.Key_D,
                NOT_APPLICABLE: Qt.Key.Key_A}


#: the plain keys (no modifier) that pick an answer; the page answers them wherever focus is but a text field
ANSWER_KEYS = frozenset(BUILTIN_KEYS.values()) | frozenset(Qt.Key(Qt.Key.Key_1 + i) for i in range(9))


def is_answer_key(event: QKeyEvent) -> bool:
    """Y/P/N/D/A or 1-9 without a modifier (the keypad's digits count)."""
    return (not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) and event.key() in ANSWER_KEYS


def signature(placement: Placement, language: str) -> tuple[Any, ...]:
    """Editors are reused between questions with the same signature."""
    question = placement.question
    return (question.type, tuple(c.code for c in placement.choices), language,
            question.unit.get(language) if question.unit else None, question.minimum, question.maximum)


class AnswerEditor(QWidget):
    edited = Signal(object)
    typing = Signal(str)
    _read_only = False

    def set_value(self, value: AnswerValue) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Commit typed input that is still waiting for its pause."""

    def offer(self, codes: set[str] | None) -> None:
        """Show only these choices (cascading choices; None: all): an editor without choices ignores it."""

    def answer_key(self, event: QKeyEvent) -> bool | None:
        """An answer key pressed elsewhere on the page: True if it picked an answer, False if no answer
        has that key, None if this editor takes no keys (typed answers)."""
        return None

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self._read_only = read_only
            for child in self.findChildren(QWidget):
                child.setEnabled(not read_only)

    def focus_first(self) -> None:
        self.focusNextChild()


def make_editor(placement: Placement, language: str, parent: QWidget | None = None) -> AnswerEditor:
    return EDITORS[placement.kind.editor](placement, language, parent)


def _choice_text(placement: Placement, code: str, language: str, index: int, mnemonic: bool) -> str:
    choice = placement.choice(code)
    assert choice is not None
    label = labels.content(choice.label, language).replace("&", "&&")
    if code in BUILTIN_KEYS and mnemonic:
        letter = chr(BUILTIN_KEYS[code])
        at = label.upper().find(letter)
        if at >= 0:
            return f"{label[:at]}&{label[at:]}"
    return f"&{index} {label}" if index < 10 else label


class _KeyedChoices(AnswerEditor):
    """Y/P/N/D/A for the built-in answers and 1-9 for the others, while focus is in the editor."""

    def __init__(self, placement: Placement, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.codes = [c.code for c in placement.choices]
        builtin = [code for code in self.codes if code in BUILTIN_KEYS]
        letters = [BUILTIN_KEYS[code] for code in builtin]
        # letter keys only where each answer has its own letter (a relabelled list could clash)
        self._letters = dict(zip(letters, builtin, strict=True)) if len(set(letters)) == len(letters) else {}
        self.buttons: list[QAbstractButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(self.codes, start=1):
            # the letters as Alt mnemonics too, but only in the window's own language: an English
            # "&Don't know" in a French window would take the Alt+D of its "Ai&de" menu
            mnemonic = code in self._letters.values() and language == i18n.current()
            text = _choice_text(placement, code, language, i, mnemonic)
            button = self._button(text)
            button.setObjectName(f"choice_{code}")
            button.setAccessibleName(labels.content(placement.choice(code).label, language))  # type: ignore[union-attr]
            self.buttons.append(button)
            self._layout.addWidget(button)

    def _button(self, text: str) -> QAbstractButton:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def answer_key(self, event: QKeyEvent) -> bool | None:
        return is_answer_key(event) and self._key(event, clears=False)

    def _key(self, event: QKeyEvent, *, clears: bool = True) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        code = self._letters.get(Qt.Key(key))
        if code is None and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            code = self.codes[index] if index < len(self.codes) else None
        if code is not None and self.buttons[self.codes.index(code)].isHidden():
            code = None  # a cascading choice the earlier answers do not offer: no key picks it
        if code is not None:
            self.pick(code)
            return True
        if clears and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return True
        return False

    def pick(self, code: str) -> None:
        raise NotImplementedError

    def offer(self, codes: set[str] | None) -> None:
        # a choice made before the earlier answer changed stays in sight, with the page's warning that
        # it is no longer offered: hiding it would hide the answer the database holds
        for code, button in zip(self.codes, self.buttons, strict=True):
            button.setVisible(codes is None or code in codes or button.isChecked())

    def clear(self) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        checked = [b for b in self.buttons if b.isChecked()]
        (checked or self.buttons)[0].setFocus(Qt.FocusReason.TabFocusReason)


class _Radio(QRadioButton):
    """Answer keys pressed on a button go to its editor (an event filter would cost every event)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self.parentWidget()
        if not (isinstance(editor, _KeyedChoices) and editor._key(event)):
            super().keyPressEvent(event)


class _Check(QCheckBox):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self.parentWidget()
        if not (isinstance(editor, _KeyedChoices) and editor._key(event)):
            super().keyPressEvent(event)


class ChoiceEditor(_KeyedChoices):
    """Yes / partially / no, yes / no, and single choice: radio buttons."""

    def __init__(self, placement: Placement, language: str, parent: QWidget | None = None) -> None:
        super().__init__(placement, language, parent)
        self.group = QButtonGroup(self)
        for i, button in enumerate(self.buttons):
            self.group.addButton(button, i)
        # idClicked: a user's click, arrow key or mnemonic, never our own set_value
        self.group.idClicked.connect(lambda i: self.edited.emit(self.codes[i]))

    def _button(self, text: str) -> QAbstractButton:
        return _Radio(text, self)

    def set_value(self, value: AnswerValue) -> None:
        if isinstance(value, str) and value in self.codes:
            self.buttons[self.codes.index(value)].setChecked(True)
        else:
            self._uncheck()

    def _uncheck(self) -> None:
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)

    def pick(self, code: str) -> None:
        button = self.buttons[self.codes.index(code)]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        if not button.isChecked():
            button.setChecked(True)
            self.edited.emit(code)

    def clear(self) -> None:
        if any(b.isChecked() for b in self.buttons):
            self._uncheck()
            self.edited.emit(None)


class MultipleChoiceEditor(_KeyedChoices):
    """Check boxes; "don't know" and "not applicable" exclude the other answers."""

    def __init__(self, placement: Placement, language: str, parent: QWidget | None = None) -> None:
        super().__init__(placement, language, parent)
        for code, button in zip(self.codes, self.buttons, strict=True):
            button.clicked.connect(lambda checked, code=code: self._toggled(code, checked))

    def _button(self, text: str) -> QAbstractButton:
        return _Check(text, self)

    def value(self) -> list[str] | None:
        codes = [code for code, b in zip(self.codes, self.buttons, strict=True) if b.isChecked()]
        return codes or None

    def set_value(self, value: AnswerValue) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for code, button in zip(self.codes, self.buttons, strict=True):
            button.setChecked(code in chosen)

    def _toggled(self, code: str, checked: bool) -> None:
        if checked:
            for other, button in zip(self.codes, self.buttons, strict=True):
                if other != code and (code in SPECIAL_CODES or other in SPECIAL_CODES):
                    button.setChecked(False)
        self.edited.emit(self.value())

    def pick(self, code: str) -> None:
        button = self.buttons[self.codes.index(code)]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        button.setChecked(not button.isChecked())
        self._toggled(code, button.isChecked())

    def clear(self) -> None:
        if self.value() is not None:
            self.set_value(None)
            self.edited.emit(None)


class Debounced(AnswerEditor):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._committed = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def text(self) -> str:
        raise NotImplementedError

    def _typed(self) -> None:
        self.typing.emit(self.text())
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self.text()
        if text.strip() != self._committed.strip():
            # _committed moves only once the page confirms the save (mark_committed): a failed save
            # is tried again at the next pause, focus change, navigation or close
            self.edited.emit(text if text.strip() else None)

    def mark_committed(self, text: str) -> None:
        self._committed = text


class LineEditor(Debounced):
    """Numbers, years and dates: a line with its unit or format, and a calendar for dates."""

    def __init__(self, placement: Placement, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = placement.question
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setObjectName("answer_line")
        self.line.setAccessibleName(self.tr("Answer"))
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.line.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        layout.addWidget(self.line)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self.flush)
        self.kind = placement.kind.editor
        if self.kind == "date":
            self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
            layout.addWidget(self._calendar_button())
        elif self.kind == "year":
            self.line.setPlaceholderText(self.tr("Year, e.g. 2019"))
        elif self.kind == "integer":
            self.line.setPlaceholderText(self.tr("Whole number"))
        else:
            self.line.setPlaceholderText(self.tr("Number"))
        if question.unit is not None:
            layout.addWidget(QLabel(labels.content(question.unit, language), self))
        bounds = _bounds_text(self, question.minimum, question.maximum)
        if bounds:
            hint = QLabel(bounds, self)
            hint.setObjectName("bounds")
            layout.addWidget(hint)
            self.line.setAccessibleDescription(bounds)
        layout.addStretch(1)

    def _calendar_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("Calendar…"))
        button.setAccessibleName(self.tr("Pick a date from a calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(lambda: calendar.setSelectedDate(_qdate(self.text()) or QDate.currentDate()))

        def chosen(date: QDate) -> None:
            menu.close()
            self.line.setText(date.toString(Qt.DateFormat.ISODate))
            self.flush()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        button.setMenu(menu)
        return button

    def text(self) -> str:
        return self.line.text()

    def set_value(self, value: AnswerValue) -> None:
        text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
        self._timer.stop()
        self.line.setText(text)
        self._committed = text

    def focus_first(self) -> None:
        self.line.setFocus(Qt.FocusReason.TabFocusReason)


class TextEditor(Debounced):
    def __init__(self, placement: Placement, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = PlainText(self)
        self.edit.setObjectName("answer_text")
        self.edit.setAccessibleName(self.tr("Answer"))
        self.edit.textChanged.connect(self._typed)
        self.edit.focus_lost.connect(self.flush)
        layout.addWidget(self.edit)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: AnswerValue) -> None:
        self._timer.stop()
        text = "" if value is None else str(value)
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self._committed = text

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.TabFocusReason)


def _bounds_text(widget: QWidget, minimum: float | None, maximum: float | None) -> str:
    if minimum is not None and maximum is not None:
        return widget.tr("from {min} to {max}").format(min=f"{minimum:g}", max=f"{maximum:g}")
    if minimum is not None:
        return widget.tr("at least {min}").format(min=f"{minimum:g}")
    if maximum is not None:
        return widget.tr("at most {max}").format(max=f"{maximum:g}")
    return ""


def _qdate(text: str) -> QDate | None:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
    return QDate(day.year, day.month, day.day)


#: editor name (`AnswerKind.editor`) -> the editor's factory
EDITORS: dict[str, Callable[[Placement, str, QWidget | None], AnswerEditor]] = {
    "choice": ChoiceEditor,
    "multiple_choice": MultipleChoiceEditor,
    "number": LineEditor,
    "year": LineEditor,
    "integer": LineEditor,
    "date": LineEditor,
    "text": TextEditor,
}
