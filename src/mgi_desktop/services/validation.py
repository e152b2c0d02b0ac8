"""What an assessment's validation is worth to the person reading it: one rule, `judge`.

A status "validated" in a database or a package is only a claim: whoever
holds the file can write it.  What backs it is the reviewer's signed step
(`signing.status_statement`, made by `assessments.attest`), and it is worth
something only when

- its signature verifies against the signer's public key (a key whose
  fingerprint really is the one the step names: a forger could otherwise
  supply their own key under a trusted fingerprint);
- the signer is not the assessment's focal point (nobody validates their own
  answers);
- the signer is a reviewer key that *the reader's* database trusts (own, by
  hand or from a list: `keys.TRUSTED`), not one the file vouches for;
- the answers are still the ones it signed (its ``answers_digest``).

Consolidation, the profile and the round comparison all call `judge`, each
with the trust of the database of the user running it (`trust_of`); with no
such database they say "not checked" rather than guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mgi_desktop.enums import AssessmentStatus, KeyTrust, Role, ValidationMark
from mgi_desktop.identity.keys import PublicKey, Purpose, short
from mgi_desktop.messages import Message, Template, english
from mgi_desktop.services import signing
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:
    from sqlmodel import Session

SIGNED = Template("validation.signed",
                  "validated by {holder} (key {fingerprint}) on {date}, answers unchanged since")
NOT_VALIDATED = Template("validation.not_validated", "not validated: the assessment is {status}")
UNSIGNED = Template("validation.unsigned",
                    "not validated by a trusted reviewer key: marked validated without a signature (older "
                    "data), anyone could have set it")
UNTRUSTED = Template("validation.untrusted",
                     "not validated by a trusted reviewer key: validated with key {fingerprint}, which is not a "
                     "reviewer key trusted here")
SELF_VALIDATED = Template("validation.self_validated",
                          "not validated by a trusted reviewer key: self-validated with the focal point's own key "
                          "{fingerprint}")
CHANGED = Template("validation.changed",
                   "validated with key {fingerprint} on {date}, but the answers changed since: the validation "
                   "does not cover them")
BAD_SIGNATURE = Template("validation.bad_signature",
                         "not validated by a trusted reviewer key: the validation's signature does not verify "
                         "against key {fingerprint} (forged or altered)")
NOT_CHECKED = Template("validation.not_checked",
                       "validated with key {fingerprint} on {date}, answers unchanged since; the key was not "
                       "checked against trusted keys (no database of yours to check it with)")
TRUSTED_IN = Template("validation.trusted_in", "signers checked against the keys trusted in {database}")
TRUST_UNKNOWN = Template("validation.trust_unknown",
                         "signers not checked: no database of trusted keys was given")

#: The statuses that claim a validation (approval comes after it).
CLAIMED = frozenset({AssessmentStatus.VALIDATED, AssessmentStatus.APPROVED})


@dataclass(frozen=True)
class Step:
    """A signed status step as the rule reads it, whether from a table row or a package."""

    id: str
    status: AssessmentStatus
    at: dt.datetime
    signer: str
    answers_digest: str
    signature: str


@dataclass(frozen=True)
class Signatures:
    """What an assessment's source holds for the rule: its signed steps, the public keys it carries
    (checked against their fingerprints by `judge`, never believed) and its focal point keys."""

    steps: tuple[Step, ...] = ()
    keys: Mapping[str, PublicKey] = field(default_factory=dict)
    focal_points: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Holder:
    name: str
    institution: str

    def __str__(self) -> str:
        return ", ".join(p for p in (self.name, self.institution) if p) or "?"


@dataclass(frozen=True)
class Trust:
    """The reader's side: the reviewer keys their database trusts, and what it knows of keys and parties."""

    database: str
    reviewers: Mapping[str, Holder]  # by fingerprint
    keys: Mapping[str, PublicKey]  # every public key the database knows, by fingerprint
    focal_points: Mapping[str, frozenset[str]]  # by assessment id, as bound in the reader's database

    @property
    def message(self) -> Message:
        return TRUSTED_IN(database=self.database)


@dataclass(frozen=True)
class Validation:
    mark: ValidationMark
    message: Message
    signer: str = ""  # the full fingerprint of the validation's key, when there is one
    at: dt.datetime | None = None

    @property
    def warning(self) -> bool:
        """Whether a reader must be warned: it claims a validation that is not backed as it should be."""
        return self.mark not in (ValidationMark.SIGNED, ValidationMark.NOT_VALIDATED)

    def as_dict(self) -> dict[str, Any]:
        return {"mark": self.mark.value, "text": english(self.message), "signer": self.signer,
                "warning": self.warning}


def judge(assessment_id: str, status: AssessmentStatus, answers: Iterable[tuple[str, Any, str]],
          signatures: Signatures, trust: Trust | None) -> Validation:
    """What the assessment's validation is worth to the reader whose `trust` this is (None: unknown).

    The definite failures come first (no signature, a bad one, the focal point's own key, a key not
    trusted), then answers changed since, then what could not be checked.
    """
    if status not in CLAIMED:
        return Validation(ValidationMark.NOT_VALIDATED, NOT_VALIDATED(status=status))
    steps = [s for s in signatures.steps if s.status is AssessmentStatus.VALIDATED]
    if not steps:
        return Validation(ValidationMark.UNSIGNED, UNSIGNED())
    step = max(steps, key=lambda s: (s.at, s.id))  # the latest validation is the one that stands
    fingerprint = short(step.signer)

    def found(mark: ValidationMark, message: Message) -> Validation:
        return Validation(mark, message, step.signer, step.at)

    statement = signing.status_statement(assessment_id, step.id, step.status, step.at, step.answers_digest)
    public = _key(step.signer, signatures.keys, trust.keys if trust else {})
    if not signing.verifies(public, Purpose.STATUS, statement, step.signature):
        return found(ValidationMark.BAD_SIGNATURE, BAD_SIGNATURE(fingerprint=fingerprint))
    focal_points = signatures.focal_points | (trust.focal_points.get(assessment_id, frozenset()) if trust
                                              else frozenset())
    if step.signer in focal_points:
        return found(ValidationMark.SELF_VALIDATED, SELF_VALIDATED(fingerprint=fingerprint))
    holder = trust.reviewers.get(step.signer) if trust else None
    if trust is not None and holder is None:
        return found(ValidationMark.UNTRUSTED, UNTRUSTED(fingerprint=fingerprint))
    date = step.at.astimezone(dt.UTC).date().isoformat()
    if step.answers_digest != signing.answers_digest(answers):
        return found(ValidationMark.CHANGED, CHANGED(fingerprint=fingerprint, date=date))
    if holder is None:
        return found(ValidationMark.NOT_CHECKED, NOT_CHECKED(fingerprint=fingerprint, date=date))
    return found(ValidationMark.SIGNED, SIGNED(holder=str(holder), fingerprint=fingerprint, date=date))


def _key(fingerprint: str, *sources: Mapping[str, PublicKey]) -> PublicKey | None:
    """The signer's public key, from the first source whose key really has that fingerprint."""
    for source in sources:
        public = source.get(fingerprint)
        if public is not None and public.fingerprint == fingerprint:
            return public
    return None


# -- reading it from a database ----------------------------------------------------------------


def trust_of(db: Database) -> Trust:
    """The reader's trust, from their own database: reviewer keys trusted there (`keys.TRUSTED`)."""
    from sqlmodel import select

    from mgi_desktop.services import keys
    from mgi_desktop.storage.tables import AssessmentParty, KnownKey

    with db.reading() as session:
        rows = session.exec(select(KnownKey)).all()
        bound = session.exec(select(AssessmentParty).where(AssessmentParty.role == Role.FOCAL_POINT)).all()
    # A trusted key counts as a reviewer's only when its holder is one: a focal point whose key was
    # compared by hand (to exchange packages) does not validate other countries' assessments.
    reviewers = {r.fingerprint: Holder(r.name, r.institution) for r in rows
                 if KeyTrust(r.trust) in keys.TRUSTED and Role(r.role) is Role.REVIEWER}
    focal_points: dict[str, set[str]] = {}
    for party in bound:
        focal_points.setdefault(party.assessment_id, set()).add(party.fingerprint)
    return Trust(str(db.path), reviewers, _publics(rows),
                 {aid: frozenset(found) for aid, found in focal_points.items()})


def _publics(rows: Iterable[Any]) -> dict[str, PublicKey]:
    from mgi_desktop.services import keys

    found = {}
    for row in rows:
        try:
            found[row.fingerprint] = keys.public_key(row)
        except ValueError:  # a damaged row: its signatures simply do not verify
            continue
    return found


def signatures_of(db: Database, assessment_id: str) -> Signatures:
    """The assessment's signed steps, its signers' public keys and its focal point keys in `db`."""
    with db.reading() as session:
        return read_signatures(session, assessment_id)


def read_signatures(session: Session, assessment_id: str) -> Signatures:
    from sqlmodel import col, select

    from mgi_desktop.storage.tables import AssessmentParty, Attestation, KnownKey

    steps = tuple(Step(a.id, AssessmentStatus(a.status), a.at, a.signer, a.answers_digest, a.signature)
                  for a in session.exec(select(Attestation).where(Attestation.assessment_id == assessment_id))
                  .all())
    signers = {s.signer for s in steps}
    rows = session.exec(select(KnownKey).where(col(KnownKey.fingerprint).in_(signers))).all() if signers else []
    focal_points = frozenset(p.fingerprint for p in session.exec(select(AssessmentParty).where(
        AssessmentParty.assessment_id == assessment_id, AssessmentParty.role == Role.FOCAL_POINT)).all())
    return Signatures(steps, _publics(rows), focal_points)


def of_assessment(db: Database, assessment_id: str, trust: Trust | None = None) -> Validation:
    """The validation of an assessment of `db`, as the user of `db` (or `trust`) sees it."""
    from mgi_desktop.services import assessments

    meta = assessments.get(db, assessment_id)
    with db.reading() as session:
        signatures = read_signatures(session, assessment_id)
    rows = db.query("SELECT question_code, value_json, justification FROM answer WHERE assessment_id = :aid",
                    {"aid": assessment_id})
    current = signing.stored_answers((r["question_code"], r["value_json"], r["justification"]) for r in rows)
    return judge(assessment_id, meta.status, current, signatures, trust if trust is not None else trust_of(db))


def packaged(steps: Iterable[Any], keys: Iterable[Any], parties: Iterable[Any]) -> Signatures:
    """A package's attestations, keys and parties (`exchange.format`'s models, read by their fields)."""
    publics = {}
    for item in keys:
        try:
            publics[item.fingerprint] = PublicKey.from_dict(item.key.model_dump())
        except ValueError:
            continue
    return Signatures(
        tuple(Step(a.id, AssessmentStatus(a.status), a.at, a.signer, a.answers_digest, a.signature) for a in steps),
        publics, frozenset(p.fingerprint for p in parties if Role(p.role) is Role.FOCAL_POINT))


def answer_rows(views: Iterable[Any]) -> list[tuple[str, Any, str]]:
    """(code, value, justification) of answer views, as `signing.answers_digest` takes them."""
    return [(v.code, v.value, v.justification) for v in views]

