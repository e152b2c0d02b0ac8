"""The review panel driven by its buttons, as a reviewer and then as the focal point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from mgi_desktop.services import answers, assessments, audit, comments, review
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.review.review_panel import NoteDialog, ReviewPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def aid(become, db: Database, answered: str) -> str:
    """Submitted for review, and the reviewer at the keyboard."""
    assessments.set_status(db, answered, "submitted", note="please review")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    return answered


def open_panel(qtbot, db: Database, aid: str) -> ReviewPanel:
    panel = ReviewPanel(db, aid)
    qtbot.addWidget(panel)
    panel.resize(380, 720)
    panel.show()
    return panel


def type_note(monkeypatch, text: str | None) -> list[str]:
    """Answer the next note dialogs with `text` (None: Cancel); returns their titles."""
    titles: list[str] = []

    def run(dialog: NoteDialog) -> QDialog.DialogCode:
        titles.append(dialog.windowTitle())
        if text is None:
            return QDialog.DialogCode.Rejected
        dialog.edit.setPlainText(text)
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", run)
    return titles


def cell(panel: ReviewPanel, row: int, column: int) -> str:
    return panel.table.item(row, column).text()


def test_accept_return_next_and_counts(qtbot, db, aid, monkeypatch) -> None:
    panel = open_panel(qtbot, db, aid)
    assert set(panel.step_buttons) == {"in_review", "returned", "validated"}
    assert [cell(panel, 2, c) for c in range(4)] == ["0", "0", "4", "0"]  # all domains
    seen: list[str] = []
    changes: list = []
    panel.go_to_question.connect(seen.append)
    panel.changed.connect(changes.append)

    panel.show_question("Q1")
    assert "Q1" in panel.question_label.text() and "Yes" in panel.question_label.text()
    asked: list[str] = []

    def question(_parent, title, text, *_args):  # Q1 needs evidence and has none: asked, then "No", then "Yes"
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert answers.get_answer(db, aid, "Q1").review_state == "not_reviewed"  # not without a yes
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "evidence this question requires is missing" in asked[0]
    assert answers.get_answer(db, aid, "Q1").review_state == "accepted"
    assert assessments.get(db, aid).status == "in_review"  # the first decision starts the review
    assert seen == ["Q1b"] and panel.code == "Q1b"  # moved on to the next one to review
    assert "status" in changes[0].kinds
    assert [cell(panel, 0, c) for c in range(3)] == ["1", "0", "1"]

    titles = type_note(monkeypatch, None)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert titles == ["Return Q1b"] and answers.get_answer(db, aid, "Q1b").review_state == "not_reviewed"
    type_note(monkeypatch, "Which law says so?")
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert answers.get_answer(db, aid, "Q1b").review_state == "returned"
    assert [c.text for c in comments.for_question(db, aid, "Q1b")] == ["Which law says so?"]
    assert [cell(panel, 0, c) for c in range(4)] == ["1", "1", "0", "1"]
    assert panel.code == "Q3"

    panel.show_question("Q1b")
    assert "Which law says so?" in panel.state_label.text()
    with qtbot.waitSignal(panel.filter_toggled) as blocker:
        panel.filter_box.setChecked(True)
    assert blocker.args == [True] and panel.attention_codes() == ["Q1b"]

    panel.show_question("Q5")  # unanswered: returned, never accepted
    assert not panel.accept_button.isEnabled() and panel.return_button.isEnabled()


def test_status_steps_follow_the_workflow(become, qtbot, db, aid, monkeypatch, error_boxes) -> None:
    panel = open_panel(qtbot, db, aid)
    titles = type_note(monkeypatch, "All checked")
    qtbot.mouseClick(panel.step_buttons["validated"], Qt.MouseButton.LeftButton)
    assert titles == []  # refused before the reviewer typed a note for nothing
    (box,) = error_boxes
    assert box.text() == "4 answers are not accepted yet (Q1, Q1b, Q3, Q7)"  # a StateError, shown plainly
    assert assessments.get(db, aid).status == "submitted"

    for code in ("Q1", "Q1b", "Q3", "Q7"):
        review.accept(db, aid, code)
    panel.refresh()
    assert set(panel.step_buttons) == {"returned", "validated"}
    qtbot.mouseClick(panel.step_buttons["validated"], Qt.MouseButton.LeftButton)
    assert assessments.get(db, aid).status == "validated"
    step = audit.events(db, aid, entity="assessment")[-1]
    assert (step.field, step.new_value, step.reason) == ("status", "validated", "All checked")
    assert panel.step_buttons == {} and not panel.accept_button.isEnabled()

    become(db, "Amina Focal", "Ministry of Labour", "focal_point")
    panel.refresh()
    assert set(panel.step_buttons) == {"approved"}
    assert panel.note_label.text() == "IOM validated the assessment: approve it to close the round."
    assert not panel.accept_button.isVisible() and not panel.return_button.isVisible()
    qtbot.mouseClick(panel.step_buttons["approved"], Qt.MouseButton.LeftButton)
    assert assessments.get(db, aid).status == "approved"


def test_the_decision_buttons_stay_in_place_as_the_steps_change(qtbot, db, aid, monkeypatch) -> None:
    """"Start the review" goes and "Return…" and "Validate…" stay: Accept does not jump under the pointer."""
    panel = open_panel(qtbot, db, aid)
    panel.show_question("Q1")
    qtbot.wait(10)
    where = panel.accept_button.mapTo(panel, panel.accept_button.rect().topLeft())
    assert len(panel.step_buttons) == 3
    type_note(monkeypatch, "Starting")
    qtbot.mouseClick(panel.step_buttons["in_review"], Qt.MouseButton.LeftButton)
    assert assessments.get(db, aid).status == "in_review" and len(panel.step_buttons) == 2
    qtbot.wait(10)
    assert panel.accept_button.mapTo(panel, panel.accept_button.rect().topLeft()) == where


def test_the_role_setting_gives_a_focal_point_no_review_controls(qtbot, db, answered) -> None:
    """The focal point sets "Reviewer" in the settings: their key still holds the focal point's role."""
    from mgi_desktop.ui.assessment.assessment_view import AssessmentView

    assessments.set_status(db, answered, "submitted")
    db.set_user("Amina Focal", "IOM (she says)", "reviewer")  # the same person, the same key
    view = AssessmentView(db, answered)
    qtbot.addWidget(view)
    view.show()
    assert not view.review_panel_wanted() and view.review_panel is None
    panel = open_panel(qtbot, db, answered)  # even a panel made by hand offers no decision
    for button in (panel.accept_button, panel.return_button, panel.next_button, panel.auto_next):
        assert not button.isVisible()
    assert "returned" not in panel.step_buttons and "validated" not in panel.step_buttons


def test_return_needs_a_reason(qtbot) -> None:
    dialog = NoteDialog(None, "Return Q1", "Why?", required=True)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.edit.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.edit.setPlainText("Missing law")
    assert dialog.ok.isEnabled() and dialog.text() == "Missing law"


def test_picture(qtbot, db, aid, picture) -> None:
    review.accept(db, aid, "Q1")
    review.return_answer(db, aid, "Q1b", "Which law says so? Please cite the article.")
    panel = open_panel(qtbot, db, aid)
    panel.show_question("Q1b")
    assert panel.code == "Q1b" and "Which law says so?" in panel.state_label.text()
    picture(panel, "review")
