"""The guided workflow in the window: the status strip and its one next step, the confirmation after
Submit that the assessment is not yet with IOM, and what came back after an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mgi_desktop.exchange import receive, send
from mgi_desktop.services import assessments, review
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.submit_check import SubmittedBox
from mgi_desktop.ui.exchange.import_dialog import ImportDialog
from mgi_desktop.ui.exchange.send_dialog import SendDialog

pytestmark = pytest.mark.gui


def send_to(monkeypatch, target: Path) -> list[Path]:
    """The send dialog writes `target` unprotected when shown; returns the files written."""
    written: list[Path] = []

    def run(dialog: SendDialog) -> QDialog.DialogCode:
        dialog.file.setText(str(target))
        dialog.write()
        written.append(target)
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(SendDialog, "exec", run)
    return written


def answer_box(monkeypatch, button: str) -> list[str]:
    """The box after Submit is answered with `button` ("send_button" or "later_button")."""
    said: list[str] = []

    def run(box: SubmittedBox) -> None:
        said.append(box.text())
        getattr(box, button).click()

    monkeypatch.setattr(SubmittedBox, "open", run)
    return said


def test_submit_says_it_is_not_yet_with_iom_and_the_strip_leads_to_send(
        qtbot, make_window, db: Database, complete: str, tmp_path: Path, monkeypatch, picture) -> None:
    window = make_window(db, active=True, size=(1366, 768))
    assert window.open_assessment(complete)
    view = window.view
    strip = view.strip
    assert "Draft" in strip.where.text() and "With you" in strip.where.text()
    assert strip.next_button.text() == "Check and submit…"
    qtbot.mouseClick(strip.next_button, Qt.MouseButton.LeftButton)
    check = view.submit_check
    assert view.stack.currentWidget() is check and check.list.count() == 0
    said = answer_box(monkeypatch, "later_button")
    qtbot.keyClicks(check.note, "First round")
    qtbot.mouseClick(check.submit_button, Qt.MouseButton.LeftButton)
    assert assessments.get(db, complete).status == "submitted"
    assert said == ["The assessment is submitted, but IOM does not have it yet."]
    # the page no longer lists problems: it says where the assessment is and what comes next
    assert "Next: send it to IOM" in check.summary.text() and "problem" not in check.summary.text()
    assert check.list.isHidden() and check.submit_button.isHidden() and not check.send_button.isHidden()
    assert "not yet with IOM" in strip.where.text() and strip.next_button.text() == "Send to IOM…"
    assert strip.note.text().startswith("“First round” — Amina Focal")
    assert strip.height() < 80  # two lines at most above the pages
    picture(window, "submitted-not-yet-sent")

    written = send_to(monkeypatch, tmp_path / "kgz.mgi")
    qtbot.mouseClick(strip.next_button, Qt.MouseButton.LeftButton)  # "Send to IOM…": File ▸ Send
    assert written and written[0].exists()
    assert "Sent to IOM — waiting for the review" in strip.where.text() and strip.next_button.isHidden()
    view.submit_action.trigger()
    assert "sent to IOM: waiting for the review" in check.summary.text() and check.send_button.isHidden()


def test_send_now_after_submit_opens_the_send_dialog(qtbot, make_window, db: Database, complete: str,
                                                      tmp_path: Path, monkeypatch) -> None:
    window = make_window(db, active=True)
    assert window.open_assessment(complete)
    view = window.view
    written = send_to(monkeypatch, tmp_path / "now.mgi")
    answer_box(monkeypatch, "send_button")
    view.submit_action.trigger()
    view.submit_check.submit_button.click()
    assert written and "waiting for the review" in view.strip.where.text()


def test_what_came_back_links_each_returned_answer_and_comment(
        qtbot, become, make_window, db: Database, answered: str, reviewer_db: Database, tmp_path: Path,
        monkeypatch, picture) -> None:
    aid = answered
    assessments.set_status(db, aid, "submitted", note="first round")
    send.export_package(db, aid, tmp_path / "p1.mgi")
    receive.apply_import(reviewer_db, tmp_path / "p1.mgi")
    review.accept(reviewer_db, aid, "Q7")
    review.return_answer(reviewer_db, aid, "Q3", "Which register?")
    assessments.set_status(reviewer_db, aid, "returned", note="Q3 needs a source")
    send.export_package(reviewer_db, aid, tmp_path / "back.mgi")
    reviewer_db.close()

    window = make_window(db, active=True, size=(1366, 768))
    assert window.open_assessment(aid)

    def import_now(dialog: ImportDialog) -> QDialog.DialogCode:
        assert dialog.preview is not None and dialog.preview.counts["answers"] == 0  # the reviewer changed none
        assert "1 answers accepted" in dialog.counts.text() and "answers changed" not in dialog.counts.text()
        if not dialog.confirm.isHidden():
            dialog.confirm.setChecked(True)
        dialog.apply()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", import_now)
    assert window.file_actions.receive(tmp_path / "back.mgi")
    view = window.view
    dialog = view.came_back_dialog
    assert dialog is not None and dialog.isVisible()
    header = dialog.header.text()
    assert "Submitted → Returned" in header and "“Q3 needs a source”" in header and "Rita Reviewer" in header
    assert "1 answer was returned to you" in header and "1 answer was accepted" in header
    items = [dialog.list.item(i).text().split("\n")[0] for i in range(dialog.list.count())]
    assert items == ["Q3 — returned to you", "Q3 — comment by Rita Reviewer: Which register?"]
    assert dialog.width() <= 1366 and dialog.height() <= 768
    picture(dialog, "what-came-back")
    strip = view.strip
    assert "Returned to you: 1 answer to revise" in strip.where.text()
    assert strip.note.text().startswith("“Q3 needs a source” — Rita Reviewer")
    assert strip.summary_button.text() == "What came back (1 to look at)…"

    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # the first item: its question
    assert not dialog.isVisible() and view.current_code == "Q3" and view.stack.currentWidget() is view.page
    assert strip.summary_button.isHidden()  # every question of it looked at
    panel = view.review_panel
    assert panel is not None and panel.note_label.text().startswith("To do: change the answer")
    assert "Which register?" in panel.state_label.text()
    assert "only a reviewer" not in panel.note_label.text() and panel.accept_button.isHidden()

    view.go_to("Q1")
    assert strip.next_button.text() == "Revise 1 returned answer"
    qtbot.mouseClick(strip.next_button, Qt.MouseButton.LeftButton)
    assert view.current_code == "Q3" and view.filter_combo.currentData() == "returned"


def test_resubmitting_an_unrevised_returned_answer_asks_for_a_note(
        qtbot, become, make_window, db: Database, complete: str) -> None:
    aid = complete
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    review.return_answer(db, aid, "Q3", "Which register?")
    assessments.set_status(db, aid, "returned", note="see Q3")
    become(db, "Amina Focal", "Ministry of Labour", "focal_point")
    window = make_window(db, active=True)
    assert window.open_assessment(aid)
    view = window.view
    view.submit_action.trigger()
    check = view.submit_check
    assert [check.list.item(i).text().split("\n")[0] for i in range(check.list.count())] == [
        "Q3 — returned by the reviewer, not changed since"]
    assert not check.submit_button.isEnabled()  # confirmed with the box and a note saying why it stands
    check.list.itemActivated.emit(check.list.item(0))
    assert view.current_code == "Q3"


def test_the_reviewers_strip_starts_the_review_then_validates(
        qtbot, become, make_window, db: Database, complete: str, monkeypatch) -> None:
    from mgi_desktop.ui.review.review_panel import NoteDialog

    aid = complete
    assessments.set_status(db, aid, "submitted", note="ready")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    window = make_window(db, active=True)
    assert window.open_assessment(aid)
    view = window.view
    strip = view.strip
    assert "With you: 6 answers to review" in strip.where.text() and strip.next_button.text() == "Start the review"
    assert strip.note.text().startswith("“ready” — Amina Focal")
    qtbot.mouseClick(strip.next_button, Qt.MouseButton.LeftButton)
    assert view.current_code == "Q1" and view.stack.currentWidget() is view.page
    for code in ("Q1", "Q1b", "Q3", "Q5", "Q6", "Q7"):
        review.accept(db, aid, code)
    view.review_panel.refresh()
    view.refresh_standing()
    assert strip.next_button.text() == "Validate…"
    monkeypatch.setattr(NoteDialog, "exec", lambda dialog: dialog.edit.setPlainText("All good") or
                        QDialog.DialogCode.Accepted)
    qtbot.mouseClick(strip.next_button, Qt.MouseButton.LeftButton)
    assert assessments.get(db, aid).status == "validated"
    assert "not yet with the focal point" in strip.where.text()
    assert strip.next_button.text() == "Send to the focal point…"
    assert strip.note.text().startswith("“All good” — Rita Reviewer")
