"""Writing and reading ``.mgi`` files, refusing anything broken or hostile.

Reading checks everything before anything is used: the file is a zip of
the expected members only (names validated before any member is read), each
member and the whole are within size limits and not a compression bomb, the
zip CRCs and the manifest's SHA-256 of every member match, the format
version is one this app reads, the JSON is well formed and valid, and the
questionnaire text matches its stated hash.  Nothing is written to disk
here: the caller stores attachments once the whole import is known to be
sound.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
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
    Envelope,
    Manifest,
    PackageData,
)

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
_ENVELOPE_MEMBERS = frozenset({ENVELOPE, PAYLOAD})


@dataclass(frozen=True)
class Contents:
    """A package that passed every check."""

    manifest: Manifest
    data: PackageData
    questionnaire_text: str
    attachments: dict[str, bytes]
    encrypted: bool


# -- writing ------------------------------------------------------------------------


def _zip(members: Mapping[str, bytes], stored: frozenset[str] = frozenset()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, content in members.items():
            archive.writestr(name, content,
                             compress_type=zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def build(manifest_fields: dict[str, Any], data: PackageData, questionnaire_text: str,
          attachments: Mapping[str, bytes], password: str | None = None) -> tuple[Manifest, bytes]:
    """The bytes of a package; `manifest_fields` is the manifest without ``members``."""
    members: dict[str, bytes] = {
        QUESTIONNAIRE: questionnaire_text.encode("utf-8"),
        DATA: data.model_dump_json().encode("utf-8"),
    }
    for sha, content in sorted(attachments.items()):
        members[ATTACHMENTS + sha] = content
    manifest = Manifest.model_validate(
        manifest_fields | {"format_version": FORMAT_VERSION,
                           "members": {n: hashlib.sha256(c).hexdigest() for n, c in members.items()}})
    # Evidence files are mostly PDFs and images: compressing them again wastes time.
    plain = _zip({MANIFEST: manifest.model_dump_json(indent=1).encode("utf-8"), **members},
                 stored=frozenset(n for n in members if n.startswith(ATTACHMENTS)))
    if password is None:
        return manifest, plain
    envelope, cipher = crypto.encrypt(plain, password)
    return manifest, _zip({ENVELOPE: crypto.envelope_bytes(envelope), PAYLOAD: cipher}, stored=frozenset({PAYLOAD}))


def write(target: Path, manifest_fields: dict[str, Any], data: PackageData, questionnaire_text: str,
          attachments: Mapping[str, bytes], password: str | None = None) -> Manifest:
    """Write a package atomically: the file appears whole or not at all."""
    manifest, content = build(manifest_fields, data, questionnaire_text, attachments, password)
    atomic.write_bytes(Path(target), content)
    return manifest


# -- reading --------------------------------------------------------------------------


def member_name_problem(name: str) -> str | None:
    """Why a member name is unsafe, or None; checked before any member is read."""
    if not name or "\x00" in name:
        return "an empty or NUL-containing member name"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or name.startswith("//"):
        return f"an absolute path in member name {name!r}"
    if "\\" in name:
        return f"a backslash in member name {name!r}"
    parts = name.split("/")
    if ".." in parts:
        return f"path traversal ('..') in member name {name!r}"
    if any(part in ("", ".") for part in parts):
        return f"an irregular member name {name!r}"
    return None


def _fail(source: str, reason: str) -> ExchangeError:
    return ExchangeError(f"{source}: refused: {reason}; nothing was imported")


def _members(raw: bytes, source: str, allowed: frozenset[str], *, attachments: bool) -> dict[str, bytes]:
    if not raw.startswith(b"PK"):
        raise _fail(source, "not an MGI package (not a zip file)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise _fail(source, f"the package is damaged or truncated ({exc})") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _fail(source, f"too many members ({len(infos)}; the limit is {MAX_MEMBERS})")
        seen: set[str] = set()
        total = 0
        for info in infos:
            problem = member_name_problem(info.filename)
            if problem:
                raise _fail(source, problem)
            if info.filename in seen:
                raise _fail(source, f"the member {info.filename!r} appears twice")
            seen.add(info.filename)
            if info.filename not in allowed and not (attachments and _ATTACHMENT_NAME.match(info.filename)):
                raise _fail(source, f"unexpected member {info.filename!r}")
            if info.flag_bits & 0x1:
                raise _fail(source, f"the member {info.filename!r} uses zip encryption, which MGI packages "
                                    "never use")
            if info.file_size > MAX_MEMBER_BYTES:
                raise _fail(source, f"the member {info.filename!r} is too large ({info.file_size:,} bytes; "
                                    f"the limit is {MAX_MEMBER_BYTES:,})")
            if (info.file_size > RATIO_CHECK_FROM_BYTES
                    and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)):
                raise _fail(source, f"the member {info.filename!r} expands {info.file_size:,} bytes from "
                                    f"{info.compress_size:,} (a zip bomb?)")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise _fail(source, f"the members are too large together (over {MAX_TOTAL_BYTES:,} bytes)")
        missing = [name for name in sorted(allowed) if name not in seen]
        if missing:
            raise _fail(source, f"the member {missing[0]!r} is missing")
        contents: dict[str, bytes] = {}
        for info in infos:
            try:
                with archive.open(info) as handle:
                    # Read at most the declared size plus one byte: a lying header cannot inflate memory.
                    content = handle.read(info.file_size + 1)
            except zipfile.BadZipFile as exc:
                raise _fail(source, f"the member {info.filename!r} is damaged ({exc})") from None
            except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise _fail(source, f"the member {info.filename!r} cannot be read ({exc})") from None
            if len(content) != info.file_size:
                raise _fail(source, f"the member {info.filename!r} is truncated")
            contents[info.filename] = content
    return contents


def _json(content: bytes, name: str, source: str) -> Any:
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _fail(source, f"{name} is not valid JSON ({type(exc).__name__}: {str(exc)[:120]})") from None


def _validation(exc: pydantic.ValidationError, name: str, source: str) -> ExchangeError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top)"
    more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
    return _fail(source, f"{name} is not valid: {where}: {first['msg']}{more}")


def _check_version(data: Any, name: str, source: str) -> None:
    version = data.get("format_version") if isinstance(data, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(source, f"{name} has no known format version ({version!r})")
    if version > FORMAT_VERSION:
        raise _fail(source, f"the package was written by a newer MGI Desktop (package format {version}; this "
                            f"version reads format {FORMAT_VERSION}): update MGI Desktop to receive it")


def read_bytes(raw: bytes, source: str, password: str | None = None) -> Contents:
    members = _members(raw, source, _ENVELOPE_MEMBERS, attachments=False) if ENVELOPE in _names(raw) else None
    encrypted = members is not None
    if members is not None:
        if len(members[ENVELOPE]) > MAX_MANIFEST_BYTES:
            raise _fail(source, "envelope.json is too large")
        raw_envelope = members[ENVELOPE]
        envelope_data = _json(raw_envelope, ENVELOPE, source)
        _check_version(envelope_data, ENVELOPE, source)
        try:
            envelope = Envelope.model_validate(envelope_data)
        except pydantic.ValidationError as exc:
            raise _validation(exc, ENVELOPE, source) from None
        if password is None:
            raise PasswordRequired(f"{source}: the package is protected by a password; give the password to "
                                "receive it")
        raw = crypto.decrypt(envelope, raw_envelope, members[PAYLOAD], password, source)
    members = _members(raw, source, _PACKAGE_MEMBERS, attachments=True)

    if len(members[MANIFEST]) > MAX_MANIFEST_BYTES:
        raise _fail(source, "manifest.json is too large")
    manifest_data = _json(members[MANIFEST], MANIFEST, source)
    _check_version(manifest_data, MANIFEST, source)
    try:
        manifest = Manifest.model_validate(manifest_data)
    except pydantic.ValidationError as exc:
        raise _validation(exc, MANIFEST, source) from None

    listed, present = set(manifest.members), set(members) - {MANIFEST}
    for name in sorted(listed - present):
        raise _fail(source, f"the member {name!r} listed in the manifest is missing")
    for name in sorted(present - listed):
        raise _fail(source, f"the member {name!r} is not listed in the manifest")
    for name in sorted(present):
        if hashlib.sha256(members[name]).hexdigest() != manifest.members[name]:
            raise _fail(source, f"wrong checksum for {name!r}: the package was altered or damaged")

    try:
        questionnaire_text = members[QUESTIONNAIRE].decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(source, "the questionnaire in the package is not UTF-8 text") from None
    if hashlib.sha256(questionnaire_text.encode("utf-8")).hexdigest() != manifest.framework.sha256:
        raise _fail(source, "the questionnaire in the package does not match its stated SHA-256")

    try:
        data = PackageData.model_validate(_json(members[DATA], DATA, source))
    except pydantic.ValidationError as exc:
        raise _validation(exc, DATA, source) from None
    if data.assessment.id != manifest.assessment_id:
        raise _fail(source, "data.json holds another assessment than the manifest names")
    if data.assessment.questionnaire_sha256 != manifest.framework.sha256:
        raise _fail(source, "data.json names another questionnaire than the manifest")

    attachments = {name[len(ATTACHMENTS):]: content for name, content in members.items()
                   if name.startswith(ATTACHMENTS)}
    referenced = {e.file_sha256 for e in data.evidence if e.file_sha256}
    for sha in sorted(referenced - set(attachments)):
        raise _fail(source, f"an evidence file ({sha[:12]}) is missing from the package")
    for sha in sorted(set(attachments) - referenced):
        raise _fail(source, f"the attachment {sha[:12]} belongs to no evidence item")
    return Contents(manifest, data, questionnaire_text, attachments, encrypted)


def _names(raw: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return set(archive.namelist()[:MAX_MEMBERS + 1])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        return set()  # _members reports the problem with its reason


def read(path: Path, password: str | None = None) -> Contents:
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ExchangeError(f"{source}: not a file")
        if size > MAX_PACKAGE_BYTES:
            raise _fail(source, f"the file is too large for a package ({size:,} bytes)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(f"{source}: no such file") from None
    except OSError as exc:
        raise ExchangeError(f"{source}: cannot read the file: {exc.strerror or exc}") from None
    if not raw:
        raise _fail(source, "the file is empty")
    return read_bytes(raw, source, password)
