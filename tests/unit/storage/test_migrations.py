"""Every released schema upgrades to the current one without losing anything.

Each ``tests/data/schema-*.sqlite`` is a database written by a released
schema (made with that release's code; ``schema-0002.sqlite`` and the shared
store of its evidence files, ``legacy-attachments/``, by
``tests/data/make_schema_0002.py``; ``schema-0003.sqlite``, the same upgraded
to exactly 0003, by ``tests/data/make_schema_0003.py``).  Opening a copy with
`Database.open` migrates it to head after a backup; every row of every table
the old file had must still be there with the same values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from mgi_desktop import disk, paths
from mgi_desktop.atomic import NOTHING_WRITTEN
from mgi_desktop.errors import MgiError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
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
    assert DATA / "schema-0003.sqlite" in FIXTURES


def test_every_migration_has_a_fixture_of_the_schema_before_it() -> None:
    """CONTRIBUTING.md: each migration is tested on a database of the schema it upgrades."""
    before_each = {rev.down_revision for rev in migrate.script().walk_revisions() if rev.down_revision}
    assert before_each <= {f.stem.removeprefix("schema-") for f in FIXTURES}
    for fixture in FIXTURES:
        assert migrate.current_revision(fixture) == fixture.stem.removeprefix("schema-")


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


# -- 0004: the change counter --------------------------------------------------------------------


def _counter_and_triggers(path: Path) -> tuple[list[tuple[int, int]], list[str], set[tuple[str, str]]]:
    """The rows of ``data_version``, the tables that should be counted, and (trigger, table) pairs."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        counter = con.execute("SELECT id, version FROM data_version").fetchall()
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('alembic_version', 'data_version') ORDER BY name")]
        triggers = set(con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"))
    finally:
        con.close()
    return counter, tables, triggers


def _version(path: Path) -> int:
    version = backup.data_version(path)
    assert version is not None
    return version


@pytest.mark.parametrize("fixture", [*FIXTURES, None], ids=[*(f.stem for f in FIXTURES), "new"])
def test_every_table_counts_its_changes(fixture: Path | None, tmp_path: Path) -> None:
    """After any upgrade (or on a new file), one counter row, and the three triggers on every table:
    a table added later without them fails here."""
    copy = tmp_path / (fixture.name if fixture else "new.sqlite")
    if fixture:
        shutil.copyfile(fixture, copy)
    Database.open(copy).close()
    counter, tables, triggers = _counter_and_triggers(copy)
    assert len(counter) == 1 and counter[0][0] == 1 and counter[0][1] >= 0
    assert {"assessment", "answer", "evidence", "audit_event", "exchange_package"} <= set(tables)
    missing = [f"data_version_{table}_{operation}" for table in tables for operation in ("insert", "update", "delete")
               if (f"data_version_{table}_{operation}", table) not in triggers]
    assert not missing, f"tables whose changes the counter would miss: {missing}"


def test_writing_a_row_moves_the_counter(tmp_path: Path) -> None:
    copy = tmp_path / "schema-0003.sqlite"
    shutil.copyfile(DATA / "schema-0003.sqlite", copy)
    with Database.open(copy) as db:
        ((aid,),) = db.query("SELECT id FROM assessment")
        start = _version(copy)
        answers.set_answer(db, aid, "Q3", 13)  # plain SQL: the answer, the assessment, the audit trail
        saved = _version(copy)
        assert saved > start
        assert answers.set_answer(db, aid, "Q3", 13).questions == set()  # no change, nothing written
        assert _version(copy) == saved
        (_code, item), *_ = evidence.for_assessment(db, aid)
        evidence.remove(db, item.id)  # the ORM, and a row deleted
        assert _version(copy) > saved
    assert _version(copy) > saved  # committed: read again once closed


def test_a_backup_is_due_after_a_change_not_after_a_touch(db: Database, mini: Framework,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "ON_OPEN_MIN_INTERVAL", dt.timedelta(0))
    aid = assessments.create(db, mini, country="KGZ").id
    taken = backup.create_backup(db.path, reason="manual")
    assert backup.data_version(taken.path, immutable=True) == _version(db.path)
    later = time.time() + 3600  # what a copy, a sync tool or merely opening it may do to the file's time
    os.utime(db.path, (later, later))
    assert not backup.due(db.path)
    path = db.path
    db.close()
    with Database.open(path):  # no on-open backup of an unchanged file
        pass
    assert backup.list_backups(path) == [taken]
    with Database.open(path, backup_on_open=False) as again:
        answers.set_answer(again, aid, "Q3", 5)
        assert backup.due(path)
    with Database.open(path):  # the change is backed up on opening
        pass
    newest, previous = backup.list_backups(path)
    assert previous == taken and newest.reason == "on-open"
    assert backup.data_version(newest.path, immutable=True) == _version(path)
    assert not backup.due(path)


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


def _old_columns(after: dict[str, list[dict[str, object]]],
                 before: dict[str, list[dict[str, object]]]) -> dict[str, list[dict[str, object]]]:
    """The rows after an upgrade, in the tables and columns there were before it (later
    revisions add columns: every old column must keep its value)."""
    return {t: [{k: row[k] for k in rows[0]} for row in after[t]] if rows else after[t]
            for t, rows in before.items()}


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
    assert _old_columns(_rows(copy), before) == before  # 0003 changes no row
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
    assert _old_columns(_rows(copy), before) == before


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


# -- 0006: the crosswalk a follow-up round was made through ---------------------------------------


def test_0006_adds_an_empty_crosswalk_to_every_assessment(tmp_path: Path) -> None:
    copy = tmp_path / "schema-0005.sqlite"
    shutil.copyfile(DATA / "schema-0005.sqlite", copy)
    before = _rows(copy)
    assert "crosswalk_json" not in before["assessment"][0]
    Database.open(copy).close()
    after = _rows(copy)
    assert migrate.current_revision(copy) == migrate.head()
    assert [row["crosswalk_json"] for row in after["assessment"]] == [None] * len(before["assessment"])
    assert _old_columns(after, before) == before
    _, _, triggers = _counter_and_triggers(copy)
    assert {(f"data_version_assessment_{op}", "assessment") for op in ("insert", "update", "delete")} <= triggers


# -- 0007: the working language of an assessment ----------------------------------------------------


def test_0007_gives_every_assessment_english(tmp_path: Path) -> None:
    copy = tmp_path / "schema-0006.sqlite"
    shutil.copyfile(DATA / "schema-0006.sqlite", copy)
    before = _rows(copy)
    assert before["assessment"] and "language" not in before["assessment"][0]
    Database.open(copy).close()
    after = _rows(copy)
    assert migrate.current_revision(copy) == migrate.head()
    assert [row["language"] for row in after["assessment"]] == ["en"] * len(before["assessment"])
    assert _old_columns(after, before) == before
    _, _, triggers = _counter_and_triggers(copy)
    assert {(f"data_version_assessment_{op}", "assessment") for op in ("insert", "update", "delete")} <= triggers
    with Database.open(copy) as db:  # and the services read it
        assert {a.language for a in assessments.headers(db)} == {"en"}


def test_0007_refuses_an_assessment_without_a_language(tmp_path: Path) -> None:
    """Not null: a row written by hand without one gets the server's default, never NULL."""
    copy = tmp_path / "schema-0006.sqlite"
    shutil.copyfile(DATA / "schema-0006.sqlite", copy)
    Database.open(copy).close()
    con = sqlite3.connect(copy)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE assessment SET language = NULL")
        con.rollback()
    finally:
        con.close()


# -- 0008: the profile's settings, the findings carried over ------------------------------------------


def test_0008_leaves_every_profile_setting_at_its_default(tmp_path: Path) -> None:
    copy = tmp_path / "schema-0007.sqlite"
    shutil.copyfile(DATA / "schema-0007.sqlite", copy)
    before = _rows(copy)
    assert before["assessment"] and "profile_title" not in before["assessment"][0]
    Database.open(copy).close()
    after = _rows(copy)
    assert migrate.current_revision(copy) == migrate.head()
    for name in ("profile_title", "profile_country_name", "profile_date", "profile_round_label", "profile_credits"):
        assert [row[name] for row in after["assessment"]] == [None] * len(before["assessment"])
    assert _old_columns(after, before) == before
    _, _, triggers = _counter_and_triggers(copy)
    for table in ("assessment", "finding"):
        assert {(f"data_version_{table}_{op}", table) for op in ("insert", "update", "delete")} <= triggers
    con = sqlite3.connect(copy)  # a finding written the old way (no carried_over) is not carried over
    try:
        aid = con.execute("SELECT id FROM assessment").fetchone()[0]
        con.execute("INSERT INTO finding (id, assessment_id, domain_number, category, text, position, "
                    "question_codes, drafted, created_at, updated_at) VALUES ('f1', ?, 1, 'WELL_DEVELOPED', "
                    "'x', 0, '[]', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')", (aid,))
        assert con.execute("SELECT carried_over FROM finding").fetchone()[0] == 0
    finally:
        con.close()
    from mgi_desktop.services import profile_settings

    with Database.open(copy) as db:  # and the services read it
        header = assessments.headers(db)[0]
        assert profile_settings.stored(db, header.id).title is None


# -- 0009: contributors, their assignments, and the contributor of an audited change ---------------


def test_0009_adds_contributors_and_attributes_no_old_event(tmp_path: Path) -> None:
    copy = tmp_path / "schema-0008.sqlite"
    shutil.copyfile(DATA / "schema-0008.sqlite", copy)
    before = _rows(copy)
    assert before["audit_event"] and "contributor" not in before
    Database.open(copy).close()
    after = _rows(copy)
    assert migrate.current_revision(copy) == migrate.head()
    assert after["contributor"] == [] and after["assignment"] == []
    assert [row["contributor_id"] for row in after["audit_event"]] == [None] * len(before["audit_event"])
    assert _old_columns(after, before) == before
    _, _, triggers = _counter_and_triggers(copy)
    for table in ("contributor", "assignment", "audit_event"):
        assert {(f"data_version_{table}_{op}", table) for op in ("insert", "update", "delete")} <= triggers
    con = sqlite3.connect(copy)
    try:  # the trail stays append-only after the column is added
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("UPDATE audit_event SET contributor_id = 'x'")
        con.rollback()
    finally:
        con.close()
