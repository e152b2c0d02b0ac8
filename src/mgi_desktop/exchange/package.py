"""Writing and reading ``.mgi`` files, refusing anything broken or hostile.

Reading checks everything before anything is used: the file is a zip of
the expected members only (names validated before any member is read), each
member and the whole are within size limits and not a compression bomb; an
encrypted package is opened with the user's key or the password; then the
signature over the manifest's bytes is verified before the manifest is even
parsed; then the zip CRCs and the manifest's SHA-256 of every member match,
the format version is one this app reads, the JSON is well formed and valid,
and the questionnaire text matches its stated hash.  A package of format 1
(before signatures) is read with ``signer=None``; one of format 2 without its
signature (stripped) is refused.  Nothing is written to disk
here: the caller stores attachments once the whole import is known to be
sound.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic

from mgi_desktop import atomic
from mgi_desktop.errors import ExchangeError, PasswordRequired
from mgi_desktop.exchange import crypto
from mgi_desktop.exchange.format import (
    ATTACHMENTS,
    DATA,
    ENVELOPE,
    FORMAT_VERSION,
    MANIFEST,
    PAYLOAD,
    QUESTIONNAIRE,
    SIGNATURE,
    UNSIGNED_VERSION,
    Envelope,
    EnvelopeV1,
    Manifest,
    PackageData,
    Signature,
)
from mgi_desktop.identity.keys import Identity, PublicKey, Purpose, b64, unb64
from mgi_desktop.limits import first_invalid
from mgi_desktop.messages import Message, Template

SUFFIX = ".mgi"

#: The largest package file read at all.
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
#: Members of one package (evidence files plus three); far above any real assessment.
MAX_MEMBERS = 5000
#: One member, uncompressed (evidence files are at most 25 MB each).
MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: All members together, uncompressed.
MAX_TOTAL_BYTES = 768 * 1024 * 1024
#: Uncompressed / compressed size above which a member is treated as a zip bomb...
MAX_COMPRESSION_RATIO = 200
#: ...once it is larger than this (small members may compress very well legitimately).
RATIO_CHECK_FROM_BYTES = 1024 * 1024
#: The manifest and envelope are small.
MAX_MANIFEST_BYTES = 4 * 1024 * 1024

_ATTACHMENT_NAME = re.compile(r"^attachments/[0-9a-f]{64}$")
_PACKAGE_MEMBERS = frozenset({MANIFEST, DATA, QUESTIONNAIRE})
_SIGNED_MEMBERS = _PACKAGE_MEMBERS | {SIGNATURE}
_ENVELOPE_MEMBERS = frozenset({ENVELOPE, PAYLOAD})


@dataclass(frozen=True)
class Contents:
    """A package that passed every check."""

    manifest: Manifest
    data: PackageData
    questionnaire_text: str
    attachments: dict[str, bytes]
    encrypted: bool
    #: The key whose signature over the manifest verified; None for an unsigned package (format 1).
    signer: PublicKey | None
    #: How it was encrypted: "key" (to the user's key), "password", or "" (not encrypted).
    encryption: str = ""


# -- writing ------------------------------------------------------------------------


def _zip(members: Mapping[str, bytes], stored: frozenset[str] = frozenset()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, content in members.items():
            archive.writestr(name, content,
                             compress_type=zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def build(manifest_fields: dict[str, Any], data: PackageData, questionnaire_text: str,
          attachments: Mapping[str, bytes], signer: Identity, password: str | None = None,
          recipients: Sequence[PublicKey] = ()) -> tuple[Manifest, bytes]:
    """The bytes of a signed package; `manifest_fields` is the manifest without ``members``.

    Encrypted to `recipients`' keys and/or a `password` when given.
    """
    members: dict[str, bytes] = {
        QUESTIONNAIRE: questionnaire_text.encode("utf-8"),
        DATA: data.model_dump_json().encode("utf-8"),
    }
    for sha, content in sorted(attachments.items()):
        members[ATTACHMENTS + sha] = content
    manifest = Manifest.model_validate(
        manifest_fields | {"format_version": FORMAT_VERSION,
                           "recipients": sorted({r.fingerprint for r in recipients}),
                           "members": {n: hashlib.sha256(c).hexdigest() for n, c in members.items()}})
    manifest_bytes = manifest.model_dump_json(indent=1).encode("utf-8")
    # The signature is over the manifest's exact bytes, which hash every other member.
    signature = Signature(format_version=FORMAT_VERSION, algorithm="Ed25519", key=signer.public.as_dict(),
                          fingerprint=signer.fingerprint, signature=b64(signer.sign_bytes(Purpose.PACKAGE,
                                                                                         manifest_bytes)))
    # Evidence files are mostly PDFs and images: compressing them again wastes time.
    plain = _zip({MANIFEST: manifest_bytes, SIGNATURE: signature.model_dump_json(indent=1).encode("utf-8"),
                  **members}, stored=frozenset(n for n in members if n.startswith(ATTACHMENTS)))
    if password is None and not recipients:
        return manifest, plain
    envelope, cipher = crypto.encrypt(plain, password=password, recipients=recipients)
    return manifest, _zip({ENVELOPE: crypto.envelope_bytes(envelope), PAYLOAD: cipher}, stored=frozenset({PAYLOAD}))


def write(target: Path, manifest_fields: dict[str, Any], data: PackageData, questionnaire_text: str,
          attachments: Mapping[str, bytes], signer: Identity, password: str | None = None,
          recipients: Sequence[PublicKey] = ()) -> Manifest:
    """Write a package atomically: the file appears whole or not at all."""
    manifest, content = build(manifest_fields, data, questionnaire_text, attachments, signer, password, recipients)
    atomic.write_bytes(Path(target), content)
    return manifest


# -- reading --------------------------------------------------------------------------


REFUSED = Template("exchange.refused", "refused: {reason}; nothing was imported")
EMPTY_NAME = Template("package.empty_name", "an empty or NUL-containing member name")
ABSOLUTE_NAME = Template("package.absolute_name", "an absolute path in member name {name}")
BACKSLASH_NAME = Template("package.backslash_name", "a backslash in member name {name}")
TRAVERSAL_NAME = Template("package.traversal_name", "path traversal ('..') in member name {name}")
IRREGULAR_NAME = Template("package.irregular_name", "an irregular member name {name}")
NOT_A_ZIP = Template("package.not_a_zip", "not an MGI package (not a zip file)")
DAMAGED = Template("package.damaged", "the package is damaged or truncated ({detail})")
TOO_MANY_MEMBERS = Template("package.too_many_members", "too many members ({n}; the limit is {limit})")
MEMBER_TWICE = Template("package.member_twice", "the member {name} appears twice")
UNEXPECTED_MEMBER = Template("package.unexpected_member", "unexpected member {name}")
ZIP_ENCRYPTION = Template("package.zip_encryption",
                          "the member {name} uses zip encryption, which MGI packages never use")
MEMBER_TOO_LARGE = Template("package.member_too_large", "the member {name} is too large ({size} bytes; the limit is "
                            "{limit})")
ZIP_BOMB = Template("package.zip_bomb", "the member {name} expands {size} bytes from {compressed} (a zip bomb?)")
TOO_LARGE_TOGETHER = Template("package.too_large_together", "the members are too large together (over {limit} bytes)")
MEMBER_MISSING = Template("package.member_missing", "the member {name} is missing")
MEMBER_DAMAGED = Template("package.member_damaged", "the member {name} is damaged ({detail})")
MEMBER_UNREADABLE = Template("package.member_unreadable", "the member {name} cannot be read ({detail})")
MEMBER_TRUNCATED = Template("package.member_truncated", "the member {name} is truncated")
NOT_JSON = Template("package.not_json", "{name} is not valid JSON ({detail})")
NOT_TEXT = Template("package.invalid_text",
                    "{name} is not valid: {where}: the text is not valid Unicode at character {position}")
NOT_VALID = Template("package.not_valid", "{name} is not valid: {where}: {detail}")
NOT_VALID_MORE = Template("package.not_valid_more", "{name} is not valid: {where}: {detail} (and {n} more problem)",
                          plural="{name} is not valid: {where}: {detail} (and {n} more problems)", count="n")
NO_VERSION = Template("package.no_version", "{name} has no known format version ({version})")
NEWER_FORMAT = Template("package.newer_format",
                        "the package was written by a newer MGI Desktop (package format {version}; this version "
                        "reads format {known}): update MGI Desktop to receive it")
ENVELOPE_TOO_LARGE = Template("package.envelope_too_large", "envelope.json is too large")
PASSWORD_NEEDED = Template("package.password_needed",
                           "the package is protected by a password; give the password to receive it")
SIGNATURE_DAMAGED = Template("package.signature_damaged", "signature.json is damaged ({detail})")
BAD_SIGNATURE = Template("package.bad_signature",
                         "the signature does not match the package: it was altered after it was signed, or "
                         "signed by someone else than it says")
SIGNATURE_STRIPPED = Template("package.signature_stripped",
                              "the package has no signature, yet it is of format {version}, which is always "
                              "signed: the signature was removed")
SIGNER_MISMATCH = Template("package.signer_mismatch", "the manifest names another sender's key than the one "
                           "that signed it")
UNSIGNED_SIGNATURE = Template("package.unsigned_has_signature",
                              "a package of format 1 cannot carry a signature")
MANIFEST_TOO_LARGE = Template("package.manifest_too_large", "manifest.json is too large")
LISTED_MISSING = Template("package.listed_missing", "the member {name} listed in the manifest is missing")
NOT_LISTED = Template("package.not_listed", "the member {name} is not listed in the manifest")
WRONG_CHECKSUM = Template("package.wrong_checksum", "wrong checksum for {name}: the package was altered or damaged")
QUESTIONNAIRE_NOT_TEXT = Template("package.questionnaire_not_text",
                                  "the questionnaire in the package is not UTF-8 text")
QUESTIONNAIRE_HASH = Template("package.questionnaire_hash",
                              "the questionnaire in the package does not match its stated SHA-256")
OTHER_ASSESSMENT = Template("package.other_assessment", "data.json holds another assessment than the manifest names")
OTHER_QUESTIONNAIRE = Template("package.other_questionnaire", "data.json names another questionnaire than the manifest")
FILE_MISSING = Template("package.file_missing", "an evidence file ({sha}) is missing from the package")
ORPHAN_FILE = Template("package.orphan_file", "the attachment {sha} belongs to no evidence item")
NOT_A_FILE = Template("package.not_a_file", "not a file")
FILE_TOO_LARGE = Template("package.file_too_large", "the file is too large for a package ({size} bytes)")
NO_SUCH_FILE = Template("package.no_such_file", "no such file")
UNREADABLE = Template("package.unreadable", "cannot read the file: {reason}")
EMPTY = Template("package.empty", "the file is empty")


def member_name_problem(name: str) -> Message | None:
    """Why a member name is unsafe, or None; checked before any member is read."""
    if not name or "\x00" in name:
        return EMPTY_NAME()
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or name.startswith("//"):
        return ABSOLUTE_NAME(name=repr(name))
    if "\\" in name:
        return BACKSLASH_NAME(name=repr(name))
    parts = name.split("/")
    if ".." in parts:
        return TRAVERSAL_NAME(name=repr(name))
    if any(part in ("", ".") for part in parts):
        return IRREGULAR_NAME(name=repr(name))
    return None


def refused(source: str, reason: Message) -> ExchangeError:
    """A package refused for `reason`; nothing was imported."""
    return ExchangeError(REFUSED(source, reason=reason))




def _members(raw: bytes, source: str, allowed: frozenset[str], *, attachments: bool) -> dict[str, bytes]:
    if not raw.startswith(b"PK"):
        raise refused(source, NOT_A_ZIP())
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise refused(source, DAMAGED(detail=str(exc))) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise refused(source, TOO_MANY_MEMBERS(n=len(infos), limit=MAX_MEMBERS))
        seen: set[str] = set()
        total = 0
        for info in infos:
            problem = member_name_problem(info.filename)
            if problem:
                raise refused(source, problem)
            if info.filename in seen:
                raise refused(source, MEMBER_TWICE(name=repr(info.filename)))
            seen.add(info.filename)
            if info.filename not in allowed and not (attachments and _ATTACHMENT_NAME.match(info.filename)):
                raise refused(source, UNEXPECTED_MEMBER(name=repr(info.filename)))
            if info.flag_bits & 0x1:
                raise refused(source, ZIP_ENCRYPTION(name=repr(info.filename)))
            if info.file_size > MAX_MEMBER_BYTES:
                raise refused(source, MEMBER_TOO_LARGE(name=repr(info.filename), size=info.file_size,
                                                     limit=MAX_MEMBER_BYTES))
            if (info.file_size > RATIO_CHECK_FROM_BYTES
                    and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)):
                raise refused(source, ZIP_BOMB(name=repr(info.filename), size=info.file_size,
                                             compressed=info.compress_size))
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise refused(source, TOO_LARGE_TOGETHER(limit=MAX_TOTAL_BYTES))
        missing = [name for name in sorted(allowed) if name not in seen]
        if missing:
            raise refused(source, MEMBER_MISSING(name=repr(missing[0])))
        contents: dict[str, bytes] = {}
        for info in infos:
            try:
                with archive.open(info) as handle:
                    # Read at most the declared size plus one byte: a lying header cannot inflate memory.
                    content = handle.read(info.file_size + 1)
            except zipfile.BadZipFile as exc:
                raise refused(source, MEMBER_DAMAGED(name=repr(info.filename), detail=str(exc))) from None
            except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise refused(source, MEMBER_UNREADABLE(name=repr(info.filename), detail=str(exc))) from None
            if len(content) != info.file_size:
                raise refused(source, MEMBER_TRUNCATED(name=repr(info.filename)))
            contents[info.filename] = content
    return contents


#: A JSON escape of a surrogate (``\ud800``): the only way a lone one gets into decoded JSON.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _json(content: bytes, name: str, source: str) -> Any:
    try:
        text = content.decode("utf-8")
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise refused(source, NOT_JSON(name=name, detail=f"{type(exc).__name__}: {str(exc)[:120]}")) from None
    # UTF-8 cannot hold a lone surrogate, but a JSON escape can ("\ud800"), and json.loads keeps it:
    # such text could be neither stored nor shown, so the whole package is refused here (the strings
    # are walked only when the text has such an escape, which a pair for an emoji also is)
    found = _invalid_text(data) if _SURROGATE_ESCAPE.search(text) else None
    if found is not None:
        where, position = found
        raise refused(source, NOT_TEXT(name=name, where=where, position=position))
    return data


def _invalid_text(data: Any) -> tuple[str, int] | None:
    """Where in decoded JSON the first string that is not valid Unicode is (a dotted path, as
    pydantic names a field), and the position of its first bad character; None if all are valid."""
    stack: list[tuple[tuple[str, ...], Any]] = [((), data)]
    while stack:  # no recursion: JSON nests as deep as json.loads allows
        path, item = stack.pop()
        if isinstance(item, str):
            position = first_invalid(item)
            if position is not None:
                return ".".join(path) or "(top)", position
        elif isinstance(item, dict):
            for key in item:
                position = first_invalid(key)
                if position is not None:
                    return ".".join(path) or "(top)", position  # a name in this object
            stack.extend(((*path, key), value) for key, value in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(((*path, str(n)), value) for n, value in reversed(list(enumerate(item))))
    return None


def _validation(exc: pydantic.ValidationError, name: str, source: str) -> ExchangeError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top)"
    if exc.error_count() > 1:
        return refused(source, NOT_VALID_MORE(name=name, where=where, detail=first["msg"], n=exc.error_count() - 1))
    return refused(source, NOT_VALID(name=name, where=where, detail=first["msg"]))


def _check_version(data: Any, name: str, source: str) -> None:
    version = data.get("format_version") if isinstance(data, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refused(source, NO_VERSION(name=name, version=repr(version)))
    if version > FORMAT_VERSION:
        raise refused(source, NEWER_FORMAT(version=version, known=FORMAT_VERSION))


def read_bytes(raw: bytes, source: str, password: str | None = None,
               identities: Sequence[Identity] = ()) -> Contents:
    """Check a package's bytes completely; `identities` are the user's keys (current, then retired)."""
    members = _members(raw, source, _ENVELOPE_MEMBERS, attachments=False) if ENVELOPE in _names(raw) else None
    encryption = ""
    if members is not None:
        if len(members[ENVELOPE]) > MAX_MANIFEST_BYTES:
            raise refused(source, ENVELOPE_TOO_LARGE())
        raw_envelope = members[ENVELOPE]
        envelope_data = _json(raw_envelope, ENVELOPE, source)
        _check_version(envelope_data, ENVELOPE, source)
        if envelope_data["format_version"] == UNSIGNED_VERSION:
            try:
                old = EnvelopeV1.model_validate(envelope_data)
            except pydantic.ValidationError as exc:
                raise _validation(exc, ENVELOPE, source) from None
            if password is None:
                raise PasswordRequired(PASSWORD_NEEDED(source))
            raw = crypto.decrypt_v1(old, raw_envelope, members[PAYLOAD], password, source)
            encryption = "password"
        else:
            try:
                envelope = Envelope.model_validate(envelope_data)
            except pydantic.ValidationError as exc:
                raise _validation(exc, ENVELOPE, source) from None
            by_key = not crypto.needs_password(envelope, identities)
            if not by_key and password is None and envelope.password is not None:
                raise PasswordRequired(PASSWORD_NEEDED(source))
            raw = crypto.decrypt(envelope, raw_envelope, members[PAYLOAD], password, identities, source)
            encryption = "key" if by_key else "password"
    signed = SIGNATURE in _names(raw)
    members = _members(raw, source, _SIGNED_MEMBERS if signed else _PACKAGE_MEMBERS, attachments=True)
    signer = _verify_signature(members, source) if signed else None

    if len(members[MANIFEST]) > MAX_MANIFEST_BYTES:
        raise refused(source, MANIFEST_TOO_LARGE())
    manifest_data = _json(members[MANIFEST], MANIFEST, source)
    _check_version(manifest_data, MANIFEST, source)
    version = manifest_data["format_version"]
    if signer is None and version > UNSIGNED_VERSION:
        raise refused(source, SIGNATURE_STRIPPED(version=version))
    if signer is not None and version == UNSIGNED_VERSION:
        raise refused(source, UNSIGNED_SIGNATURE())
    try:
        manifest = Manifest.model_validate(manifest_data)
    except pydantic.ValidationError as exc:
        raise _validation(exc, MANIFEST, source) from None
    if signer is not None and (manifest.sender.fingerprint != signer.fingerprint or manifest.sender.key is None
                               or manifest.sender.key.model_dump() != signer.as_dict()):
        raise refused(source, SIGNER_MISMATCH())

    listed, present = set(manifest.members), set(members) - {MANIFEST, SIGNATURE}
    for name in sorted(listed - present):
        raise refused(source, LISTED_MISSING(name=repr(name)))
    for name in sorted(present - listed):
        raise refused(source, NOT_LISTED(name=repr(name)))
    for name in sorted(present):
        if hashlib.sha256(members[name]).hexdigest() != manifest.members[name]:
            raise refused(source, WRONG_CHECKSUM(name=repr(name)))

    try:
        questionnaire_text = members[QUESTIONNAIRE].decode("utf-8")
    except UnicodeDecodeError:
        raise refused(source, QUESTIONNAIRE_NOT_TEXT()) from None
    if hashlib.sha256(questionnaire_text.encode("utf-8")).hexdigest() != manifest.framework.sha256:
        raise refused(source, QUESTIONNAIRE_HASH())

    try:
        data = PackageData.model_validate(_json(members[DATA], DATA, source))
    except pydantic.ValidationError as exc:
        raise _validation(exc, DATA, source) from None
    if data.assessment.id != manifest.assessment_id:
        raise refused(source, OTHER_ASSESSMENT())
    if data.assessment.questionnaire_sha256 != manifest.framework.sha256:
        raise refused(source, OTHER_QUESTIONNAIRE())

    attachments = {name[len(ATTACHMENTS):]: content for name, content in members.items()
                   if name.startswith(ATTACHMENTS)}
    referenced = {e.file_sha256 for e in data.evidence if e.file_sha256}
    for sha in sorted(referenced - set(attachments)):
        raise refused(source, FILE_MISSING(sha=sha[:12]))
    for sha in sorted(set(attachments) - referenced):
        raise refused(source, ORPHAN_FILE(sha=sha[:12]))
    return Contents(manifest, data, questionnaire_text, attachments, bool(encryption), signer, encryption)


def _verify_signature(members: dict[str, bytes], source: str) -> PublicKey:
    """The key whose signature over the manifest's exact bytes verifies; refused otherwise."""
    if len(members[SIGNATURE]) > MAX_MANIFEST_BYTES:
        raise refused(source, SIGNATURE_DAMAGED(detail="too large"))
    data = _json(members[SIGNATURE], SIGNATURE, source)
    _check_version(data, SIGNATURE, source)
    try:
        signature = Signature.model_validate(data)
        public = PublicKey.from_dict(signature.key.model_dump())
        raw = unb64(signature.signature, 64)
    except pydantic.ValidationError as exc:
        raise _validation(exc, SIGNATURE, source) from None
    except ValueError as exc:
        raise refused(source, SIGNATURE_DAMAGED(detail=str(exc))) from None
    if public.fingerprint != signature.fingerprint:
        raise refused(source, SIGNATURE_DAMAGED(detail="the fingerprint does not match the key"))
    if len(members[MANIFEST]) > MAX_MANIFEST_BYTES:
        raise refused(source, MANIFEST_TOO_LARGE())
    if not public.verify_bytes(Purpose.PACKAGE, members[MANIFEST], raw):
        raise refused(source, BAD_SIGNATURE())
    return public


def _names(raw: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return set(archive.namelist()[:MAX_MEMBERS + 1])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        return set()  # _members reports the problem with its reason


def read(path: Path, password: str | None = None, identities: Sequence[Identity] = ()) -> Contents:
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ExchangeError(NOT_A_FILE(source))
        if size > MAX_PACKAGE_BYTES:
            raise refused(source, FILE_TOO_LARGE(size=size))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(NO_SUCH_FILE(source)) from None
    except OSError as exc:
        raise ExchangeError(UNREADABLE(source, reason=exc.strerror or str(exc))) from None
    if not raw:
        raise refused(source, EMPTY())
    return read_bytes(raw, source, password, identities)
