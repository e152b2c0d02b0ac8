"""Cascading choices in the window: a question offers the choices the earlier answers allow."""

from __future__ import annotations

from pathlib import Path

import pytest

from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView

pytestmark = pytest.mark.gui

CASCADE = Path(__file__).resolve().parents[1] / "data" / "cascade.yaml"


def shown_choices(view: AssessmentView) -> list[str]:
    editor = view.page.editor
    return [code for code, button in zip(editor.codes, editor.buttons, strict=True) if button.isVisibleTo(view)]


def test_the_cities_offered_follow_the_region(qtbot, db: Database) -> None:
    aid = assessments.create(db, load_file(CASCADE), country="KEN").id
    answers.set_answer(db, aid, "region", "north")
    view = AssessmentView(db, aid)
    qtbot.addWidget(view)
    view.show()
    view.go_to("city")
    assert shown_choices(view) == ["n1", "capital"]
    view.page.editor.pick("n1")
    qtbot.waitUntil(lambda: answers.get_answer(db, aid, "city").value == ["n1"])

    view.go_to("region")
    view.page.editor.pick("south")
    qtbot.waitUntil(lambda: answers.get_answer(db, aid, "region").value == "south")
    view.go_to("city")
    # the northern city chosen before stays in sight, flagged; the southern one is now offered
    assert shown_choices(view) == ["n1", "s1", "capital"]
    assert "not offered" in " ".join(label.text() for label in view.page.findChildren(type(view.page.code_label))
                                     if label.isVisibleTo(view))


def test_a_choice_not_offered_cannot_be_picked_by_its_key(qtbot, db: Database) -> None:
    from PySide6.QtCore import Qt

    aid = assessments.create(db, load_file(CASCADE), country="KEN").id
    answers.set_answer(db, aid, "region", "north")
    view = AssessmentView(db, aid)
    qtbot.addWidget(view)
    view.show()
    view.go_to("city")
    qtbot.keyClick(view.page.editor, Qt.Key.Key_2)  # s1, the southern city: hidden
    qtbot.keyClick(view.page.editor, Qt.Key.Key_3)  # capital
    qtbot.waitUntil(lambda: answers.get_answer(db, aid, "city").value == ["capital"])
