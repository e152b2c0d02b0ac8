"""The reviewer's side: a decision per answer, the review path and its counts.

A reviewer records "accepted" or "returned" (with a reason, which also
becomes a comment the focal point sees in the answer's thread).  Decisions
are append-only rows; the newest is the answer's current state, mirrored in
``Answer.review_state`` so lists and filters need no join.

Starting the review is implicit: the first decision on a submitted or
resubmitted assessment moves it to "in review" (audited like any other step).
An explicit step would be one more button that does nothing a person cares
about, and it would let a reviewer forget it and wonder why nothing counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from mgi_desktop import utc
from mgi_desktop.enums import AssessmentStatus, ChangeKind, Decision, ReviewState
from mgi_desktop.errors import ValidationError
from mgi_desktop.identity.keys import Purpose
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Template
from mgi_desktop.services import answers, assessments, audit, signing, workflow
from mgi_desktop.services.answer_state import Marks, of_decision, transition
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.ids import new_id

NOT_A_DECISION = Template("review.not_a_decision", "{value} is not a decision (accepted or returned)")
REASON_NEEDED = Template("review.reason_needed", "say why the answer is returned, so the focal point can fix it")
NOT_ANSWERED = Template("review.not_answered",
                        "the question is not answered; return it with a reason instead")
#: Answers still waiting for the reviewer.
TO_REVIEW = frozenset({ReviewState.NOT_REVIEWED, ReviewState.REVISED})


def parse_decision(value: str | Decision) -> Decision:
    try:
        return Decision(str(value).strip().lower())
    except ValueError:
        raise ValidationError(NOT_A_DECISION(value=repr(value))) from None


def decide(db: Database, assessment_id: str, code: str, decision: Decision | str, reason: str = "") -> Changes:
    """Accept or return one answer (reviewer only, while the assessment is under review).

    A return needs a reason; the reason is also added to the answer's comment
    thread so the focal point finds it where they work.  Accepting needs an
    answer; returning an unanswered question ("please answer this") is allowed.
    """
    decision = parse_decision(decision)
    check_text("reason", reason)
    reason = reason.strip()
    if decision is Decision.RETURNED and not reason:
        raise ValidationError(REASON_NEEDED(code))
    from mgi_desktop.storage.tables import Comment, ReviewDecision  # the ORM (see services/__init__.py)

    who = assessments.actor(db, assessment_id)
    with db.transaction() as session:
        assessment = assessments.load(session, assessment_id)
        status = assessment.status
        workflow.check_can_review(status, who)
        framework = assessments.framework_of(db, assessment)
        placement = framework.placement(code)
        answer = answers.ensure_answer(session, assessment_id, code, who)
        if decision is Decision.ACCEPTED and answer.value_json is None:
            raise ValidationError(NOT_ANSWERED(code))
        changes = Changes(assessment_id, {code}, {placement.domain.number}, {ChangeKind.REVIEW, ChangeKind.ANSWER})
        if status in (AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED):
            workflow.check_transition(status, AssessmentStatus.IN_REVIEW, who)
            assessment.status = AssessmentStatus.IN_REVIEW
            audit.record(session, who, assessment_id=assessment_id, entity="assessment",
                         entity_id=assessment_id, field="status", old=status,
                         new=AssessmentStatus.IN_REVIEW, reason="review started")
            assessments.attest(session, db, assessment_id, AssessmentStatus.IN_REVIEW, utc.now())
            changes.kinds.add(ChangeKind.STATUS)
        # Signed by the reviewer's key: the decision is accepted elsewhere only with this signature.
        decided_at, decision_id = utc.now(), new_id()
        signer, signature = signing.sign(db.own_key.identity, Purpose.DECISION, signing.decision_statement(
            assessment_id, decision_id, code, decision, reason, decided_at))
        row = ReviewDecision(id=decision_id, answer_id=answer.id, decision=decision, reviewer=who.name, reason=reason,
                             decided_at=decided_at, signer=signer, signature=signature)
        session.add(row)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="review_state", old=answer.review_state, new=decision, reason=reason or None)
        marks = transition(Marks(answer.review_state, answer.carried_over), of_decision(decision))
        answer.review_state, answer.carried_over = marks.review_state, marks.carried_over
        session.add(answer)
        if decision is Decision.RETURNED:
            comment = Comment(answer_id=answer.id, author=who.name, role=who.role, text=reason)
            session.add(comment)
            audit.record(session, who, assessment_id=assessment_id, entity="comment", entity_id=comment.id,
                         field="added", new={"question": code, "text": reason})
            changes.kinds.add(ChangeKind.COMMENT)
            changes.created.append(comment.id)
        assessments.touch(assessment)
        session.add(assessment)
        changes.created.insert(0, row.id)
    return changes


def accept(db: Database, assessment_id: str, code: str, note: str = "") -> Changes:
    return decide(db, assessment_id, code, Decision.ACCEPTED, note)


def return_answer(db: Database, assessment_id: str, code: str, reason: str) -> Changes:
    return decide(db, assessment_id, code, Decision.RETURNED, reason)


@dataclass(frozen=True)
class ReviewItem:
    """One question as the review path sees it."""

    code: str
    domain: int
    review_state: ReviewState
    answered: bool
    relevant: bool
    open_comments: int


def _items(db: Database, assessment_id: str) -> list[ReviewItem]:
    framework = assessments.framework_of(db, assessments.get(db, assessment_id))
    views = answers.list_answers(db, assessment_id)
    relevance = framework.relevance({c: v.value for c, v in views.items() if v.value is not None})
    return [ReviewItem(code, framework.placement(code).domain.number, view.review_state, view.answered,
                       relevance.get(code, True), view.open_comments)
            for code, view in views.items()]


def _needs_review(item: ReviewItem) -> bool:
    return item.answered and item.relevant and item.review_state in TO_REVIEW


def next_to_review(db: Database, assessment_id: str, after_code: str | None = None) -> str | None:
    """The next answered, relevant question without a current decision, in questionnaire order.

    Starts after `after_code` and wraps around to the start, so the reviewer
    can skip a question and come back to it; None when nothing is left.
    """
    items = _items(db, assessment_id)
    codes = [i.code for i in items]
    start = codes.index(after_code) + 1 if after_code in codes else 0
    for item in items[start:] + items[:start]:
        if _needs_review(item) and item.code != after_code:
            return item.code
    return None


def attention(db: Database, assessment_id: str, *, returned: bool = True,
              unresolved: bool = True) -> list[str]:
    """Codes the review filter shows: returned answers and/or answers with unresolved comments."""
    return [i.code for i in _items(db, assessment_id)
            if (returned and i.review_state == ReviewState.RETURNED)
            or (unresolved and i.open_comments > 0)]


@dataclass
class DecisionCounts:
    """Answered, relevant questions by review state, plus unresolved comment threads."""

    to_review: int = 0
    not_reviewed: int = 0
    accepted: int = 0
    returned: int = 0
    revised: int = 0
    unresolved_comments: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class ReviewSummary:
    domains: dict[int, DecisionCounts] = field(default_factory=dict)
    overall: DecisionCounts = field(default_factory=DecisionCounts)

    def as_dict(self) -> dict[str, Any]:
        return {"domains": {str(n): c.as_dict() for n, c in self.domains.items()},
                "overall": self.overall.as_dict()}


def counts(db: Database, assessment_id: str) -> ReviewSummary:
    """Decision counts per domain (the window's review header) and overall."""
    framework = assessments.framework_of(db, assessments.get(db, assessment_id))
    summary = ReviewSummary(domains={d.number: DecisionCounts() for d in framework.model.domains})
    for item in _items(db, assessment_id):
        for tally in (summary.domains[item.domain], summary.overall):
            tally.unresolved_comments += item.open_comments
            if not (item.answered and item.relevant):
                continue
            setattr(tally, item.review_state, getattr(tally, item.review_state) + 1)
            if item.review_state in TO_REVIEW:
                tally.to_review += 1
    return summary


@dataclass(frozen=True)
class DecisionView:
    id: str
    code: str
    decision: Decision
    reviewer: str
    reason: str
    decided_at: dt.datetime

    def as_dict(self) -> dict[str, str]:
        return asdict(self) | {"decision": self.decision.value, "decided_at": utc.text(self.decided_at)}


def history(db: Database, assessment_id: str, code: str | None = None) -> list[DecisionView]:
    """Every decision recorded, oldest first (optionally for one question)."""
    where, params = "a.assessment_id = :aid", {"aid": assessment_id}
    if code is not None:
        where, params = f"{where} AND a.question_code = :code", params | {"code": code}
    rows = db.query("SELECT d.id, a.question_code, d.decision, d.reviewer, d.reason, d.decided_at "
                    f"FROM review_decision d JOIN answer a ON a.id = d.answer_id WHERE {where} "
                    "ORDER BY d.decided_at, d.id", params)
    return [DecisionView(r["id"], r["question_code"], Decision(r["decision"]), r["reviewer"], r["reason"],
                         utc.parse(r["decided_at"])) for r in rows]
