from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView
from mgi_desktop.ui.widgets.wheel import DomainWheel

pytestmark = pytest.mark.gui


def test_wheel_segments_are_clockwise_from_the_top(qtbot) -> None:
    wheel = DomainWheel()
    qtbot.addWidget(wheel)
    wheel.resize(400, 400)
    wheel.set_progress([(n, f"D{n}", 10.0 * n) for n in range(1, 7)], 35.0)
    centre, radius = QPointF(200, 200), 150
    for number in range(1, 7):
        angle = math.radians(90 - (number - 0.5) * 60)  # middle of the segment
        point = QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))
        assert wheel.segment_at(point) == number
    assert wheel.segment_at(centre) is None  # the hole in the middle
    clicked = []
    wheel.domain_clicked.connect(clicked.append)
    qtbot.mouseClick(wheel, Qt.MouseButton.LeftButton, pos=QPointF(200, 60).toPoint())
    assert clicked == [1]
    assert "6. D6: 60%" in wheel.accessibleDescription()


def test_overview_follows_answers_and_leads_to_open_questions(qtbot, db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 5)
    view = AssessmentView(db, aid)
    qtbot.addWidget(view)
    view.show()
    overview = view.overview
    assert view.stack.currentWidget() is overview  # an assessment opens on its overview
    assert overview.bars[2].value() == 17
    assert "1 of 6 answered" in overview.counts[2].text()
    overview.buttons[2].click()
    assert view.current_code == "Q4"  # the first unanswered question of domain 2
    qtbot.keyClicks(view.page.editor.edit, "Mandate")
    view.page.editor.flush()
    view.show_overview()
    assert overview.bars[2].value() == 33
    # while the overview is shown, a saved change refreshes it in place
    view._save(lambda: answers.set_answer(db, aid, "Q5", "2020-01-01"))
    assert overview.bars[2].value() == 50
    assert overview.wheel._segments[1][2] == 50.0
