"""Where an assessment stands for the person at the keyboard: its status, whether the latest step was
sent to the other side, the answers waiting for them, the latest step's note, and the one next step.

The window's status strip shows this; the rules are the workflow's (`services.workflow`) and the
review's (`services.review`), read here, never decided again in the window.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from mgi_desktop import utc
from mgi_desktop.enums import AssessmentStatus as S
from mgi_desktop.enums import Direction, Role
from mgi_desktop.errors import MgiError
from mgi_desktop.services import assessments, review, workflow
from mgi_desktop.storage.db import Database

#: The status steps a person takes with a note for the other side (the review's start is implicit).
NOTED_STEPS = frozenset({S.SUBMITTED, S.RESUBMITTED, S.RETURNED, S.VALIDATED, S.APPROVED})


class NextStep(enum.StrEnum):
    SUBMIT = "submit"  # a draft: check and submit
    SEND = "send"  # a step taken here and not yet sent to the other side
    WAIT = "wait"  # the other side has it
    REVISE = "revise"  # returned answers not revised yet
    RESUBMIT = "resubmit"  # returned, every returned answer revised
    APPROVE = "approve"  # validated: the focal point approves
    REVIEW = "review"  # answers to review (the first decision starts the review)
    VALIDATE = "validate"  # every answer accepted
    RETURN = "return"  # reviewed, with answers returned: return the assessment
    NONE = "none"  # approved, or the user is not one of the assessment's parties


@dataclass(frozen=True)
class StepNote:
    status: S
    actor: str
    role: Role
    at: dt.datetime
    note: str


@dataclass
class Standing:
    status: S
    role: Role
    party: bool
    #: a package went out after the latest status step
    sent: bool
    next: NextStep
    #: the returned answers not revised yet, in questionnaire order
    returned: list[str] = field(default_factory=list)
    #: answered questions that apply, waiting for a decision
    to_review: int = 0
    last_step: StepNote | None = None
    #: the latest step that carries a note
    note: StepNote | None = None


def steps(db: Database, assessment_id: str) -> list[StepNote]:
    """The status steps a person took (the review's implicit start left out), oldest first.

    Read in SQL, without the ORM: the window's first paint shows this (tests/unit/test_hot_paths.py)."""
    rows = db.query("SELECT at, actor, role, new_value, reason FROM audit_event WHERE assessment_id = :aid "
                    "AND entity = 'assessment' AND field = 'status' ORDER BY at, seq", {"aid": assessment_id})
    noted = {s.value for s in NOTED_STEPS}
    return [StepNote(S(r["new_value"]), r["actor"], Role(r["role"]), utc.parse(r["at"]), r["reason"] or "")
            for r in rows if r["new_value"] in noted]


def _last_sent(db: Database, assessment_id: str) -> dt.datetime | None:
    row = db.query_one("SELECT max(processed_at) AS at FROM exchange_package WHERE assessment_id = :aid "
                       "AND direction = :sent", {"aid": assessment_id, "sent": Direction.SENT.value})
    return utc.parse(row["at"]) if row is not None and row["at"] else None


def standing(db: Database, assessment_id: str) -> Standing:
    assessment = assessments.get(db, assessment_id)
    status = S(assessment.status)
    who = assessments.actor(db, assessment_id)
    taken = steps(db, assessment_id)
    last = taken[-1] if taken else None
    sent_at = _last_sent(db, assessment_id)
    # the step was taken here (by this user's role) and no package left since
    mine = last is not None and last.role == who.role and last.status == status
    sent = not mine or (sent_at is not None and last is not None and sent_at >= last.at)
    summary = review.counts(db, assessment_id).overall
    returned = review.attention(db, assessment_id, unresolved=False) if status is S.RETURNED else []
    result = Standing(status, who.role, who.party, sent, NextStep.NONE, returned, summary.to_review, last,
                      next((s for s in reversed(taken) if s.note), None))
    result.next = _next(result, summary.returned)
    return result


def _next(s: Standing, returned_answers: int) -> NextStep:
    if not s.party or s.status is S.APPROVED:
        return NextStep.NONE
    focal = s.role is Role.FOCAL_POINT
    if focal:
        if s.status is S.DRAFT:
            return NextStep.SUBMIT
        if s.status is S.RETURNED:
            return NextStep.REVISE if s.returned else NextStep.RESUBMIT
        if s.status in (S.SUBMITTED, S.RESUBMITTED):
            return NextStep.WAIT if s.sent else NextStep.SEND
        if s.status is S.VALIDATED:
            return NextStep.APPROVE
        return NextStep.WAIT
    if s.status in (S.RETURNED, S.VALIDATED):
        return NextStep.WAIT if s.sent else NextStep.SEND
    if s.status in workflow.REVIEWABLE:
        if s.to_review:
            return NextStep.REVIEW
        return NextStep.RETURN if returned_answers else NextStep.VALIDATE
    return NextStep.WAIT


def validation_refusal(db: Database, assessment_id: str) -> MgiError | None:
    """Why the assessment cannot be validated now (asked before the reviewer types a note); None if it can."""
    try:
        assessments.check_can_validate(db, assessment_id)
    except MgiError as exc:
        return exc
    return None

