"""The findings page, review panel, audit trail, exchange dialogs and rounds, reached from the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, comments, findings, review
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import FindingCategory
from mgi_desktop.ui.exchange.import_dialog import ImportDialog
from mgi_desktop.ui.exchange.send_dialog import SendDialog
from mgi_desktop.ui.models.navigator import CODE_ROLE, KIND_ROLE
from mgi_desktop.ui.review.audit_view import AuditDialog
from mgi_desktop.ui.review.review_panel import NoteDialog
from mgi_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def menu_action(window: MainWindow, text: str) -> QAction:
    """An action of the window's menus by its text (what a person clicks)."""
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text() == text:
                return action
    raise AssertionError(f"no menu action {text!r}")


def tree_codes(window: MainWindow) -> list[str]:
    tree = window.view.tree
    model, codes = tree.model(), []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == "question":
                codes.append(index.data(CODE_ROLE))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return codes


def test_findings_page_from_the_view_menu_and_its_shortcut(
        qtbot, make_window, db: Database, answered: str, monkeypatch) -> None:
    aid = answered
    window = make_window(db, active=True)
    action = menu_action(window, "&Findings")
    assert not action.isEnabled()  # a stand-in while nothing is open
    assert window.open_assessment(aid)
    action = menu_action(window, "&Findings")
    assert action is window.view.findings_action and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.view.findings
    assert page is not None and window.view.stack.currentWidget() is page

    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *args, **kw: ("Health care is open to all migrants.", True)))
    qtbot.mouseClick(page.add_buttons[FindingCategory.WELL_DEVELOPED], Qt.MouseButton.LeftButton)
    stored = findings.list_findings(db, aid, domain=1)
    assert [f.text for f in stored] == ["Health care is open to all migrants."]
    assert "Saved" in window.statusBar().currentMessage()

    page.go_to_question.emit("Q1b")  # a linked question clicked on the page
    assert window.view.stack.currentWidget() is window.view.page and window.view.current_code == "Q1b"
    # the page is re-read each time it is shown: a finding added elsewhere appears
    findings.add(db, aid, 1, "potential", "Registration could be simpler.")
    action.trigger()
    assert page.lists[FindingCategory.POTENTIAL].count() == 1


def test_review_panel_for_a_reviewer_follows_the_question_and_filters_the_navigator(become,
        qtbot, make_window, db: Database, answered: str, mini: Framework, monkeypatch) -> None:
    aid = answered
    assessments.set_status(db, aid, "submitted", note="please review")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    window = make_window(db, active=True)
    assert window.open_assessment(aid)
    view = window.view
    panel = view.review_panel
    assert panel is not None and panel.isVisible()
    assert panel.code is None  # the overview is showing
    view.go_to("Q1")
    assert panel.code == "Q1" and "Q1" in panel.question_label.text()
    view.show_overview()
    assert panel.code is None
    view.go_to("Q3")

    def note(dialog: NoteDialog) -> QDialog.DialogCode:
        dialog.edit.setPlainText("Which register is this count from?")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", note)
    panel.auto_next.setChecked(False)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert answers.get_answer(db, aid, "Q3").review_state == "returned"
    assert view.data.statuses["Q3"].returned  # the navigator's cache took the panel's change in
    assert assessments.get(db, aid).status == "in_review"

    panel.filter_box.setChecked(True)
    assert view.filter_combo.currentData() == "attention"
    assert tree_codes(window) == review.attention(db, aid) == ["Q3"]
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("all"))
    assert not panel.filter_box.isChecked()
    assert len(tree_codes(window)) == len(mini.codes())
    comments.add(db, aid, "Q1", "Is this the 2015 law?")
    panel.filter_box.setChecked(True)
    assert tree_codes(window) == ["Q1", "Q3"] or view.data.statuses["Q1"].open_comments == 0
    panel.filter_box.setChecked(False)
    assert view.filter_combo.currentData() == "all"

    panel.next_to_review()  # the panel moves the view along
    assert view.current_code == panel.code != "Q3"


def test_review_panel_shows_for_the_focal_point_only_while_returned(become,
        make_window, db: Database, answered: str, monkeypatch) -> None:
    aid = answered
    window = make_window(db, active=True)
    assert window.open_assessment(aid)
    assert window.view.review_panel is None  # a draft: nothing to show
    assert window.close_assessment()
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    review.return_answer(db, aid, "Q3", "Which register?")
    assessments.set_status(db, aid, "returned", note="see Q3")
    become(db, "Amina Focal", "Ministry of Labour", "focal_point")
    assert window.open_assessment(aid)
    view = window.view
    panel = view.review_panel
    assert panel is not None and panel.isVisible()
    assert set(panel.step_buttons) == {"resubmitted"}
    answers.set_answer(db, aid, "Q3", 14)  # revised (through the service, as the page would)
    from mgi_desktop.ui.assessment.submit_check import SubmittedBox

    monkeypatch.setattr(SubmittedBox, "open", lambda box: None)
    panel.step_buttons["resubmitted"].click()
    check = view.submit_check  # resubmitting goes through the check: it lists returned answers not revised
    assert view.stack.currentWidget() is check
    check.anyway.setChecked(True)
    check.note.setPlainText("Q3 revised; Q5 and Q6 next month")
    check.submit_button.click()
    assert assessments.get(db, aid).status == "resubmitted"
    assert not panel.isVisible()  # the focal point's turn is over
    assert view.data.read_only_cause() == "resubmitted"


def test_audit_trail_and_question_history_from_the_view_menu(
        qtbot, make_window, db: Database, answered: str, monkeypatch) -> None:
    aid = answered
    window = make_window(db, active=True)
    assert window.open_assessment(aid)
    opened: list[AuditDialog] = []
    monkeypatch.setattr(AuditDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    history = menu_action(window, "&History of this question…")
    assert not history.isEnabled()  # the overview is showing
    menu_action(window, "&Audit trail…").trigger()
    assert opened[-1].question is None
    assert {row.question for row in opened[-1].shown_rows()} >= {"Q1", "Q3"}
    window.view.go_to("Q3")
    assert history.isEnabled() and history.shortcut().toString() == "Ctrl+Shift+H"
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened[-1].question == "Q3"
    assert opened[-1].shown_rows() and {row.question for row in opened[-1].shown_rows()} == {"Q3"}


def test_follow_up_round_then_compare_with_the_previous_round(
        make_window, db: Database, answered: str, monkeypatch) -> None:
    aid = answered
    window = make_window(db, active=True)
    follow_up = menu_action(window, "Start &follow-up round…")
    assert window.open_assessment(aid)
    compare = menu_action(window, "&Compare with the previous round…")
    assert not compare.isEnabled()  # the first round
    from mgi_desktop.ui.assessment.follow_up_dialog import FollowUpDialog

    seen: list[tuple[str, str]] = []

    def review_and_start(dialog: FollowUpDialog) -> int:  # read the plan, then "Start round 2"
        seen.append((dialog.start_button.text(), dialog.summary.text()))
        dialog.start_button.click()
        return int(dialog.result())

    monkeypatch.setattr(FollowUpDialog, "exec", review_and_start)
    assert follow_up.isEnabled()
    follow_up.trigger()
    assert seen and seen[0][0] == "&Start round 2"
    given = [v for v in answers.list_answers(db, aid).values() if v.value is not None]
    assert seen[0][1] == f"{len(given)} answers carried as they were, 0 to confirm, 0 not carried, 0 new questions."
    new_id = window.current_assessment_id()
    assert new_id != aid
    new = assessments.get(db, new_id)
    assert new.previous_id == aid and new.round == 2
    assert answers.get_answer(db, new_id, "Q3").carried_over

    answers.set_answer(db, new_id, "Q3", 20)
    compare = menu_action(window, "&Compare with the previous round…")
    assert compare is window.view.compare_action and compare.isEnabled()
    compare.trigger()
    from mgi_desktop.ui.review.round_compare import RoundCompareDialog

    dialog = window.view.findChild(RoundCompareDialog)
    assert dialog.isVisible() and dialog.comparison is not None
    assert [row.code for row in dialog.shown_rows()] == ["Q3"]
    index = dialog.table.model().index(0, 0)
    dialog.table.doubleClicked.emit(index)
    assert window.view.current_code == "Q3"
    dialog.close()

    # a second follow-up of the same round is refused, plainly
    shown: list[str] = []
    from mgi_desktop.ui import errors as ui_errors

    monkeypatch.setattr(ui_errors.ErrorBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert window.open_assessment(aid)
    follow_up.trigger()
    assert window.current_assessment_id() == aid and shown and "already follows" in shown[0]


def send_through_dialog(monkeypatch, target: Path, password: str = "") -> None:
    def run(dialog: SendDialog) -> QDialog.DialogCode:
        dialog.file.setText(str(target))
        if password:
            dialog.by_password.setChecked(True)
            dialog.password.setText(password)
            dialog.repeat.setText(password)
        dialog.write()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(SendDialog, "exec", run)


def test_send_and_receive_through_the_dialogs_closing_the_open_view_first(
        make_window, db: Database, answered: str, reviewer_db: Database, tmp_path: Path, monkeypatch) -> None:
    aid = answered
    assessments.set_status(db, aid, "submitted")
    window = make_window(db, active=True)
    assert window.open_assessment(aid)
    package = tmp_path / "kgz.mgi"
    send_through_dialog(monkeypatch, package, "correct horse")
    menu_action(window, "&Send for review or back…").trigger()
    assert package.exists() and "kgz.mgi" in window.statusBar().currentMessage()

    other = reviewer_db
    second = make_window(other, active=True)
    monkeypatch.setattr(ImportDialog, "ask_password", lambda dialog, again: "correct horse")

    def import_now(dialog: ImportDialog) -> QDialog.DialogCode:
        if not dialog.confirm.isHidden():  # a key met for the first time: the user compared its fingerprint
            assert dialog.preview is not None and dialog.preview.unverified
            assert not dialog.import_button.isEnabled()
            dialog.confirm.setChecked(True)
        dialog.apply()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", import_now)
    assert second.file_actions.receive(package)
    assert second.current_assessment_id() == aid
    assert assessments.values(other, aid) == assessments.values(db, aid)

    # the reviewer returns an answer and sends it back; the focal point has it open when receiving
    review.return_answer(other, aid, "Q3", "Which register?")
    back = tmp_path / "back.mgi"
    send_through_dialog(monkeypatch, back, "correct horse")
    second.file_actions.trigger("send")
    assert back.exists()
    second.close()
    other.close()

    views_at_exec: list[object] = []

    def check_closed(dialog: ImportDialog) -> QDialog.DialogCode:
        views_at_exec.append(window.view)
        return import_now(dialog)

    monkeypatch.setattr(ImportDialog, "exec", check_closed)
    old_view = window.view
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **kw: ("", False))
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: (str(back), ""))
    menu_action(window, "&Import or receive…").trigger()
    assert views_at_exec == [None]  # closed before the import wrote anything
    assert window.view is not None and window.view is not old_view and window.current_assessment_id() == aid
    assert window.view.data.statuses["Q3"].returned  # the new view shows the imported decision


def test_cancelled_import_of_the_open_assessment_reopens_it(
        make_window, db: Database, answered: str, reviewer_db: Database, tmp_path: Path, monkeypatch) -> None:
    from mgi_desktop.exchange import receive, send

    aid = answered
    assessments.set_status(db, aid, "submitted")
    send.export_package(db, aid, tmp_path / "out.mgi")
    other = reviewer_db
    receive.apply_import(other, tmp_path / "out.mgi")
    review.return_answer(other, aid, "Q3", "Which register?")
    send.export_package(other, aid, tmp_path / "back.mgi")
    other.close()

    window = make_window(db, active=True)
    assert window.open_assessment(aid)
    shown: list[object] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: shown.append(window.view) or QDialog.DialogCode.Rejected)
    assert not window.file_actions.receive(tmp_path / "back.mgi")
    assert shown == [None]  # closed while the dialog was up
    assert window.current_assessment_id() == aid  # and open again after Cancel
    assert answers.get_answer(db, aid, "Q3").review_state != "returned"  # nothing imported
