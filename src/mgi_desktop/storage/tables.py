"""The SQLite tables (SQLModel).  Schema changes ship as Alembic migrations.

Keys are UUIDs stored as text so they survive exchange between databases.
Times are UTC ISO-8601 strings with a ``Z`` so they sort, compare and export
the same everywhere.  Answer values are JSON (a code, a list of codes, a
number, text or an ISO date).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Role(enum.StrEnum):
    FOCAL_POINT = "focal_point"
    REVIEWER = "reviewer"


class AssessmentStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    VALIDATED = "validated"
    APPROVED = "approved"


class ReviewState(enum.StrEnum):
    NOT_REVIEWED = "not_reviewed"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    REVISED = "revised"


class EvidenceKind(enum.StrEnum):
    LAW = "law"
    REGULATION = "regulation"
    POLICY = "policy"  # policy or strategy
    PLAN = "plan"
    AGREEMENT = "agreement"
    REPORT = "report"
    WEBSITE = "website"
    INTERVIEW = "interview"
    OTHER = "other"


class FindingCategory(enum.StrEnum):
    WELL_DEVELOPED = "well_developed"
    POTENTIAL = "potential"


class StoredQuestionnaire(SQLModel, table=True):
    """The questionnaire text an assessment was started with, so it always opens."""

    __tablename__ = "questionnaire"

    sha256: str = Field(primary_key=True, max_length=64)
    framework_id: str = Field(index=True)
    version: str
    level: str
    source_name: str = ""
    text: str = Field(sa_column=Column(Text, nullable=False))
    added_at: str = Field(default_factory=utc_now)


class Assessment(SQLModel, table=True):
    __tablename__ = "assessment"

    id: str = Field(default_factory=new_id, primary_key=True)
    questionnaire_sha256: str = Field(foreign_key="questionnaire.sha256")
    framework_id: str
    framework_version: str
    level: str
    country: str = Field(max_length=3)  # ISO 3166-1 alpha-3
    locality: str | None = None
    round: int = 1
    previous_id: str | None = Field(default=None, foreign_key="assessment.id")
    title: str
    status: str = AssessmentStatus.DRAFT.value
    focal_point: str = ""
    institution: str = ""
    introduction: str | None = None  # profile introduction, when edited for this assessment
    archived: bool = False
    revision: int = 0  # bumped by every change; the latest revision wins in consolidation
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


class Answer(SQLModel, table=True):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("assessment_id", "question_code"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    question_code: str
    value_json: str | None = None  # None: not answered
    justification: str = ""
    carried_over: bool = False
    flagged: bool = False
    review_state: str = ReviewState.NOT_REVIEWED.value
    revision: int = 0
    updated_at: str = Field(default_factory=utc_now)
    updated_by: str = ""


class Evidence(SQLModel, table=True):
    __tablename__ = "evidence"

    id: str = Field(default_factory=new_id, primary_key=True)
    answer_id: str = Field(foreign_key="answer.id", index=True)
    kind: str = EvidenceKind.OTHER.value
    title: str
    reference: str = ""
    issuing_body: str = ""
    year: int | None = None
    date: str | None = None
    url: str = ""
    note: str = ""
    file_sha256: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    created_at: str = Field(default_factory=utc_now)
    created_by: str = ""
    updated_at: str = Field(default_factory=utc_now)


class Comment(SQLModel, table=True):
    __tablename__ = "comment"

    id: str = Field(default_factory=new_id, primary_key=True)
    answer_id: str = Field(foreign_key="answer.id", index=True)
    author: str
    role: str
    text: str
    created_at: str = Field(default_factory=utc_now)
    resolved: bool = False
    resolved_at: str | None = None
    resolved_by: str | None = None


class ReviewDecision(SQLModel, table=True):
    """Every decision is kept; the newest per answer is the current one."""

    __tablename__ = "review_decision"

    id: str = Field(default_factory=new_id, primary_key=True)
    answer_id: str = Field(foreign_key="answer.id", index=True)
    decision: str  # accepted | returned
    reviewer: str
    reason: str = ""
    decided_at: str = Field(default_factory=utc_now)


class Finding(SQLModel, table=True):
    __tablename__ = "finding"

    id: str = Field(default_factory=new_id, primary_key=True)
    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    domain_number: int
    category: str
    text: str
    position: int = 0
    question_codes: str = "[]"  # JSON list of linked question codes
    drafted: bool = False  # drafted from the answers and not yet edited by a person
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


class DomainText(SQLModel, table=True):
    """A domain description edited for one assessment's profile."""

    __tablename__ = "domain_text"

    assessment_id: str = Field(foreign_key="assessment.id", primary_key=True)
    domain_number: int = Field(primary_key=True)
    description: str


class UserProfile(SQLModel, table=True):
    """The person using this database (one row)."""

    __tablename__ = "user_profile"

    id: int = Field(default=1, primary_key=True)
    name: str
    institution: str = ""
    role: str = Role.FOCAL_POINT.value


class AuditEvent(SQLModel, table=True):
    """Append-only: triggers in the schema refuse UPDATE and DELETE."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_assessment", "assessment_id", "seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=new_id, unique=True)  # stable across exchange
    assessment_id: str | None = None
    at: str = Field(default_factory=utc_now)
    actor: str
    role: str
    entity: str
    entity_id: str = ""
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    reason: str | None = None


class Replica(SQLModel, table=True):
    """This database's identity in exchanges (one row), so peers tell its packages apart."""

    __tablename__ = "replica"

    id: int = Field(default=1, primary_key=True)
    replica_id: str = Field(default_factory=new_id)
    created_at: str = Field(default_factory=utc_now)


class ExchangePackage(SQLModel, table=True):
    """Every package sent or received, with its data: the base of the next three-way merge.

    The sequence is the sender's count of packages for the assessment; a
    sent package has this database's replica id as sender.
    """

    __tablename__ = "exchange_package"
    __table_args__ = (UniqueConstraint("assessment_id", "sender_id", "sequence"),)

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(index=True)  # the package id in its manifest
    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    direction: str  # sent | received
    sender_id: str
    sender_name: str = ""
    sequence: int
    created_at: str
    processed_at: str = Field(default_factory=utc_now)
    file_name: str = ""
    snapshot: str = Field(sa_column=Column(Text, nullable=False))  # data.json without the audit trail
