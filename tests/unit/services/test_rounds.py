from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mgi_desktop.errors import StateError
from mgi_desktop.export import round_comparison
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, evidence, rounds
from mgi_desktop.storage.db import Database


def _round_one(db: Database, mini: Framework, tmp_path: Path) -> str:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes", justification="Health law 2015")
    answers.set_answer(db, aid, "Q3", 40)
    answers.set_answer(db, aid, "Q4", "=HYPERLINK(\"http://evil\")")
    law = tmp_path / "law.pdf"
    law.write_bytes(b"%PDF law")
    evidence.add(db, aid, "Q1", kind="law", title="Health Law", file=law)
    evidence.add(db, aid, "Q3", kind="report", title="Census 2015")
    return aid


def test_follow_up_is_prefilled_and_carried_over(db: Database, mini: Framework, tmp_path: Path) -> None:
    first = _round_one(db, mini, tmp_path)
    second = rounds.start_follow_up(db, first)
    assert (second.round, second.previous_id, second.country) == (2, first, "KGZ")
    views = answers.list_answers(db, second.id)
    assert views["Q1"].value == "yes" and views["Q1"].justification == "Health law 2015"
    assert views["Q1"].carried_over and views["Q3"].carried_over and not views["Q5"].carried_over
    assert views["Q1"].review_state == "not_reviewed" and views["Q1"].evidence_count == 1
    copied = evidence.for_question(db, second.id, "Q1")[0]
    original = evidence.for_question(db, first, "Q1")[0]
    assert copied.id != original.id and copied.file_sha256 == original.file_sha256
    assert any(e.field == "follow_up" for e in audit.events(db, second.id))

    answers.confirm_carried_over(db, second.id, "Q1")
    answers.set_answer(db, second.id, "Q3", 55)
    views = answers.list_answers(db, second.id)
    assert not views["Q1"].carried_over and not views["Q3"].carried_over
    with pytest.raises(StateError, match="already follows"):
        rounds.start_follow_up(db, first)


def test_comparison_shows_changes_and_evidence(db: Database, mini: Framework, tmp_path: Path) -> None:
    first = _round_one(db, mini, tmp_path)
    second = rounds.start_follow_up(db, first).id
    answers.set_answer(db, second, "Q3", 55)
    census = evidence.for_question(db, second, "Q3")[0]
    evidence.remove(db, census.id)
    evidence.add(db, second, "Q3", kind="report", title="Census 2022")
    rows = {r.code: r for r in rounds.compare(db, first, second).rows}
    assert rows["Q3"].before == "40 people" and rows["Q3"].after == "55 people"
    assert rows["Q3"].answer_changed and rows["Q3"].evidence_added == ["Census 2022"]
    assert rows["Q3"].evidence_removed == ["Census 2015"]
    assert not rows["Q1"].changed and rows["Q1"].carried_over
    assert list(rows) == mini.codes()

    comparison = rounds.compare(db, first, second)
    round_comparison.export(comparison, tmp_path / "c.xlsx")
    round_comparison.export(comparison, tmp_path / "c.html")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").worksheets[0]
    cells = {row[2]: row for row in sheet.iter_rows(values_only=True)}
    assert cells["Q3"][1] == "Q3" and cells["Q3"][4:6] == ("40 people", "55 people") and cells["Q3"][8] == "yes"
    # each round's justification side by side
    assert cells["Q1"][6:8] == ("Health law 2015", "Health law 2015")
    assert cells["Q4"][5] == '=HYPERLINK("http://evil")'
    assert sheet.cell(row=list(cells).index("Q4") + 1, column=6).data_type == "s"
    # a changed row has a background, an unchanged one none
    changed_row, same_row = list(cells).index("Q3") + 1, list(cells).index("Q1") + 1
    assert {sheet.cell(row=changed_row, column=c).fill.fgColor.rgb for c in range(1, 17)} == {"FFFFF4D6"}
    assert sheet.cell(row=same_row, column=4).fill.fill_type is None
    page = (tmp_path / "c.html").read_text()
    assert "Census 2022" in page and "<td>=HYPERLINK(&quot;http://evil&quot;)</td>" in page


def test_a_cleared_answer_is_a_change_in_the_comparison_and_the_profile(db: Database, mini: Framework,
                                                                         tmp_path: Path) -> None:
    from mgi_desktop.export.profile import profile_for

    first = _round_one(db, mini, tmp_path)
    second = rounds.start_follow_up(db, first).id
    answers.set_answer(db, second, "Q3", None)  # cleared in the later round
    rows = {r.code: r for r in rounds.compare(db, first, second).rows}
    assert rows["Q3"].answer_changed and rows["Q3"].changed and rows["Q3"].after == ""
    developments = {d.code: (d.before, d.now) for d in profile_for(db, second).developments}
    assert developments == {"Q3": ("40 people", "not answered")}
    assert {code for code, row in rows.items() if row.answer_changed} == set(developments)
