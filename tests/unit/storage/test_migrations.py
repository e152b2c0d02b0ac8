"""Every released schema upgrades to the current one without losing anything.

Each ``tests/data/schema-*.sqlite`` is a database written by a released
schema (made with that release's code; ``schema-0002.sqlite`` and the shared
store of its evidence files, ``legacy-attachments/``, by
``tests/data/make_schema_0002.py``).  Opening a copy with
`Database.open` migrates it to head after a backup; every row of every table
the old file had must still be there with the same values.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from mgi_desktop import disk, paths
from mgi_desktop.atomic import NOTHING_WRITTEN
from mgi_desktop.errors import MgiError
from mgi_desktop.storage import attachments, backup, migrate
from mgi_desktop.storage.db import Database

DATA = Path(__file__).resolve().parents[2] / "data"
FIXTURES = sorted(DATA.glob("schema-*.sqlite"))


def _rows(path: Path) -> dict[str, list[dict[str, object]]]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: [dict(r) for r in con.execute(f'SELECT * FROM "{t}"')] for t in tables}
    finally:
        con.close()


def test_there_is_a_fixture_of_the_first_schema() -> None:
    assert DATA / "schema-0001.sqlite" in FIXTURES
    assert DATA / "schema-0002.sqlite" in FIXTURES


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_upgrade_keeps_every_row(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    before = _rows(copy)
    old_revision = migrate.current_revision(copy)
    assert before["assessment"] and before["answer"] and before["evidence"]
    assert before["comment"] and before["audit_event"]

    Database.open(copy).close()

    assert migrate.current_revision(copy) == migrate.head()
    after = _rows(copy)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        # New columns may appear; every old column keeps its value in every row.
        remaining = [{k: row[k] for k in rows[0]} for row in after[table]] if rows else []
        for row in rows:
            assert row in remaining, f"{table}: row lost or changed by the upgrade: {row}"
        assert len(after[table]) >= len(rows)
    if old_revision != migrate.head():
        reasons = [b.reason for b in backup.list_backups(copy)]
        assert "before-upgrade" in reasons


# -- 0003: each database's evidence files move beside it ---------------------------------------

LEGACY = DATA / "legacy-attachments"


def _legacy_store(data_dir: Path) -> Path:
    """The fixture's files, where schema 0002 kept them: the data folder's shared store."""
    store = paths.legacy_attachments_dir()
    assert store == data_dir / "attachments"
    shutil.copytree(LEGACY, store)
    return store


def _schema_0002(tmp_path: Path, name: str = "team.db") -> Path:
    copy = tmp_path / "elsewhere" / name
    copy.parent.mkdir()
    shutil.copyfile(DATA / "schema-0002.sqlite", copy)
    assert migrate.current_revision(copy) == "0002"
    return copy


def _referenced(path: Path) -> dict[str, str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT file_sha256, file_name FROM evidence WHERE file_sha256 IS NOT NULL"))
    finally:
        con.close()


def test_0003_copies_every_evidence_file_beside_its_database(tmp_path: Path, data_dir: Path) -> None:
    shared = _legacy_store(data_dir)
    shared_before = {p: p.read_bytes() for p in shared.rglob("*") if p.is_file()}
    copy = _schema_0002(tmp_path)
    before = _rows(copy)
    referenced = _referenced(copy)
    assert len(referenced) == 2

    with Database.open(copy) as db:
        assert db.attachments.folder == tmp_path / "elsewhere" / "team.db-attachments"
        for sha in referenced:
            assert db.attachments.path(sha).read_bytes() == (LEGACY / sha[:2] / sha).read_bytes()
            assert hashlib.sha256(db.attachments.path(sha).read_bytes()).hexdigest() == sha
        assert sorted(s for s, _ in db.attachments.iter_files()) == sorted(referenced)

    assert migrate.current_revision(copy) == migrate.head()
    assert {t: r for t, r in _rows(copy).items() if t in before} == before  # 0003 changes no row
    # The backup taken before the upgrade kept the files too (from the shared store, where they were).
    (upgrade_backup,) = [b for b in backup.list_backups(copy) if b.reason == "before-upgrade"]
    kept = attachments.AttachmentStore(upgrade_backup.path.parent / backup.ATTACHMENTS)
    assert all(kept.verify(sha) for sha in referenced)
    # The shared store is left as it was: other databases may still need it for their own upgrade.
    assert {p: p.read_bytes() for p in shared.rglob("*") if p.is_file()} == shared_before


def test_0003_logs_a_file_missing_from_the_shared_store_and_still_succeeds(
        tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    shared = _legacy_store(data_dir)
    copy = _schema_0002(tmp_path)
    before = _rows(copy)
    lost, kept = sorted(_referenced(copy))
    (shared / lost[:2] / lost).unlink()

    with caplog.at_level(logging.WARNING, logger="mgi_desktop.storage.migrations"):
        Database.open(copy).close()

    assert migrate.current_revision(copy) == migrate.head()
    assert any(lost in r.getMessage() and "not in" in r.getMessage() for r in caplog.records)
    store = attachments.AttachmentStore.beside(copy)
    assert store.verify(kept) and not store.has(lost)
    # the evidence row of the lost file keeps its description
    assert {t: r for t, r in _rows(copy).items() if t in before} == before


def test_0003_interrupted_runs_again_and_completes(tmp_path: Path, data_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _legacy_store(data_dir)
    copy = _schema_0002(tmp_path)
    referenced = sorted(_referenced(copy))
    real_copy_in = attachments.AttachmentStore.copy_in
    calls: list[str] = []

    def disk_full_on_the_second(store: attachments.AttachmentStore, source: Path, sha: str) -> None:
        calls.append(sha)
        if len(calls) == 2:
            raise disk.disk_full(store.folder, NOTHING_WRITTEN(file=sha), subject=store.path(sha))
        real_copy_in(store, source, sha)

    monkeypatch.setattr(attachments.AttachmentStore, "copy_in", disk_full_on_the_second)
    with pytest.raises(MgiError, match=r"disk of .* is full"):
        Database.open(copy)
    assert migrate.current_revision(copy) == "0002"  # not recorded as done
    store = attachments.AttachmentStore.beside(copy)
    assert store.verify(referenced[0]) and not store.has(referenced[1])

    monkeypatch.setattr(attachments.AttachmentStore, "copy_in", real_copy_in)
    Database.open(copy).close()
    assert migrate.current_revision(copy) == migrate.head()
    assert all(store.verify(sha) for sha in referenced)


def test_0003_creates_no_folder_for_a_database_without_files(tmp_path: Path, data_dir: Path) -> None:
    # schema-0001 references a file that its shared store never had (the fixture has no store).
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema-0001.sqlite", copy)
    Database.open(copy).close()
    assert not attachments.folder_for(copy).exists()
    fresh = tmp_path / "new.sqlite"
    Database.open(fresh).close()
    assert not attachments.folder_for(fresh).exists()


def test_the_tables_match_the_migrated_schema(tmp_path: Path) -> None:
    """The models and the migrations describe the same schema: a change to one needs the other."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import mgi_desktop.storage.tables  # noqa: F401  (registers the tables)

    with Database.open(tmp_path / "fresh.sqlite") as db, db.engine.connect() as con:
        context = MigrationContext.configure(con, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
