"""Two rounds compared in the dialog; filters and export of the rows shown."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mgi_desktop.services import answers, assessments, evidence, rounds
from mgi_desktop.ui.review.round_compare import AFTER, BEFORE, CHANGES, CODE, RoundCompareDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def two_rounds(db, mini) -> tuple[str, str]:
    first = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, first, "Q1", "partially", justification="Only in the capital")
    answers.set_answer(db, first, "Q3", 10)
    answers.set_answer(db, first, "Q7", "yes")
    evidence.add(db, first, "Q3", kind="report", title="Staff list 2020")
    second = rounds.start_follow_up(db, first).id
    answers.set_answer(db, second, "Q1", "yes", justification="Nationwide since 2023")
    evidence.add(db, second, "Q1", kind="law", title="Health Act 2023")
    for item in evidence.for_question(db, second, "Q3"):
        evidence.remove(db, item.id)
    answers.confirm_carried_over(db, second, "Q7")
    return first, second


def open_dialog(qtbot, db, aid, previous=None) -> RoundCompareDialog:
    dialog = RoundCompareDialog(db, aid, previous)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cells(dialog: RoundCompareDialog, column: int) -> list[str]:
    return [dialog.proxy.index(r, column).data() for r in range(dialog.proxy.rowCount())]


def test_changed_questions_and_filters(qtbot, db, two_rounds) -> None:
    first, second = two_rounds
    dialog = open_dialog(qtbot, db, second)  # the previous round is found from the assessment
    assert dialog.model.headerData(BEFORE, Qt.Orientation.Horizontal) == "Round 1"
    assert dialog.model.headerData(AFTER, Qt.Orientation.Horizontal) == "Round 2"
    assert cells(dialog, CODE) == ["Q1", "Q3"]
    row = dialog.shown_rows()[0]
    assert (row.before, row.after) == ("Partially", "Yes") and row.evidence_added == ["Health Act 2023"]
    assert cells(dialog, CHANGES) == ["answer, justification, evidence",
                                      "evidence (carried over, not confirmed yet)"]
    assert dialog.proxy.index(1, 6).data() == "Staff list 2020"
    assert dialog.proxy.index(0, AFTER).data(Qt.ItemDataRole.FontRole).bold()
    assert dialog.validation.text() == ("Round 1: not validated: the assessment is draft\n"
                                        "Round 2: not validated: the assessment is draft")
    assert not dialog.validation.font().bold()  # nothing claims a validation: nothing to warn of

    dialog.only_changed.setChecked(False)
    assert dialog.proxy.rowCount() == len(rounds.compare(db, first, second).rows)
    dialog.domain_combo.setCurrentIndex(dialog.domain_combo.findData(2))
    assert set(cells(dialog, CODE)) == {"Q3", "Q4", "Q5", "Q6", "Q7", "Q8"}
    qtbot.keyClicks(dialog.search, "public")
    assert cells(dialog, CODE) == ["Q7"]

    with qtbot.waitSignal(dialog.go_to_question) as blocker:
        dialog.table.doubleClicked.emit(dialog.proxy.index(0, 1))
    assert blocker.args == ["Q7"]


def test_export_writes_the_rows_shown(qtbot, db, two_rounds, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, db, two_rounds[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "cmp"), "Web page (*.html)")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    page = (tmp_path / "cmp.html").read_text(encoding="utf-8")
    assert page.count('<tr class="changed">') == 2 and "Health Act 2023" in page

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "cmp.xlsx"), "")))
    dialog.only_changed.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "cmp.xlsx").worksheets[0]
    assert sheet.max_row - 1 == dialog.proxy.rowCount() == 9


def test_first_round_has_nothing_to_compare(qtbot, db, two_rounds) -> None:
    dialog = open_dialog(qtbot, db, two_rounds[0])
    assert dialog.comparison is None and "earlier round" in dialog.summary.text()


def test_picture(qtbot, db, two_rounds, picture) -> None:
    dialog = open_dialog(qtbot, db, two_rounds[1])
    dialog.only_changed.setChecked(False)
    assert dialog.proxy.rowCount() == 9  # every question, the changed ones in bold
    picture(dialog, "rounds")
