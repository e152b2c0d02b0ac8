"""What killed or failed work leaves behind is cleared, and never shown as a backup.

Half-made backups (``.partial``), staged restores (``.restoring``), the
temporary files of interrupted copies (``.*.part``), empty files among the
backups and evidence files that no evidence references: each is removed when
the database is next opened (under its lock), with a log line.  Raw copies of
a damaged database are kept apart and never listed.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from mgi_desktop.cli import main
from mgi_desktop.errors import StorageError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, evidence
from mgi_desktop.storage import backup
from mgi_desktop.storage.attachments import shard_path
from mgi_desktop.storage.db import Database


def _evidence_file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def test_leftovers_of_killed_backups_restores_and_copies_are_removed_on_opening(
        tmp_path: Path, db: Database, mini: Framework, caplog: pytest.LogCaptureFixture) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    evidence.add(db, aid, "Q1", kind="law", title="Law 12", file=_evidence_file(tmp_path, "law.txt", b"law 12"))
    kept = backup.create_backup(db.path, reason="manual")
    db.close()
    folder = backup.folder_of(db.path)
    (sha,) = backup.referenced_files(kept.path) or set()
    debris = [
        folder / "20261201T000000000000Z-manual.partial",            # a killed backup
        db.path.with_name(db.path.name + ".restoring"),               # a killed restore
        shard_path(db.attachments.folder, sha).parent / f".{sha}.x1y2.part",   # a killed copy into the store
        shard_path(folder / "attachments", sha).parent / f".{sha}.z3.part",    # ... into the backups' store
    ]
    for path in debris:
        path.write_bytes(b"half" * 1000)
    empty = folder / "20261201T000000000001Z-rolling.sqlite"  # a backup that never got its content
    empty.touch()

    with caplog.at_level(logging.INFO, logger="mgi_desktop.storage.backup"):
        Database.open(db.path).close()

    assert not any(path.exists() for path in [*debris, empty])
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert all(str(path) in logged for path in [*debris, empty])
    assert [b.path for b in backup.list_backups(db.path)][-1] == kept.path
    assert db.attachments.verify(sha)  # the real files stay


def test_a_backup_that_fails_its_check_is_not_kept(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    before = backup.list_backups(db.path)
    real_copy = backup._copy

    def damaging_copy(source: Path, target: Path) -> None:
        real_copy(source, target)
        with sqlite3.connect(target) as con:
            (size,) = con.execute("PRAGMA page_size").fetchone()
        raw = bytearray(target.read_bytes())
        raw[2 * size: 3 * size] = b"\xff" * size  # a page of the schema's tables, overwritten
        target.write_bytes(bytes(raw))

    monkeypatch.setattr(backup, "_copy", damaging_copy)
    with pytest.raises(StorageError, match="integrity check"):
        backup.create_backup(db.path, reason="manual")
    assert backup.list_backups(db.path) == before
    assert not list(backup.folder_of(db.path).glob("*.partial"))


def test_only_complete_backups_are_listed(db: Database) -> None:
    good = backup.create_backup(db.path, reason="manual")
    folder = backup.folder_of(db.path)
    (folder / "20991231T000000000000Z-damaged.sqlite").write_bytes(b"")       # what older versions left
    (folder / "20991231T000000000001Z-manual.sqlite").write_bytes(b"\0" * 4096)  # not an SQLite file
    (folder / "20991231T000000000002Z-manual.partial").write_bytes(b"half")
    assert [b.path for b in backup.list_backups(db.path)] == [good.path]
    assert backup.latest_backup(db.path) == good


def test_a_restore_over_a_damaged_file_keeps_it_apart_never_as_a_backup(tmp_path: Path, new_db, mini) -> None:
    path = tmp_path / "h.sqlite"
    db = new_db(path)
    assessments.create(db, mini, country="KGZ")
    good = backup.create_backup(path, reason="manual")
    db.close()
    path.write_bytes(b"\0" * 8192)

    kept = backup.restore_locked(path, good.path)

    assert kept.path.parent == backup.folder_of(path) / backup.DAMAGED
    assert kept.path.read_bytes() == b"\0" * 8192
    assert [b.path for b in backup.list_backups(path)] == [good.path]
    with Database.open(path) as reopened:
        assert len(assessments.list_all(reopened)) == 1


def test_a_restore_loses_nothing_of_the_write_ahead_log(tmp_path: Path, new_db, mini) -> None:
    """The current state is backed up, then its log emptied into the file, before the file is replaced."""
    path = tmp_path / "w.sqlite"
    db = new_db(path)
    old = backup.create_backup(path, reason="manual")
    aid = assessments.create(db, mini, country="KGZ").id
    db.close()
    kept = backup.restore_locked(path, old.path)
    with Database.open(path) as reopened:
        assert assessments.list_all(reopened) == []
    assert not path.with_name(path.name + ".restoring").exists()
    with Database.open(kept.path, backup_on_open=False) as safety:  # the state before the restore
        assert [s.assessment.id for s in assessments.list_all(safety)] == [aid]


# -- evidence files that no evidence references --------------------------------------------------


def test_files_of_removed_evidence_stay_for_the_session_and_go_at_the_next_opening(
        tmp_path: Path, db: Database, mini: Framework, caplog: pytest.LogCaptureFixture) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    evidence.add(db, aid, "Q1", kind="law", title="Kept", file=_evidence_file(tmp_path, "a.txt", b"kept"))
    changes = evidence.add(db, aid, "Q1", kind="law", title="Dropped",
                           file=_evidence_file(tmp_path, "b.txt", b"dropped"))
    (dropped_id,) = changes.created
    rows = {row.title: row for row in evidence.for_question(db, aid, "Q1")}
    kept_sha, dropped_sha = rows["Kept"].file_sha256, rows["Dropped"].file_sha256
    evidence.remove(db, dropped_id)
    assert db.attachments.has(dropped_sha)  # undo may bring the evidence back in this session
    stray = db.attachments.store_bytes(b"stored by an import that was killed")
    db.close()

    with caplog.at_level(logging.INFO, logger="mgi_desktop.storage.attachments"):
        reopened = Database.open(db.path)
    reopened.close()
    assert db.attachments.verify(kept_sha)
    assert not db.attachments.has(dropped_sha) and not db.attachments.has(stray)
    assert any("removed 2 evidence file(s)" in r.getMessage() for r in caplog.records)


# -- mgi-desktop attachments check ----------------------------------------------------------------


def test_attachments_check_reports_missing_damaged_and_orphaned_files(
        tmp_path: Path, db: Database, mini: Framework, capsys: pytest.CaptureFixture[str]) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    for name in ("one", "two", "three"):
        evidence.add(db, aid, "Q1", kind="law", title=name, file=_evidence_file(tmp_path, name, name.encode()))
    shas = sorted(db.referenced_attachments())
    path = db.path
    db.close()

    assert main(["--database", str(path), "attachments", "check"]) == 0
    assert "3 file(s) stored, 3 referenced" in capsys.readouterr().out

    store = db.attachments
    store.path(shas[0]).unlink()                       # missing
    store.path(shas[1]).write_bytes(b"changed")        # damaged
    orphan = store.store_bytes(b"no evidence names me")  # orphaned
    assert main(["--database", str(path), "attachments", "check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["missing"], report["damaged"], report["orphaned"]) == ([shas[0]], [shas[1]], [orphan])
    assert not report["sound"]
    assert store.has(orphan)  # the check changes nothing
    assert main(["--database", str(path), "attachments", "check"]) == 1
    out = capsys.readouterr().out
    assert "1 missing" in out and "1 damaged" in out and "1 orphaned" in out


def test_a_database_opened_read_only_collects_nothing(tmp_path: Path, db: Database, mini: Framework) -> None:
    orphan = db.attachments.store_bytes(b"orphan")
    copy = tmp_path / "copy.sqlite"
    db.close()
    shutil.copyfile(db.path, copy)
    shutil.copytree(db.attachments.folder, copy.with_name(copy.name + "-attachments"))
    reader = Database.open_read_only(copy)
    try:
        assert reader.collect_attachments() == []
        assert reader.attachments.has(orphan)
    finally:
        reader.close()
