from __future__ import annotations

import pytest

from mgi_desktop.errors import PermissionDenied, StateError, ValidationError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, comments, review
from mgi_desktop.storage.db import Database


def _submitted(become, db: Database, mini: Framework) -> str:
    a = assessments.create(db, mini, country="KGZ")
    answers.set_answer(db, a.id, "Q1", "no")  # Q1b becomes irrelevant
    answers.set_answer(db, a.id, "Q3", 12)
    answers.set_answer(db, a.id, "Q5", "2001-02-03")
    answers.set_answer(db, a.id, "Q7", "yes")
    assessments.set_status(db, a.id, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    return a.id


def test_first_decision_starts_the_review_and_is_audited(become, db: Database, mini: Framework) -> None:
    aid = _submitted(become, db, mini)
    review.accept(db, aid, "Q1")
    assert assessments.get(db, aid).status == "in_review"
    assert answers.get_answer(db, aid, "Q1").review_state == "accepted"
    steps = [(e.field, e.new_value, e.reason) for e in audit.events(db, aid, entity="assessment")]
    assert ("status", "in_review", "review started") in steps
    assert [(d.code, d.decision, d.reviewer) for d in review.history(db, aid)] == [
        ("Q1", "accepted", "Rita Reviewer")]


def test_return_needs_a_reason_and_adds_a_comment(become, db: Database, mini: Framework) -> None:
    aid = _submitted(become, db, mini)
    with pytest.raises(ValidationError, match="say why"):
        review.return_answer(db, aid, "Q3", "  ")
    review.return_answer(db, aid, "Q3", "Which year is this figure from?")
    thread = comments.for_question(db, aid, "Q3")
    assert [(c.text, c.role) for c in thread] == [("Which year is this figure from?", "reviewer")]
    assert review.attention(db, aid) == ["Q3"]
    assert review.attention(db, aid, returned=False, unresolved=True) == ["Q3"]


def test_only_a_reviewer_decides_and_only_in_review_states(become, db: Database, mini: Framework) -> None:
    a = assessments.create(db, mini, country="KGZ")
    answers.set_answer(db, a.id, "Q3", 1)
    with pytest.raises(PermissionDenied):
        review.accept(db, a.id, "Q3")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    with pytest.raises(StateError, match="draft"):
        review.accept(db, a.id, "Q3")
    with pytest.raises(PermissionDenied):
        answers.set_answer(db, a.id, "Q3", 2)
    assert answers.get_answer(db, a.id, "Q3").value == 1


def test_accepting_an_unanswered_question_is_refused(become, db: Database, mini: Framework) -> None:
    aid = _submitted(become, db, mini)
    with pytest.raises(ValidationError, match="not answered"):
        review.accept(db, aid, "Q6")
    review.return_answer(db, aid, "Q6", "Please give the year")
    assert answers.get_answer(db, aid, "Q6").review_state == "returned"


def test_next_to_review_follows_the_questionnaire_and_wraps(become, db: Database, mini: Framework) -> None:
    aid = _submitted(become, db, mini)
    # Q1b is not relevant after "no", unanswered questions are skipped
    assert review.next_to_review(db, aid) == "Q1"
    assert review.next_to_review(db, aid, after_code="Q1") == "Q3"
    assert review.next_to_review(db, aid, after_code="Q7") == "Q1"
    for code in ("Q1", "Q3", "Q5"):
        review.accept(db, aid, code)
    assert review.next_to_review(db, aid) == "Q7"
    assert review.next_to_review(db, aid, after_code="Q7") is None
    review.accept(db, aid, "Q7")
    assert review.next_to_review(db, aid) is None


def test_counts_per_domain_and_the_full_loop(become, db: Database, mini: Framework) -> None:
    aid = _submitted(become, db, mini)
    review.accept(db, aid, "Q1")
    review.return_answer(db, aid, "Q3", "source?")
    summary = review.counts(db, aid)
    assert summary.domains[1].accepted == 1 and summary.domains[1].to_review == 0
    assert summary.domains[2].returned == 1 and summary.domains[2].to_review == 2
    assert summary.overall.unresolved_comments == 1
    assessments.set_status(db, aid, "returned", note="see Q3")

    become(db, "Amina Focal", "Ministry", "focal_point")
    answers.set_answer(db, aid, "Q3", 14, reason="corrected from the 2023 report")
    assert answers.get_answer(db, aid, "Q3").review_state == "revised"
    assessments.set_status(db, aid, "resubmitted")

    become(db, "Rita Reviewer", "IOM", "reviewer")
    assert review.next_to_review(db, aid) == "Q3"
    with pytest.raises(StateError, match="not accepted"):
        assessments.set_status(db, aid, "validated")
    for code in ("Q3", "Q5", "Q7"):
        review.accept(db, aid, code)
    assert review.counts(db, aid).overall.accepted == 4
    assessments.set_status(db, aid, "validated")
    assert [d.decision for d in review.history(db, aid, "Q3")] == ["returned", "accepted"]
