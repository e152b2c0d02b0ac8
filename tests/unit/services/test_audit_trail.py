from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.export import audit_trail
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, comments, evidence
from mgi_desktop.storage.db import Database


def test_trail_per_question_and_exports(db: Database, mini: Framework, tmp_path: Path) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 4)
    answers.set_answer(db, aid, "Q3", 5, reason="=cmd|' /C calc'!A0")
    answers.set_answer(db, aid, "Q4", "text")
    evidence.add(db, aid, "Q3", kind="report", title="Census")
    comments.add(db, aid, "Q3", "which year?")
    rows = audit.trail(db, aid, question="Q3")
    assert [(r.entity, r.field) for r in rows] == [("answer", "value"), ("answer", "value"),
                                                   ("evidence", "added"), ("comment", "added")]
    assert (rows[1].old_value, rows[1].new_value) == ("4", "5")
    assert all(r.actor == "Amina Focal" for r in rows)

    assert audit_trail.export(db, aid, tmp_path / "q3.csv", question="Q3") == 4
    with (tmp_path / "q3.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[2][9] == "'=cmd|' /C calc'!A0"

    audit_trail.export(db, aid, tmp_path / "all.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "all.xlsx").worksheets[0]
    reasons = [row[9] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "=cmd|' /C calc'!A0" in reasons
    assert sheet.max_row - 1 == len(audit.trail(db, aid))
    with pytest.raises(ValidationError):
        audit_trail.export(db, aid, tmp_path / "x.pdf")
