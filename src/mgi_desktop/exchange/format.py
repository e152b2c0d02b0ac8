"""The ``.mgi`` exchange format: what a package holds, as pydantic models.

A package is a zip with these members:

``manifest.json``
    `Manifest`: format version, app version, the assessment and its
    questionnaire (id, version, SHA-256), sender (with their public key),
    time, the sender's sequence number for this assessment, and the SHA-256
    of every other member.
``signature.json``
    `Signature`: the sender's public key and their Ed25519 signature over the
    exact bytes of ``manifest.json`` (format 2).  Since the manifest hashes
    every other member, the signature covers the whole package.
``questionnaire.yaml``
    the questionnaire text itself, so a package opens on an install that
    lacks that questionnaire version.
``data.json``
    `PackageData`: the assessment and everything attached to it.
``attachments/<sha256>``
    the evidence files, named by the SHA-256 of their content.

An encrypted package is a zip of ``envelope.json`` (`Envelope`: how the
content key is wrapped, for each recipient's key and/or for a password) and
``payload.bin`` (the signed package above, encrypted with AES-256-GCM; see
`crypto`).  Format 1 packages (before signatures) are read, shown as
unsigned, and imported only once the user confirms.

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
    SerializationInfo,
    SerializerFunctionWrapHandler,
    StringConstraints,
    WithJsonSchema,
    model_serializer,
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
#: 2: signed packages, keys, signed decisions and status steps, envelopes for recipients' keys.
FORMAT_VERSION = 2
#: The first version: no signature; read, shown as unsigned, imported only once the user confirms.
UNSIGNED_VERSION = 1

MANIFEST = "manifest.json"
DATA = "data.json"
QUESTIONNAIRE = "questionnaire.yaml"
ATTACHMENTS = "attachments/"
SIGNATURE = "signature.json"
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


B64 = Annotated[str, StringConstraints(max_length=200)]


class KeyData(_Model):
    """A public key: Ed25519 to verify, X25519 to encrypt to (base64 of 32 bytes each)."""

    signing_key: B64
    encryption_key: B64


class Sender(_Model):
    replica_id: Uuid
    name: Name
    institution: Name = ""
    role: Role
    #: Format 2: the key that signed the package (the same as in ``signature.json``) and its fingerprint.
    key: KeyData | None = None
    fingerprint: Sha256 | None = None


class Signature(_Model):
    """``signature.json``: who signed the manifest's bytes, and the signature."""

    format_version: int
    algorithm: Annotated[str, StringConstraints(pattern=r"^Ed25519$")]
    key: KeyData
    fingerprint: Sha256
    signature: B64


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
    #: SHA-256 of every member except the manifest itself (and its signature).
    members: dict[str, Sha256]
    #: The statement by which the sender's previous key introduced this one (a replaced key).
    introduced_by: dict[str, Any] | None = None
    #: The fingerprints of the keys the package was encrypted to (none for a password or no encryption).
    recipients: list[Sha256] = []


#: A crosswalk as JSON text: a crosswalk of the national questionnaire takes 40 kB, this holds 25 of them.
CrosswalkText = Annotated[str, StringConstraints(max_length=1_000_000)]
#: A working language: a lower-case ISO 639 code (`services.assessments.check_language` checks it further).
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]


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
    #: The crosswalk a follow-up round on a revised questionnaire was made through (the database's
    #: ``assessment.crosswalk_json``): the receiver's round comparison pairs questions through it.
    #: Left out of the file when there is none, so such packages read as before it existed.
    crosswalk_json: CrosswalkText | None = None
    #: The working language (the database's ``assessment.language``): the receiver shows the questionnaire
    #: and exports in it too.  Packages written before it existed read as English, and an English one leaves
    #: it out of the file (`model_dump` keeps it), so that it reads as before it existed.
    language: LanguageCode = "en"
    #: The profile's settings (the database's ``assessment.profile_*``, `services.profile_settings`), None
    #: for the profile's own default.  Left out of the file while None, so packages read as before they
    #: existed (and older packages read with every default).
    profile_title: str | None = None
    profile_country_name: str | None = None
    profile_date: str | None = None
    profile_round_label: str | None = None
    profile_credits: str | None = None

    @model_serializer(mode="wrap")
    def _without_empty_crosswalk(self, handler: SerializerFunctionWrapHandler,
                                 info: SerializationInfo) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("crosswalk_json") is None:
            data.pop("crosswalk_json", None)
        if info.mode_is_json() and data.get("language") == "en":
            data.pop("language", None)
        for name in PROFILE_FIELDS if info.mode_is_json() else ():
            if data.get(name) is None:
                data.pop(name, None)
        return data


#: The assessment's profile settings a package carries (each left out while None).
PROFILE_FIELDS = ("profile_title", "profile_country_name", "profile_date", "profile_round_label", "profile_credits")


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
    #: The reviewer's key and signature (`services.signing`); empty for a decision made before signatures.
    signer: Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{64})?$")] = ""
    signature: B64 = ""


class AttestationData(_Model):
    """A status step signed by the key that took it (`storage.tables.Attestation`)."""

    id: Uuid
    status: AssessmentStatus
    at: Stamp
    signer: Sha256
    answers_digest: Sha256
    signature: B64


class PartyData(_Model):
    """A key bound to the assessment where the package was written (a claim: see `exchange.authority`)."""

    fingerprint: Sha256
    role: Role


class PublicKeyData(_Model):
    """A public key of a signer named in the package (decisions, status steps, parties)."""

    fingerprint: Sha256
    key: KeyData
    name: Name = ""
    institution: Name = ""
    role: Role


class FindingData(_Model):
    id: Uuid
    domain_number: int = Field(ge=1)
    category: FindingCategory
    text: str
    position: int = 0
    question_codes: list[Code] = []
    drafted: bool = False
    #: copied from the round before as a draft (the database's ``finding.carried_over``); left out of the
    #: file while false, so packages read as before it existed
    carried_over: bool = False
    created_at: Stamp
    updated_at: Stamp

    @model_serializer(mode="wrap")
    def _without_false_carried_over(self, handler: SerializerFunctionWrapHandler,
                                    info: SerializationInfo) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if info.mode_is_json() and not data.get("carried_over"):
            data.pop("carried_over", None)
        return data


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
    attestations: list[AttestationData] = []
    parties: list[PartyData] = []
    keys: list[PublicKeyData] = []


class Scrypt(_Model):
    """The password's key derivation.  Bounded to what the app itself writes (n = 2^14, r = 8,
    p = 1, about 16 MiB and 0.1 s), with room for one doubling: a package cannot make a
    password try cost seconds and gigabytes."""

    n: int = Field(ge=2**14, le=2**15)
    r: int = Field(ge=8, le=8)
    p: int = Field(ge=1, le=1)
    salt: Annotated[str, StringConstraints(max_length=128)]


class EnvelopeV1(_Model):
    """``envelope.json`` of a password-protected package of format 1."""

    format_version: int
    kdf: Scrypt
    cipher: Annotated[str, StringConstraints(pattern=r"^AES-256-GCM$")]
    nonce: Annotated[str, StringConstraints(max_length=64)]


class PasswordSlot(_Model):
    """The content key wrapped with a key derived from a password."""

    kdf: Scrypt
    nonce: B64
    wrapped: B64


class RecipientSlot(_Model):
    """The content key wrapped for one recipient's X25519 key (ephemeral-static Diffie-Hellman)."""

    fingerprint: Sha256
    ephemeral: B64
    nonce: B64
    wrapped: B64


class Envelope(_Model):
    """``envelope.json`` of an encrypted package (format 2): one content key, wrapped once per way in."""

    format_version: int
    cipher: Annotated[str, StringConstraints(pattern=r"^AES-256-GCM$")]
    nonce: B64
    password: PasswordSlot | None = None
    recipients: list[RecipientSlot] = Field(default=[], max_length=64)
