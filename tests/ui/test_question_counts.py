"""The question counts agree wherever the window shows them, and say what they count."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.scoring import progress
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView
from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard
from mgi_desktop.ui.models.assessment_table import PROGRESS
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell.start_page import StartPage

pytestmark = pytest.mark.gui


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def _wizard_counts(qtbot, db: Database) -> str:
    wizard = NewAssessmentWizard(db, Preferences())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    combo = wizard.place_page.country
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "kyrgyzstan")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return wizard.framework_page.details.text()


@pytest.mark.parametrize("given", [{}, {"1.1.1.a": "yes", "1.1.1.b": "all_migrants", "1.1.2.a": "no",
                                        "1.6.5.a": "ratified", "2.5.2.a": "yes"}], ids=["fresh", "partly"])
def test_wizard_overview_page_and_start_page_count_the_same_questions(
        qtbot, db: Database, national: Framework, given: dict[str, str]) -> None:
    aid = assessments.create(db, national, country="KGZ").id
    for code, value in given.items():
        answers.set_answer(db, aid, code, value)
    total = len(national.codes())
    conditional = national.conditional_count()
    tally = progress(national, given).overall
    assert tally.questions == total and tally.answered == len(given)
    assert total - conditional <= tally.relevant <= total

    wizard = _wizard_counts(qtbot, db)
    assert wizard.startswith(f"{total} questions in 6 domains: {total - conditional} always asked, "
                             f"{conditional} only with certain earlier answers.")

    view = AssessmentView(db, aid)
    qtbot.addWidget(view)
    view.show()
    summary = view.overview.summary.text()
    assert summary.startswith(f"{tally.answered} of {tally.relevant} applicable questions answered")
    assert f"The questionnaire has {total} questions; {total - tally.relevant} do not apply" in summary
    domain_counts = [_numbers(view.overview.counts[d.number].text())[:2] for d in national.model.domains]
    assert [sum(c[0] for c in domain_counts), sum(c[1] for c in domain_counts)] == [tally.answered, tally.relevant]

    view.go_to(national.codes()[19])
    assert view.page.position_label.text() == f"Question 20 of {total} · {tally.relevant} apply"

    start = StartPage(db, Preferences())
    qtbot.addWidget(start)
    start.refresh()
    shown = start.model.index(0, PROGRESS).data(Qt.ItemDataRole.DisplayRole)
    assert shown.endswith(f"({tally.answered} of {tally.relevant} applicable)")


def test_the_page_count_of_applicable_questions_follows_an_answer(qtbot, db: Database, national: Framework) -> None:
    aid = assessments.create(db, national, country="KGZ").id
    view = AssessmentView(db, aid)
    qtbot.addWidget(view)
    view.show()
    view.go_to("1.1.1.a")
    before = view.data.progress.overall.relevant
    assert view.page.position_label.text().endswith(f"· {before} apply")
    view.page.focus_answer()
    qtbot.keyClick(view.page.editor.buttons[0], Qt.Key.Key_Y)  # "yes" opens 1.1.1.b
    assert view.data.values["1.1.1.a"] == "yes"
    assert view.page.position_label.text() == f"Question 1 of {len(national.codes())} · {before + 1} apply"
