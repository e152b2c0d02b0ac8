"""Each assessment's parties: the key of its focal point and the keys of its reviewers.

Powers come from these keys, not from the role setting: the user may record
decisions and take a reviewer's steps on an assessment only when their key
is one of its reviewers and not its focal point, and may change answers only
when their key is its focal point.  A package's content is accepted in the
same way (see `mgi_desktop.exchange.authority`).

Binding happens:

- when an assessment is created here: the user's key is its focal point;
- when it arrives here for the first time: the package's signer takes the
  role the package claims (a reviewer only if trusted), and a user whose
  role setting is "reviewer" becomes its reviewer;
- for an assessment older than keys (schema before 0005): on first use here,
  the user's key takes the user's role, except that an assessment created
  here (never received) is the user's as focal point, whatever the setting;
- a reviewer key from a package, once trusted (on a list, or confirmed by
  hand); a new key introduced by a bound one (key replacement).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mgi_desktop.enums import Direction, Role
from mgi_desktop.errors import PermissionDenied, ValidationError
from mgi_desktop.messages import Template
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:
    from sqlmodel import Session

    from mgi_desktop.services.keys import KeyInfo

HOW_CREATED = "created here"
HOW_LEGACY = "first use here (the assessment is older than keys)"
HOW_FIRST_PACKAGE = "signed the first package received"
HOW_RECEIVER = "received the assessment as reviewer"
HOW_TRUSTED = "trusted reviewer key"
HOW_CONFIRMED = "fingerprint confirmed by hand"
HOW_INTRODUCED = "introduced by the key it replaces"
HOW_NAMED = "named as a colleague by the focal point"
HOW_ADDED = "added by the focal point here"

NOT_FOCAL_POINT = Template("parties.not_focal_point",
                           "only the assessment's focal point adds colleagues who answer with them")
IS_REVIEWER = Template("parties.is_reviewer", "{fingerprint} is a reviewer of this assessment: a reviewer does "
                       "not answer")


@dataclass
class Parties:
    focal_points: set[str] = field(default_factory=set)
    reviewers: set[str] = field(default_factory=set)

    def role_of(self, fingerprint: str) -> Role | None:
        # The focal point's key never reviews, even if it was also bound as a reviewer.
        if fingerprint in self.focal_points:
            return Role.FOCAL_POINT
        if fingerprint in self.reviewers:
            return Role.REVIEWER
        return None

    def __bool__(self) -> bool:
        return bool(self.focal_points or self.reviewers)


def of(session: Session, assessment_id: str) -> Parties:
    from sqlmodel import select

    from mgi_desktop.storage.tables import AssessmentParty

    parties = Parties()
    for row in session.exec(select(AssessmentParty).where(AssessmentParty.assessment_id == assessment_id)).all():
        (parties.focal_points if row.role == Role.FOCAL_POINT else parties.reviewers).add(row.fingerprint)
    return parties


def bind(session: Session, db: Database, assessment_id: str, fingerprint: str, role: Role, how: str) -> bool:
    """Bind a key to the assessment in a role; False if it already was."""
    from sqlmodel import select

    from mgi_desktop.storage.tables import AssessmentParty

    db.roles.clear()
    exists = session.exec(select(AssessmentParty).where(
        AssessmentParty.assessment_id == assessment_id, AssessmentParty.fingerprint == fingerprint,
        AssessmentParty.role == role)).first()
    if exists is not None:
        return False
    session.add(AssessmentParty(assessment_id=assessment_id, fingerprint=fingerprint, role=role, how=how))
    session.flush()
    return True


def replace_key(session: Session, db: Database, old: str, new: str) -> int:
    """Bind `new` wherever `old` is bound (a key replaced by its holder); the count of bindings."""
    from sqlmodel import select

    from mgi_desktop.storage.tables import AssessmentParty

    rows = session.exec(select(AssessmentParty).where(AssessmentParty.fingerprint == old)).all()
    return sum(bind(session, db, row.assessment_id, new, Role(row.role), HOW_INTRODUCED) for row in rows)


def my_role(db: Database, assessment_id: str) -> Role | None:
    """The user's role on this assessment, by key; None when their key is not one of its parties."""
    if assessment_id in db.roles:
        return db.roles[assessment_id]  # type: ignore[no-any-return]
    me = db.own_fingerprint
    # Plain SQL: asked before every answer saved, which stays off the ORM (tests/unit/test_hot_paths.py).
    rows = db.query("SELECT role FROM assessment_party WHERE assessment_id = :aid AND fingerprint = :me",
                    {"aid": assessment_id, "me": me})
    held = {Role(row["role"]) for row in rows}
    role = Role.FOCAL_POINT if Role.FOCAL_POINT in held else (Role.REVIEWER if held else None)
    if role is None:
        role = _first_use(db, assessment_id, me)
    db.roles[assessment_id] = role
    return role


def _first_use(db: Database, assessment_id: str, me: str) -> Role | None:
    from sqlmodel import select

    from mgi_desktop.services import keys
    from mgi_desktop.storage.tables import Assessment, ExchangePackage

    if db.read_only:
        return None  # nothing is bound while only reading; the user has no powers here
    profile = db.user()
    wanted = profile.role if profile else Role.FOCAL_POINT
    with db.transaction() as session:
        if session.get(Assessment, assessment_id) is None:
            return None
        parties = of(session, assessment_id)
        keys.ensure_own(session, db)
        if not parties:
            received = session.exec(select(ExchangePackage).where(
                ExchangePackage.assessment_id == assessment_id,
                ExchangePackage.direction == Direction.RECEIVED)).first() is not None
            # Created here and never received: this user's own assessment, whatever the setting says.
            role = wanted if received else Role.FOCAL_POINT
            bind(session, db, assessment_id, me, role, HOW_LEGACY)
            return role
        if wanted == Role.REVIEWER and not parties.reviewers:
            bind(session, db, assessment_id, me, Role.REVIEWER, HOW_RECEIVER)
            return Role.REVIEWER
    return None


def add_colleague(db: Database, assessment_id: str, typed: str) -> str:
    """Make a known key a focal point of the assessment too (a colleague answering with the user).

    The user's next package names it, and the colleague's database binds it when that package
    arrives; from then on, that key's packages may change answers, as the user's do.
    """
    from mgi_desktop.identity.keys import short
    from mgi_desktop.services import keys

    if my_role(db, assessment_id) is not Role.FOCAL_POINT:
        raise PermissionDenied(NOT_FOCAL_POINT())
    with db.transaction() as session:
        row = keys.find(session, typed)
        bound = of(session, assessment_id)
        if row.fingerprint in bound.reviewers:
            raise ValidationError(IS_REVIEWER(fingerprint=short(row.fingerprint)))
        bind(session, db, assessment_id, row.fingerprint, Role.FOCAL_POINT, HOW_ADDED)
        return row.fingerprint


def bind_receiver(session: Session, db: Database, assessment_id: str) -> None:
    """On receiving: a user whose role setting is "reviewer" becomes the reviewer of an assessment
    that has none yet, unless their key is its focal point (in the import's own transaction)."""
    from mgi_desktop.services import keys

    profile = db.user()
    if profile is None or profile.role is not Role.REVIEWER:
        return
    bound = of(session, assessment_id)
    me = db.own_key.fingerprint
    if me in bound.focal_points or bound.reviewers:
        return
    keys.ensure_own(session, db)
    bind(session, db, assessment_id, me, Role.REVIEWER, HOW_RECEIVER)


def replace_own(db: Database) -> KeyInfo:
    """A new key for the user, introduced by the current one (`identity.own.replace`): this
    database binds it wherever the old one was bound, and the next packages carry the introduction."""
    from mgi_desktop.identity import own
    from mgi_desktop.services.keys import ensure_own, get, info

    old = db.own_key.fingerprint
    new = own.replace()
    db.use_key(new)
    with db.transaction() as session:
        row = ensure_own(session, db)
        previous = get(session, old)
        if previous is not None:
            previous.replaced_by = new.fingerprint
            session.add(previous)
        replace_key(session, db, old, new.fingerprint)
        return info(row)
