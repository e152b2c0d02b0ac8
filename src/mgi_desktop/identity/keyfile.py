"""Public key files: one person's key (``.mgikey``) and a signed list of trusted keys (``.mgikeys``).

A ``.mgikey`` is signed by its own key: it proves that whoever wrote it holds
the private key, and binds the name, institution and role to it.  It does not
prove who that person is: that is what comparing the fingerprint with them
(on the phone, in person) or finding the key on a trusted list does.

A ``.mgikeys`` is a list of keys that its issuer (IOM) vouches for, signed by
the issuer's key.  The list is trusted when its issuer is (see
`mgi_desktop.services.keys`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from mgi_desktop import atomic
from mgi_desktop.enums import Role
from mgi_desktop.errors import MgiError
from mgi_desktop.identity.keys import PublicKey, Purpose, b64, unb64
from mgi_desktop.identity.own import Introduction
from mgi_desktop.messages import Template

KEY_SUFFIX = ".mgikey"
LIST_SUFFIX = ".mgikeys"
KEY_FORMAT = "mgi-desktop public key"
LIST_FORMAT = "mgi-desktop trusted keys"
MAX_FILE_BYTES = 1024 * 1024
MAX_LIST_KEYS = 1000

NOT_A_KEY_FILE = Template("keyfile.not_a_key_file", "not an MGI Desktop key file ({detail})")
BAD_SIGNATURE = Template("keyfile.bad_signature",
                         "the key file's signature does not verify: it was altered or damaged")
BAD_LIST_SIGNATURE = Template("keyfile.bad_list_signature",
                              "the key list's signature does not verify: it was altered or damaged")
TOO_LARGE = Template("keyfile.too_large", "the file is too large for a key file ({size} bytes)")
UNREADABLE = Template("keyfile.unreadable", "cannot read the file: {reason}")


class KeyFileError(MgiError):
    """A key file that cannot be used; nothing was imported."""


Text = Annotated[str, StringConstraints(max_length=500)]
B64Key = Annotated[str, StringConstraints(max_length=64)]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KeyData(_Model):
    signing_key: B64Key
    encryption_key: B64Key


class CardData(_Model):
    """A key with the name, institution and role its holder gives."""

    key: KeyData
    fingerprint: Hex64
    name: Text = ""
    institution: Text = ""
    role: Role


class KeyFileData(CardData):
    format: Literal["mgi-desktop public key"]
    version: Literal[1]
    created_at: Annotated[str, StringConstraints(max_length=40)] = ""
    introduced_by: dict[str, Any] | None = None
    signature: Annotated[str, StringConstraints(max_length=100)]


class KeyListData(_Model):
    format: Literal["mgi-desktop trusted keys"]
    version: Literal[1]
    issuer: KeyFileData
    issued_at: Annotated[str, StringConstraints(max_length=40)]
    keys: list[CardData] = Field(max_length=MAX_LIST_KEYS)
    signature: Annotated[str, StringConstraints(max_length=100)]


@dataclass(frozen=True)
class Card:
    """A public key and what its holder (or the list) says about them."""

    public: PublicKey
    name: str
    institution: str
    role: Role
    introduction: Introduction | None = None

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def data(self) -> dict[str, Any]:
        return {"key": self.public.as_dict(), "fingerprint": self.fingerprint, "name": self.name,
                "institution": self.institution, "role": self.role.value}


@dataclass(frozen=True)
class KeyList:
    issuer: Card
    issued_at: str
    keys: tuple[Card, ...]


def _card(data: CardData, source: str) -> Card:
    try:
        public = PublicKey.from_dict(data.key.model_dump())
    except ValueError as exc:
        raise KeyFileError(NOT_A_KEY_FILE(source, detail=str(exc))) from None
    if public.fingerprint != data.fingerprint:
        raise KeyFileError(NOT_A_KEY_FILE(source, detail="the fingerprint does not match the key"))
    return Card(public, data.name, data.institution, Role(data.role))


def signed_card(card: Card, identity_sign: Any, created_at: str) -> dict[str, Any]:
    """A ``.mgikey`` as a dict, signed by `identity_sign(purpose, statement)` (the card's own key)."""
    body = card.data() | {"format": KEY_FORMAT, "version": 1, "created_at": created_at,
                          "introduced_by": card.introduction.as_dict() if card.introduction else None}
    return body | {"signature": b64(identity_sign(Purpose.KEY, body))}


def card_from_file_data(data: KeyFileData, source: str) -> Card:
    card = _card(data, source)
    body = data.model_dump(exclude={"signature"})
    try:
        signature = unb64(data.signature, 64)
    except ValueError:
        raise KeyFileError(BAD_SIGNATURE(source)) from None
    if not card.public.verify(Purpose.KEY, body, signature):
        raise KeyFileError(BAD_SIGNATURE(source))
    intro = None
    if data.introduced_by:
        try:
            intro = Introduction.from_dict(data.introduced_by)
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileError(NOT_A_KEY_FILE(source, detail=f"introduced_by: {exc}")) from None
        if not intro.introduces(card.public):
            raise KeyFileError(BAD_SIGNATURE(source))
    return Card(card.public, card.name, card.institution, card.role, intro)


def _read_json(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KeyFileError(TOO_LARGE(path, size=size))
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(UNREADABLE(path, reason=exc.strerror or str(exc))) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise KeyFileError(NOT_A_KEY_FILE(path, detail=f"not JSON: {str(exc)[:80]}")) from None


def _invalid(path: Path, exc: pydantic.ValidationError) -> KeyFileError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top)"
    return KeyFileError(NOT_A_KEY_FILE(path, detail=f"{where}: {first['msg']}"))


def read(path: Path) -> Card | KeyList:
    """A ``.mgikey`` or ``.mgikeys`` file, its signatures checked."""
    path = Path(path)
    data = _read_json(path)
    kind = data.get("format") if isinstance(data, dict) else None
    try:
        if kind == KEY_FORMAT:
            return card_from_file_data(KeyFileData.model_validate(data), str(path))
        if kind == LIST_FORMAT:
            listed = KeyListData.model_validate(data)
        else:
            raise KeyFileError(NOT_A_KEY_FILE(path, detail=f"format {kind!r}"))
    except pydantic.ValidationError as exc:
        raise _invalid(path, exc) from None
    issuer = card_from_file_data(listed.issuer, str(path))
    try:
        signature = unb64(listed.signature, 64)
    except ValueError:
        raise KeyFileError(BAD_LIST_SIGNATURE(path)) from None
    if not issuer.public.verify(Purpose.KEY_LIST, listed.model_dump(exclude={"signature"}), signature):
        raise KeyFileError(BAD_LIST_SIGNATURE(path))
    return KeyList(issuer, listed.issued_at, tuple(_card(c, str(path)) for c in listed.keys))


def write_card(path: Path, card_file: dict[str, Any]) -> None:
    atomic.write_text(Path(path), json.dumps(card_file, indent=1, ensure_ascii=False) + "\n")


def write_list(path: Path, issuer_file: dict[str, Any], keys: list[Card], issued_at: str,
               identity_sign: Any) -> None:
    body = {"format": LIST_FORMAT, "version": 1, "issuer": issuer_file, "issued_at": issued_at,
            "keys": [c.data() for c in keys]}
    document = body | {"signature": b64(identity_sign(Purpose.KEY_LIST, body))}
    atomic.write_text(Path(path), json.dumps(document, indent=1, ensure_ascii=False) + "\n")
