"""The user's own key: made on first use, kept in the user's config folder, replaced on request.

``keys/identity.json`` holds both private keys.  It is written atomically
with mode 0600 in a 0700 folder (on Windows the user's profile folder is
already the user's alone).  A damaged or unreadable key file is an error, never a reason to
make a new key silently: a new key is a new identity that the other side
must accept again.

`replace` makes a new key and keeps the old one in ``keys/retired/`` (to open
packages that were encrypted to it), with a statement signed by the old key
that introduces the new one; packages carry that statement until the other
side has seen it, so a key can change without anyone comparing fingerprints.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mgi_desktop import atomic, paths, utc
from mgi_desktop.errors import MgiError
from mgi_desktop.identity.keys import Identity, PublicKey, Purpose, b64, unb64
from mgi_desktop.identity.peek import FILE_NAME
from mgi_desktop.messages import Template

RETIRED = "retired"
FORMAT = "mgi-desktop identity"

DAMAGED = Template("identity.damaged",
                   "your signing key file is damaged ({detail}); it was left as it is. Restore it from a copy, "
                   "or move it away to make a new key (the people you exchange with must then accept the new "
                   "key by comparing its fingerprint)")
UNREADABLE = Template("identity.unreadable", "cannot read your signing key file: {reason}")


class IdentityError(MgiError):
    """The user's own key file cannot be used."""


@dataclass(frozen=True)
class Introduction:
    """The old key's signed word that the new key is the same person's."""

    old: PublicKey
    statement: dict[str, Any]
    signature: bytes

    def as_dict(self) -> dict[str, Any]:
        return {"old_key": self.old.as_dict(), "statement": self.statement, "signature": b64(self.signature)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Introduction:
        return cls(PublicKey.from_dict(data["old_key"]), dict(data["statement"]), unb64(str(data["signature"]), 64))

    def introduces(self, new: PublicKey) -> bool:
        """Whether this is a valid statement by `old` that `new` replaces it."""
        return (self.statement.get("new_fingerprint") == new.fingerprint
                and self.statement.get("old_fingerprint") == self.old.fingerprint
                and self.statement.get("new_key") == new.as_dict()
                and self.old.verify(Purpose.NEW_KEY, self.statement, self.signature))


@dataclass(frozen=True)
class OwnKey:
    identity: Identity
    created_at: str
    introduction: Introduction | None
    retired: tuple[Identity, ...]

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint


_lock = threading.Lock()


def _encode(identity: Identity, created_at: str, introduction: Introduction | None) -> bytes:
    signing, encryption = identity.private_bytes()
    return json.dumps({"format": FORMAT, "version": 1, "signing": b64(signing), "encryption": b64(encryption),
                       "fingerprint": identity.fingerprint, "created_at": created_at,
                       "introduced_by": introduction.as_dict() if introduction else None}, indent=1).encode()


def _decode(path: Path) -> tuple[Identity, str, Introduction | None]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IdentityError(UNREADABLE(path, reason=exc.strerror or str(exc))) from None
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not an MGI Desktop key file")
        identity = Identity.from_private_bytes(unb64(data["signing"], 32), unb64(data["encryption"], 32))
        if data.get("fingerprint") != identity.fingerprint:
            raise ValueError("its fingerprint does not match its keys")
        intro = Introduction.from_dict(data["introduced_by"]) if data.get("introduced_by") else None
        if intro is not None and not intro.introduces(identity.public):
            raise ValueError("the statement introducing it does not verify")
        return identity, str(data.get("created_at") or ""), intro
    except (ValueError, KeyError, TypeError) as exc:
        raise IdentityError(DAMAGED(path, detail=str(exc))) from None


def load(folder: Path | None = None, *, create: bool = True) -> OwnKey | None:
    """The user's key from `folder` (default: `paths.keys_dir`), made on first use when `create`."""
    with _lock:
        folder = folder or paths.keys_dir()
        path = folder / FILE_NAME
        if not path.exists():
            if not create:
                return None
            identity = Identity.generate()
            created = utc.text(utc.now())
            atomic.write_bytes(path, _encode(identity, created, None), private=True)
            return OwnKey(identity, created, None, ())
        identity, created, intro = _decode(path)
        retired = tuple(_decode(p)[0] for p in sorted((folder / RETIRED).glob("*.json")))
        return OwnKey(identity, created, intro, retired)


def replace(folder: Path | None = None) -> OwnKey:
    """Make a new key, introduced by the current one, which is kept (retired) to open older packages."""
    current = load(folder)
    assert current is not None
    with _lock:
        folder = folder or paths.keys_dir()
        new = Identity.generate()
        statement = {"old_fingerprint": current.fingerprint, "new_fingerprint": new.fingerprint,
                     "new_key": new.public.as_dict(), "at": utc.text(utc.now())}
        intro = Introduction(current.identity.public, statement, current.identity.sign(Purpose.NEW_KEY, statement))
        retired_dir = folder / RETIRED
        retired_dir.mkdir(exist_ok=True)
        atomic.write_bytes(retired_dir / f"{current.fingerprint}.json",
                           _encode(current.identity, current.created_at, current.introduction), private=True)
        created = utc.text(utc.now())
        atomic.write_bytes(folder / FILE_NAME, _encode(new, created, intro), private=True)
    result = load(folder)
    assert result is not None
    return result
