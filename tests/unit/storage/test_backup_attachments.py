"""A backup keeps the evidence files its database references; a restore puts them back."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, evidence
from mgi_desktop.storage import backup
from mgi_desktop.storage.attachments import AttachmentStore
from mgi_desktop.storage.db import Database


def attach(db: Database, aid: str, folder: Path, name: str, content: bytes) -> str:
    source = folder / name
    source.write_bytes(content)
    changes = evidence.add(db, aid, "Q1", kind="law", title=name, file=source)
    (item,) = [e for e in evidence.for_question(db, aid, "Q1") if e.id == changes.created[0]]
    assert item.file_sha256
    return item.file_sha256


def kept_files(database: Path) -> dict[str, bytes]:
    store = AttachmentStore(backup.backup_folder(database) / backup.ATTACHMENTS)
    return {sha: path.read_bytes() for sha, path in store.iter_files()}


def kept_files_path(database: Path, sha: str) -> Path:
    return AttachmentStore(backup.backup_folder(database) / backup.ATTACHMENTS).path(sha)


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    return assessments.create(db, mini, country="KGZ").id


def test_a_backup_keeps_the_files_and_a_restore_puts_them_back(db: Database, aid: str, tmp_path: Path) -> None:
    law = attach(db, aid, tmp_path, "law.pdf", b"%PDF-1.4 the law")
    plan = attach(db, aid, tmp_path, "plan.docx", b"PK the national plan")
    saved = backup.create_backup(db.path, reason="manual")
    assert kept_files(db.path) == {law: b"%PDF-1.4 the law", plan: b"PK the national plan"}
    # A hard link where the OS allows: the same file, no second copy on the disk.
    assert os.path.samefile(kept_files_path(db.path, law), db.attachments.path(law))
    # The backup itself stays one self-contained .sqlite, and the listing shows only backups.
    assert [b.path for b in backup.list_backups(db.path)] == [saved.path]

    path, live = db.path, db.attachments.folder
    db.close()
    shutil.rmtree(live)
    backup.restore_locked(path, saved.path)
    store = AttachmentStore.beside(path)
    assert store.path(law).read_bytes() == b"%PDF-1.4 the law"
    assert store.path(plan).read_bytes() == b"PK the national plan"
    with Database.open(path) as reopened:
        assert {e.file_sha256 for _, e in evidence.for_assessment(reopened, aid)} == {law, plan}


def test_without_hard_links_the_files_are_copied(db: Database, aid: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    law = attach(db, aid, tmp_path, "law.pdf", b"%PDF-1.4 the law")

    def no_links(source: object, target: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(backup.os, "link", no_links)
    backup.create_backup(db.path, reason="manual")
    assert kept_files(db.path) == {law: b"%PDF-1.4 the law"}
    assert not os.path.samefile(kept_files_path(db.path, law), db.attachments.path(law))


def test_pruning_keeps_the_files_of_the_kept_backups_only(db: Database, aid: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "KEEP", 2)
    old = attach(db, aid, tmp_path, "old.pdf", b"the old law")
    backup.create_backup(db.path, reason="manual")  # references old
    (item,) = evidence.for_question(db, aid, "Q1")
    evidence.remove(db, item.id)
    new = attach(db, aid, tmp_path, "new.pdf", b"the new law")
    backup.create_backup(db.path, reason="manual")  # references new only
    # old is no longer in the database, but the first backup (still kept) needs it
    assert set(kept_files(db.path)) == {old, new}
    backup.create_backup(db.path, reason="manual")  # the first backup is pruned, and old with it
    assert len(backup.list_backups(db.path)) == 2
    assert kept_files(db.path) == {new: b"the new law"}
    assert db.attachments.has(old)  # the live store is not pruned


def test_nothing_is_pruned_while_a_kept_backup_cannot_be_read(db: Database, aid: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "KEEP", 2)
    old = attach(db, aid, tmp_path, "old.pdf", b"the old law")
    first = backup.create_backup(db.path, reason="manual")
    (item,) = evidence.for_question(db, aid, "Q1")
    evidence.remove(db, item.id)
    second = backup.create_backup(db.path, reason="manual")
    second.path.write_bytes(b"not a database any more")
    backup.create_backup(db.path, reason="manual")
    assert not first.path.exists()
    assert old in kept_files(db.path)


def test_a_file_missing_from_the_live_store_does_not_fail_the_backup(
        db: Database, aid: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    law = attach(db, aid, tmp_path, "law.pdf", b"%PDF-1.4 the law")
    db.attachments.path(law).unlink()
    with caplog.at_level(logging.WARNING, logger="mgi_desktop.storage.backup"):
        saved = backup.create_backup(db.path, reason="manual")
    assert saved.path.exists() and kept_files(db.path) == {}
    assert any("not in" in r.getMessage() for r in caplog.records)

    path = db.path
    db.close()
    with caplog.at_level(logging.WARNING, logger="mgi_desktop.storage.backup"):
        backup.restore_locked(path, saved.path)  # the row keeps its description; the restore succeeds
    assert any("in no backup folder" in r.getMessage() for r in caplog.records)


def test_a_backup_of_a_database_without_files_makes_no_attachment_folder(db: Database, aid: str) -> None:
    evidence.add(db, aid, "Q1", kind="law", title="Health Law")
    backup.create_backup(db.path, reason="manual")
    assert not (backup.backup_folder(db.path) / backup.ATTACHMENTS).exists()
    assert not db.attachments.folder.exists()
