"""Key pairs, fingerprints and signatures.

A user's identity is two key pairs made together: Ed25519 to sign, X25519 to
receive packages encrypted to them.  The public half of both is one
`PublicKey`; its fingerprint is the SHA-256 of both public keys, so neither
can be swapped without the fingerprint changing.  People compare the short
form (20 hex digits in five groups, 80 bits) on the phone; the app itself
always compares the full 64 digits.

Everything signed is canonical JSON (`canonical`) with a purpose label
(`Purpose`): a signature made for one kind of statement can never be passed
off as another.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

#: Hex digits of the short fingerprint people read out (80 bits: no one can make a key to match it).
SHORT_DIGITS = 20
#: The fewest digits `matches` accepts for a fingerprint typed by hand.
MIN_TYPED_DIGITS = SHORT_DIGITS


class Purpose(StrEnum):
    """What a signature is for; signed with the statement, so one cannot stand for another."""

    PACKAGE = "mgi-desktop package manifest v2"
    KEY = "mgi-desktop public key v1"
    KEY_LIST = "mgi-desktop trusted key list v1"
    NEW_KEY = "mgi-desktop key replacement v1"
    DECISION = "mgi-desktop review decision v1"
    STATUS = "mgi-desktop status statement v1"


def canonical(value: Any) -> bytes:
    """The one byte form of a JSON value that is signed: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int | None = None) -> bytes:
    """Base64 to bytes; ValueError for anything else (or the wrong length)."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None
    if size is not None and len(data) != size:
        raise ValueError(f"{len(data)} bytes where {size} are expected")
    return data


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, dashes, any case) in its stored form: lowercase hex."""
    return re.sub(r"[\s:-]", "", text).lower()


def short(fingerprint: str) -> str:
    """``3F2A 91BC 0D4E 7781 A2C3``: what people read out and compare."""
    head = fingerprint[:SHORT_DIGITS].upper()
    return " ".join(head[i:i + 4] for i in range(0, SHORT_DIGITS, 4))


def matches(typed: str, fingerprint: str) -> bool:
    """Whether a fingerprint typed by hand (at least the short form) is this full one."""
    digits = normalise_fingerprint(typed)
    return (len(digits) >= MIN_TYPED_DIGITS and re.fullmatch(r"[0-9a-f]+", digits) is not None
            and fingerprint.startswith(digits))


@dataclass(frozen=True)
class PublicKey:
    """The public half of an identity: what others hold to verify and to encrypt."""

    signing: bytes  # Ed25519, 32 bytes
    encryption: bytes  # X25519, 32 bytes

    def __post_init__(self) -> None:
        if len(self.signing) != 32 or len(self.encryption) != 32:
            raise ValueError("a public key is 32 bytes")

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(b"mgi-key\x00" + self.signing + self.encryption).hexdigest()

    @property
    def short(self) -> str:
        return short(self.fingerprint)

    def verify(self, purpose: Purpose, statement: Any, signature: bytes) -> bool:
        """Whether `signature` is this key's over `statement` (canonical JSON) for `purpose`."""
        return self.verify_bytes(purpose, canonical(statement), signature)

    def verify_bytes(self, purpose: Purpose, data: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, _signed(purpose, data))
        except (InvalidSignature, ValueError):
            return False
        return True

    def as_dict(self) -> dict[str, str]:
        return {"signing_key": b64(self.signing), "encryption_key": b64(self.encryption)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PublicKey:
        """From `as_dict`'s form; ValueError if it is not one."""
        return cls(unb64(str(data["signing_key"]), 32), unb64(str(data["encryption_key"]), 32))


def _signed(purpose: Purpose, data: bytes) -> bytes:
    # The purpose, a NUL, then the data: a statement can only be verified for what it was signed for.
    return purpose.value.encode("ascii") + b"\x00" + data


class Identity:
    """A user's own key pairs (private): signs packages and decisions, opens packages sent to them."""

    def __init__(self, signing: Ed25519PrivateKey, encryption: X25519PrivateKey) -> None:
        self._signing = signing
        self._encryption = encryption
        self.public = PublicKey(
            signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            encryption.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @classmethod
    def generate(cls) -> Identity:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, signing: bytes, encryption: bytes) -> Identity:
        return cls(Ed25519PrivateKey.from_private_bytes(signing), X25519PrivateKey.from_private_bytes(encryption))

    def private_bytes(self) -> tuple[bytes, bytes]:
        raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return self._signing.private_bytes(*raw), self._encryption.private_bytes(*raw)

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, purpose: Purpose, statement: Any) -> bytes:
        return self.sign_bytes(purpose, canonical(statement))

    def sign_bytes(self, purpose: Purpose, data: bytes) -> bytes:
        return self._signing.sign(_signed(purpose, data))

    def shared_secret(self, ephemeral_public: bytes) -> bytes:
        """X25519 with a sender's ephemeral key (see `exchange.crypto`)."""
        return self._encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))

    def __repr__(self) -> str:  # never the private keys, even in a log or a traceback
        return f"Identity({self.public.short})"
