"""Answers, justifications, flags: saved one transaction per change, audited."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session, col, func, select

from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.questionnaire.framework import AnswerValue, Framework, check_text_size
from mgi_desktop.services import assessments, audit, frameworks, workflow
from mgi_desktop.services.audit import Actor
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import (
    Answer,
    Assessment,
    AssessmentStatus,
    AuditEvent,
    Comment,
    Evidence,
    ReviewState,
    new_id,
    utc_now,
)


@dataclass
class AnswerView:
    """One question's answer as the window and the exports show it."""

    code: str
    value: AnswerValue = None
    justification: str = ""
    carried_over: bool = False
    flagged: bool = False
    review_state: str = ReviewState.NOT_REVIEWED.value
    revision: int = 0
    updated_at: str | None = None
    updated_by: str = ""
    evidence_count: int = 0
    comment_count: int = 0
    open_comments: int = 0
    answer_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def answered(self) -> bool:
        return self.value is not None


def decode(value_json: str | None) -> AnswerValue:
    result: AnswerValue = None if value_json is None else json.loads(value_json)
    return result


def encode(value: AnswerValue) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def ensure_answer(session: Session, assessment_id: str, code: str, who: Actor) -> Answer:
    answer = session.exec(select(Answer).where(Answer.assessment_id == assessment_id,
                                               Answer.question_code == code)).first()
    if answer is None:
        answer = Answer(assessment_id=assessment_id, question_code=code, updated_by=who.name)
        session.add(answer)
        session.flush()
    return answer


def _editable(session: Session, db: Database, assessment_id: str) -> tuple[Assessment, Framework, Actor]:
    who = assessments.actor(db)
    assessment = assessments.load(session, assessment_id)
    workflow.check_can_edit(AssessmentStatus(assessment.status), who)
    return assessment, assessments.framework_of(db, assessment), who


def _changed(answer: Answer, who: Actor) -> None:
    answer.revision += 1
    answer.updated_at = utc_now()
    answer.updated_by = who.name
    answer.carried_over = False
    if answer.review_state in (ReviewState.RETURNED.value, ReviewState.ACCEPTED.value):
        answer.review_state = ReviewState.REVISED.value


def set_answer(db: Database, assessment_id: str, code: str, value: Any, *,
               justification: str | None = None, reason: str | None = None) -> Changes:
    """Save one answer (and optionally its justification) in one transaction.

    The value is checked against its question's type first; a value that
    breaks a constraint is saved (typed work is never thrown away) and the
    constraint's message comes back in `Changes.messages`.
    """
    if justification is not None:
        check_text_size(f"{code} justification", justification)
    who = assessments.actor(db)
    # This is the autosave path, run on every answer typed: it uses plain SQL statements on the
    # session's connection, because ORM objects cost several times the commit itself here
    # (see benchmarks/bench_storage.py).  The rules are the same as everywhere else.
    with db.transaction() as session:
        con = session.connection()
        head = con.execute(select(Assessment.status, Assessment.questionnaire_sha256)
                           .where(Assessment.id == assessment_id)).first()
        if head is None:
            raise NotFoundError(f"no assessment {assessment_id}")
        workflow.check_can_edit(AssessmentStatus(head.status), who)
        framework = frameworks.by_hash(db, head.questionnaire_sha256)
        placement = framework.placement(code)
        canonical = framework.check_value(code, value)
        row = con.execute(select(Answer.id, Answer.value_json, Answer.justification, Answer.review_state)
                          .where(Answer.assessment_id == assessment_id, Answer.question_code == code)).first()
        old_json, old_text, state = (row.value_json, row.justification, row.review_state) if row else (
            None, "", ReviewState.NOT_REVIEWED.value)
        new_json = encode(canonical)
        edits: list[tuple[str, Any, Any]] = []
        if new_json != old_json:
            edits.append(("value", decode(old_json), canonical))
        if justification is not None and justification != old_text:
            edits.append(("justification", old_text, justification))
        if not edits:
            return Changes(assessment_id)
        now = utc_now()
        if state in (ReviewState.RETURNED.value, ReviewState.ACCEPTED.value):
            state = ReviewState.REVISED.value
        text = justification if justification is not None else old_text
        if row is None:
            con.execute(insert(Answer).values(
                id=new_id(), assessment_id=assessment_id, question_code=code, value_json=new_json,
                justification=text, carried_over=False, flagged=False, review_state=state, revision=1,
                updated_at=now, updated_by=who.name))
        else:
            con.execute(update(Answer).where(col(Answer.id) == row.id).values(
                value_json=new_json, justification=text, carried_over=False, review_state=state,
                revision=col(Answer.revision) + 1, updated_at=now, updated_by=who.name))
        con.execute(insert(AuditEvent), [
            {"id": new_id(), "assessment_id": assessment_id, "at": now, "actor": who.name, "role": who.role,
             "entity": "answer", "entity_id": code, "field": name, "old_value": audit.as_text(old),
             "new_value": audit.as_text(new), "reason": reason or None}
            for name, old, new in edits])
        con.execute(update(Assessment).where(col(Assessment.id) == assessment_id)
                    .values(updated_at=now, revision=col(Assessment.revision) + 1))
    # skip logic: later questions that depend on this one may change state
    changes = Changes(assessment_id, {code} | _dependants(framework, code), {placement.domain.number},
                      {"answer"})
    if canonical is not None and placement.question.constraints:
        changes.messages = framework.constraint_messages(code, canonical, assessments.values(db, assessment_id))
    return changes


def _dependants(framework: Framework, code: str) -> set[str]:
    result = set()
    for other, placement in framework.placements.items():
        source = placement.question.relevant or ""
        if "${" + code + "}" in source:
            result.add(other)
    return result


def set_justification(db: Database, assessment_id: str, code: str, text: str) -> Changes:
    check_text_size(f"{code} justification", text)
    with db.transaction() as session:
        assessment, framework, who = _editable(session, db, assessment_id)
        placement = framework.placement(code)
        answer = ensure_answer(session, assessment_id, code, who)
        if text == answer.justification:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="justification", old=answer.justification, new=text)
        answer.justification = text
        _changed(answer, who)
        session.add(answer)
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, {code}, {placement.domain.number}, {"answer"})


def set_flag(db: Database, assessment_id: str, code: str, flagged: bool) -> Changes:
    """A follow-up flag: anyone may set it, in any state."""
    who = assessments.actor(db)
    with db.transaction() as session:
        assessment = assessments.load(session, assessment_id)
        framework = assessments.framework_of(db, assessment)
        placement = framework.placement(code)
        answer = ensure_answer(session, assessment_id, code, who)
        if answer.flagged == flagged:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="flagged", old=answer.flagged, new=flagged)
        answer.flagged = flagged
        session.add(answer)
    return Changes(assessment_id, {code}, {placement.domain.number}, {"answer"})


def confirm_carried_over(db: Database, assessment_id: str, code: str) -> Changes:
    """Keep an answer carried over from the previous round as it is."""
    with db.transaction() as session:
        assessment, framework, who = _editable(session, db, assessment_id)
        answer = ensure_answer(session, assessment_id, code, who)
        if not answer.carried_over:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="carried_over", old=True, new=False, reason="confirmed")
        answer.carried_over = False
        answer.updated_at = utc_now()
        answer.updated_by = who.name
        session.add(answer)
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, {code}, {framework.placement(code).domain.number}, {"answer"})


def list_answers(db: Database, assessment_id: str,
                 codes: Collection[str] | None = None) -> dict[str, AnswerView]:
    """Every question of the assessment (or only `codes`) in questionnaire order, answered or not."""
    assessment = assessments.get(db, assessment_id)
    framework = assessments.framework_of(db, assessment)
    wanted = [col(Answer.assessment_id) == assessment_id]
    if codes is not None:  # a refresh after a save reads only what the save changed
        wanted.append(col(Answer.question_code).in_(list(codes)))
    with db.reading() as session:
        rows = session.exec(select(Answer).where(*wanted)).all()
        evidence_counts = dict(session.exec(
            select(Evidence.answer_id, func.count()).join(Answer, col(Answer.id) == Evidence.answer_id)
            .where(*wanted).group_by(col(Evidence.answer_id))).all())
        comment_rows = session.exec(
            select(Comment.answer_id, Comment.resolved).join(Answer, col(Answer.id) == Comment.answer_id)
            .where(*wanted)).all()
    comments: dict[str, list[bool]] = {}
    for answer_id, resolved in comment_rows:
        comments.setdefault(answer_id, []).append(resolved)
    views = {code: AnswerView(code) for code in framework.codes() if codes is None or code in codes}
    for row in rows:
        if row.question_code not in views:
            continue  # an answer to a question the stored questionnaire lacks cannot occur; skip defensively
        threads = comments.get(row.id, [])
        views[row.question_code] = AnswerView(
            code=row.question_code, value=decode(row.value_json), justification=row.justification,
            carried_over=row.carried_over, flagged=row.flagged, review_state=row.review_state,
            revision=row.revision, updated_at=row.updated_at, updated_by=row.updated_by,
            evidence_count=int(evidence_counts.get(row.id, 0)), comment_count=len(threads),
            open_comments=sum(1 for r in threads if not r), answer_id=row.id)
    return views


def get_answer(db: Database, assessment_id: str, code: str) -> AnswerView:
    views = list_answers(db, assessment_id, [code])
    if code not in views:
        raise ValidationError(f"no question {code!r} in this assessment's questionnaire")
    return views[code]
