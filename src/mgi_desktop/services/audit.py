"""Writing and reading the append-only audit trail.

`trail` reads it as "who, when, old -> new, reason", oldest first.  Events
about an answer carry its question code as entity id; events about evidence
and comments are matched to their question through the question named in the
event or the item's current answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from mgi_desktop.enums import Role
from mgi_desktop.services.views import AuditRow
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:  # the ORM is imported by the functions that use it (see services/__init__.py)
    from sqlmodel import Session

    from mgi_desktop.storage.tables import AuditEvent


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role
    #: Whether the user's key is one of the assessment's parties (`services.parties`): without it
    #: the user may read, comment and flag, but neither change answers nor review.
    party: bool = True


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def record(session: Session, actor: Actor, *, assessment_id: str | None, entity: str, entity_id: str = "",
           field: str = "", old: Any = None, new: Any = None, reason: str | None = None,
           contributor_id: str | None = None) -> AuditEvent:
    from mgi_desktop.storage.tables import AuditEvent

    event = AuditEvent(assessment_id=assessment_id, actor=actor.name, role=actor.role, entity=entity,
                       entity_id=entity_id, field=field, old_value=as_text(old), new_value=as_text(new),
                       reason=reason or None, contributor_id=contributor_id)
    session.add(event)
    return event


def events(db: Database, assessment_id: str, *, entity_id: str | None = None,
           actor: str | None = None, entity: str | None = None) -> list[AuditEvent]:
    """The trail of an assessment (optionally of one answer, actor or kind of entity), oldest first."""
    from sqlmodel import col, select

    from mgi_desktop.storage.tables import AuditEvent

    with db.reading() as session:
        query = select(AuditEvent).where(AuditEvent.assessment_id == assessment_id)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == entity_id)
        if actor is not None:
            query = query.where(AuditEvent.actor == actor)
        if entity is not None:
            query = query.where(AuditEvent.entity == entity)
        return list(session.exec(query.order_by(col(AuditEvent.at), col(AuditEvent.seq))).all())


class _Event(Protocol):
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def old_value(self) -> str | None: ...
    @property
    def new_value(self) -> str | None: ...


def question_of(event: _Event, owners: Mapping[str, str]) -> str:
    """The question an event concerns: an answer's own code, the question named in the event's values,
    or the question owning the evidence item or comment (`owners`: item id -> question code)."""
    if event.entity == "answer":
        return event.entity_id
    for value in (event.new_value, event.old_value):
        if value and value.startswith("{"):
            try:
                data = json.loads(value)
            except ValueError:
                continue
            code = data.get("question") if isinstance(data, dict) else None
            if isinstance(code, str):
                return code
    return owners.get(event.entity_id, "")


def trail(db: Database, assessment_id: str, *, question: str | None = None, actor: str | None = None,
         entity: str | None = None) -> list[AuditRow]:
    """The trail, filtered by question code, actor and kind of entity."""
    from sqlmodel import col, select

    from mgi_desktop.storage.tables import Answer, Comment, Evidence

    found = events(db, assessment_id, actor=actor, entity=entity)
    with db.reading() as session:
        owners = dict(session.exec(select(Evidence.id, Answer.question_code)
                                   .join(Answer, col(Answer.id) == Evidence.answer_id)
                                   .where(Answer.assessment_id == assessment_id)).all())
        owners |= dict(session.exec(select(Comment.id, Answer.question_code)
                                    .join(Answer, col(Answer.id) == Comment.answer_id)
                                    .where(Answer.assessment_id == assessment_id)).all())
    result = []
    for event in found:
        code = question_of(event, owners)
        if question is not None and code != question:
            continue
        result.append(AuditRow(event.at, event.actor, event.role, event.entity, event.entity_id, code,
                               event.field, event.old_value, event.new_value, event.reason, event.id))
    return result
