"""The audit dialog: the trail the services wrote, filtered, sorted and exported as shown."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, comments, evidence, review
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.review.audit_view import AuditDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def aid(become, db: Database, mini: Framework) -> str:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "no")
    answers.set_answer(db, aid, "Q1", "yes")
    answers.set_justification(db, aid, "Q1", "=SUM(A1) the health law")
    evidence.add(db, aid, "Q1", kind="law", title="Health Act 2015")
    answers.set_answer(db, aid, "Q3", 12)
    assessments.set_status(db, aid, "submitted", note="first submission")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    review.return_answer(db, aid, "Q3", "How many are full-time?")
    comments.add(db, aid, "Q1", "Fine.")
    return aid


def open_dialog(qtbot, db, aid, question=None) -> AuditDialog:
    dialog = AuditDialog(db, aid, question)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(dialog: AuditDialog, number: int) -> list[str]:
    return [dialog.proxy.index(r, number).data() for r in range(dialog.proxy.rowCount())]


def test_filters_and_sorting(qtbot, db, aid) -> None:
    dialog = open_dialog(qtbot, db, aid)
    everything = audit.trail(db, aid)
    assert dialog.proxy.rowCount() == len(everything) > 8
    assert [r.id for r in dialog.shown_rows()] == [r.id for r in everything]  # oldest first

    dialog.actor_combo.setCurrentIndex(dialog.actor_combo.findData("Rita Reviewer"))
    assert set(column(dialog, 1)) == {"Rita Reviewer"}
    assert dialog.proxy.rowCount() == len(audit.trail(db, aid, actor="Rita Reviewer"))
    dialog.actor_combo.setCurrentIndex(0)
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("answer"))
    assert set(column(dialog, 3)) == {"Answer"}
    qtbot.keyClicks(dialog.search, "q3 returned")
    rows = dialog.shown_rows()
    assert [(r.question, r.field, r.new_value, r.reason) for r in rows] == [
        ("Q3", "review_state", "returned", "How many are full-time?")]
    assert "of" in dialog.count_label.text()
    dialog.search.clear()
    dialog.entity_combo.setCurrentIndex(0)

    dialog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column(dialog, 1)[0] == "Rita Reviewer" and column(dialog, 1)[-1] == "Amina Focal"


def test_one_question_and_export_what_is_shown(qtbot, db, aid, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, db, aid, "Q1")
    assert {r.question for r in dialog.shown_rows()} == {"Q1"}
    assert "Q1" in dialog.windowTitle()
    fields = column(dialog, 5)
    assert fields.count("answer") == 2 and "justification" in fields and "added" in fields  # the fields named

    target = tmp_path / "trail"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV file (*.csv)")))
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("answer"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "trail.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][0] == "When (UTC)" and len(lines) - 1 == dialog.proxy.rowCount()
    assert {line[5] for line in lines[1:]} == {"Q1"} and {line[3] for line in lines[1:]} == {"answer"}
    assert any(line[8] == "'=SUM(A1) the health law" for line in lines[1:])  # no formula in a spreadsheet

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "trail.xlsx"), "")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "trail.xlsx").active
    assert sheet.max_row - 1 == dialog.proxy.rowCount()


def test_picture(qtbot, db, aid, picture) -> None:
    dialog = open_dialog(qtbot, db, aid)
    assert dialog.proxy.rowCount() > 8
    picture(dialog, "audit")
