"""The assessment view driven like a person would: keys, clicks, closing and reopening."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from sqlmodel import select

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, comments, evidence
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer
from mgi_desktop.ui.assessment.assessment_view import AssessmentView
from mgi_desktop.ui.assessment.evidence_dialog import EvidenceDialog
from mgi_desktop.ui.models.navigator import CODE_ROLE, KIND_ROLE, STATE_ROLE
from mgi_desktop.ui.widgets.plain_text import TYPING_DELAY_MS

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _later_after_submitting(monkeypatch) -> None:
    """The "submitted, not yet with IOM" box is answered "Later" (tests/ui/test_guided_workflow.py drives it)."""
    from mgi_desktop.ui.assessment.submit_check import SubmittedBox

    monkeypatch.setattr(SubmittedBox, "open", lambda box: None)


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    return assessments.create(db, mini, country="KGZ").id


def open_view(qtbot, db: Database, aid: str) -> AssessmentView:
    view = AssessmentView(db, aid)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    with qtbot.waitActive(view):  # shortcuts act only in the active window
        view.show()
        view.activateWindow()
    return view


def saved(db: Database, aid: str) -> dict:
    return {code: v.value for code, v in answers.list_answers(db, aid).items()}


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def type_line(qtbot, view: AssessmentView, text: str) -> None:
    line = view.page.editor.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    press(qtbot, line, Qt.Key.Key_Return)


def test_every_type_from_the_keyboard_survives_reopening(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    progress = []
    view.changed.connect(lambda: progress.append(view.data.progress.overall.answered))
    view.go_to("Q1")
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_P)  # Y / P / N keys
    assert saved(db, aid)["Q1"] == "partially"
    press(qtbot, view.page.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_code == "Q1b"
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_1)  # choices by number
    press(qtbot, view.page.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_code == "Q2"
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_1)
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_3)
    view.next_action.trigger()
    type_line(qtbot, view, "12")
    press(qtbot, view.page.editor.line, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_code == "Q4"
    # the keyboard user keeps typing: focus moved into the new question's editor
    assert QApplication.focusWidget() is view.page.editor.edit
    qtbot.keyClicks(view.page.editor.edit, "Sets migration policy")
    qtbot.waitUntil(lambda: saved(db, aid)["Q4"] == "Sets migration policy", timeout=TYPING_DELAY_MS * 5)
    view.next_action.trigger()
    type_line(qtbot, view, "2019-03-01")
    view.next_action.trigger()
    type_line(qtbot, view, "2020")
    view.next_action.trigger()
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_Y)
    view.go_to("Q8")
    type_line(qtbot, view, "3")
    assert progress == sorted(progress) and progress[-1] == 9
    assert saved(db, aid) == {"Q1": "partially", "Q1b": "all", "Q2": ["law", "website"], "Q3": 12,
                              "Q4": "Sets migration policy", "Q5": "2019-03-01", "Q6": 2020, "Q7": "yes", "Q8": 3}
    view.show_overview()
    assert [view.overview.bars[n].value() for n in (1, 2)] == [100, 100]
    assert view.model.domain_index(2).data().endswith("(6/6)")
    view.close()

    again = open_view(qtbot, db, aid)
    again.go_to("Q1")
    assert [b.text().replace("&", "") for b in again.page.editor.buttons if b.isChecked()] == ["Partially"]
    again.go_to("Q2")
    assert [b.isChecked() for b in again.page.editor.buttons] == [True, False, True]
    again.go_to("Q3")
    assert again.page.editor.line.text() == "12"
    again.go_to("Q4")
    assert again.page.editor.edit.toPlainText() == "Sets migration policy"
    again.go_to("Q6")
    assert again.page.editor.line.text() == "2020"


def test_progress_and_navigator_follow_each_answer(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    messages = []
    view.status_message.connect(messages.append)
    view.go_to("Q7")
    assert view.model.index_of("Q7").data(STATE_ROLE) == "required_missing"
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_N)
    assert view.model.index_of("Q7").data(STATE_ROLE) == "answered"
    assert view.data.progress.domains[2].answered == 1
    assert messages and messages[-1].startswith("Saved ")
    view.show_overview()
    assert view.overview.bars[2].value() == 17  # 1 of 6
    assert view.overview.wheel._segments[1][2] == 16.7


def test_justification_typed_then_closed_at_once_is_kept(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q3")
    view.page.justification.setFocus()
    qtbot.keyClicks(view.page.justification, "Staff list 2023")
    view.close()  # before the typing pause ends
    assert answers.list_answers(db, aid)["Q3"].justification == "Staff list 2023"


def test_typed_answer_closed_at_once_is_kept(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q4")
    qtbot.keyClicks(view.page.editor.edit, "Coordinates ministries")
    view.close()
    assert saved(db, aid)["Q4"] == "Coordinates ministries"


def test_failed_save_is_shown_and_tried_again(qtbot, db: Database, aid: str, monkeypatch, error_boxes) -> None:
    from mgi_desktop.errors import StorageError
    from mgi_desktop.storage import db as db_module

    real = answers.set_answer
    calls = []

    def flaky(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise StorageError(db_module.DISK(Path("mgi.sqlite")))
        return real(*args, **kwargs)

    monkeypatch.setattr(answers, "set_answer", flaky)
    view = open_view(qtbot, db, aid)
    view.go_to("Q3")
    type_line(qtbot, view, "30")
    assert [box.text() for box in error_boxes] == ["mgi.sqlite: the disk is failing; nothing was saved"]
    assert view.page.editor.line.text() == "30"  # the typed answer stays on screen
    view.next_action.trigger()  # leaving the question tries again
    assert saved(db, aid)["Q3"] == 30
    assert len(error_boxes) == 1


def test_a_full_disk_offers_to_free_space_and_try_again(qtbot, db: Database, aid: str, monkeypatch) -> None:
    """The save is tried again from the dialog: no restore, nothing typed lost, saved once there is room."""
    from mgi_desktop import disk
    from mgi_desktop.storage import db as db_module
    from mgi_desktop.ui import errors as ui_errors

    real = answers.set_answer
    calls = []

    def full_twice(*args, **kwargs):
        calls.append(args)
        if len(calls) <= 2:
            raise disk.disk_full(db.path.parent, db_module.NOTHING_SAVED(), needed=disk.DATABASE_HEADROOM,
                                 subject=db.path)
        return real(*args, **kwargs)

    shown: list[tuple[str, list[str]]] = []

    def click_try_again(box: ui_errors.ErrorBox) -> int:
        buttons = [b.text() for b in box.buttons()]
        shown.append((box.text(), buttons))
        assert not any("Restore" in text for text in buttons)
        (retry,) = [b for b in box.buttons() if b.text() == "Try again"]
        retry.click()
        return 0

    monkeypatch.setattr(answers, "set_answer", full_twice)
    monkeypatch.setattr(ui_errors.ErrorBox, "exec", click_try_again)
    view = open_view(qtbot, db, aid)
    view.go_to("Q3")
    type_line(qtbot, view, "30")
    assert len(shown) == 2  # full twice, then room: saved on the third try, from the same typed value
    text, buttons = shown[0]
    assert "not enough space on the disk of" in text and "nothing was saved; everything saved before is kept" in text
    assert "Show the folder" in buttons and "Cancel" in buttons
    assert saved(db, aid)["Q3"] == 30


def test_typed_number_saved_when_moving_on_without_enter(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q3")
    qtbot.keyClicks(view.page.editor.line, "45")
    view.next_action.trigger()
    assert saved(db, aid)["Q3"] == 45


def test_inline_messages_for_bad_and_breaking_values(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q3")
    assert "required" in view.page.message_label.text()
    qtbot.keyClicks(view.page.editor.line, "abc")
    assert view.page.messages.isVisibleTo(view.page)
    assert "not a number" in view.page.message_label.text()
    press(qtbot, view.page.editor.line, Qt.Key.Key_Return)
    assert saved(db, aid)["Q3"] is None  # not a number: nothing saved
    view.go_to("Q6")
    type_line(qtbot, view, "1900")
    assert saved(db, aid)["Q6"] == 1900  # typed work is kept ...
    assert "1950" in view.page.message_label.text()  # ... and the rule it breaks is shown
    assert view.model.index_of("Q6").data(STATE_ROLE) == "invalid"
    type_line(qtbot, view, "1990")
    assert not view.page.messages.isVisibleTo(view.page)


def test_skipped_question_is_greyed_with_its_reason(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q1")
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_N)
    assert view.model.index_of("Q1b").data(STATE_ROLE) == "not_applicable"
    view.go_to("Q1b")
    assert view.page.not_applicable.isVisibleTo(view.page)
    text = view.page.not_applicable.text.text()
    assert text == ("Not applicable: This question is asked only when the answer to Q1 (“Do migrants have access "
                    "to health care?”) is not “No”. The answer to Q1 is now “No”.")
    assert "${" not in text and "!=" not in text
    assert not view.page.answer_box.isEnabled()


def test_undo_and_redo_save_through_the_service(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q7")
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_Y)
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_N)
    view.go_to("Q3")
    assert view.undo_action.isEnabled() and not view.redo_action.isEnabled()
    view.undo_action.trigger()
    assert saved(db, aid)["Q7"] == "yes"
    assert view.current_code == "Q7"  # undo shows what it changed
    assert view.page.editor.buttons[0].isChecked()
    view.undo_action.trigger()
    assert saved(db, aid)["Q7"] is None
    view.redo_action.trigger()
    view.redo_action.trigger()
    assert saved(db, aid)["Q7"] == "no"
    assert not view.redo_action.isEnabled()


def test_evidence_add_with_file_edit_and_remove(qtbot, db: Database, aid: str, tmp_path: Path,
                                                monkeypatch) -> None:
    law = tmp_path / "health-law.pdf"
    law.write_bytes(b"%PDF-1.4 health law")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(law), ""))

    def fill_and_accept(dialog: EvidenceDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("law"))
        dialog.title.setText(dialog.title.text() or "Health Law")
        dialog.year.setText("2019")
        if not dialog._had_file:
            dialog.attach.click()
        else:
            dialog.title.setText("Health Law (amended)")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", fill_and_accept)
    view = open_view(qtbot, db, aid)
    view.go_to("Q1")
    view.page.evidence.add_button.click()
    items = evidence.for_question(db, aid, "Q1")
    assert [(i.title, i.year, i.file_name) for i in items] == [("Health Law", 2019, "health-law.pdf")]
    assert view.page.evidence.list.count() == 1
    view.page.evidence.list.setCurrentRow(0)
    view.page.evidence.edit_button.click()
    assert evidence.for_question(db, aid, "Q1")[0].title == "Health Law (amended)"
    assert "amended" in view.page.evidence.list.item(0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.page.evidence.list.setCurrentRow(0)
    view.page.evidence.remove_button.click()
    assert evidence.for_question(db, aid, "Q1") == []
    assert view.page.evidence.list.count() == 0


@pytest.mark.skipif(sys.platform == "win32", reason="a link as POSIX makes it")
def test_a_link_chosen_as_evidence_file_is_refused_in_the_error_dialog(qtbot, db: Database, aid: str, tmp_path: Path,
                                                                      monkeypatch, error_boxes) -> None:
    link = tmp_path / "passwd.pdf"
    link.symlink_to("/etc/passwd")
    asked: list[dict] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(k), (str(link), ""))[1])

    def fill_and_accept(dialog: EvidenceDialog) -> int:
        dialog.title.setText("Passwords")
        dialog.attach.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", fill_and_accept)
    view = open_view(qtbot, db, aid)
    view.go_to("Q1")
    view.page.evidence.add_button.click()
    assert asked and asked[0]["options"] & QFileDialog.Option.DontResolveSymlinks  # the link, not its target
    assert [box.text() for box in error_boxes] == [
        f"{link}: is a symbolic link: attach the file itself, not a link to it; nothing was stored"]
    assert evidence.for_question(db, aid, "Q1") == []
    assert view.page.evidence.list.count() == 0
    assert not db.attachments.folder.exists()


def test_a_javascript_address_is_refused_in_the_error_dialog(qtbot, db: Database, aid: str, monkeypatch,
                                                              error_boxes) -> None:
    def fill_and_accept(dialog: EvidenceDialog) -> int:
        dialog.title.setText("Health Law")
        dialog.url.setText(" JaVaScRiPt:alert(1)")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", fill_and_accept)
    view = open_view(qtbot, db, aid)
    view.go_to("Q1")
    view.page.evidence.add_button.click()
    assert [box.text() for box in error_boxes] == [
        "evidence url: a web address starting with javascript: is not allowed; give an address that starts with "
        "http:// or https:// (or mailto: for an e-mail address)"]
    assert evidence.for_question(db, aid, "Q1") == []


def test_comments_resolve_and_flag(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q5")
    thread = view.page.comment_thread
    qtbot.keyClicks(thread.edit, "Which decree?")
    press(qtbot, thread.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [c.text for c in comments.for_question(db, aid, "Q5")] == ["Which decree?"]
    assert thread.edit.toPlainText() == ""
    thread.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert comments.for_question(db, aid, "Q5")[0].resolved
    view.page.flag.click()
    assert answers.list_answers(db, aid)["Q5"].flagged
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("flagged"))
    shown = view.proxy.match(view.proxy.index(0, 0), KIND_ROLE, "question", -1, Qt.MatchFlag.MatchRecursive)
    assert [i.data(CODE_ROLE) for i in shown] == ["Q5"]


def test_search_finds_questions_by_code_and_text(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.find_action.trigger()
    qtbot.keyClicks(view.search, "strategy public")
    press(qtbot, view.search, Qt.Key.Key_Return)
    assert view.current_code == "Q7"


def test_submit_check_links_problems_and_submits_with_a_note(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.submit_action.trigger()
    check = view.submit_check
    codes = [check.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(check.list.count())]
    assert codes == ["Q1", "Q1b", "Q3", "Q5", "Q6", "Q7"]
    assert not check.submit_button.isEnabled()
    check.list.itemActivated.emit(check.list.item(2))
    assert view.current_code == "Q3" and view.stack.currentWidget() is view.page
    view.submit_action.trigger()
    check.anyway.setChecked(True)
    assert not check.submit_button.isEnabled()  # a note is needed to submit with problems
    qtbot.keyClicks(check.note, "Data for Q3 comes next month")
    assert check.submit_button.isEnabled()
    check.submit_button.click()
    assert assessments.get(db, aid).status == "submitted"
    view.go_to("Q7")
    assert view.page.read_only.isVisibleTo(view.page)
    assert not view.page.editor.buttons[0].isEnabled()
    assert view.page.flag.isEnabled()  # flags and comments stay open


def test_clean_assessment_submits_without_confirmation(qtbot, db: Database, complete: str) -> None:
    aid = complete
    view = open_view(qtbot, db, aid)
    view.submit_action.trigger()
    assert view.submit_check.list.count() == 0
    assert view.submit_check.submit_button.isEnabled()
    view.submit_check.submit_button.click()
    assert assessments.get(db, aid).status == "submitted"


def test_reviewer_sees_answers_read_only(become, qtbot, db: Database, aid: str) -> None:
    answers.set_answer(db, aid, "Q7", "yes")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    view = open_view(qtbot, db, aid)
    view.go_to("Q7")
    assert "reviewer" in view.page.read_only.text.text()
    assert not view.page.editor.buttons[0].isEnabled()
    assert view.page.justification.isReadOnly()
    assert not view.undo_action.isEnabled()


def test_carried_over_answer_is_confirmed(qtbot, db: Database, aid: str) -> None:
    answers.set_answer(db, aid, "Q7", "yes")
    with db.transaction() as session:  # as the next-round service leaves it
        row = session.exec(select(Answer).where(Answer.assessment_id == aid,
                                                Answer.question_code == "Q7")).one()
        row.carried_over = True
        session.add(row)
    view = open_view(qtbot, db, aid)
    view.go_to("Q7")
    assert view.page.carried_over.isVisibleTo(view.page)
    view.page.carried_over.button.click()
    assert not answers.list_answers(db, aid)["Q7"].carried_over
    assert not view.page.carried_over.isVisibleTo(view.page)


def test_previous_and_next_stop_at_the_ends(qtbot, db: Database, aid: str, mini: Framework) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to(mini.codes()[0])
    assert not view.previous_action.isEnabled() and not view.page.previous_button.isEnabled()
    for _ in mini.codes():
        view.next_action.trigger()
    assert view.current_code == mini.codes()[-1]
    assert not view.next_action.isEnabled()
    view.page.previous_button.click()
    assert view.current_code == mini.codes()[-2]
    QApplication.processEvents()


def test_tab_order_runs_through_the_page(qtbot, db: Database, aid: str) -> None:
    view = open_view(qtbot, db, aid)
    view.go_to("Q3")
    view.page.focus_answer()
    assert QApplication.focusWidget() is view.page.editor.line
    seen = []
    for _ in range(4):
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    page = view.page
    assert seen == [page.clear_button, page.justification, page.evidence.add_button, page.comment_thread.edit]


def test_controls_have_accessible_names(qtbot, db: Database, aid: str, mini: Framework) -> None:
    view = open_view(qtbot, db, aid)
    for code in mini.codes():
        view.go_to(code)
        for widget in view.page.editor.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(view):
                assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), widget
    for widget in (view.tree, view.search, view.filter_combo, view.page.justification):
        assert widget.accessibleName()


def test_returned_answer_is_marked_then_revised_and_resubmitted(become, qtbot, db: Database, complete: str) -> None:
    from mgi_desktop.services import review

    aid = complete
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    review.return_answer(db, aid, "Q7", "The strategy was published in 2021.")
    assessments.set_status(db, aid, "returned", note="One answer to revise")
    become(db, "Amina Focal", "Ministry of Labour", "focal_point")

    view = open_view(qtbot, db, aid)
    assert view.model.index_of("Q7").data(STATE_ROLE) == "returned"
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("returned"))
    shown = view.proxy.match(view.proxy.index(0, 0), KIND_ROLE, "question", -1, Qt.MatchFlag.MatchRecursive)
    assert [i.data(CODE_ROLE) for i in shown] == ["Q7"]
    view.go_to("Q7")
    assert view.page.returned.isVisibleTo(view.page)
    assert view.page.returned.text.text().startswith("The reviewer returned this answer")
    assert view.page.comment_thread.list.count() == 1  # the reviewer's reason
    press(qtbot, view.page.editor.buttons[0], Qt.Key.Key_Y)
    assert view.model.index_of("Q7").data(STATE_ROLE) == "answered"
    assert not view.page.returned.isVisibleTo(view.page)
    view.submit_action.trigger()
    qtbot.keyClicks(view.submit_check.note, "Revised Q7")
    view.submit_check.submit_button.click()
    assert assessments.get(db, aid).status == "resubmitted"


def test_reviewer_sees_a_returned_answer_as_waiting_for_the_focal_point(become, qtbot, db: Database, aid: str) -> None:
    from mgi_desktop.services import review

    answers.set_answer(db, aid, "Q7", "no")
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    review.return_answer(db, aid, "Q7", "Which strategy?")
    view = open_view(qtbot, db, aid)
    view.go_to("Q7")
    assert view.page.returned.text.text() == (
        "This answer was returned to the focal point; it waits for their revision.")


def test_page_texts_are_selectable_under_the_mouse(qtbot, db: Database, aid: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF
    from PySide6.QtGui import QEnterEvent

    view = open_view(qtbot, db, aid)
    view.go_to("Q1")
    label = view.page.question_label
    QCoreApplication.sendEvent(label, QEvent(QEvent.Type.Leave))  # wherever the pointer starts
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # laid out cheaply
    QCoreApplication.sendEvent(label, QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    QCoreApplication.sendEvent(label, QEvent(QEvent.Type.Leave))
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
