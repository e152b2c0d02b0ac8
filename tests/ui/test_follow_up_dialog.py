"""A follow-up round on a revised questionnaire, in the window: the plan is reviewed before anything is created."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtWidgets import QFileDialog

from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.assessment.follow_up_dialog import FollowUpDialog
from mgi_desktop.ui.preferences import Preferences

pytestmark = pytest.mark.gui

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.yaml"


def revised_mini(tmp_path: Path) -> Path:
    """Mini 2.0: Q1 reworded, Q5 removed, Q9 added."""
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    data["version"] = "2.0"
    questions = [q for d in data["domains"] for s in d["sub_areas"] for i in s["indicators"] for q in i["questions"]]
    q1 = next(q for q in questions if q["code"] == "Q1")
    q1["text"] = {"en": "Do all migrants have access to public health care?",
                  "fr": "Tous les migrants ont-ils accès aux soins publics ?"}
    agency = data["domains"][1]["sub_areas"][0]["indicators"][0]["questions"]
    agency[:] = [q for q in agency if q["code"] != "Q5"]
    agency.append({"code": "Q9", "text": "Is there a migration observatory?", "type": "yes_no"})
    path = tmp_path / "mini-2.0.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def round_one(make_assessment) -> str:
    return make_assessment({"Q1": "yes", "Q1b": "all", "Q3": 12, "Q5": "2019-03-01", "Q7": "no"})


def open_dialog(qtbot, db: Database, aid: str, revised: Path) -> FollowUpDialog:
    prefs = Preferences()
    prefs.add_questionnaire(revised)
    dialog = FollowUpDialog(db, aid, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def items(dialog: FollowUpDialog) -> dict[str, list[list[str]]]:
    found = {}
    for i in range(dialog.tree.topLevelItemCount()):
        head = dialog.tree.topLevelItem(i)
        found[head.text(0).split(" (")[0]] = [[head.child(j).text(c) for c in range(4)]
                                             for j in range(head.childCount())]
    return found


def test_the_plan_on_a_revised_questionnaire_is_shown_then_applied(qtbot, db: Database, round_one: str,
                                                                   tmp_path: Path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, db, round_one, revised_mini(tmp_path))
    assert dialog.questionnaire.currentText().endswith("the same as this round")
    assert not dialog.crosswalk_label.isVisible()  # the same questionnaire needs no crosswalk
    revised = dialog.questionnaire.findText("Mini questionnaire (2.0)")
    assert revised >= 0
    dialog.questionnaire.setCurrentIndex(revised)
    assert dialog.crosswalk_label.isVisible() and "drafted" in dialog.crosswalk_label.text()
    assert dialog.summary.text() == "3 answers carried as they were, 1 to confirm, 1 not carried, 1 new questions."
    shown = items(dialog)
    assert shown["To confirm"] == [["Q1", "Yes", "Yes", "the question was reworded"]]
    assert shown["Not carried"] == [["Q5 → —", "2019-03-01", "—", "the question was removed"]]
    assert shown["New questions, not answered yet"] == [["Q9", "—", "—", "new in this version"]]
    assert [row[0] for row in shown["Carried as they were"]] == ["Q1b", "Q3", "Q7"]
    assert assessments.list_all(db).__len__() == 1  # nothing is created while one looks

    # the drafted crosswalk can be saved, edited and opened again
    saved = tmp_path / "crosswalk.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    dialog.save_crosswalk.click()
    text = saved.read_text(encoding="utf-8")
    assert "mini" in text and "Q5" in text
    data = yaml.safe_load(text)
    for entry in data["questions"]:
        if entry.get("from") == "Q1":
            entry["confirm"] = False  # the author judges the rewording cosmetic
            entry.pop("note", None)
    saved.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    dialog.open_crosswalk.click()
    assert dialog.crosswalk_label.text() == "from crosswalk.yaml"
    assert dialog.summary.text().startswith("4 answers carried as they were, 0 to confirm")

    dialog.start_button.click()
    assert dialog.created is not None
    new = assessments.get(db, dialog.created)
    assert (new.round, new.previous_id, new.framework_version) == (2, round_one, "2.0")
    assert answers.get_answer(db, new.id, "Q1").carried_over and answers.get_answer(db, new.id, "Q1").value == "yes"
    assert "Q5" not in answers.list_answers(db, new.id)


def test_a_broken_crosswalk_is_refused_with_its_lines(qtbot, db: Database, round_one: str, tmp_path: Path,
                                                      monkeypatch) -> None:
    from mgi_desktop.ui.shell.questionnaire_files import QuestionnaireReport

    dialog = open_dialog(qtbot, db, round_one, revised_mini(tmp_path))
    dialog.questionnaire.setCurrentIndex(dialog.questionnaire.findText("Mini questionnaire (2.0)"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nquestions: [{from: Q77, to: Q1}]\n", encoding="utf-8")
    reports: list[QuestionnaireReport] = []
    monkeypatch.setattr(QuestionnaireReport, "exec", lambda report: reports.append(report) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), "")))
    before = dialog.summary.text()
    dialog.open_crosswalk.click()
    (report,) = reports
    assert "broken.yaml cannot be used" in report.headline.text()
    assert "line" in report.listing.toPlainText()
    assert dialog.crosswalk_file is None and dialog.summary.text() == before


@pytest.mark.parametrize("language", ["en", "fr"])
def test_picture(qtbot, db: Database, round_one: str, tmp_path: Path, picture, language: str) -> None:
    i18n.install(language)
    dialog = open_dialog(qtbot, db, round_one, revised_mini(tmp_path))
    dialog.questionnaire.setCurrentIndex(dialog.questionnaire.findText("Mini questionnaire (2.0)"))
    dialog.resize(1000, 600)
    picture(dialog, f"follow-up-revised-{language}")


def test_the_plan_says_the_findings_come_along_as_drafts(qtbot, db: Database, round_one: str,
                                                         tmp_path: Path) -> None:
    from mgi_desktop.services import findings

    findings.add(db, round_one, 1, "potential", "Only residents may work.")
    findings.add(db, round_one, 2, "potential", "No data strategy.")
    dialog = open_dialog(qtbot, db, round_one, revised_mini(tmp_path))
    assert dialog.summary.text().endswith(
        "Findings of the previous round carried over as drafts, to keep, edit or remove: 2.")
