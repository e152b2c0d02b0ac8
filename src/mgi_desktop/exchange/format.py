"""The ``.mgi`` exchange format: what a package holds, as pydantic models.

A package is a zip with these members:

``manifest.json``
    `Manifest`: format version, app version, the assessment and its
    questionnaire (id, version, SHA-256), sender, time, the sender's sequence
    number for this assessment, and the SHA-256 of every other member.
``questionnaire.yaml``
    the questionnaire text itself, so a package opens on an install that
    lacks that questionnaire version.
``data.json``
    `PackageData`: the assessment and everything attached to it.
``attachments/<sha256>``
    the evidence files, named by the SHA-256 of their content.

A password-protected package is a zip of ``envelope.json`` (the key
derivation and cipher parameters) and ``payload.bin`` (the package above,
encrypted; see `crypto`).

Every model forbids unknown fields: a package from a newer app must say so
through its format version, not slip extra data past an older reader.
Closed sets (statuses, roles, review states, kinds, categories) are the
enumerations of `mgi_desktop.enums`, and times are parsed strictly as UTC
(`UtcDateTime`, with `utc.parse`): pydantic refuses anything else before the data is used.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
)

from mgi_desktop import utc
from mgi_desktop.enums import (
    AssessmentStatus,
    Decision,
    EvidenceKind,
    FindingCategory,
    Level,
    ReviewState,
    Role,
)

#: Bumped when a package could not be read correctly by an older app.
FORMAT_VERSION = 1

MANIFEST = "manifest.json"
DATA = "data.json"
QUESTIONNAIRE = "questionnaire.yaml"
ATTACHMENTS = "attachments/"
ENVELOPE = "envelope.json"
PAYLOAD = "payload.bin"

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F-]{36}$")]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=64)]
#: A UTC time: parsed strictly, written back in the stored text form (`utc.text`).
UtcDateTime = Annotated[
    dt.datetime,
    BeforeValidator(utc.parse),
    PlainSerializer(utc.text, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
Stamp = UtcDateTime


def _iso_date(value: str) -> str:
    if dt.date.fromisoformat(value).isoformat() != value:
        raise ValueError(f"{value!r} is not a date as YYYY-MM-DD")
    return value


#: An evidence item's date as the user typed it: a calendar date, not a time.
IsoDate = Annotated[str, StringConstraints(max_length=10), AfterValidator(_iso_date)]
Name = Annotated[str, StringConstraints(max_length=500)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FrameworkRef(_Model):
    id: Code
    version: Annotated[str, StringConstraints(max_length=64)]
    sha256: Sha256


class Sender(_Model):
    replica_id: Uuid
    name: Name
    institution: Name = ""
    role: Role


class Manifest(_Model):
    format_version: int
    app_version: Annotated[str, StringConstraints(max_length=64)]
    package_id: Uuid
    assessment_id: Uuid
    framework: FrameworkRef
    sender: Sender
    created_at: Stamp
    #: The sender's count of packages sent for this assessment (1, 2, ...).
    sequence: int = Field(ge=1)
    #: The last sequence number the sender imported from each peer database,
    #: so the receiver knows which of its own packages the sender has seen.
    received: dict[Uuid, Annotated[int, Field(ge=1)]] = {}
    #: SHA-256 of every member except the manifest itself.
    members: dict[str, Sha256]


class AssessmentData(_Model):
    id: Uuid
    questionnaire_sha256: Sha256
    framework_id: Code
    framework_version: Annotated[str, StringConstraints(max_length=64)]
    level: Level
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    locality: Name | None = None
    round: int = Field(ge=1)
    previous_id: Uuid | None = None
    title: Name
    status: AssessmentStatus
    focal_point: Name = ""
    institution: Name = ""
    introduction: str | None = None
    revision: int = Field(ge=0)
    created_at: Stamp
    updated_at: Stamp


class AnswerData(_Model):
    code: Code
    value: Any = None
    justification: str = ""
    carried_over: bool = False
    flagged: bool = False
    review_state: ReviewState = ReviewState.NOT_REVIEWED
    revision: int = Field(default=0, ge=0)
    updated_at: Stamp | None = None
    updated_by: Name = ""


class EvidenceData(_Model):
    id: Uuid
    question: Code
    kind: EvidenceKind
    title: str
    reference: str = ""
    issuing_body: str = ""
    year: int | None = None
    date: IsoDate | None = None
    url: str = ""
    note: str = ""
    file_sha256: Sha256 | None = None
    file_name: Name | None = None
    file_size: int | None = Field(default=None, ge=0)
    created_at: Stamp
    created_by: Name = ""
    updated_at: Stamp


class CommentData(_Model):
    id: Uuid
    question: Code
    author: Name
    role: Role
    text: str
    created_at: Stamp
    resolved: bool = False
    resolved_at: Stamp | None = None
    resolved_by: Name | None = None


class DecisionData(_Model):
    id: Uuid
    question: Code
    decision: Decision
    reviewer: Name
    reason: str = ""
    decided_at: Stamp


class FindingData(_Model):
    id: Uuid
    domain_number: int = Field(ge=1)
    category: FindingCategory
    text: str
    position: int = 0
    question_codes: list[Code] = []
    drafted: bool = False
    created_at: Stamp
    updated_at: Stamp


class DomainTextData(_Model):
    domain_number: int = Field(ge=1)
    description: str


class AuditData(_Model):
    id: Uuid
    at: Stamp
    actor: Name
    role: Role
    entity: Annotated[str, StringConstraints(max_length=64)]
    entity_id: Annotated[str, StringConstraints(max_length=200)] = ""
    field: Annotated[str, StringConstraints(max_length=64)] = ""
    old_value: str | None = None
    new_value: str | None = None
    reason: str | None = None


class PackageData(_Model):
    """One assessment and everything attached to it (``data.json``)."""

    assessment: AssessmentData
    answers: list[AnswerData] = []
    evidence: list[EvidenceData] = []
    comments: list[CommentData] = []
    decisions: list[DecisionData] = []
    findings: list[FindingData] = []
    domain_texts: list[DomainTextData] = []
    audit: list[AuditData] = []


class Scrypt(_Model):
    n: int = Field(ge=2**14, le=2**20)
    r: int = Field(ge=1, le=16)
    p: int = Field(ge=1, le=4)
    salt: Annotated[str, StringConstraints(max_length=128)]


class Envelope(_Model):
    """``envelope.json`` of a password-protected package."""

    format_version: int
    kdf: Scrypt
    cipher: Annotated[str, StringConstraints(pattern=r"^AES-256-GCM$")]
    nonce: Annotated[str, StringConstraints(max_length=64)]
