"""File -> Send...: write one assessment as a ``.mgi`` package."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mgi_desktop import __version__, utc
from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import package, snapshot, state
from mgi_desktop.exchange.format import Manifest
from mgi_desktop.identity.keys import PublicKey
from mgi_desktop.limits import replacing_invalid
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, audit
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import StoredQuestionnaire

if TYPE_CHECKING:
    from mgi_desktop.services.keys import KeyInfo


@dataclass(frozen=True)
class SentPackage:
    path: Path
    manifest: Manifest
    answers: int
    evidence: int
    attachments: int
    password: bool = False
    recipients: tuple[str, ...] = ()  # the fingerprints it was encrypted to

    @property
    def encrypted(self) -> bool:
        return self.password or bool(self.recipients)

    def as_dict(self) -> dict[str, object]:
        return {"file": str(self.path), "package_id": self.manifest.package_id,
                "assessment_id": self.manifest.assessment_id, "sequence": self.manifest.sequence,
                "encrypted": self.encrypted, "password": self.password, "recipients": list(self.recipients),
                "answers": self.answers, "evidence": self.evidence, "attachments": self.attachments}


def default_file_name(db: Database, assessment_id: str) -> str:
    """A name that tells the recipient what the file is (the window proposes it)."""
    assessment = assessments.get(db, assessment_id)
    place = (assessment.locality or assessment.country).replace(" ", "-")
    safe = "".join(ch for ch in place if ch.isalnum() or ch in "-_") or "assessment"
    return f"{safe}-round{assessment.round}-{assessment.status}-{assessment.id[:8]}{package.SUFFIX}"


QUESTIONNAIRE_MISSING = Template("send.questionnaire_missing",
                                 "the questionnaire of assessment {id} is missing from {database}")
FILE_MISSING = Template("send.file_missing",
                        "the file attached to evidence {title} ({name}) is missing; attach it again or remove it")


NO_RECIPIENT_KEY = Template("send.no_recipient_key",
                            "no key is known for {fingerprint}: import the recipient's key file first (key import)")
NO_PARTY_TO_SEND_TO = Template("send.no_party",
                               "the assessment has no other party whose key is known yet: protect this first "
                               "package with a password, or import the recipient's key file (key import)")


def recipient_keys(db: Database, assessment_id: str, fingerprints: Sequence[str] = ()) -> list[PublicKey]:
    """The keys to encrypt to: the given ones, or else every other party of the assessment; and the
    user's own, so the sender can open their own copy."""
    from mgi_desktop.services import keys, parties

    with db.transaction() as session:
        keys.ensure_own(session, db)
        if fingerprints:
            rows = [keys.find(session, f) for f in fingerprints]
        else:
            bound = parties.of(session, assessment_id)
            others = (bound.focal_points | bound.reviewers) - {db.own_key.fingerprint}
            rows = [row for f in sorted(others) if (row := keys.get(session, f)) is not None]
            if not rows:
                raise ExchangeError(NO_PARTY_TO_SEND_TO())
        return [*(keys.public_key(r) for r in rows), db.own_key.identity.public]


@dataclass(frozen=True)
class Candidate:
    """A key the Send dialog offers to encrypt to: a party of the assessment (offered first, ticked)
    or another key the user trusts (a reviewer met before the first review, say)."""

    key: KeyInfo
    party: bool


def candidates(db: Database, assessment_id: str) -> list[Candidate]:
    """The keys a package of this assessment may be encrypted to, parties first; writes nothing."""
    from mgi_desktop.services import keys, parties

    mine = db.own_key.fingerprint
    with db.reading() as session:
        bound = parties.of(session, assessment_id)
    party = (bound.focal_points | bound.reviewers) - {mine}
    known = [k for k in keys.all_keys(db) if k.fingerprint != mine and not k.replaced_by]
    found = [Candidate(k, k.fingerprint in party) for k in known if k.fingerprint in party or k.trusted]
    return sorted(found, key=lambda c: (not c.party, c.key.name.lower(), c.key.fingerprint))


def export_package(db: Database, assessment_id: str, target: Path, *, password: str | None = None,
                   recipients: Sequence[PublicKey] = ()) -> SentPackage:
    """Write the package atomically, signed with the user's key, and log it as sent (its sequence
    number is used up only then).  Encrypted to `recipients` and/or a `password` when given."""
    target = Path(target)
    if target.suffix.lower() != package.SUFFIX:
        target = target.with_name(target.name + package.SUFFIX)
    who = assessments.actor(db, assessment_id)
    profile = db.user()
    own = db.own_key
    name = replacing_invalid(target.name)  # logged as a label: a POSIX name may hold any bytes
    with db.transaction() as session:
        me = state.replica_id(session)
        from mgi_desktop.services import keys

        keys.ensure_own(session, db)  # the package lists the public keys of its signers, the user's too
        data = snapshot.read(session, assessment_id)
        stored = session.get(StoredQuestionnaire, data.assessment.questionnaire_sha256)
        if stored is None:
            raise ExchangeError(QUESTIONNAIRE_MISSING(id=assessment_id, database=db.path))
        attachments: dict[str, bytes] = {}
        for item in data.evidence:
            if item.file_sha256 and item.file_sha256 not in attachments:
                path = db.attachments.path(item.file_sha256)
                try:
                    attachments[item.file_sha256] = path.read_bytes()
                except OSError:
                    raise ExchangeError(FILE_MISSING(path, title=item.title, name=item.file_name or "")) from None
        sequence = state.next_sequence(session, assessment_id, me)
        fields = {
            "app_version": __version__, "package_id": str(uuid.uuid4()), "assessment_id": assessment_id,
            "framework": {"id": stored.framework_id, "version": stored.version, "sha256": stored.sha256},
            "sender": {"replica_id": me, "name": who.name, "institution": profile.institution if profile else "",
                       "role": who.role, "key": own.identity.public.as_dict(), "fingerprint": own.fingerprint},
            "introduced_by": own.introduction.as_dict() if own.introduction else None,
            "created_at": utc.now(), "sequence": sequence, "received": state.received_map(session, assessment_id),
        }
        manifest = package.write(target, fields, data, stored.text, attachments, own.identity, password, recipients)
        state.record(session, manifest, state.SENT, data, name)
        audit.record(session, who, assessment_id=assessment_id, entity="package", entity_id=manifest.package_id,
                     field="sent", new={"file": name, "sequence": sequence, "signer": own.fingerprint,
                                        "password": password is not None,
                                        "recipients": [r.fingerprint for r in recipients]})
    return SentPackage(target, manifest, len(data.answers), len(data.evidence), len(attachments),
                       password is not None, tuple(r.fingerprint for r in recipients))
