"""Help ▸ Keyboard shortcuts: every key of the window, read from the window itself when the sheet opens.

The menus' actions give their keys and menu path, the menu bar its Alt letters, and the question
page's keys come from the constants the page uses (`answer_widgets.BUILTIN_KEYS`, the digits,
`plain_text.CTRL_ENTER`): a key changed in the code changes here too, so the sheet never goes stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.questionnaire.model import builtin_choice
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui.assessment.answer_widgets import BUILTIN_KEYS
from mgi_desktop.ui.widgets.plain_text import CTRL_ENTER

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Row:
    keys: str
    command: str
    where: str


def plain(text: str) -> str:
    """A menu text as read: without its & (a doubled && is an ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def typed(sequence: QKeySequence) -> bool:
    """A sequence a person types: with a modifier, or a function or editing key (not the dedicated
    "Undo" or "Open" key a few keyboards have, which the platform's standard bindings also list)."""
    combination = sequence[0]  # type: ignore[index]  # (PySide6 indexes a sequence by its keys)
    key = combination.key()
    return bool(combination.keyboardModifiers()) or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 or key in (
        Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Return,
        Qt.Key.Key_Enter) or Qt.Key.Key_Space <= key <= Qt.Key.Key_AsciiTilde


def key_text(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(NATIVE) for s in sequences if not s.isEmpty() and typed(s))


def menu_rows(window: QMainWindow) -> list[Row]:
    """The menus' actions that have a key, with their path ("File ▸ New assessment…")."""
    rows: list[Row] = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, [*path, plain(action.text())])
            elif key_text(action.shortcuts()):
                rows.append(Row(key_text(action.shortcuts()), plain(action.text()), " ▸ ".join(path)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, [plain(top.text())])
    return rows


class ShortcutsSheet(QDialog):
    """`ShortcutsSheet(window)`: the keys of `window` as it is now; a search line filters the table."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = menu_rows(window) + self._menu_bar_rows(window) + self._page_rows()
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcut_search")
        self.search.setPlaceholderText(self.tr("Search the keys and commands"))
        self.search.setAccessibleName(self.tr("Search the keys and commands"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Command"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for number, row in enumerate(self.rows):
            for column, text in enumerate((row.keys, row.command, row.where)):
                self.table.setItem(number, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy the table, to paste or print it"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 150, self.fontMetrics().lineSpacing() * 34)

    def _menu_bar_rows(self, window: QMainWindow) -> list[Row]:
        keys_of = getattr(window, "menu_keys", None)
        rows = []
        for top in window.menuBar().actions():
            keys = keys_of(top) if callable(keys_of) else [QKeySequence.mnemonic(top.text()).toString()]
            if keys:
                rows.append(Row(", ".join(QKeySequence(k).toString(NATIVE) for k in keys),
                                self.tr("Open the {menu} menu").replace("{menu}", plain(top.text())),
                                self.tr("Menu bar")))
        return rows

    def _page_rows(self) -> list[Row]:
        """The keys the question page answers to, from the constants it uses itself."""
        page, notes = self.tr("Question page, but in a text field"), self.tr("Notes and comments")
        language = i18n.current()
        rows = [Row(QKeySequence(key).toString(NATIVE),
                    self.tr("Answer “{answer}”").replace("{answer}", labels.content(builtin_choice(code).label,
                                                                                     language)), page)
                for code, key in BUILTIN_KEYS.items()]
        rows.append(Row(self.tr("{first} to {last}").replace("{first}", QKeySequence(Qt.Key.Key_1).toString(NATIVE))
                        .replace("{last}", QKeySequence(Qt.Key.Key_9).toString(NATIVE)),
                        self.tr("Pick the answer with that number"), page))
        rows.append(Row(key_text([QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)]),
                        self.tr("Clear the answer (on the answer)"), page))
        rows.append(Row(key_text([QKeySequence(Qt.Key.Key_Tab), QKeySequence("Shift+Tab")]),
                        self.tr("Next or previous field"), self.tr("Everywhere")))
        rows.append(Row(key_text([QKeySequence(k) for k in CTRL_ENTER]),
                        self.tr("Send the note or comment being typed"), notes))
        rows.append(Row(QKeySequence(Qt.Key.Key_Escape).toString(NATIVE), self.tr("Leave the search"),
                        self.tr("Question search")))
        return rows

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for number, row in enumerate(self.rows):
            haystack = f"{row.keys} {row.command} {row.where}".casefold()
            self.table.setRowHidden(number, not all(word in haystack for word in words))

    def shown_rows(self) -> list[Row]:
        return [row for number, row in enumerate(self.rows) if not self.table.isRowHidden(number)]

    def text(self) -> str:
        """The rows shown, as tab-separated lines (what Copy puts on the clipboard)."""
        head = "\t".join((self.tr("Shortcut"), self.tr("Command"), self.tr("Where")))
        return "\n".join([head] + [f"{r.keys}\t{r.command}\t{r.where}" for r in self.shown_rows()]) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def show_shortcuts(window: QMainWindow) -> None:
    ShortcutsSheet(window).exec()
