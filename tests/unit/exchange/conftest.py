"""Two people, two databases, two data folders: the focal point A and the reviewer B."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mgi_desktop.storage.db import Database


@dataclass
class Side:
    db: Database
    data_dir: Path
    monkeypatch: pytest.MonkeyPatch

    @contextlib.contextmanager
    def acting(self) -> Iterator[Database]:
        """Run as this person: their data folder and database (its attachments are beside it)."""
        self.monkeypatch.setenv("MGI_DATA_DIR", str(self.data_dir))
        yield self.db


def _side(root: Path, name: str, user: str, role: str, monkeypatch: pytest.MonkeyPatch, new_db) -> Side:
    folder = root / name
    folder.mkdir()
    monkeypatch.setenv("MGI_DATA_DIR", str(folder))
    db = new_db(folder / "mgi.sqlite", user, "Ministry" if role == "focal_point" else "IOM", role)
    db.backups_enabled = False
    return Side(db, folder, monkeypatch)


@pytest.fixture
def side_a(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_db) -> Side:
    return _side(tmp_path, "a", "Amina Focal", "focal_point", monkeypatch, new_db)


@pytest.fixture
def side_b(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_db) -> Side:
    return _side(tmp_path, "b", "Rita Reviewer", "reviewer", monkeypatch, new_db)


def file_hash(path: Path) -> str:
    """The database and its WAL together: a refused import must leave both as they were."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()
