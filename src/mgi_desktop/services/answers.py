"""Answers, justifications, flags: saved one transaction per change, audited."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy import insert, update
from sqlmodel import Session, col, func, select

from mgi_desktop import utc
from mgi_desktop.enums import AssessmentStatus, ChangeKind
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.limits import check_text_size
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, audit, frameworks, workflow
from mgi_desktop.services.answer_state import Event, Marks, transition
from mgi_desktop.services.audit import Actor
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.views import AnswerView, answer_from_row, answer_views, decode, encode
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer, Assessment, AuditEvent, Comment, Evidence, new_id

NO_QUESTION = Template("answer.no_question", "no question {code} in this assessment's questionnaire")


def ensure_answer(session: Session, assessment_id: str, code: str, who: Actor) -> Answer:
    answer = session.exec(select(Answer).where(Answer.assessment_id == assessment_id,
                                               Answer.question_code == code)).first()
    if answer is None:
        answer = Answer(assessment_id=assessment_id, question_code=code, updated_by=who.name)
        session.add(answer)
        session.flush()
    return answer


def _edited(answer: Answer, who: Actor) -> None:
    """An answer's content changed by the focal point: its revision, time and marks move on."""
    answer.revision += 1
    answer.updated_at = utc.now()
    answer.updated_by = who.name
    marks = transition(Marks(answer.review_state, answer.carried_over), Event.EDITED)
    answer.review_state, answer.carried_over = marks.review_state, marks.carried_over


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
            raise NotFoundError(assessments.NO_ASSESSMENT(id=assessment_id))
        workflow.check_can_edit(AssessmentStatus(head.status), who)
        framework = frameworks.by_hash(db, head.questionnaire_sha256)
        placement = framework.placement(code)
        canonical = framework.check_value(code, value)
        row = con.execute(sa.select(col(Answer.id), col(Answer.value_json), col(Answer.justification),
                                    col(Answer.review_state), col(Answer.carried_over))
                          .where(col(Answer.assessment_id) == assessment_id, col(Answer.question_code) == code)).first()
        old_json, old_text = (row.value_json, row.justification) if row else (None, "")
        before = Marks(row.review_state, row.carried_over) if row else Marks()
        new_json = encode(canonical)
        edits: list[tuple[str, Any, Any]] = []
        if new_json != old_json:
            edits.append(("value", decode(old_json), canonical))
        if justification is not None and justification != old_text:
            edits.append(("justification", old_text, justification))
        if not edits:
            return Changes(assessment_id)
        now = utc.now()
        marks = transition(before, Event.EDITED)
        text = justification if justification is not None else old_text
        if row is None:
            con.execute(insert(Answer).values(
                id=new_id(), assessment_id=assessment_id, question_code=code, value_json=new_json,
                justification=text, carried_over=marks.carried_over, flagged=False,
                review_state=marks.review_state, revision=1, updated_at=now, updated_by=who.name))
        else:
            con.execute(update(Answer).where(col(Answer.id) == row.id).values(
                value_json=new_json, justification=text, carried_over=marks.carried_over,
                review_state=marks.review_state, revision=col(Answer.revision) + 1, updated_at=now,
                updated_by=who.name))
        con.execute(insert(AuditEvent), [
            {"id": new_id(), "assessment_id": assessment_id, "at": now, "actor": who.name, "role": who.role,
             "entity": "answer", "entity_id": code, "field": name, "old_value": audit.as_text(old),
             "new_value": audit.as_text(new), "reason": reason or None}
            for name, old, new in edits])
        con.execute(update(Assessment).where(col(Assessment.id) == assessment_id)
                    .values(updated_at=now, revision=col(Assessment.revision) + 1))
    # skip logic: later questions that depend on this one may change state
    changes = Changes(assessment_id, {code} | _dependants(framework, code), {placement.domain.number},
                      {ChangeKind.ANSWER})
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
        assessment, framework, who = assessments.editable(session, db, assessment_id)
        placement = framework.placement(code)
        answer = ensure_answer(session, assessment_id, code, who)
        if text == answer.justification:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="justification", old=answer.justification, new=text)
        answer.justification = text
        _edited(answer, who)
        session.add(answer)
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, {code}, {placement.domain.number}, {ChangeKind.ANSWER})


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
    return Changes(assessment_id, {code}, {placement.domain.number}, {ChangeKind.ANSWER})


def confirm_carried_over(db: Database, assessment_id: str, code: str) -> Changes:
    """Keep an answer carried over from the previous round as it is."""
    with db.transaction() as session:
        assessment, framework, who = assessments.editable(session, db, assessment_id)
        answer = ensure_answer(session, assessment_id, code, who)
        if not answer.carried_over:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="carried_over", old=True, new=False, reason="confirmed")
        marks = transition(Marks(answer.review_state, answer.carried_over), Event.CONFIRMED)
        answer.review_state, answer.carried_over = marks.review_state, marks.carried_over
        answer.updated_at = utc.now()
        answer.updated_by = who.name
        session.add(answer)
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, {code}, {framework.placement(code).domain.number}, {ChangeKind.ANSWER})


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
        evidence_counts = session.exec(
            select(Answer.question_code, func.count()).join(Evidence, col(Answer.id) == Evidence.answer_id)
            .where(*wanted).group_by(col(Answer.question_code))).all()
        comment_rows = session.exec(
            select(Answer.question_code, Comment.resolved).join(Comment, col(Answer.id) == Comment.answer_id)
            .where(*wanted)).all()
    comments: dict[str, list[bool]] = {}
    for code, resolved in comment_rows:
        comments.setdefault(code, []).append(resolved)
    return answer_views(framework, (answer_from_row(row) for row in rows),
                        evidence={code: int(n) for code, n in evidence_counts}, comments=comments, codes=codes)


def get_answer(db: Database, assessment_id: str, code: str) -> AnswerView:
    views = list_answers(db, assessment_id, [code])
    if code not in views:
        raise ValidationError(NO_QUESTION(code=code))
    return views[code]
