"""Comment threads per answer: both roles may comment, in any state."""

from __future__ import annotations

from mgi_desktop import utc
from mgi_desktop.enums import ChangeKind
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, audit
from mgi_desktop.services.answers import ensure_answer
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.views import COMMENT_COLUMNS, CommentRow, comment_from_record
from mgi_desktop.storage.db import Database

NEEDS_TEXT = Template("comment.needs_text", "a comment needs some text")
NOT_FOUND = Template("comment.not_found", "no comment {id}")


def add(db: Database, assessment_id: str, code: str, text: str) -> Changes:
    check_text("comment", text)
    text = text.strip()
    if not text:
        raise ValidationError(NEEDS_TEXT())
    from mgi_desktop.storage.tables import Comment  # the ORM (see services/__init__.py)

    who = assessments.actor(db, assessment_id)
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
    from mgi_desktop.storage.tables import Answer, Comment  # the ORM (see services/__init__.py)

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


def for_question(db: Database, assessment_id: str, code: str) -> list[CommentRow]:
    """The thread of one answer, oldest first (what the question page shows)."""
    return [comment_from_record(row) for row in db.query(
        f"SELECT {COMMENT_COLUMNS} FROM comment c JOIN answer a ON a.id = c.answer_id "
        "WHERE a.assessment_id = :aid AND a.question_code = :code ORDER BY c.created_at",
        {"aid": assessment_id, "code": code})]


def for_assessment(db: Database, assessment_id: str) -> list[tuple[str, CommentRow]]:
    """(question code, comment) for every comment of the assessment, oldest first."""
    rows = db.query(f"SELECT {COMMENT_COLUMNS} FROM comment c JOIN answer a ON a.id = c.answer_id "
                    "WHERE a.assessment_id = :aid ORDER BY c.created_at", {"aid": assessment_id})
    return [(item.question_code, item) for item in map(comment_from_record, rows)]
