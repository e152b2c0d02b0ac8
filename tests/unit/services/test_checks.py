from __future__ import annotations

import json

from sqlmodel import select

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.services.checks import ProblemKind, submission_problems
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer


def _create(db: Database, mini: Framework) -> str:
    return assessments.create(db, mini, country="KGZ").id


def test_fresh_assessment_lists_required_questions_in_order(db: Database, mini: Framework) -> None:
    aid = _create(db, mini)
    problems = submission_problems(db, aid)
    required = [c for c, p in mini.placements.items() if p.question.required]
    assert [p.code for p in problems] == required
    assert {p.kind for p in problems} == {ProblemKind.REQUIRED_MISSING}


def test_skipped_question_is_ignored(db: Database, mini: Framework) -> None:
    aid = _create(db, mini)
    answers.set_answer(db, aid, "Q1", "no")
    codes = [p.code for p in submission_problems(db, aid)]
    assert "Q1b" not in codes  # not relevant once Q1 is "no"
    answers.set_answer(db, aid, "Q1", "yes")
    assert "Q1b" in [p.code for p in submission_problems(db, aid)]


def test_evidence_missing_until_added(db: Database, mini: Framework) -> None:
    aid = _create(db, mini)
    answers.set_answer(db, aid, "Q1", "yes")
    kinds = {(p.code, p.kind) for p in submission_problems(db, aid)}
    assert ("Q1", ProblemKind.EVIDENCE_MISSING) in kinds
    evidence.add(db, aid, "Q1", title="Health Law 2019", kind="law")
    kinds = {(p.code, p.kind) for p in submission_problems(db, aid)}
    assert ("Q1", ProblemKind.EVIDENCE_MISSING) not in kinds


def test_dont_know_needs_no_evidence(db: Database, mini: Framework) -> None:
    aid = _create(db, mini)
    answers.set_answer(db, aid, "Q1", "dont_know")
    assert not [p for p in submission_problems(db, aid) if p.code == "Q1"]


def test_constraint_breach_is_invalid(db: Database, mini: Framework) -> None:
    aid = _create(db, mini)
    answers.set_answer(db, aid, "Q6", 1900)  # saved, but breaks the 1950-2100 constraint
    problems = [p for p in submission_problems(db, aid) if p.code == "Q6"]
    assert [p.kind for p in problems] == [ProblemKind.INVALID]
    assert "1950" in str(problems[0].message)
    french = next(p for p in submission_problems(db, aid, "fr") if p.code == "Q6").message
    assert french.params["text"].startswith("L'année")


def test_stored_value_out_of_range_is_invalid(db: Database, mini: Framework) -> None:
    aid = _create(db, mini)
    answers.set_answer(db, aid, "Q3", 10)
    # a value from an older questionnaire or an import, no longer within the range
    with db.transaction() as session:
        query = select(Answer).where(Answer.assessment_id == aid, Answer.question_code == "Q3")
        row = session.exec(query).one()
        row.value_json = json.dumps(-5)
        session.add(row)
    problems = [p for p in submission_problems(db, aid) if p.code == "Q3"]
    assert [p.kind for p in problems] == [ProblemKind.INVALID]
    assert problems[0].message.code == "answer.below_minimum" and "minimum" in str(problems[0].message)


def test_complete_assessment_has_no_problems(db: Database, mini: Framework) -> None:
    aid = _create(db, mini)
    for code, value in {"Q1": "yes", "Q1b": "all", "Q3": 12, "Q5": "2019-03-01", "Q6": 2020,
                        "Q7": "yes"}.items():
        answers.set_answer(db, aid, code, value)
    evidence.add(db, aid, "Q1", title="Health Law", kind="law")
    assert submission_problems(db, aid) == []


def test_a_returned_answer_not_revised_is_listed_until_changed(become, db: Database, mini: Framework) -> None:
    from mgi_desktop.services import review

    aid = _create(db, mini)
    answers.set_answer(db, aid, "Q3", 10)
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    review.return_answer(db, aid, "Q3", "which census?")
    assessments.set_status(db, aid, "returned", note="one to check")
    become(db, "Amina Focal", "Ministry of Labour", "focal_point")
    assert ("Q3", ProblemKind.RETURNED) in {(p.code, p.kind) for p in submission_problems(db, aid)}
    answers.set_answer(db, aid, "Q3", 11)
    assert ProblemKind.RETURNED not in {p.kind for p in submission_problems(db, aid)}
