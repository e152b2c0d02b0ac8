"""No two things in the window answer to the same key, in English and in French, for both roles."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def _key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText).upper()


def active_keys(window: MainWindow) -> dict[str, list[str]]:
    """Every key sequence that does something in the window as shown, with who answers it."""
    keys: dict[str, list[str]] = defaultdict(list)
    for menu_action in window.menuBar().actions():
        if "&" in menu_action.text():
            keys[_key(QKeySequence.mnemonic(menu_action.text()))].append(f"menu {menu_action.text()}")
    for action in window.findChildren(QAction):
        holders = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        reachable = any(isinstance(h, QMenu) or h.isVisible() for h in holders)
        if action.isEnabled() and reachable and not action.menu():
            for sequence in action.shortcuts():
                keys[_key(sequence)].append(f"action {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():  # disabled ones count: they are enabled as the user works
            continue
        if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
            keys[_key(widget.shortcut())].append(f"button {widget.text()}")
        elif isinstance(widget, QLabel) and widget.buddy() is not None and "&" in widget.text():
            keys[_key(QKeySequence.mnemonic(widget.text()))].append(f"label {widget.text()}")
    return keys


def clashes(window: MainWindow) -> dict[str, list[str]]:
    return {key: who for key, who in active_keys(window).items() if len(set(who)) > 1}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("role", ["focal_point", "reviewer"])
def test_no_two_commands_share_a_key(become, make_window, db: Database, mini: Framework, language: str,
                                     role: str) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes")
    if role == "reviewer":
        assessments.set_status(db, aid, "submitted")
        become(db, "Rita Reviewer", "IOM", "reviewer")
    i18n.install(language)
    try:
        window = make_window(db, size=(1400, 900))
        assert clashes(window) == {}  # the start page
        assert window.open_assessment(aid)
        view = window.view
        assert (view.review_panel is not None) == (role == "reviewer")
        for show in (lambda: view.go_to("Q1"), lambda: view.go_to("Q2"), lambda: view.go_to("Q7"),
                     view.show_overview,
                     view.show_findings, view.show_submit_check):
            show()
            found = active_keys(window)
            assert found["CTRL+SHIFT+F"], "the findings shortcut is active"
            assert clashes(window) == {}
            # the answer keys Y/P/N/D/A and 1-9 are plain keys: no command may take a key without a modifier
            assert not [k for k in found if "+" not in k and len(k) == 1]
    finally:
        i18n.install("en")
