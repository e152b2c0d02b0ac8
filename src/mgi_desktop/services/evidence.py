"""Evidence behind an answer: laws, policies, sources; optional attached files."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mgi_desktop import utc
from mgi_desktop.enums import AssessmentStatus, ChangeKind, EvidenceKind
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.limits import check_text, replacing_invalid
from mgi_desktop.links import check_url
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, audit, workflow
from mgi_desktop.services.answers import ensure_answer
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.views import EVIDENCE_COLUMNS, EvidenceRow, evidence_from_record
from mgi_desktop.storage.attachments import open_regular
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:  # the ORM is imported by the functions that use it (see services/__init__.py)
    from mgi_desktop.storage.tables import Answer, Evidence

UNREADABLE = Template("evidence.unreadable", "cannot read the file: {reason}")
EMPTY_FILE = Template("evidence.empty_file", "the file is empty (0 bytes)")
TOO_LARGE = Template("evidence.too_large",
                     "the file is too large to attach ({size} MiB; the limit is {limit} MiB); cite it by reference "
                     "instead")
UNKNOWN_FIELDS = Template("evidence.unknown_fields", "unknown evidence field: {fields}",
                          plural="unknown evidence fields: {fields}", count="n")
NOT_A_KIND = Template("evidence.not_a_kind", "{value} is not a kind of evidence ({kinds})")
NOT_A_YEAR = Template("evidence.not_a_year", "{value} is not a year")
NOT_A_DATE = Template("evidence.not_a_date", "{value} is not a date (YYYY-MM-DD)")
NEEDS_TITLE = Template("evidence.needs_title", "evidence needs a title (e.g. the name of the law or policy)")
NOT_FOUND = Template("evidence.not_found", "no evidence item {id}")

#: Attached files are kept beside the database (`Database.attachments`); this keeps packages e-mailable.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


_FIELDS = ("kind", "title", "reference", "issuing_body", "year", "date", "url", "note")


@dataclass(frozen=True)
class Attachment:
    sha256: str
    name: str
    size: int


def attachment_path(db: Database, sha256: str) -> Path:
    """Where the database keeps the attached file `sha256` (its store beside the database file)."""
    return db.attachments.path(sha256)


def store_attachment(db: Database, source: Path) -> Attachment:
    """Copy a file into the database's attachment store under its SHA-256 (once, however often attached).

    Only a regular file: a symbolic link (even to a file), a folder, a pipe or a device is refused,
    naming it (`attachments.open_regular`, which also says why); the checks and the copy read the one
    file opened, never the name again.
    """
    source = Path(source)
    try:
        handle = open_regular(source)
    except OSError as exc:
        raise ValidationError(UNREADABLE(source, reason=exc.strerror or str(exc))) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise ValidationError(EMPTY_FILE(source))
        if size > MAX_ATTACHMENT_BYTES:
            # in the unit the limit is set in (MiB), so 25.4 MiB is not shown as "26 MB" against a "25 MB"
            # limit; rounded up, so a file just over the limit never reads as equal to it ("25.0 MiB")
            shown_size = math.ceil(size / 2**20 * 10) / 10
            raise ValidationError(TOO_LARGE(source, size=shown_size, limit=MAX_ATTACHMENT_BYTES // 2**20))
        sha = db.attachments.store_open(handle, source)
    return Attachment(sha, replacing_invalid(source.name), size)  # the name is a label: it must be storable


def store_attachment_bytes(db: Database, data: bytes, name: str) -> Attachment:
    return Attachment(db.attachments.store_bytes(data), replacing_invalid(name), len(data))


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise ValidationError(UNKNOWN_FIELDS(fields=sorted(unknown), n=len(unknown)))
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, str):  # every field as typed, before it is quoted in a message or stored
            check_text(f"evidence {name}", value)
        if name == "kind":
            try:
                out[name] = EvidenceKind(str(value).strip().lower()).value
            except ValueError:
                kinds = [k.value for k in EvidenceKind]
                raise ValidationError(NOT_A_KIND(value=repr(value), kinds=kinds)) from None
        elif name == "year":
            if value in (None, ""):
                out[name] = None
            else:
                try:
                    year = int(str(value).strip())
                except ValueError:
                    raise ValidationError(NOT_A_YEAR(value=repr(value))) from None
                if not 1000 <= year <= 9999:
                    raise ValidationError(NOT_A_YEAR(value=repr(value)))
                out[name] = year
        elif name == "date":
            if value in (None, ""):
                out[name] = None
            else:
                import datetime as dt

                try:
                    out[name] = dt.date.fromisoformat(str(value).strip()).isoformat()
                except ValueError:
                    raise ValidationError(NOT_A_DATE(value=repr(value))) from None
        else:
            text = "" if value is None else str(value)
            out[name] = text.strip() if name != "note" else text
            if name == "url":
                check_url(f"evidence {name}", out[name])  # http, https, mailto or none (links.py)
    if "title" in out and not out["title"]:
        raise ValidationError(NEEDS_TITLE())
    return out


def add(db: Database, assessment_id: str, code: str, *, file: Path | None = None, **fields: Any) -> Changes:
    values = _clean(fields)
    if "title" not in values:
        raise ValidationError(NEEDS_TITLE())
    from mgi_desktop.storage.tables import Evidence

    attachment = store_attachment(db, file) if file is not None else None
    who = assessments.actor(db, assessment_id)
    with db.transaction() as session:
        assessment = assessments.load(session, assessment_id)
        workflow.check_can_edit(AssessmentStatus(assessment.status), who)
        framework = assessments.framework_of(db, assessment)
        placement = framework.placement(code)
        answer = ensure_answer(session, assessment_id, code, who)
        item = Evidence(answer_id=answer.id, created_by=who.name, **values)
        if attachment is not None:
            item.file_sha256, item.file_name, item.file_size = attachment.sha256, attachment.name, attachment.size
        session.add(item)
        audit.record(session, who, assessment_id=assessment_id, entity="evidence", entity_id=item.id,
                     field="added", new=values | {"question": code, "file": attachment.name if attachment else None})
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, {code}, {placement.domain.number}, {ChangeKind.EVIDENCE}, [item.id])


def _load(db: Database, evidence_id: str) -> tuple[Evidence, Answer]:
    from mgi_desktop.storage.tables import Answer, Evidence

    with db.reading() as session:
        item = session.get(Evidence, evidence_id)
        answer = session.get(Answer, item.answer_id) if item else None
    if item is None or answer is None:
        raise NotFoundError(NOT_FOUND(id=evidence_id))
    return item, answer


def edit(db: Database, evidence_id: str, *, file: Path | None = None, remove_file: bool = False,
         **fields: Any) -> Changes:
    from mgi_desktop.storage.tables import Evidence

    values = _clean(fields)
    attachment = store_attachment(db, file) if file is not None else None
    _, answer = _load(db, evidence_id)
    who = assessments.actor(db, answer.assessment_id)
    with db.transaction() as session:
        assessment = assessments.load(session, answer.assessment_id)
        workflow.check_can_edit(AssessmentStatus(assessment.status), who)
        item = session.get(Evidence, evidence_id)
        assert item is not None
        for name, value in values.items():
            old = getattr(item, name)
            if old != value:
                audit.record(session, who, assessment_id=assessment.id, entity="evidence", entity_id=item.id,
                             field=name, old=old, new=value)
                setattr(item, name, value)
        if attachment is not None or remove_file:
            audit.record(session, who, assessment_id=assessment.id, entity="evidence", entity_id=item.id,
                         field="file", old=item.file_name, new=attachment.name if attachment else None)
            item.file_sha256 = attachment.sha256 if attachment else None
            item.file_name = attachment.name if attachment else None
            item.file_size = attachment.size if attachment else None
        item.updated_at = utc.now()
        session.add(item)
        assessments.touch(assessment)
        session.add(assessment)
    domain = assessments.framework_of(db, assessment).placement(answer.question_code).domain.number
    return Changes(assessment.id, {answer.question_code}, {domain}, {ChangeKind.EVIDENCE})


def remove(db: Database, evidence_id: str) -> Changes:
    from mgi_desktop.storage.tables import Evidence

    _, answer = _load(db, evidence_id)
    who = assessments.actor(db, answer.assessment_id)
    with db.transaction() as session:
        assessment = assessments.load(session, answer.assessment_id)
        workflow.check_can_edit(AssessmentStatus(assessment.status), who)
        item = session.get(Evidence, evidence_id)
        assert item is not None
        audit.record(session, who, assessment_id=assessment.id, entity="evidence", entity_id=item.id,
                     field="removed", old={n: getattr(item, n) for n in _FIELDS} | {"question": answer.question_code})
        session.delete(item)
        assessments.touch(assessment)
        session.add(assessment)
    domain = assessments.framework_of(db, assessment).placement(answer.question_code).domain.number
    return Changes(assessment.id, {answer.question_code}, {domain}, {ChangeKind.EVIDENCE})


def for_question(db: Database, assessment_id: str, code: str) -> list[EvidenceRow]:
    """The evidence of one answer, oldest first (what the question page lists)."""
    return [evidence_from_record(row) for row in db.query(
        f"SELECT {EVIDENCE_COLUMNS} FROM evidence e JOIN answer a ON a.id = e.answer_id "
        "WHERE a.assessment_id = :aid AND a.question_code = :code ORDER BY e.created_at",
        {"aid": assessment_id, "code": code})]


def for_assessment(db: Database, assessment_id: str) -> list[tuple[str, EvidenceRow]]:
    """(question code, evidence) for every item of the assessment, oldest first."""
    rows = db.query(f"SELECT {EVIDENCE_COLUMNS} FROM evidence e JOIN answer a ON a.id = e.answer_id "
                    "WHERE a.assessment_id = :aid ORDER BY e.created_at", {"aid": assessment_id})
    return [(item.question_code, item) for item in map(evidence_from_record, rows)]
