"""Help ▸ Keyboard shortcuts: the sheet is read from the window's own actions, so it matches the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.assessment.answer_widgets import BUILTIN_KEYS
from mgi_desktop.ui.shell.shortcuts_sheet import ShortcutsSheet, plain, typed

pytestmark = pytest.mark.gui


def enabled_menu_keys(window) -> dict[str, str]:
    """Each enabled menu action with a key, as "Menu ▸ Command" -> the keys as the person reads them."""
    found = {}

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu():
                walk(action.menu(), f"{path} ▸ {plain(action.text())}")
            elif action.isEnabled() and action.shortcuts():
                # a dedicated "Undo" key, which a few keyboards have, is left out of the sheet
                found[f"{path} ▸ {plain(action.text())}"] = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if typed(s))

    for top in window.menuBar().actions():
        walk(top.menu(), plain(top.text()))
    return found


def open_sheet(qtbot, window, in_dialog) -> ShortcutsSheet:
    sheets: list[ShortcutsSheet] = []

    def keep(dialog) -> None:
        sheets.append(dialog)
        dialog.hide()  # looked at below, after exec returns

    in_dialog(keep)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(sheets))
    assert isinstance(sheets[0], ShortcutsSheet)
    return sheets[0]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_sheet_lists_every_menu_key(qtbot, make_window, db: Database, answered: str, in_dialog, picture,
                                        language: str) -> None:
    i18n.install(language)
    window = make_window(db, active=True)
    assert window.open_assessment(answered)
    window.view.go_to("Q1")
    sheet = open_sheet(qtbot, window, in_dialog)
    listed = {f"{row.where} ▸ {row.command}": row.keys for row in sheet.rows}
    expected = enabled_menu_keys(window)
    assert expected  # New, Undo, Next question... have keys
    assert {path: listed.get(path) for path in expected} == expected
    view = window.view
    redo = f"{plain(window.edit_menu.title())} ▸ {plain(view.redo_action.text())}"
    native = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in ("Ctrl+Y", "Ctrl+Shift+Z")]
    assert all(k in listed[redo].split(", ") for k in native), listed[redo]  # in the window's words: Ctrl+Maj+Z
    # the answer keys come from the page's own constants, in the window's language
    keys = {row.keys for row in sheet.rows}
    assert {QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in BUILTIN_KEYS.values()} <= keys
    if language == "fr":
        assert any("Oui" in row.command for row in sheet.rows)
        assert any(row.keys == "Alt+É, Alt+E" for row in sheet.rows)  # Édition on its plain letter too
    shown = ShortcutsSheet(window)
    qtbot.addWidget(shown)
    shown.show()
    picture(shown, f"shortcuts_sheet_{language}")


def test_the_sheet_is_searched_and_copied(qtbot, make_window, db: Database, answered: str, in_dialog) -> None:
    window = make_window(db, active=True)
    assert window.open_assessment(answered)
    sheet = open_sheet(qtbot, window, in_dialog)
    qtbot.keyClicks(sheet.search, "redo")
    assert [row.command for row in sheet.shown_rows()] == ["Redo answer change"]
    sheet.search.clear()
    qtbot.keyClicks(sheet.search, "alt+right")
    assert [row.command for row in sheet.shown_rows()] == ["Next question"]
    sheet.copy()
    assert QGuiApplication.clipboard().text().splitlines()[1].startswith("Alt+Right")
    assert QApplication.activeModalWidget() is None
