from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, comments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_data import AssessmentData
from mgi_desktop.ui.models.navigator import CODE_ROLE, STATE_ROLE, NavigatorFilter, NavigatorModel

pytestmark = pytest.mark.gui


@pytest.fixture
def data(qapp, db: Database, mini: Framework) -> AssessmentData:
    return AssessmentData(db, assessments.create(db, mini, country="KGZ").id)


def _leaves(model, parent=QModelIndex()) -> list[str]:  # noqa: B008
    codes = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.rowCount(index):
            codes += _leaves(model, index)
        else:
            codes.append(index.data(CODE_ROLE))
    return codes


def test_model_passes_qtmodeltester(qtmodeltester, data: AssessmentData) -> None:
    model = NavigatorModel(data)
    qtmodeltester.check(model, force_py=True)
    proxy = NavigatorFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("required_missing")
    qtmodeltester.check(proxy, force_py=True)


def test_tree_holds_every_question_in_order(data: AssessmentData, mini: Framework) -> None:
    model = NavigatorModel(data)
    assert model.rowCount() == len(mini.model.domains)
    assert _leaves(model) == mini.codes()
    first = model.index(0, 0)
    assert first.data().startswith("1. Migrants' rights")


def test_states_follow_answers(db: Database, data: AssessmentData) -> None:
    model = NavigatorModel(data)
    assert model.index_of("Q1").data(STATE_ROLE) == "required_missing"
    assert model.index_of("Q2").data(STATE_ROLE) == "unanswered"  # optional
    seen = []
    model.dataChanged.connect(lambda a, b: seen.append(a.data(CODE_ROLE)))
    changes = answers.set_answer(db, data.assessment_id, "Q1", "no")
    changed = data.apply(changes)
    model.refresh_questions(changed)
    model.refresh_domains(changes.domains)
    assert model.index_of("Q1").data(STATE_ROLE) == "evidence_missing"  # answered; Q1 requires evidence
    assert model.index_of("Q1b").data(STATE_ROLE) == "not_applicable"  # skipped once Q1 is "no"
    assert {"Q1", "Q1b", "D1"} <= set(seen)
    assert "(1/2)" in model.domain_index(1).data()  # Q1b no longer counts; Q2 is optional but relevant
    changes = answers.set_answer(db, data.assessment_id, "Q6", 1900)
    model.refresh_questions(data.apply(changes))
    assert model.index_of("Q6").data(STATE_ROLE) == "invalid"
    assert data.statuses["Q6"].messages[0].code == "answer.constraint"
    assert "1950" in str(data.statuses["Q6"].messages[0])


def test_filters_and_search(db: Database, data: AssessmentData) -> None:
    model = NavigatorModel(data)
    proxy = NavigatorFilter()
    proxy.setSourceModel(model)
    assert _leaves(proxy) == data.codes
    proxy.set_filter("required_missing")
    assert _leaves(proxy) == ["Q1", "Q1b", "Q3", "Q5", "Q6", "Q7"]
    model.refresh_questions(data.apply(answers.set_answer(db, data.assessment_id, "Q3", 5)))
    model.refresh_questions(data.apply(answers.set_flag(db, data.assessment_id, "Q5", True)))
    assert "Q3" not in _leaves(proxy)
    proxy.set_filter("flagged")
    assert _leaves(proxy) == ["Q5"]
    model.refresh_questions(data.apply(comments.add(db, data.assessment_id, "Q7", "Check the date")))
    proxy.set_filter("comments")
    assert _leaves(proxy) == ["Q7"]
    proxy.set_filter("all")
    proxy.set_search("STRATEGY")
    assert _leaves(proxy) == ["Q6", "Q7"]
    proxy.set_search("q1")
    assert _leaves(proxy) == ["Q1", "Q1b"]
    proxy.set_search("health")  # the indicator's title counts
    assert _leaves(proxy) == ["Q1", "Q1b"]
    assert proxy.index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith("1.")
