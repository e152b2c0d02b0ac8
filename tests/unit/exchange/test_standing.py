"""Where an assessment stands for each side, through the whole loop between two databases."""

from __future__ import annotations

from pathlib import Path

from mgi_desktop.exchange import receive, send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, review
from mgi_desktop.services.standing import NextStep, standing, validation_refusal

from .conftest import Side


def test_the_next_step_follows_the_loop(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 10)
        answers.set_answer(a, aid, "Q7", "yes")
        assert standing(a, aid).next is NextStep.SUBMIT
        assessments.set_status(a, aid, "submitted", note="first round")
        now = standing(a, aid)
        assert (now.next, now.sent) == (NextStep.SEND, False)  # submitted is not yet with IOM
        assert now.note is not None and (now.note.note, now.note.actor) == ("first round", "Amina Focal")
        p1 = send.export_package(a, aid, tmp_path / "p1.mgi").path
        assert standing(a, aid).next is NextStep.WAIT

    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        now = standing(b, aid)
        assert (now.next, now.to_review, now.note.note) == (NextStep.REVIEW, 2, "first round")
        refusal = validation_refusal(b, aid)
        assert refusal is not None and refusal.code == "assessment.not_all_accepted"
        review.accept(b, aid, "Q3")
        review.return_answer(b, aid, "Q7", "which law?")
        assert standing(b, aid).next is NextStep.RETURN
        assessments.set_status(b, aid, "returned", note="one to fix")
        assert standing(b, aid).next is NextStep.SEND
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi").path
        assert standing(b, aid).next is NextStep.WAIT

    with side_a.acting() as a:
        receive.apply_import(a, q1, {})
        now = standing(a, aid)
        assert (now.next, now.returned, now.note.note, now.note.actor) == (
            NextStep.REVISE, ["Q7"], "one to fix", "Rita Reviewer")
        answers.set_answer(a, aid, "Q7", "no")
        assert standing(a, aid).next is NextStep.RESUBMIT


def test_validation_is_refused_before_a_note_only_when_the_rule_says_so(side_a: Side, side_b: Side,
                                                                       mini: Framework, tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 10)
        assessments.set_status(a, aid, "submitted")
        assert validation_refusal(a, aid) is not None  # the focal point never validates
        p1 = send.export_package(a, aid, tmp_path / "p1.mgi").path
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        review.accept(b, aid, "Q3")
        assert validation_refusal(b, aid) is None and standing(b, aid).next is NextStep.VALIDATE
