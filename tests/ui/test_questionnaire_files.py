"""File ▸ Open questionnaire… and Export ▸ Questionnaire as XLSForm…, as a person uses them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWizard

from mgi_desktop.export.xlsform import write_xlsform
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.xlsform.read import check_xlsform
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell import questionnaire_files
from mgi_desktop.ui.shell.questionnaire_files import QuestionnaireReport, open_questionnaire

pytestmark = pytest.mark.gui


@pytest.fixture
def reports(monkeypatch) -> list[QuestionnaireReport]:
    """The reports shown, kept open (not run modally) so the test can read and click them."""
    shown: list[QuestionnaireReport] = []

    def show(report: QuestionnaireReport) -> int:
        shown.append(report)
        report.show()
        return 0

    monkeypatch.setattr(QuestionnaireReport, "exec", show)
    return shown


def broken_form(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in [["type", "name", "label", "relevant"], ["begin group", "d"], ["begin group", "s"],
                ["begin group", "i"], ["geopoint", "where", "Where?"], ["text", "why", "Why?", "${nowhere} = 1"],
                ["begin repeat", "r", "Offices"], ["text", "office", "Office"], ["end repeat"],
                ["end group"], ["end group"], ["end group"]]:
        sheet.append(row)
    path = tmp_path / "ministry form.xlsx"
    book.save(path)
    return path


def test_a_broken_form_lists_every_problem_with_its_cell(qtbot, make_window, db: Database, reports,
                                                         tmp_path: Path) -> None:
    window = make_window(db)
    path = broken_form(tmp_path)
    open_questionnaire(window, path)
    (report,) = reports
    qtbot.addWidget(report)
    assert report.framework is None and report.start_button is None
    assert report.headline.text() == "ministry form.xlsx cannot be used: nothing was added."
    lines = report.listing.toPlainText().splitlines()
    assert lines[:3] == [
        "survey!A5: the app has no question of type 'geopoint'",
        "survey!D6: question why: the expression names ${nowhere}, which is not a question of the form",
        "survey!A7: repeat 'r': the app asks each question once per assessment and cannot repeat a group"]
    assert "3" in report.details.text()
    assert Preferences().added_questionnaires() == []


def test_a_sound_form_is_offered_and_starts_an_assessment(qtbot, make_window, db: Database, tmp_path: Path,
                                                          mini: Framework, monkeypatch) -> None:
    window = make_window(db)
    path = tmp_path / "mini.xlsx"
    write_xlsform(mini, path)
    preferred: list[Framework | None] = []
    monkeypatch.setattr(type(window), "new_assessment", lambda self, prefer=None: preferred.append(prefer))
    seen: list[QuestionnaireReport] = []

    def read_and_start(report: QuestionnaireReport) -> int:  # what the person sees, then "Start an assessment"
        seen.append(report)
        report.show()
        assert report.headline.text() == "Mini questionnaire, version 1.0"
        assert report.details.text().splitlines()[:2] == ["9 questions in 2 domains.",
                                                          "Level: National. Languages: en, fr."]
        assert report.start_button is not None and report.start_button.isDefault()
        qtbot.mouseClick(report.start_button, Qt.MouseButton.LeftButton)
        return int(report.result())

    monkeypatch.setattr(QuestionnaireReport, "exec", read_and_start)
    open_questionnaire(window, path)
    qtbot.addWidget(seen[0])
    assert Preferences().added_questionnaires() == [path]
    framework = check_xlsform(path).framework
    assert framework is not None and [p.sha256 if p else None for p in preferred] == [framework.sha256]


def test_the_wizard_starts_on_the_questionnaire_just_opened(qtbot, db: Database, tmp_path: Path,
                                                             mini: Framework) -> None:
    path = tmp_path / "mini.xlsx"
    write_xlsform(mini, path)
    framework = check_xlsform(path).framework
    assert framework is not None
    prefs = Preferences()
    prefs.add_questionnaire(path)
    wizard = NewAssessmentWizard(db, prefs)
    qtbot.addWidget(wizard)
    wizard.prefer(framework)
    wizard.show()
    for _ in range(2):
        wizard.place_page.country.lineEdit().setText("Kenya") if wizard.currentPage() is wizard.place_page else None
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.framework_page
    chosen = wizard.framework_page.framework()
    assert chosen is not None and chosen.sha256 == framework.sha256 and chosen.source == str(path)


def test_export_writes_a_form_that_reads_back(qtbot, make_window, db: Database, tmp_path: Path,
                                               monkeypatch) -> None:
    window = make_window(db)
    target = tmp_path / "national.xlsx"
    offered: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):
        offered.append(list(items))
        return next(i for i in items if i.startswith("Migration Governance Indicators — national")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.file_actions.actions["questionnaire_xlsform"].trigger()
    qtbot.waitUntil(lambda: not window.file_actions.busy(), timeout=20_000)
    assert len(offered[0]) == 3  # the bundled catalogues (no assessment is open)
    result = check_xlsform(target)
    assert result.framework is not None and result.framework.id == "mgi-national"
    assert str(target) in window.statusBar().currentMessage()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_picture(qtbot, make_window, db: Database, reports, tmp_path: Path, picture, language: str,
                 mini: Framework) -> None:
    i18n.install(language)
    window = make_window(db)
    open_questionnaire(window, broken_form(tmp_path))
    path = tmp_path / "mini.xlsx"
    write_xlsform(mini, path)
    open_questionnaire(window, path)
    for report, name in zip(reports, ("problems", "sound"), strict=True):
        qtbot.addWidget(report)
        picture(report, f"questionnaire-{name}-{language}")
    assert questionnaire_files  # the module under test
