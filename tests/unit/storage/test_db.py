"""Opening databases: bad files are refused with a clear message and left unchanged."""

import hashlib
import os
import shutil
import sqlite3
import stat

import pytest

from mgi_desktop.errors import DiskFullError, StorageError
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage import backup
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.health import APPLICATION_ID


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_db(path, mini, answers_given=3):
    with Database.open(path) as db:
        db.set_user("Amina", "Ministry", "focal_point")
        a = assessments.create(db, mini, country="KGZ")
        for code, value in list({"Q1": "yes", "Q3": 12, "Q4": "text"}.items())[:answers_given]:
            answers.set_answer(db, a.id, code, value)
    return a.id


def test_pragmas_of_the_plain_connection(db):
    assert db.query_one("PRAGMA journal_mode")[0] == "wal"
    assert db.query_one("PRAGMA foreign_keys")[0] == 1
    assert db.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert db.query_one("PRAGMA busy_timeout")[0] == 5000
    assert db.query_one("PRAGMA application_id")[0] == APPLICATION_ID


def test_pragmas(db):
    with db.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert con.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert con.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", r"empty \(0 bytes\)"),
        (b"Minutes of the meeting\nnot a database\n", "not an SQLite database"),
        (b"PK\x03\x04" + b"\0" * 200, "not an SQLite database"),
    ],
)
def test_files_that_are_not_databases(tmp_path, content, fragment):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(StorageError, match=fragment) as info:
        Database.open(path)
    assert str(path) in info.value.message
    assert path.read_bytes() == content
    assert not (tmp_path / "x.sqlite-wal").exists()


def test_truncated_database(tmp_path, mini):
    path = tmp_path / "t.sqlite"
    make_db(path, mini)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(StorageError, match=r"truncated|damaged"):
        Database.open(path)
    assert digest(path) == before


def test_damaged_pages_fail_quick_check(tmp_path, mini):
    path = tmp_path / "d.sqlite"
    make_db(path, mini)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2 + 8, len(data), page):  # scribble over the b-tree page headers
        data[offset:offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StorageError, match="damaged"):
        Database.open(path)
    assert digest(path) == before


def test_foreign_sqlite_file(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StorageError, match="not an MGI Desktop database"):
        Database.open(path)
    assert digest(path) == before


def test_newer_schema_is_refused_not_downgraded(tmp_path, mini):
    path = tmp_path / "n.sqlite"
    make_db(path, mini)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StorageError, match="newer version of MGI Desktop"):
        Database.open(path)
    assert digest(path) == before


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root ignores file permissions")
def test_read_only_file(tmp_path, mini):
    path = tmp_path / "ro.sqlite"
    make_db(path, mini)
    path.chmod(stat.S_IRUSR)
    with pytest.raises(StorageError, match="read-only"):
        Database.open(path)


def test_read_only_file_via_check(tmp_path, mini, monkeypatch):
    # Root (as in CI) can write anything, so also check the path through os.access.
    path = tmp_path / "ro2.sqlite"
    make_db(path, mini)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) and mode == os.W_OK
                        else real_access(p, mode))
    before = digest(path)
    with pytest.raises(StorageError, match="read-only"):
        Database.open(path)
    assert digest(path) == before


def test_second_instance_is_refused(db, db_path):
    with pytest.raises(StorageError, match="already open"):
        Database.open(db_path)
    # the first keeps working
    assert db.user().name == "Amina Focal"


def test_lock_is_released_on_close(db_path):
    first = Database.open(db_path)
    first.close()
    Database.open(db_path).close()


def test_audit_events_cannot_be_changed(db, mini):
    a = assessments.create(db, mini, country="KGZ")
    con = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        con.execute("UPDATE audit_event SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        con.execute("DELETE FROM audit_event")
    con.close()
    assert a.id


def test_backups_keep_the_last_ten(db):
    for _ in range(13):
        backup.create_backup(db.path, reason="manual")
    infos = backup.list_backups(db.path)
    assert len(infos) == backup.KEEP
    assert infos[0].created >= infos[-1].created


def test_rolling_backup_after_many_changes(db, mini, monkeypatch):
    monkeypatch.setattr("mgi_desktop.storage.db.BACKUP_EVERY_CHANGES", 5)
    a = assessments.create(db, mini, country="KGZ")
    before = len(backup.list_backups(db.path))
    for n in range(10):
        answers.set_answer(db, a.id, "Q3", n)
    assert len(backup.list_backups(db.path)) >= before + 2


def test_restore_brings_back_the_backed_up_state(tmp_path, mini):
    path = tmp_path / "r.sqlite"
    aid = make_db(path, mini)
    saved = backup.create_backup(path, reason="manual")
    with Database.open(path) as db:
        answers.set_answer(db, aid, "Q1", "no")
    backup.restore_backup(path, saved.path)
    with Database.open(path) as db:
        assert answers.get_answer(db, aid, "Q1").value == "yes"
    reasons = [b.reason for b in backup.list_backups(path)]
    assert "before-restore" in reasons


def test_restore_over_a_damaged_file(tmp_path, mini):
    path = tmp_path / "r2.sqlite"
    aid = make_db(path, mini)
    saved = backup.create_backup(path, reason="manual")
    path.write_bytes(b"garbage" * 100)
    with pytest.raises(StorageError):
        Database.open(path)
    backup.restore_backup(path, saved.path)
    with Database.open(path) as db:
        assert answers.get_answer(db, aid, "Q3").value == 12


def test_restore_refuses_a_bad_backup(tmp_path, mini):
    path = tmp_path / "r3.sqlite"
    make_db(path, mini)
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a backup")
    before = digest(path)
    with pytest.raises(StorageError, match="not an SQLite database"):
        backup.restore_backup(path, bad)
    assert digest(path) == before


def test_disk_full_is_a_clear_error(db, mini):
    """On the plain SQL path (the autosave): a real SQLITE_FULL, from a file not allowed to grow."""
    a = assessments.create(db, mini, country="KGZ")
    (pages,) = db.query_one("PRAGMA page_count")
    db.query(f"PRAGMA max_page_count = {pages}")  # this thread's connection may not grow the file
    try:
        with pytest.raises(DiskFullError, match=r"not enough space on the disk of .*: 4 MiB needed, .* free; "
                           r"nothing was saved; everything saved before is kept"):
            answers.set_answer(db, a.id, "Q1", "yes", justification="a long one " * 20_000)
    finally:
        db.query("PRAGMA max_page_count = 1073741823")
    assert answers.get_answer(db, a.id, "Q1").value is None
    # the connection still works afterwards
    answers.set_answer(db, a.id, "Q1", "yes")
    assert answers.get_answer(db, a.id, "Q1").value == "yes"


def test_disk_full_is_a_clear_error_through_the_orm(db, mini):
    a = assessments.create(db, mini, country="KGZ")
    from sqlalchemy import event

    def full(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(db.engine, "before_cursor_execute", full)
    try:
        with pytest.raises(DiskFullError, match="not enough space"):
            answers.set_flag(db, a.id, "Q1", True)
    finally:
        event.remove(db.engine, "before_cursor_execute", full)
    assert not answers.get_answer(db, a.id, "Q1").flagged
    # the engine still works afterwards
    answers.set_flag(db, a.id, "Q1", True)
    assert answers.get_answer(db, a.id, "Q1").flagged


def test_backup_folder_per_database(tmp_path, mini):
    one, two = tmp_path / "a" / "mgi.sqlite", tmp_path / "b" / "mgi.sqlite"
    one.parent.mkdir()
    two.parent.mkdir()
    make_db(one, mini)
    make_db(two, mini)
    assert backup.backup_folder(one) != backup.backup_folder(two)
    shutil.rmtree(backup.backup_folder(one))


def test_damaged_database_message_offers_the_latest_backup(tmp_path, mini):
    path = tmp_path / "h.sqlite"
    make_db(path, mini)
    saved = backup.create_backup(path, reason="manual")
    path.write_bytes(b"\0" * 4096)
    with pytest.raises(StorageError) as info:
        Database.open(path)
    assert "not an SQLite database" in info.value.message
    assert any(str(saved.path) in line and "backup restore latest" in line for line in info.value.lines()[1:])
