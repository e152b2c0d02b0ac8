"""Password protection of packages: a key from scrypt, then AES-256-GCM.

GCM authenticates as well as encrypts, so a wrong password and a package
altered after encryption are both detected (they cannot be told apart, and
the message says so).  The envelope parameters are bound to the ciphertext as
associated data: changing them also fails the check.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt as ScryptKdf

from mgi_desktop.errors import ExchangeError, PasswordRequired
from mgi_desktop.exchange.format import FORMAT_VERSION, Envelope, Scrypt
from mgi_desktop.messages import Template

#: scrypt cost: about 0.1 s and 16 MiB on a laptop; makes guessing passwords slow.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
#: A password shorter than this is refused when sending (it would be guessed).
MIN_PASSWORD_CHARS = 8

PASSWORD_TOO_SHORT = Template("crypto.password_too_short", "the password is too short: use at least {n} characters")
PARAMETERS_DAMAGED = Template("crypto.parameters_damaged", "the package's encryption parameters are damaged")
WRONG_PASSWORD = Template("crypto.wrong_password",
                          "wrong password (or the package was altered after it was protected)")


def _key(password: str, params: Scrypt) -> bytes:
    salt = base64.b64decode(params.salt)
    kdf = ScryptKdf(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(password.encode("utf-8"))


def envelope_bytes(envelope: Envelope) -> bytes:
    return envelope.model_dump_json().encode("utf-8")


def encrypt(plain: bytes, password: str) -> tuple[Envelope, bytes]:
    if len(password) < MIN_PASSWORD_CHARS:
        raise ExchangeError(PASSWORD_TOO_SHORT(n=MIN_PASSWORD_CHARS))
    params = Scrypt(n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, salt=base64.b64encode(os.urandom(16)).decode())
    nonce = os.urandom(12)
    envelope = Envelope(format_version=FORMAT_VERSION, kdf=params, cipher="AES-256-GCM",
                        nonce=base64.b64encode(nonce).decode())
    cipher = AESGCM(_key(password, params)).encrypt(nonce, plain, envelope_bytes(envelope))
    return envelope, cipher


def decrypt(envelope: Envelope, raw_envelope: bytes, cipher: bytes, password: str, source: str) -> bytes:
    try:
        nonce = base64.b64decode(envelope.nonce, validate=True)
        key = _key(password, envelope.kdf)
    except (ValueError, TypeError):
        raise ExchangeError(PARAMETERS_DAMAGED(source)) from None
    if len(nonce) != 12:
        raise ExchangeError(PARAMETERS_DAMAGED(source))
    try:
        return AESGCM(key).decrypt(nonce, cipher, raw_envelope)
    except InvalidTag:
        raise PasswordRequired(WRONG_PASSWORD(source)) from None
