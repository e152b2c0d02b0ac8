"""The questionnaire an assessment was started with, kept in the database."""

from __future__ import annotations

from sqlmodel import Session

from mgi_desktop.errors import NotFoundError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_trusted
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import StoredQuestionnaire

# Parsed frameworks by content hash: the text under a hash never changes.
_parsed: dict[str, Framework] = {}


def store(session: Session, framework: Framework) -> StoredQuestionnaire:
    stored = session.get(StoredQuestionnaire, framework.sha256)
    if stored is None:
        stored = StoredQuestionnaire(sha256=framework.sha256, framework_id=framework.id,
                                     version=framework.version, level=framework.model.level.value,
                                     source_name=framework.source.rsplit("/", 1)[-1], text=framework.text)
        session.add(stored)
        session.flush()  # no ORM relationship orders this insert before the assessment's
    _parsed.setdefault(framework.sha256, framework)
    return stored


def by_hash(db: Database, sha256: str) -> Framework:
    framework = _parsed.get(sha256)
    if framework is None:
        with db.reading() as session:
            stored = session.get(StoredQuestionnaire, sha256)
        if stored is None:
            raise NotFoundError(f"the questionnaire {sha256[:12]} is missing from {db.path}")
        framework = load_trusted(stored.text, f"{stored.source_name} (stored in the database)", sha256)
        _parsed[sha256] = framework
    return framework
