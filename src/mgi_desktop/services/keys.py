"""The public keys a database knows, and how far it trusts each (`KeyTrust`).

Trust is never given by a package itself: a key is *seen* when its
signatures verify, and becomes trusted only when the user compares its
fingerprint with its holder (``key trust``, or the confirmation in the
Receive dialog) or finds it on a key list (``.mgikeys``) whose issuer the
user trusts by hand.  Trust does not pass further: a key trusted only
because it is on a list cannot vouch for another list.

The user's own key is always known, as *own*.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mgi_desktop import utc
from mgi_desktop.enums import KeyTrust, Role
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.identity import keyfile
from mgi_desktop.identity.keyfile import Card, KeyList
from mgi_desktop.identity.keys import PublicKey, matches, normalise_fingerprint, short
from mgi_desktop.messages import Message, Template
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:
    from sqlmodel import Session

    from mgi_desktop.storage.tables import KnownKey

log = logging.getLogger(__name__)

TRUSTED = frozenset({KeyTrust.HAND, KeyTrust.LIST, KeyTrust.OWN})

NO_SUCH_KEY = Template("keys.no_such_key",
                       "no known key has the fingerprint {fingerprint}; import its key file first (key import)")
AMBIGUOUS = Template("keys.ambiguous", "{fingerprint} matches {n} keys; give more digits")
TOO_SHORT = Template("keys.too_short", "give at least the {digits} digits of the short fingerprint")
LIST_UNTRUSTED = Template("keys.list_untrusted",
                          "the key list is signed by {name} ({fingerprint}), whose key you have not trusted: "
                          "compare that fingerprint with IOM, run key trust {fingerprint}, then import the "
                          "list again; no key of the list was trusted")
LIST_TRUSTED = Template("keys.list_trusted", "{n} key trusted from the list signed by {name}",
                        plural="{n} keys trusted from the list signed by {name}", count="n")
KEY_IMPORTED = Template("keys.imported",
                        "{name} ({fingerprint}) added, not yet trusted: compare the fingerprint with them, then "
                        "run key trust {fingerprint}")
KEY_KNOWN_TRUSTED = Template("keys.known_trusted", "{name} ({fingerprint}) is already trusted ({how})")


@dataclass(frozen=True)
class KeyInfo:
    fingerprint: str
    name: str
    institution: str
    role: Role
    trust: KeyTrust
    replaced_by: str

    @property
    def short(self) -> str:
        return short(self.fingerprint)

    @property
    def trusted(self) -> bool:
        return self.trust in TRUSTED

    def as_dict(self) -> dict[str, str | bool]:
        return {"fingerprint": self.fingerprint, "short": self.short, "name": self.name,
                "institution": self.institution, "role": self.role.value, "trust": self.trust.value,
                "trusted": self.trusted, "replaced_by": self.replaced_by}


def info(row: KnownKey) -> KeyInfo:
    return KeyInfo(row.fingerprint, row.name, row.institution, Role(row.role), KeyTrust(row.trust), row.replaced_by)


def public_key(row: KnownKey) -> PublicKey:
    return PublicKey.from_dict({"signing_key": row.signing_key, "encryption_key": row.encryption_key})


_RANK = {KeyTrust.SEEN: 0, KeyTrust.LIST: 1, KeyTrust.HAND: 2, KeyTrust.OWN: 3}


def remember(session: Session, public: PublicKey, *, name: str = "", institution: str = "",
             role: Role = Role.FOCAL_POINT, trust: KeyTrust = KeyTrust.SEEN, listed_by: str = "") -> KnownKey:
    """Add a key, or raise what is known of it; trust is never lowered, a name never blanked."""
    from mgi_desktop.storage.tables import KnownKey

    row = session.get(KnownKey, public.fingerprint)
    if row is None:
        row = KnownKey(fingerprint=public.fingerprint, signing_key=public.as_dict()["signing_key"],
                       encryption_key=public.as_dict()["encryption_key"], name=name, institution=institution,
                       role=role, trust=trust, listed_by=listed_by,
                       trusted_at=utc.now() if trust in TRUSTED else None)
        session.add(row)
        session.flush()
        return row
    if _RANK[KeyTrust(trust)] >= _RANK[KeyTrust(row.trust)]:
        # what the holder (or the list, or the user) says now, from a source at least as trusted
        # as the last one; a name is never blanked
        row.name = name or row.name
        row.institution = institution or row.institution
        row.role = role
    if _RANK[KeyTrust(trust)] > _RANK[KeyTrust(row.trust)]:
        row.trust = trust
        row.trusted_at = utc.now()
        row.listed_by = listed_by
    session.add(row)
    session.flush()
    return row


def ensure_own(session: Session, db: Database) -> KnownKey:
    profile = db.user()
    return remember(session, db.own_key.identity.public, name=profile.name if profile else "",
                    institution=profile.institution if profile else "",
                    role=profile.role if profile else Role.FOCAL_POINT, trust=KeyTrust.OWN)


def get(session: Session, fingerprint: str) -> KnownKey | None:
    from mgi_desktop.storage.tables import KnownKey

    return session.get(KnownKey, fingerprint)


def is_trusted(session: Session, fingerprint: str) -> bool:
    row = get(session, fingerprint)
    return row is not None and KeyTrust(row.trust) in TRUSTED


def find(session: Session, typed: str) -> KnownKey:
    """The one known key whose fingerprint starts with what was typed (at least the short form)."""
    from sqlmodel import select

    from mgi_desktop.identity.keys import MIN_TYPED_DIGITS
    from mgi_desktop.storage.tables import KnownKey

    digits = normalise_fingerprint(typed)
    if len(digits) < MIN_TYPED_DIGITS:
        raise ValidationError(TOO_SHORT(digits=MIN_TYPED_DIGITS))
    found = [row for row in session.exec(select(KnownKey)).all() if matches(digits, row.fingerprint)]
    if not found:
        raise NotFoundError(NO_SUCH_KEY(fingerprint=typed))
    if len(found) > 1:
        raise ValidationError(AMBIGUOUS(fingerprint=typed, n=len(found)))
    return found[0]


def trust(db: Database, typed: str) -> KeyInfo:
    """Trust a known key by hand, once its fingerprint was compared with its holder."""
    with db.transaction() as session:
        row = find(session, typed)
        if KeyTrust(row.trust) != KeyTrust.OWN:
            row.trust = KeyTrust.HAND
            row.trusted_at = utc.now()
            row.listed_by = ""
            session.add(row)
        log.info("key %s trusted by hand", row.fingerprint)
        return info(row)


def all_keys(db: Database) -> list[KeyInfo]:
    from sqlmodel import col, select

    from mgi_desktop.storage.tables import KnownKey

    with db.reading() as session:
        found = [info(r) for r in session.exec(select(KnownKey).order_by(col(KnownKey.added_at))).all()]
    mine = db.own_key.fingerprint
    if not any(k.fingerprint == mine for k in found):  # shown, not written: `key show` changes nothing
        profile = db.user()
        found.insert(0, KeyInfo(mine, profile.name if profile else "", profile.institution if profile else "",
                                profile.role if profile else Role.FOCAL_POINT, KeyTrust.OWN, ""))
    return found


@dataclass(frozen=True)
class Imported:
    keys: list[KeyInfo]
    messages: list[Message]


def import_file(db: Database, path: Path) -> Imported:
    """Add the key(s) of a ``.mgikey`` or ``.mgikeys`` file (all or nothing); trust as the file earns it."""
    document = keyfile.read(path)
    with db.transaction() as session:
        ensure_own(session, db)
        if isinstance(document, Card):
            row = remember(session, document.public, name=document.name, institution=document.institution,
                           role=document.role)
            item = info(row)
            message = (KEY_KNOWN_TRUSTED(path, name=item.name, fingerprint=item.short, how=item.trust.value)
                       if item.trusted else KEY_IMPORTED(path, name=item.name, fingerprint=item.short))
            return Imported([item], [message])
        return _import_list(session, path, document)


def _import_list(session: Session, path: Path, document: KeyList) -> Imported:
    issuer = document.issuer
    row = remember(session, issuer.public, name=issuer.name, institution=issuer.institution, role=issuer.role)
    # Only a key trusted by hand (or the user's own) may vouch for others: no chains of lists.
    if KeyTrust(row.trust) not in (KeyTrust.HAND, KeyTrust.OWN):
        return Imported([info(row)], [LIST_UNTRUSTED(path, name=issuer.name or "?", fingerprint=issuer.public.short)])
    added = [info(remember(session, card.public, name=card.name, institution=card.institution, role=card.role,
                           trust=KeyTrust.LIST, listed_by=issuer.fingerprint)) for card in document.keys]
    return Imported(added, [LIST_TRUSTED(path, n=len(added), name=issuer.name or issuer.public.short)])


def own_card(db: Database) -> Card:
    profile = db.user()
    own = db.own_key
    return Card(own.identity.public, profile.name if profile else "", profile.institution if profile else "",
                profile.role if profile else Role.FOCAL_POINT, own.introduction)


def export_own(db: Database, target: Path) -> Card:
    card = own_card(db)
    keyfile.write_card(target, keyfile.signed_card(card, db.own_key.identity.sign, db.own_key.created_at))
    return card


def export_list(db: Database, target: Path, fingerprints: Sequence[str] = ()) -> list[KeyInfo]:
    """Sign a ``.mgikeys`` list of the trusted reviewer keys (or of the given ones) with the user's key."""
    from sqlmodel import select

    from mgi_desktop.storage.tables import KnownKey

    with db.transaction() as session:
        ensure_own(session, db)
        if fingerprints:
            rows = [find(session, f) for f in fingerprints]
        else:
            rows = [r for r in session.exec(select(KnownKey)).all()
                    if KeyTrust(r.trust) in TRUSTED and Role(r.role) == Role.REVIEWER]
        cards = [Card(public_key(r), r.name, r.institution, Role(r.role)) for r in rows]
    issuer = own_card(db)
    keyfile.write_list(target, keyfile.signed_card(issuer, db.own_key.identity.sign, db.own_key.created_at),
                       cards, utc.text(utc.now()), db.own_key.identity.sign)
    return [KeyInfo(c.fingerprint, c.name, c.institution, c.role, KeyTrust.LIST, "") for c in cards]

