"""Two people, two databases, two data folders: the focal point A and the reviewer B."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mgi_desktop.exchange import send
from mgi_desktop.identity import own
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, keys
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
    db.use_key(own.load())  # the key in this person's own config folder (under their data folder)
    return Side(db, folder, monkeypatch)


def introduce(one: Side, other: Side, folder: Path) -> None:
    """The two people swapped key files and compared fingerprints on the phone: each trusts the other."""
    for sender, receiver in ((one, other), (other, one)):
        card = folder / f"{sender.data_dir.name}.mgikey"
        with sender.acting() as db:
            keys.export_own(db, card)
        with receiver.acting() as db:
            keys.import_file(db, card)
            keys.trust(db, sender.db.own_key.fingerprint)


@pytest.fixture
def side_a(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_db) -> Side:
    return _side(tmp_path, "a", "Amina Focal", "focal_point", monkeypatch, new_db)


@pytest.fixture
def side_b(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_db, side_a: Side) -> Side:
    """The reviewer, who already swapped keys with the focal point A (see `stranger` for someone new)."""
    side = _side(tmp_path, "b", "Rita Reviewer", "reviewer", monkeypatch, new_db)
    introduce(side_a, side, tmp_path)
    return side


@pytest.fixture
def stranger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_db) -> Side:
    """Someone nobody has swapped keys with, who says they are IOM's reviewer."""
    return _side(tmp_path, "x", "IOM Regional Office", "reviewer", monkeypatch, new_db)


def submitted(side_a: Side, mini: Framework, tmp_path: Path) -> tuple[str, Path]:
    """A answers two questions (one with a justification) and submits: the assessment and A's package."""
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 10, justification="2020 census")
        answers.set_answer(a, aid, "Q7", "yes")
        assessments.set_status(a, aid, "submitted")
        return aid, send.export_package(a, aid, tmp_path / "p1.mgi").path


def file_hash(path: Path) -> str:
    """The database and its WAL together: a refused import must leave both as they were."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()
