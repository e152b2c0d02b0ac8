"""Writing and reading the append-only audit trail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import AuditEvent


@dataclass(frozen=True)
class Actor:
    name: str
    role: str


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def record(session: Session, actor: Actor, *, assessment_id: str | None, entity: str, entity_id: str = "",
           field: str = "", old: Any = None, new: Any = None, reason: str | None = None) -> AuditEvent:
    event = AuditEvent(assessment_id=assessment_id, actor=actor.name, role=actor.role, entity=entity,
                       entity_id=entity_id, field=field, old_value=as_text(old), new_value=as_text(new),
                       reason=reason or None)
    session.add(event)
    return event


def events(db: Database, assessment_id: str, *, entity_id: str | None = None,
           actor: str | None = None, entity: str | None = None) -> list[AuditEvent]:
    """The trail of an assessment (optionally of one answer, actor or kind of entity), oldest first."""
    with db.reading() as session:
        query = select(AuditEvent).where(AuditEvent.assessment_id == assessment_id)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == entity_id)
        if actor is not None:
            query = query.where(AuditEvent.actor == actor)
        if entity is not None:
            query = query.where(AuditEvent.entity == entity)
        return list(session.exec(query.order_by(col(AuditEvent.at), col(AuditEvent.seq))).all())
