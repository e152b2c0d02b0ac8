"""The SQLite tables (SQLModel).  Schema changes ship as Alembic migrations.

Keys are UUIDs stored as text so they survive exchange between databases.
Times are aware UTC datetimes in the code and fixed-width UTC text with a
``Z`` in the file, so they sort, compare and export the same everywhere;
enumerations are `mgi_desktop.enums` members stored as their text values
(see `storage.types`).  Answer values are JSON (a code, a list of codes, a
number, text or an ISO date).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from mgi_desktop import utc
from mgi_desktop.enums import (
    AssessmentStatus,
    Decision,
    Direction,
    EvidenceKind,
    FindingCategory,
    KeyTrust,
    Level,
    ReviewState,
    Role,
)
from mgi_desktop.storage.ids import new_id
from mgi_desktop.storage.types import StrEnumText, UtcText

__all__ = ["AssessmentStatus", "EvidenceKind", "FindingCategory", "ReviewState", "Role", "new_id"]


def Enum(enum_type: type[enum.StrEnum], default: enum.StrEnum | None = None, **kwargs: Any) -> Any:
    """A column of one of `mgi_desktop.enums`, stored as its text value (required without a default)."""
    if default is not None:
        kwargs["default"] = default
    return Field(sa_type=StrEnumText(enum_type), nullable=False, **kwargs)


def Time(**kwargs: Any) -> Any:
    """A UTC time, stored as `utc.FORMAT` text; now by default."""
    kwargs.setdefault("default_factory", utc.now)
    return Field(sa_type=UtcText, nullable=False, **kwargs)


def OptionalTime() -> Any:
    return Field(default=None, sa_type=UtcText)


class StoredQuestionnaire(SQLModel, table=True):
    """The questionnaire text an assessment was started with, so it always opens."""

    __tablename__ = "questionnaire"

    sha256: str = Field(primary_key=True, max_length=64)
    framework_id: str = Field(index=True)
    version: str
    level: Level = Enum(Level)
    source_name: str = ""
    text: str = Field(sa_column=Column(Text, nullable=False))
    added_at: dt.datetime = Time()


class Assessment(SQLModel, table=True):
    __tablename__ = "assessment"

    id: str = Field(default_factory=new_id, primary_key=True)
    questionnaire_sha256: str = Field(foreign_key="questionnaire.sha256")
    framework_id: str
    framework_version: str
    level: Level = Enum(Level)
    country: str = Field(max_length=3)  # ISO 3166-1 alpha-3
    locality: str | None = None
    round: int = 1
    previous_id: str | None = Field(default=None, foreign_key="assessment.id")
    title: str
    status: AssessmentStatus = Enum(AssessmentStatus, AssessmentStatus.DRAFT)
    focal_point: str = ""
    institution: str = ""
    introduction: str | None = None  # profile introduction, when edited for this assessment
    #: The crosswalk a follow-up round on another questionnaire version was made through
    #: (`questionnaire.crosswalk.Crosswalk.as_dict`, JSON), so comparing it with the round before
    #: pairs the questions as they were carried; None for a first round or the same questionnaire
    #: (migration 0006).
    crosswalk_json: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    #: The working language: the language its questionnaire content and its exports are shown in, a
    #: lower-case code ("en", "fr", "es", "ru", "ar"); "en" for rows written before migration 0007.
    language: str = "en"
    #: The profile's own title page and credits (`services.profile_settings`), each None until set:
    #: None is the default the profile works out itself (migration 0008).
    profile_title: str | None = None
    profile_country_name: str | None = None
    profile_date: str | None = None  # "YYYY-MM" or "YYYY-MM-DD"
    profile_round_label: str | None = None
    profile_credits: str | None = None
    archived: bool = False
    revision: int = 0  # bumped by every change; the latest revision wins in consolidation
    created_at: dt.datetime = Time()
    updated_at: dt.datetime = Time()


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
    review_state: ReviewState = Enum(ReviewState, ReviewState.NOT_REVIEWED)
    revision: int = 0
    updated_at: dt.datetime = Time()
    updated_by: str = ""


class Evidence(SQLModel, table=True):
    __tablename__ = "evidence"

    id: str = Field(default_factory=new_id, primary_key=True)
    answer_id: str = Field(foreign_key="answer.id", index=True)
    kind: EvidenceKind = Enum(EvidenceKind, EvidenceKind.OTHER)
    title: str
    reference: str = ""
    issuing_body: str = ""
    year: int | None = None
    date: str | None = None  # an ISO date (YYYY-MM-DD), as typed
    url: str = ""
    note: str = ""
    file_sha256: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    created_at: dt.datetime = Time()
    created_by: str = ""
    updated_at: dt.datetime = Time()


class Comment(SQLModel, table=True):
    __tablename__ = "comment"

    id: str = Field(default_factory=new_id, primary_key=True)
    answer_id: str = Field(foreign_key="answer.id", index=True)
    author: str
    role: Role = Enum(Role)
    text: str
    created_at: dt.datetime = Time()
    resolved: bool = False
    resolved_at: dt.datetime | None = OptionalTime()
    resolved_by: str | None = None


class ReviewDecision(SQLModel, table=True):
    """Every decision is kept; the newest per answer is the current one."""

    __tablename__ = "review_decision"

    id: str = Field(default_factory=new_id, primary_key=True)
    answer_id: str = Field(foreign_key="answer.id", index=True)
    decision: Decision = Enum(Decision)
    reviewer: str
    reason: str = ""
    decided_at: dt.datetime = Time()
    #: The reviewer's key and its signature over the decision (`services.signing`); empty before 0005.
    signer: str = ""
    signature: str = ""


class Finding(SQLModel, table=True):
    __tablename__ = "finding"

    id: str = Field(default_factory=new_id, primary_key=True)
    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    domain_number: int
    category: FindingCategory = Enum(FindingCategory)
    text: str
    position: int = 0
    question_codes: str = "[]"  # JSON list of linked question codes
    drafted: bool = False  # drafted from the answers and not yet edited by a person
    #: copied from the round before as a draft to keep, edit or drop (with ``drafted``); drafting again
    #: from the answers leaves it alone (migration 0008)
    carried_over: bool = False
    created_at: dt.datetime = Time()
    updated_at: dt.datetime = Time()


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
    role: Role = Enum(Role, Role.FOCAL_POINT)


class DataVersion(SQLModel, table=True):
    """One row: the count of rows ever written, kept by triggers on every table (migration 0004)."""

    __tablename__ = "data_version"

    id: int = Field(default=1, primary_key=True)
    version: int = 0


class AuditEvent(SQLModel, table=True):
    """Append-only: triggers in the schema refuse UPDATE and DELETE."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_assessment", "assessment_id", "seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=new_id, unique=True)  # stable across exchange
    assessment_id: str | None = None
    at: dt.datetime = Time()
    actor: str
    role: Role = Enum(Role)
    entity: str
    entity_id: str = ""
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    reason: str | None = None
    #: The contributor (`Contributor.id`) the change came from, when it was imported from their
    #: contribution workbook; None for a change typed in the app (and every event before 0009).
    contributor_id: str | None = None


class Contributor(SQLModel, table=True):
    """An official the focal point hands questions to, who answers in a workbook (migration 0009)."""

    __tablename__ = "contributor"

    id: str = Field(default_factory=new_id, primary_key=True)
    institution: str
    person: str = ""
    email: str = ""
    #: The language their workbooks are written in, a lower-case code ("en", "fr"...).
    language: str = "en"
    created_at: dt.datetime = Time()


class Assignment(SQLModel, table=True):
    """Part of an assessment given to a contributor: a domain, a sub-area or one question (0009).

    `target` is the domain's number, the sub-area's code or the question's code, as text; of the
    contributors a question is assigned to, at most one is its lead (`services.contributors`).
    """

    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("assessment_id", "contributor_id", "scope", "target"),)

    seq: int | None = Field(default=None, primary_key=True)
    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    contributor_id: str = Field(foreign_key="contributor.id", index=True)
    scope: str  # domain | sub_area | question
    target: str
    lead: bool = False
    due: str | None = None  # an ISO date (YYYY-MM-DD)
    assigned_at: dt.datetime = Time()


class Replica(SQLModel, table=True):
    """This database's identity in exchanges (one row), so peers tell its packages apart."""

    __tablename__ = "replica"

    id: int = Field(default=1, primary_key=True)
    replica_id: str = Field(default_factory=new_id)
    created_at: dt.datetime = Time()


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
    direction: Direction = Enum(Direction)
    sender_id: str
    sender_name: str = ""
    sequence: int
    created_at: dt.datetime = Time()
    processed_at: dt.datetime = Time()
    file_name: str = ""
    snapshot: str = Field(sa_column=Column(Text, nullable=False))  # data.json without the audit trail
    #: The fingerprint of the key that signed it ("" for an unsigned package of format 1).
    signer: str = ""


class KnownKey(SQLModel, table=True):
    """A public key this database knows, and how far it trusts it (migration 0005)."""

    __tablename__ = "known_key"

    fingerprint: str = Field(primary_key=True, max_length=64)
    signing_key: str  # base64, Ed25519
    encryption_key: str  # base64, X25519
    name: str = ""
    institution: str = ""
    role: Role = Enum(Role)
    trust: KeyTrust = Enum(KeyTrust, KeyTrust.SEEN)
    #: The key list it came from (the issuer's fingerprint), when trust is "list".
    listed_by: str = ""
    #: The key that replaced it (introduced by a statement this key signed).
    replaced_by: str = ""
    added_at: dt.datetime = Time()
    trusted_at: dt.datetime | None = OptionalTime()


class AssessmentParty(SQLModel, table=True):
    """A key bound to an assessment as its focal point or as one of its reviewers (migration 0005)."""

    __tablename__ = "assessment_party"
    __table_args__ = (UniqueConstraint("assessment_id", "fingerprint", "role"),)

    seq: int | None = Field(default=None, primary_key=True)
    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    fingerprint: str = Field(max_length=64)
    role: Role = Enum(Role)
    how: str = ""  # why it was bound: created here, first package, trusted reviewer, confirmed...
    bound_at: dt.datetime = Time()


class Attestation(SQLModel, table=True):
    """A status an assessment was moved to, signed by the key that moved it (migration 0005).

    A reviewer's steps (in review, returned, validated) and the approval are
    accepted from a package only with one of these; consolidation and the
    profile check the validation's against the trusted keys.
    """

    __tablename__ = "attestation"

    id: str = Field(default_factory=new_id, primary_key=True)
    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    status: AssessmentStatus = Enum(AssessmentStatus)
    at: dt.datetime = Time()
    signer: str = Field(max_length=64)
    #: SHA-256 of the answers (code, value, justification) when it was signed.
    answers_digest: str = Field(max_length=64)
    signature: str
