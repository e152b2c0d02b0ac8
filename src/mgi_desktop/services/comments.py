"""Comment threads per answer: both roles may comment, in any state."""

from __future__ import annotations

from sqlmodel import col, select

from mgi_desktop import utc
from mgi_desktop.enums import ChangeKind
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.limits import check_text_size
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, audit
from mgi_desktop.services.answers import ensure_answer
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer, Comment

NEEDS_TEXT = Template("comment.needs_text", "a comment needs some text")
NOT_FOUND = Template("comment.not_found", "no comment {id}")


def add(db: Database, assessment_id: str, code: str, text: str) -> Changes:
    text = text.strip()
    if not text:
        raise ValidationError(NEEDS_TEXT())
    check_text_size("comment", text)
    who = assessments.actor(db)
    with db.transaction() as session:
        assessment = assessments.load(session, assessment_id)
        placement = assessments.framework_of(db, assessment).placement(code)
        answer = ensure_answer(session, assessment_id, code, who)
        comment = Comment(answer_id=answer.id, author=who.name, role=who.role, text=text)
        session.add(comment)
        audit.record(session, who, assessment_id=assessment_id, entity="comment", entity_id=comment.id,
                     field="added", new={"question": code, "text": text})
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, {code}, {placement.domain.number}, {ChangeKind.COMMENT}, [comment.id])


def set_resolved(db: Database, comment_id: str, resolved: bool = True) -> Changes:
    who = assessments.actor(db)
    with db.transaction() as session:
        comment = session.get(Comment, comment_id)
        answer = session.get(Answer, comment.answer_id) if comment else None
        if comment is None or answer is None:
            raise NotFoundError(NOT_FOUND(id=comment_id))
        if comment.resolved == resolved:
            return Changes(answer.assessment_id)
        comment.resolved = resolved
        comment.resolved_at = utc.now() if resolved else None
        comment.resolved_by = who.name if resolved else None
        session.add(comment)
        audit.record(session, who, assessment_id=answer.assessment_id, entity="comment", entity_id=comment.id,
                     field="resolved", old=not resolved, new=resolved)
        assessment = assessments.load(session, answer.assessment_id)
        assessments.touch(assessment)
        session.add(assessment)
        code = answer.question_code
    domain = assessments.framework_of(db, assessment).placement(code).domain.number
    return Changes(answer.assessment_id, {code}, {domain}, {ChangeKind.COMMENT})


def for_question(db: Database, assessment_id: str, code: str) -> list[Comment]:
    with db.reading() as session:
        return list(session.exec(
            select(Comment).join(Answer, col(Answer.id) == Comment.answer_id)
            .where(Answer.assessment_id == assessment_id, Answer.question_code == code)
            .order_by(col(Comment.created_at))).all())


def for_assessment(db: Database, assessment_id: str) -> list[tuple[str, Comment]]:
    with db.reading() as session:
        rows = session.exec(
            select(Answer.question_code, Comment).join(Answer, col(Answer.id) == Comment.answer_id)
            .where(Answer.assessment_id == assessment_id).order_by(col(Comment.created_at))).all()
    return [(code, c) for code, c in rows]
