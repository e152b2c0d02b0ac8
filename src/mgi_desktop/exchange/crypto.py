"""Encrypted packages: one random content key, wrapped for each recipient's key and/or a password.

The payload (the signed package) is encrypted with AES-256-GCM under a
random 256-bit content key; the envelope's bytes are its associated data, so
changing any envelope field fails the check.  The content key is wrapped
(AES-256-GCM again) once per way in:

- for a recipient's X25519 key: a fresh ephemeral X25519 key per recipient,
  the shared secret through HKDF-SHA256 (salt: the ephemeral and the
  recipient's public keys; info: the purpose), no password travelling at all;
- for a password (first contact): scrypt with the app's own parameters.
  The reader accepts only parameters within `format.Scrypt`'s bounds, so a
  crafted package cannot make one password try cost more than ~32 MiB.

GCM authenticates: a wrong password, a key that is not a recipient, and a
package altered after encryption are all detected (and the first and last
cannot be told apart; the message says so).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt as ScryptKdf
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mgi_desktop.errors import ExchangeError, PasswordRequired
from mgi_desktop.exchange.format import (
    FORMAT_VERSION,
    Envelope,
    EnvelopeV1,
    PasswordSlot,
    RecipientSlot,
    Scrypt,
)
from mgi_desktop.identity.keys import Identity, PublicKey, b64, unb64
from mgi_desktop.messages import Template

#: scrypt cost: about 0.1 s and 16 MiB on a laptop; makes guessing passwords slow.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
#: A password shorter than this is refused when sending (it would be guessed).
MIN_PASSWORD_CHARS = 8
_WRAP_INFO = b"mgi-desktop package content key v2"

PASSWORD_TOO_SHORT = Template("crypto.password_too_short", "the password is too short: use at least {n} characters")
PARAMETERS_DAMAGED = Template("crypto.parameters_damaged", "the package's encryption parameters are damaged")
WRONG_PASSWORD = Template("crypto.wrong_password",
                          "wrong password (or the package was altered after it was protected)")
NOT_FOR_YOU = Template("crypto.not_for_you",
                       "the package is encrypted for other people's keys ({recipients}), not for yours "
                       "({mine}); ask the sender to send it to your key")
ALTERED = Template("crypto.altered", "the package was altered after it was encrypted")
NOTHING_TO_OPEN_WITH = Template("crypto.no_way_in", "the package's envelope names no recipient and no password")


def _scrypt_key(password: str, params: Scrypt) -> bytes:
    salt = base64.b64decode(params.salt)
    kdf = ScryptKdf(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(password.encode("utf-8"))


def _wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + recipient, info=_WRAP_INFO).derive(shared)


def envelope_bytes(envelope: Envelope | EnvelopeV1) -> bytes:
    return envelope.model_dump_json().encode("utf-8")


def encrypt(plain: bytes, *, password: str | None = None,
            recipients: Sequence[PublicKey] = ()) -> tuple[Envelope, bytes]:
    if password is not None and len(password) < MIN_PASSWORD_CHARS:
        raise ExchangeError(PASSWORD_TOO_SHORT(n=MIN_PASSWORD_CHARS))
    content_key = AESGCM.generate_key(bit_length=256)
    slot: PasswordSlot | None = None
    if password is not None:
        params = Scrypt(n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, salt=b64(os.urandom(16)))
        nonce = os.urandom(12)
        slot = PasswordSlot(kdf=params, nonce=b64(nonce),
                            wrapped=b64(AESGCM(_scrypt_key(password, params)).encrypt(nonce, content_key, b"password")))
    slots: list[RecipientSlot] = []
    for recipient in {r.fingerprint: r for r in recipients}.values():
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.encryption))
        nonce = os.urandom(12)
        wrapped = AESGCM(_wrap_key(shared, ephemeral_public, recipient.encryption)).encrypt(
            nonce, content_key, recipient.fingerprint.encode("ascii"))
        slots.append(RecipientSlot(fingerprint=recipient.fingerprint, ephemeral=b64(ephemeral_public),
                                   nonce=b64(nonce), wrapped=b64(wrapped)))
    nonce = os.urandom(12)
    envelope = Envelope(format_version=FORMAT_VERSION, cipher="AES-256-GCM", nonce=b64(nonce), password=slot,
                        recipients=slots)
    return envelope, AESGCM(content_key).encrypt(nonce, plain, envelope_bytes(envelope))


def _content_key(envelope: Envelope, password: str | None, identities: Sequence[Identity],
                 source: str) -> bytes | None:
    """The content key through the user's own key, else the password; None if neither opens it."""
    mine = {i.fingerprint: i for i in identities}
    for slot in envelope.recipients:
        identity = mine.get(slot.fingerprint)
        if identity is None:
            continue
        try:
            ephemeral = unb64(slot.ephemeral, 32)
            shared = identity.shared_secret(ephemeral)
            return AESGCM(_wrap_key(shared, ephemeral, identity.public.encryption)).decrypt(
                unb64(slot.nonce, 12), unb64(slot.wrapped), slot.fingerprint.encode("ascii"))
        except (ValueError, InvalidTag):
            raise ExchangeError(ALTERED(source)) from None
    if envelope.password is not None and password is not None:
        try:
            key = _scrypt_key(password, envelope.password.kdf)
            return AESGCM(key).decrypt(unb64(envelope.password.nonce, 12), unb64(envelope.password.wrapped),
                                       b"password")
        except ValueError:
            raise ExchangeError(PARAMETERS_DAMAGED(source)) from None
        except InvalidTag:
            raise PasswordRequired(WRONG_PASSWORD(source)) from None
    return None


def needs_password(envelope: Envelope, identities: Sequence[Identity]) -> bool:
    """Whether the user's own key cannot open it, so only a password can."""
    mine = {i.fingerprint for i in identities}
    return not any(slot.fingerprint in mine for slot in envelope.recipients)


def decrypt(envelope: Envelope, raw_envelope: bytes, cipher: bytes, password: str | None,
            identities: Sequence[Identity], source: str) -> bytes:
    key = _content_key(envelope, password, identities, source)
    if key is None:
        if envelope.password is None:
            if not envelope.recipients:
                raise ExchangeError(NOTHING_TO_OPEN_WITH(source))
            from mgi_desktop.identity.keys import short

            raise ExchangeError(NOT_FOR_YOU(source, recipients=", ".join(short(s.fingerprint) for s in
                                                                            envelope.recipients),
                                            mine=", ".join(short(i.fingerprint) for i in identities[:1])))
        raise PasswordRequired(WRONG_PASSWORD(source))
    try:
        return AESGCM(key).decrypt(unb64(envelope.nonce, 12), cipher, raw_envelope)
    except (ValueError, InvalidTag):
        raise ExchangeError(ALTERED(source)) from None


def decrypt_v1(envelope: EnvelopeV1, raw_envelope: bytes, cipher: bytes, password: str, source: str) -> bytes:
    """A password-protected package of format 1 (before keys)."""
    try:
        nonce = base64.b64decode(envelope.nonce, validate=True)
        key = _scrypt_key(password, envelope.kdf)
    except (ValueError, TypeError):
        raise ExchangeError(PARAMETERS_DAMAGED(source)) from None
    if len(nonce) != 12:
        raise ExchangeError(PARAMETERS_DAMAGED(source))
    try:
        return AESGCM(key).decrypt(nonce, cipher, raw_envelope)
    except InvalidTag:
        raise PasswordRequired(WRONG_PASSWORD(source)) from None
