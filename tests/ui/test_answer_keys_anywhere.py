"""The answer keys (Y/P/N/D/A, 1-9) work anywhere on the question page but in a text field, and moving
on leaves focus where they work; pressed where no answer can be picked, they say why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def view(make_view, db: Database, mini: Framework) -> AssessmentView:
    return make_view(assessments.create(db, mini, country="KGZ").id)


def saved(view: AssessmentView) -> dict:
    return {code: v.value for code, v in answers.list_answers(view.db, view.assessment_id).items()}


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where focus is, as the keyboard sends it."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the focus: the key would be lost"
    qtbot.keyClick(focus, k, modifier)


@pytest.mark.parametrize("where", ["flag", "clear_button", "next_button", "page", "add_evidence"])
def test_a_key_answers_from_anywhere_on_the_page(qtbot, view: AssessmentView, where: str) -> None:
    view.go_to("Q1")
    page = view.page
    target: QWidget = page if where == "page" else (page.evidence.add_button if where == "add_evidence"
                                                    else getattr(page, where))
    target.setFocus()
    key(qtbot, Qt.Key.Key_N)
    assert saved(view)["Q1"] == "no"
    assert page.editor.buttons[2].isChecked()


def test_a_key_in_a_text_field_is_text(qtbot, view: AssessmentView) -> None:
    view.go_to("Q1")
    view.page.justification.setFocus()
    qtbot.keyClicks(view.page.justification, "Yes, a law")
    assert saved(view)["Q1"] is None
    view.page.comment_thread.edit.setFocus()
    key(qtbot, Qt.Key.Key_P)
    assert view.page.comment_thread.edit.toPlainText() == "p"
    assert saved(view)["Q1"] is None


def test_after_a_justification_the_next_question_takes_the_keys(qtbot, view: AssessmentView) -> None:
    view.go_to("Q1")
    key_focus = view.page.justification
    key_focus.setFocus()
    qtbot.keyClicks(key_focus, "Law of 2019")
    key(qtbot, Qt.Key.Key_Tab)  # out of the field: the letters answer again
    key(qtbot, Qt.Key.Key_Y)
    assert saved(view)["Q1"] == "yes"
    view.page.justification.setFocus()
    key(qtbot, Qt.Key.Key_Right, ALT)  # straight out of the field to the next question
    assert view.current_code == "Q1b"
    assert answers.list_answers(view.db, view.assessment_id)["Q1"].justification == "Law of 2019"
    key(qtbot, Qt.Key.Key_2)
    assert saved(view)["Q1b"] == "regular"
    assert view.page.justification.toPlainText() == ""


def test_after_evidence_the_keys_answer(qtbot, view: AssessmentView, in_dialog) -> None:
    view.go_to("Q1")
    view.page.focus_answer()

    def fill(dialog: QWidget) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
        qtbot.keyClicks(QApplication.focusWidget(), "Health Law")
        key(qtbot, Qt.Key.Key_Return)

    seen = in_dialog(fill)
    key(qtbot, Qt.Key.Key_I, ALT)  # Add ev&idence…
    qtbot.waitUntil(lambda: view.page.evidence.list.count() == 1)
    assert seen and not seen[0].isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    key(qtbot, Qt.Key.Key_P)
    assert saved(view)["Q1"] == "partially"
    view.page.evidence.list.setFocus()  # a list's type-ahead does not take the letters here
    key(qtbot, Qt.Key.Key_Y)
    assert saved(view)["Q1"] == "yes"


def test_past_a_question_that_does_not_apply(qtbot, view: AssessmentView) -> None:
    messages: list[str] = []
    view.status_message.connect(messages.append)
    view.go_to("Q1")
    view.page.focus_answer()
    key(qtbot, Qt.Key.Key_N)  # Q1b is asked only when Q1 is not "no"
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert view.current_code == "Q1b"
    assert view.page.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is view.page
    key(qtbot, Qt.Key.Key_1)
    assert saved(view)["Q1b"] is None
    assert messages[-1] == "This question does not apply: there is nothing to answer."
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert view.current_code == "Q2"
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_3)
    assert saved(view)["Q2"] == ["policy", "website"]


def test_next_button_keeps_the_focus_and_the_keys(qtbot, view: AssessmentView) -> None:
    view.go_to("Q1")
    view.page.next_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert view.current_code == "Q1b"
    assert QApplication.focusWidget() is view.page.next_button  # Space goes on moving
    key(qtbot, Qt.Key.Key_1)
    assert saved(view)["Q1b"] == "all"


def test_a_key_with_no_answer_or_read_only_says_so(qtbot, view: AssessmentView, become) -> None:
    messages: list[str] = []
    view.status_message.connect(messages.append)
    view.go_to("Q7")  # yes / no: no "partially"
    view.page.flag.setFocus()
    key(qtbot, Qt.Key.Key_P)
    assert saved(view)["Q7"] is None
    assert messages[-1] == "No answer of this question has that key."
    view.page.set_read_only_note("read-only")
    view.go_to("Q1")
    view.page.flag.setFocus()
    key(qtbot, Qt.Key.Key_Y)
    assert saved(view)["Q1"] is None
    assert messages[-1] == "The answers are read-only here."


def test_redo_answers_to_ctrl_y_and_ctrl_shift_z(qtbot, view: AssessmentView) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    view.go_to("Q1")
    view.page.focus_answer()
    key(qtbot, Qt.Key.Key_Y)
    for redo in ((Qt.Key.Key_Y, ctrl), (Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)):
        key(qtbot, Qt.Key.Key_Z, ctrl)
        assert saved(view)["Q1"] is None
        key(qtbot, *redo)  # once registered, not twice: Qt ran neither of an ambiguous pair
        assert saved(view)["Q1"] == "yes"
