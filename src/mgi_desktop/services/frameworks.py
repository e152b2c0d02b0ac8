"""The questionnaire an assessment was started with, kept in the database."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from mgi_desktop import atomic, paths
from mgi_desktop.errors import MgiError, NotFoundError
from mgi_desktop.limits import replacing_invalid
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire import model
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:  # the ORM is imported by the functions that write through it (see services/__init__.py)
    from sqlmodel import Session

    from mgi_desktop.storage.tables import StoredQuestionnaire

MISSING = Template("frameworks.missing", "the questionnaire {sha} is missing from {database}")

# Parsed frameworks by content hash: the text under a hash never changes.
_parsed: dict[str, Framework] = {}


def store(session: Session, framework: Framework) -> StoredQuestionnaire:
    from mgi_desktop.storage.tables import StoredQuestionnaire

    stored = session.get(StoredQuestionnaire, framework.sha256)
    if stored is None:
        stored = StoredQuestionnaire(sha256=framework.sha256, framework_id=framework.id,
                                     version=framework.version, level=framework.model.level,
                                     # the file's name, a label: a POSIX name may hold any bytes
                                     source_name=replacing_invalid(framework.source.rsplit("/", 1)[-1]),
                                     text=framework.text)
        session.add(stored)
        session.flush()  # no ORM relationship orders this insert before the assessment's
    _parsed.setdefault(framework.sha256, framework)
    return stored


def cached(sha256: str) -> Framework | None:
    """The framework parsed under this hash in this process, if any."""
    return _parsed.get(sha256)


def remember(framework: Framework) -> Framework:
    """Keep a parsed framework for this process; returns the one kept under its hash."""
    return _parsed.setdefault(framework.sha256, framework)


def by_hash(db: Database, sha256: str) -> Framework:
    framework = _parsed.get(sha256)
    if framework is None:
        stored = db.query_one("SELECT source_name, text FROM questionnaire WHERE sha256 = :sha", {"sha": sha256})
        if stored is None:
            raise NotFoundError(MISSING(sha=sha256[:12], database=db.path))
        source = f"{stored['source_name']} (stored in the database)"
        framework = _from_cache(stored["text"], source, sha256)
        if framework is None:
            from mgi_desktop.questionnaire.loader import load_trusted  # YAML: only when the cache cannot serve

            framework = load_trusted(stored["text"], source, sha256)
            _save_cache(framework)
        _parsed[sha256] = framework
    return framework


# A questionnaire already checked is kept as JSON in the cache folder: reading it back is several
# times faster than parsing its YAML, which was most of the time it took to open an assessment in a
# new process, and it is rebuilt without checking it again (`model.from_checked`: no pydantic).
# So the cache is trusted only as far as it proves itself: its first line names the questionnaire
# (its SHA-256), the version of the format it was written with (`model.fingerprint`) and the
# SHA-256 of the JSON that follows.  It is derived data: anything else is ignored and rebuilt.

_CACHE_MAGIC = "mgi-desktop checked questionnaire 1"


def _cache_file(sha256: str) -> Path:
    return paths.cache_dir() / "questionnaires" / f"{sha256}.json"


def _header(sha256: str, payload: bytes) -> bytes:
    return f"{_CACHE_MAGIC} {sha256} {model.fingerprint()} {hashlib.sha256(payload).hexdigest()}".encode()


def _from_cache(text: str, source: str, sha256: str) -> Framework | None:
    try:
        data = _cache_file(sha256).read_bytes()
    except OSError:
        return None
    header, _, payload = data.partition(b"\n")
    if header != _header(sha256, payload):
        return None
    try:
        checked = model.from_checked(json.loads(payload))
    except (ValueError, KeyError, TypeError):  # intact and of this format: not expected, but only time is lost
        return None
    return Framework(checked, source=source, text=text, sha256=sha256)


def _save_cache(framework: Framework) -> None:
    target = _cache_file(framework.sha256)
    payload = model.dump_json(framework.source_model)  # translations are read afresh
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(target, _header(framework.sha256, payload) + b"\n" + payload)
    except (OSError, MgiError):
        pass  # a cache that cannot be written only costs time
