"""Dialogs by keyboard: Ctrl+Enter sends a multi-line note, and Tab goes down the send dialog's form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mgi_desktop.services import assessments, comments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.evidence_dialog import EvidenceDialog
from mgi_desktop.ui.exchange.send_dialog import SendDialog
from mgi_desktop.ui.review.review_panel import NoteDialog

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_returns_the_answer_with_its_reason(qtbot, key: Qt.Key) -> None:
    dialog = shown(qtbot, NoteDialog(None, "Return Q1", "Why is this answer returned?", required=True,
                                     ok_text="Return"))
    dialog.edit.setFocus()
    qtbot.keyClick(dialog.edit, key, CTRL)  # nothing typed: a required note keeps it open
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.keyClicks(dialog.edit, "Which decree?")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # Enter alone: a new line
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.edit, "The 2019 one")
    qtbot.keyClick(dialog.edit, key, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "Which decree?\nThe 2019 one"


def test_ctrl_enter_in_the_evidence_note_adds_it(qtbot) -> None:
    dialog = shown(qtbot, EvidenceDialog())
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Health Law")
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "Article 4")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.values()["title"], dialog.values()["note"]) == ("Health Law", "Article 4")


def tab_chain(qtbot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    chain = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    return chain


def test_send_dialog_tabs_from_the_file_to_the_password_then_browse(qtbot, db: Database, answered: str) -> None:
    dialog = shown(qtbot, SendDialog(db, answered))
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Protect with a pass&word
    qtbot.waitUntil(dialog.by_password.isChecked)  # a mnemonic clicks after a short flash
    # the protection is one stop (the arrows choose in it), then the password twice, then Browse
    assert tab_chain(qtbot, dialog.file, 5) == [dialog.by_password, dialog.password, dialog.repeat,
                                                 dialog.browse_button, dialog.send_button]


def test_ctrl_enter_adds_a_comment_and_submits_with_a_note(qtbot, make_view, db: Database, complete: str) -> None:
    view = make_view(complete)
    view.go_to("Q1")
    edit = view.page.comment_thread.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Is the 2019 decree in force?")
    qtbot.keyClick(edit, Qt.Key.Key_Enter, CTRL)
    assert [c.text for c in comments.for_question(db, complete, "Q1")] == ["Is the 2019 decree in force?"]
    view.show_submit_check()
    note = view.submit_check.note
    note.setFocus()
    qtbot.keyClicks(note, "All answered")
    qtbot.keyClick(note, Qt.Key.Key_Return, CTRL)
    assert assessments.get(db, complete).status == "submitted"
