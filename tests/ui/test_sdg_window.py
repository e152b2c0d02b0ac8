"""SDG 10.7.2 in the window: both values on the overview, and the export action's three layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView

pytestmark = pytest.mark.gui


def _armenia(db: Database, sdg: Framework) -> str:
    aid = assessments.create(db, sdg, country="ARM").id
    for letter in "abcde":
        answers.set_answer(db, aid, f"1{letter}", "yes_legal" if letter in "cd" else "yes_all")
    for letter in "abcd":  # 2e unanswered
        answers.set_answer(db, aid, f"2{letter}", "yes")
    return aid


def test_the_overview_shows_both_values(qtbot, db: Database, sdg: Framework) -> None:
    view = AssessmentView(db, _armenia(db, sdg))
    qtbot.addWidget(view)
    view.show()
    overview = view.overview
    assert "SDG 10.7.2: 80 (Meets) (completeness-aware), 80 (Meets) (official method)" in overview.counts[1].text()
    assert ("SDG 10.7.2: no value yet (completeness-aware), 80 (Meets) (official method)"
            in overview.counts[2].text())
    # overall: 8 of 30 counted, 4 + 4 = 8 -> 26.7 under the official method
    assert "SDG 10.7.2 overall: no value yet (completeness-aware), 26.7 (Requires further progress)" \
        in overview.summary.text()
    assert "a missing sub-category counts as 0" in overview.note.text()
    view._save(lambda: answers.set_answer(db, view.data.assessment_id, "2e", "no"))
    assert "SDG 10.7.2: 80 (Meets) (completeness-aware)" in overview.counts[2].text()


def test_an_mgi_overview_has_no_sdg_values(qtbot, db: Database, mini: Framework) -> None:
    view = AssessmentView(db, assessments.create(db, mini, country="KGZ").id)
    qtbot.addWidget(view)
    assert "SDG" not in overview_texts(view)


def overview_texts(view: AssessmentView) -> str:
    o = view.overview
    return " ".join([o.summary.text(), o.note.text(), *(label.text() for label in o.counts.values())])


@pytest.mark.parametrize(("pattern", "suffix", "starts"), [
    ("open-sdg", ".csv", b'"Year","Policy area","Value"\n'),
    ("SDMX-CSV", ".csv", b"DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA"),
    ("Module III", ".xlsx", b"PK"),
])
def test_the_export_action_writes_the_chosen_layout(qtbot, make_window, db: Database, sdg: Framework,
                                                    tmp_path: Path, monkeypatch, pattern: str, suffix: str,
                                                    starts: bytes) -> None:
    aid = _armenia(db, sdg)
    window = make_window(db)
    window.start_page.refresh()
    assert window.start_page.select(aid)
    target = tmp_path / "sdg"  # no extension: the layout chosen gives it

    def save_name(_parent, _title, _name, filters):
        return str(target), next(f for f in filters.split(";;") if pattern in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    action = window.file_actions.actions["sdg"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: not window.file_actions.busy(), timeout=20000)
    written = target.with_name("sdg" + suffix)
    assert written.read_bytes().startswith(starts)
    assert written.name in window.statusBar().currentMessage()
