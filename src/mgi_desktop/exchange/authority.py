"""Who may change what through a package: the checks between reading it and writing it.

A package's signature says which key sent it (`package`); this module
decides what that key, and every key that signed something inside it, may
change here (see `services.parties` for how keys are bound):

- **The sender.**  A key bound to the assessment here speaks in its role.
  A key not bound yet is bound when the assessment is new here and the
  key claims the focal point; when it is introduced by a bound key it
  replaces; or once it is trusted (on a key list, or its fingerprint
  confirmed by the user) for a reviewer.  Anything else is refused until
  the user confirms the fingerprint (`UnverifiedSigner`).
- **Review decisions and status steps** carry their own signatures, so they
  may travel in anyone's package: a decision or a reviewer's step (in
  review, returned, validated) is accepted only when signed by one of the
  assessment's reviewer keys (never its focal point's); the focal point's
  steps (submitted, resubmitted, approved) only when signed by its focal
  point.  A new status must be backed by such a signed step.
- **Answers and evidence** change only through the focal point's packages;
  an answer's accepted / returned mark only with a signed decision behind it.

Format 1 packages (before signatures) are imported only once the user
confirms (`UnsignedPackage`); their unsigned decisions and status are not
applied.  Every refusal leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mgi_desktop.enums import AssessmentStatus, Decision, KeyTrust, ReviewState, Role
from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange.format import AttestationData, DecisionData, PackageData
from mgi_desktop.exchange.package import Contents, refused
from mgi_desktop.identity.keys import PublicKey, Purpose, matches, short
from mgi_desktop.identity.own import Introduction
from mgi_desktop.messages import Message, Template
from mgi_desktop.services import keys, parties, signing
from mgi_desktop.services.workflow import TRANSITIONS
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:
    from sqlmodel import Session

UNSIGNED = Template("authority.unsigned",
                    "the package is not signed (it was written by an MGI Desktop older than signatures): anyone "
                    "could have written or changed it. Import it only if you know where it comes from, and "
                    "confirm (--accept-unsigned); its review decisions and status are not applied")
UNVERIFIED = Template("authority.unverified",
                      "signed by {name} ({role}), key {fingerprint}, which is not {what}: compare the "
                      "fingerprint with them (on the phone, in person) and confirm it (--confirm-key "
                      "{fingerprint}), or import IOM's key list; nothing was imported")
NOT_A_REVIEWER_KEY = Template("authority.not_a_reviewer_key", "a reviewer of this assessment")
NOT_ITS_FOCAL_POINT = Template("authority.not_its_focal_point", "this assessment's focal point")
NOT_TRUSTED_KEY = Template("authority.not_trusted", "a key you trust")
BAD_DECISION = Template("authority.bad_decision",
                        "the review decision on {code} ({decision}) is not validly signed by its reviewer: it was "
                        "forged or altered")
UNSIGNED_DECISION = Template("authority.unsigned_decision",
                             "the review decision on {code} is not signed; a signed package carries only signed "
                             "decisions")
FOCAL_POINT_DECIDES = Template("authority.focal_point_decides",
                               "the review decision on {code} is signed by this assessment's focal point: a focal "
                               "point does not review their own answers")
BAD_STEP = Template("authority.bad_step", "the step to {status} is not validly signed: it was forged or altered")
WRONG_STEP_SIGNER = Template("authority.wrong_step_signer",
                             "the step to {status} is signed by {fingerprint}, who is not this assessment's "
                             "{role}")
UNBACKED_STATUS = Template("authority.unbacked_status",
                           "the package moves the assessment to {status} without a step signed by its {role}")
ANSWERS_FROM_REVIEWER = Template("authority.answers_from_reviewer",
                                 "the package changes the answer to {code}, but it is signed by a reviewer: only "
                                 "the focal point's key changes answers")
EVIDENCE_FROM_REVIEWER = Template("authority.evidence_from_reviewer",
                                  "the package changes evidence of {code}, but it is signed by a reviewer: only "
                                  "the focal point's key changes evidence")
UNBACKED_MARK = Template("authority.unbacked_mark",
                         "the answer to {code} is marked {state} without a reviewer's signed decision behind it")
KEY_MISMATCH = Template("authority.key_mismatch", "the key listed for {fingerprint} does not match its fingerprint")
DROPPED_DECISIONS = Template("authority.dropped_decisions",
                             "{n} unsigned review decision was not applied", plural="{n} unsigned review decisions "
                             "were not applied", count="n")
DROPPED_STATUS = Template("authority.dropped_status",
                          "the status {status} in the unsigned package was not applied")
REPLACED_KEY = Template("authority.replaced_key",
                        "{name}'s key {old} was replaced by {new}, introduced by a statement signed with the old key")
NEW_REVIEWER = Template("authority.new_reviewer", "{name} ({fingerprint}) is now a reviewer of this assessment")
FIRST_SIGNER = Template("authority.first_signer",
                        "{name} ({fingerprint}) is now this assessment's focal point: the first package signed "
                        "by them")

#: The role whose key signs the step into each status.
STEP_ROLE: dict[AssessmentStatus, Role] = {to: role for (_, to), role in TRANSITIONS.items()}


class UnsignedPackage(ExchangeError):
    """A format 1 package: imported only once the user confirms."""


class UnverifiedSigner(ExchangeError):
    """A key that must be confirmed by its fingerprint before the package is applied."""

    def __init__(self, message: Message, fingerprints: list[str]) -> None:
        super().__init__(message)
        self.fingerprints = fingerprints

    def with_details(self, *details: Message) -> UnverifiedSigner:
        error = UnverifiedSigner(self.msg, self.fingerprints)
        error.details = [*self.details, *details]
        return error


@dataclass(frozen=True)
class Signer:
    """Who signed the package, as the preview shows them."""

    fingerprint: str
    name: str
    institution: str
    role: Role
    trust: KeyTrust
    bound_role: Role | None

    @property
    def short(self) -> str:
        return short(self.fingerprint)

    def as_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "short": self.short, "name": self.name,
                "institution": self.institution, "role": self.role.value, "trust": self.trust.value,
                "bound_role": self.bound_role.value if self.bound_role else None}


@dataclass
class Verdict:
    """What applying the package does besides writing its data: keys to learn, bind, replace."""

    signer: Signer | None
    role: Role | None  # the sender's powers here; None: unsigned
    theirs: PackageData  # the package's data, less what is not applied (unsigned decisions)
    remember: dict[str, tuple[PublicKey, str, str, Role]] = field(default_factory=dict)
    bind: list[tuple[str, Role, str]] = field(default_factory=list)
    trust_by_hand: set[str] = field(default_factory=set)
    replaced: list[tuple[str, str]] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)


def _confirmed(fingerprint: str, confirmed: Collection[str]) -> bool:
    return any(matches(typed, fingerprint) for typed in confirmed)


class _Judge:
    def __init__(self, session: Session, db: Database, contents: Contents, existing: bool,
                 confirmed: Collection[str], source: str) -> None:
        self.session, self.db, self.contents, self.source = session, db, contents, source
        self.confirmed = confirmed
        self.aid = contents.manifest.assessment_id
        self.parties = parties.of(session, self.aid) if existing else parties.Parties()
        self.existing = existing
        self.publics: dict[str, PublicKey] = {}
        self.unverified: list[str] = []
        self.unverified_message: Message | None = None

    # -- keys ----------------------------------------------------------------------------------------

    def public(self, fingerprint: str) -> PublicKey | None:
        if fingerprint in self.publics:
            return self.publics[fingerprint]
        row = keys.get(self.session, fingerprint)
        return keys.public_key(row) if row is not None else None

    def trust_of(self, fingerprint: str) -> KeyTrust:
        row = keys.get(self.session, fingerprint)
        return KeyTrust(row.trust) if row is not None else KeyTrust.SEEN

    def needs(self, fingerprint: str, name: str, role: Role, what: Message) -> None:
        """A key the user must confirm; the first such is the message."""
        if fingerprint not in self.unverified:
            self.unverified.append(fingerprint)
        if self.unverified_message is None:
            self.unverified_message = UNVERIFIED(self.source, name=name or "?", role=role.value.replace("_", " "),
                                                 fingerprint=short(fingerprint), what=what)

    def may_review(self, fingerprint: str, verdict: Verdict, name: str = "") -> bool:
        """Whether the key is (or now becomes) one of the reviewers; records what confirmation it needs."""
        if fingerprint in self.parties.focal_points:
            return False
        if fingerprint in self.parties.reviewers:
            return True
        if self.trust_of(fingerprint) in keys.TRUSTED or _confirmed(fingerprint, self.confirmed):
            if self.trust_of(fingerprint) not in keys.TRUSTED:
                verdict.trust_by_hand.add(fingerprint)
            how = parties.HOW_TRUSTED if fingerprint not in verdict.trust_by_hand else parties.HOW_CONFIRMED
            verdict.bind.append((fingerprint, Role.REVIEWER, how))
            self.parties.reviewers.add(fingerprint)
            verdict.notes.append(NEW_REVIEWER(name=name or "?", fingerprint=short(fingerprint)))
            return True
        self.needs(fingerprint, name, Role.REVIEWER, NOT_A_REVIEWER_KEY())
        return True  # refused at the end, with every key to confirm named

    # -- the sender ----------------------------------------------------------------------------------

    def sender(self, verdict: Verdict) -> None:
        signer = self.contents.signer
        assert signer is not None
        fp = signer.fingerprint
        sender = self.contents.manifest.sender
        self.publics[fp] = signer
        verdict.remember[fp] = (signer, sender.name, sender.institution, sender.role)
        role = self.parties.role_of(fp)
        if role is None and self.contents.manifest.introduced_by:
            role = self._introduced(verdict, signer)
        if role is None:
            if sender.role is Role.FOCAL_POINT:
                if not self.parties.focal_points:
                    verdict.bind.append((fp, Role.FOCAL_POINT, parties.HOW_FIRST_PACKAGE))
                    self.parties.focal_points.add(fp)
                    if self.existing:
                        verdict.notes.append(FIRST_SIGNER(name=sender.name, fingerprint=short(fp)))
                elif _confirmed(fp, self.confirmed):
                    verdict.trust_by_hand.add(fp)
                    verdict.bind.append((fp, Role.FOCAL_POINT, parties.HOW_CONFIRMED))
                    self.parties.focal_points.add(fp)
                else:
                    self.needs(fp, sender.name, Role.FOCAL_POINT, NOT_ITS_FOCAL_POINT())
                role = Role.FOCAL_POINT
            else:
                self.may_review(fp, verdict, sender.name)
                role = Role.REVIEWER
        if role is Role.FOCAL_POINT and fp in self.parties.focal_points:
            # The focal point may name colleagues (other focal-point keys) who answer with them.
            for named in self.contents.data.parties:
                if named.role is Role.FOCAL_POINT and named.fingerprint not in self.parties.focal_points:
                    if named.fingerprint in self.parties.reviewers:
                        continue  # a reviewer never becomes a focal point by someone else's word
                    verdict.bind.append((named.fingerprint, Role.FOCAL_POINT, parties.HOW_NAMED))
                    self.parties.focal_points.add(named.fingerprint)
        verdict.role = role
        verdict.signer = Signer(fp, sender.name, sender.institution, sender.role, self.trust_of(fp),
                                self.parties.role_of(fp))

    def _introduced(self, verdict: Verdict, signer: PublicKey) -> Role | None:
        try:
            intro = Introduction.from_dict(self.contents.manifest.introduced_by or {})
        except (ValueError, KeyError, TypeError):
            return None
        if not intro.introduces(signer):
            return None
        old = intro.old.fingerprint
        role = self.parties.role_of(old)
        if role is None:
            return None
        verdict.replaced.append((old, signer.fingerprint))
        verdict.bind.append((signer.fingerprint, role, parties.HOW_INTRODUCED))
        (self.parties.focal_points if role is Role.FOCAL_POINT else self.parties.reviewers).add(signer.fingerprint)
        verdict.notes.append(REPLACED_KEY(name=self.contents.manifest.sender.name, old=short(old),
                                          new=short(signer.fingerprint)))
        return role

    # -- signed items --------------------------------------------------------------------------------

    def learn_keys(self, verdict: Verdict, data: PackageData) -> None:
        for item in data.keys:
            try:
                public = PublicKey.from_dict(item.key.model_dump())
            except ValueError:
                raise refused(self.source, KEY_MISMATCH(fingerprint=item.fingerprint[:12])) from None
            if public.fingerprint != item.fingerprint:
                raise refused(self.source, KEY_MISMATCH(fingerprint=item.fingerprint[:12]))
            self.publics.setdefault(item.fingerprint, public)
            verdict.remember.setdefault(item.fingerprint, (public, item.name, item.institution, item.role))

    def decision(self, verdict: Verdict, d: DecisionData) -> None:
        statement = signing.decision_statement(self.aid, d.id, d.question, d.decision, d.reason, d.decided_at)
        if not signing.verifies(self.public(d.signer) if d.signer else None, Purpose.DECISION, statement,
                                d.signature):
            raise refused(self.source, BAD_DECISION(code=d.question, decision=d.decision.value))
        if d.signer in self.parties.focal_points:
            raise refused(self.source, FOCAL_POINT_DECIDES(code=d.question))
        self.may_review(d.signer, verdict, self._name(d.signer, verdict))

    def step(self, verdict: Verdict, a: AttestationData) -> None:
        statement = signing.status_statement(self.aid, a.id, a.status, a.at, a.answers_digest)
        if not signing.verifies(self.public(a.signer), Purpose.STATUS, statement, a.signature):
            raise refused(self.source, BAD_STEP(status=a.status.value))
        role = STEP_ROLE.get(a.status)
        if role is Role.REVIEWER:
            if not self.may_review(a.signer, verdict, self._name(a.signer, verdict)):
                raise refused(self.source, WRONG_STEP_SIGNER(status=a.status.value, fingerprint=short(a.signer),
                                                             role="reviewer"))
        elif a.signer not in self.parties.focal_points:
            raise refused(self.source, WRONG_STEP_SIGNER(status=a.status.value, fingerprint=short(a.signer),
                                                         role="focal point"))

    def _name(self, fingerprint: str, verdict: Verdict) -> str:
        known = verdict.remember.get(fingerprint)
        if known is not None:
            return known[1]
        row = keys.get(self.session, fingerprint)
        return row.name if row is not None else ""


def judge_before_merge(session: Session, db: Database, contents: Contents, mine: PackageData | None,
                       confirmed: Collection[str], accept_unsigned: bool, source: str) -> Verdict:
    """Check the sender and every new signed item; return the data that may be merged."""
    data = contents.data
    verdict = Verdict(signer=None, role=None, theirs=data)
    judge = _Judge(session, db, contents, mine is not None, confirmed, source)
    known_decisions = {d.id for d in mine.decisions} if mine else set()
    known_steps = {a.id for a in mine.attestations} if mine else set()
    if contents.signer is None:
        if not accept_unsigned:
            raise UnsignedPackage(UNSIGNED(source))
        new = [d for d in data.decisions if d.id not in known_decisions]
        if new:
            verdict.notes.append(DROPPED_DECISIONS(n=len(new)))
        verdict.theirs = data.model_copy(update={
            "decisions": [d for d in data.decisions if d.id in known_decisions], "attestations": []})
        if mine is not None and data.assessment.status != mine.assessment.status:
            verdict.notes.append(DROPPED_STATUS(status=data.assessment.status.value))
            verdict.theirs = verdict.theirs.model_copy(update={"assessment": verdict.theirs.assessment.model_copy(
                update={"status": mine.assessment.status})})
        return verdict
    judge.learn_keys(verdict, data)
    judge.sender(verdict)
    for d in data.decisions:
        if d.id in known_decisions:
            continue
        if not d.signer:
            raise refused(source, UNSIGNED_DECISION(code=d.question))
        judge.decision(verdict, d)
    for a in data.attestations:
        if a.id not in known_steps:
            judge.step(verdict, a)
    if judge.unverified:
        assert judge.unverified_message is not None
        raise UnverifiedSigner(judge.unverified_message, judge.unverified)
    return verdict


def judge_after_merge(verdict: Verdict, mine: PackageData | None, final: PackageData, source: str) -> None:
    """Check what the merged result changes against the sender's powers."""
    if verdict.signer is None:
        return  # unsigned, confirmed: decisions and status were left out before the merge
    before = {a.code: a for a in mine.answers} if mine else {}
    if verdict.role is not Role.FOCAL_POINT:
        for answer in final.answers:
            old = before.get(answer.code)
            if (answer.value, answer.justification) != ((old.value, old.justification) if old else (None, "")):
                raise refused(source, ANSWERS_FROM_REVIEWER(code=answer.code))
        old_evidence = {e.id: e for e in mine.evidence} if mine else {}
        new_evidence = {e.id: e for e in final.evidence}
        for key in set(old_evidence) ^ set(new_evidence) | {k for k in new_evidence if k in old_evidence
                                                            and new_evidence[k] != old_evidence[k]}:
            item = new_evidence.get(key) or old_evidence[key]
            raise refused(source, EVIDENCE_FROM_REVIEWER(code=item.question))
    status = final.assessment.status
    if status is not (mine.assessment.status if mine else AssessmentStatus.DRAFT):
        role = STEP_ROLE.get(status)
        steps = [a for a in final.attestations if a.status is status]
        if role is not None and not steps:
            raise refused(source, UNBACKED_STATUS(status=status.value, role=role.value.replace("_", " ")))
    latest: dict[str, DecisionData] = {}
    for d in sorted(final.decisions, key=lambda d: (d.decided_at, d.id)):
        latest[d.question] = d
    for answer in final.answers:
        old = before.get(answer.code)
        if answer.review_state not in (ReviewState.ACCEPTED, ReviewState.RETURNED):
            continue
        if old is not None and old.review_state is answer.review_state:
            continue
        decision = latest.get(answer.code)
        expected = Decision.ACCEPTED if answer.review_state is ReviewState.ACCEPTED else Decision.RETURNED
        if decision is None or decision.decision is not expected:
            raise refused(source, UNBACKED_MARK(code=answer.code, state=answer.review_state.value))


def apply(session: Session, db: Database, verdict: Verdict, assessment_id: str) -> None:
    """Learn the keys, bind and replace them: in the import's own transaction."""
    for public, name, institution, role in verdict.remember.values():
        keys.remember(session, public, name=name, institution=institution, role=role)
    for fingerprint in verdict.trust_by_hand:
        row = keys.get(session, fingerprint)
        if row is not None and KeyTrust(row.trust) not in keys.TRUSTED:
            keys.remember(session, keys.public_key(row), name=row.name, institution=row.institution,
                          role=Role(row.role), trust=KeyTrust.HAND)
    for old, new in verdict.replaced:
        row = keys.get(session, old)
        if row is not None:
            row.replaced_by = new
            session.add(row)
            if KeyTrust(row.trust) in (KeyTrust.HAND, KeyTrust.LIST):
                new_row = keys.get(session, new)
                if new_row is not None:
                    keys.remember(session, keys.public_key(new_row), name=new_row.name,
                                  institution=new_row.institution, role=Role(new_row.role), trust=KeyTrust.HAND)
        parties.replace_key(session, db, old, new)
    for fingerprint, role, how in verdict.bind:
        parties.bind(session, db, assessment_id, fingerprint, role, how)
