"""A focal point's day with the keyboard alone, on the bundled national questionnaire: open the
assessment, find a question, answer with Y/P/N and the digits, move on with Alt+Right (after adding
evidence, after a question that does not apply, after a justification), switch domain, go on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.storage.db import Database

pytestmark = pytest.mark.gui

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the focus is, as the keyboard sends it: a key with no focus to go to is a lost key."""
    focus = QApplication.focusWidget()
    assert focus is not None, "no focus: the key would be lost"
    qtbot.keyClick(focus, k, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_ten_answers_in_two_domains_by_keyboard(qtbot, make_window, db: Database, national: Framework,
                                                in_dialog) -> None:
    aid = assessments.create(db, national, country="KGZ").id
    window = make_window(db, active=True)
    assert window.start_page.select(aid)
    key(qtbot, Qt.Key.Key_Return)  # the start page's table has the focus: Enter opens the selection
    view = window.view
    assert view is not None and view.assessment_id == aid

    def find(code: str) -> None:
        key(qtbot, Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is view.search
        type_text(qtbot, code)
        key(qtbot, Qt.Key.Key_Return)  # the first match, focus on its answer
        assert view.current_code == code

    def next_question(expected: str) -> None:
        key(qtbot, Qt.Key.Key_Right, ALT)
        assert view.current_code == expected
        focus = QApplication.focusWidget()
        assert focus is view.page or view.page.isAncestorOf(focus), "focus left the question page"

    find("1.1.1.a")
    key(qtbot, Qt.Key.Key_Y)

    def add_evidence(dialog: QWidget) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # &Title
        type_text(qtbot, "Law on External Migration (2000)")
        key(qtbot, Qt.Key.Key_Return)

    seen = in_dialog(add_evidence)
    key(qtbot, Qt.Key.Key_I, ALT)  # Add ev&idence…
    qtbot.waitUntil(lambda: bool(evidence.for_question(db, aid, "1.1.1.a")))
    assert seen and not seen[0].isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # the window is active again
    next_question("1.1.1.b")  # right after the evidence
    key(qtbot, Qt.Key.Key_1)
    next_question("1.1.1.c")
    key(qtbot, Qt.Key.Key_Y)
    next_question("1.1.2.a")
    key(qtbot, Qt.Key.Key_N)
    next_question("1.1.2.b")  # asked only after yes or partially: it does not apply
    key(qtbot, Qt.Key.Key_1)  # said so in the status bar, nothing saved
    assert "does not apply" in window.statusBar().currentMessage()
    next_question("1.1.3.a")  # right after the question that does not apply
    key(qtbot, Qt.Key.Key_P)
    key(qtbot, Qt.Key.Key_J, ALT)  # &Justification
    assert QApplication.focusWidget() is view.page.justification
    type_text(qtbot, "Partly covered by the 2000 law.")
    key(qtbot, Qt.Key.Key_Tab)  # out of the field: the letters answer again
    key(qtbot, Qt.Key.Key_Y)
    key(qtbot, Qt.Key.Key_P)  # changed its mind: the last key counts
    next_question("1.1.3.b")
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_J, ALT)
    type_text(qtbot, "Regular migrants only.")
    next_question("1.2.1.a")  # straight out of the justification
    key(qtbot, Qt.Key.Key_Y)

    find("2.1.1.a")  # the second domain
    key(qtbot, Qt.Key.Key_Y)
    next_question("2.1.1.b")  # a text answer: focus is in its field
    assert QApplication.focusWidget() is view.page.editor.edit
    type_text(qtbot, "National migration strategy")
    next_question("2.1.2.a")
    key(qtbot, Qt.Key.Key_N)
    next_question("2.1.2.b")  # does not apply after no
    next_question("2.1.3.a")
    key(qtbot, Qt.Key.Key_P)

    saved = answers.list_answers(db, aid)
    values = {code: view.value for code, view in saved.items() if view.value is not None}
    assert values == {"1.1.1.a": "yes", "1.1.1.b": "all_migrants", "1.1.1.c": "yes", "1.1.2.a": "no",
                      "1.1.3.a": "partially", "1.1.3.b": "regular_only", "1.2.1.a": "yes", "2.1.1.a": "yes",
                      "2.1.1.b": "National migration strategy", "2.1.2.a": "no", "2.1.3.a": "partially"}
    assert saved["1.1.3.a"].justification == "Partly covered by the 2000 law."
    assert saved["1.1.3.b"].justification == "Regular migrants only."
