"""A real full disk (a small tmpfs) during each write path: told as such, nothing lost, nothing left.

Each test puts the database, its attachments and its backups on an 8 MiB
tmpfs, fills the rest with a filler file, and tries a write: the answer
save, an export, a backup, a restore, an import, storing an attachment and
opening the database.  Each must end in one `DiskFullError` naming the
folder, the space needed and free and what was kept; nothing acknowledged is
lost, no partial file is left, and `backup list` is as it was.  Mounting
needs root (CI runs as root); elsewhere these tests are skipped, and the
unit tests of `mgi_desktop.disk` still run.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from mgi_desktop import disk
from mgi_desktop.cli import main
from mgi_desktop.errors import DiskFullError
from mgi_desktop.exchange import receive, send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.storage import backup
from mgi_desktop.storage.db import Database

SIZE = 8 << 20


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler"

    def fill(self, leave: int = 0) -> None:
        """Leave about `leave` bytes free (tmpfs counts in 4 KiB pages)."""
        self.free_up()
        free = disk.free_bytes(self.root) or 0
        with self.filler.open("wb") as handle:
            try:
                handle.write(b"\0" * max(0, free - leave))
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                assert exc.errno == errno.ENOSPC

    def free_up(self) -> None:
        self.filler.unlink(missing_ok=True)

    def files(self) -> set[str]:
        """Every file on the disk but the filler, relative to its root."""
        return {str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file() and p != self.filler}


def _mount(target: Path) -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(target)],
                            capture_output=True, check=False)
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    root = tmp_path / "disk"
    root.mkdir()
    if not _mount(root):
        pytest.skip("mounting a tmpfs needs root")
    try:
        data = root / "data"
        data.mkdir()
        monkeypatch.setenv("MGI_DATA_DIR", str(data))  # the backups on the small disk too
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)


@pytest.fixture
def on_disk(small_disk: SmallDisk, new_db, mini: Framework) -> tuple[Database, str]:
    db = new_db(small_disk.root / "mgi.sqlite")
    db.backups_enabled = False
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 10)
    return db, aid


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _no_partial_files(small_disk: SmallDisk) -> None:
    left = [f for f in small_disk.files()
            if f.endswith((".part", ".partial", ".restoring")) or "/damaged/" in f]
    assert not left, left


# -- the message ------------------------------------------------------------------------------------


def test_sizes_are_in_the_binary_units_limits_use() -> None:
    assert disk.size_text(812) == "812 bytes"
    assert disk.size_text(4096) == "4 KiB"
    assert disk.size_text(25 << 20) == "25 MiB"
    assert disk.size_text(int(1.5 * (1 << 30))) == "1.5 GiB"


def test_an_io_error_is_a_full_disk_only_when_the_disk_is_nearly_full(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    assert disk.is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert disk.is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not disk.is_disk_full(io_error, tmp_path)  # plenty of room here: a real I/O error
    monkeypatch.setattr(disk, "free_bytes", lambda folder: 8192)
    assert disk.is_disk_full(io_error, tmp_path)
    assert not disk.is_disk_full(OSError(errno.EIO, "Input/output error"))


# -- each write path on a full disk ---------------------------------------------------------------------


def test_a_save_on_a_full_disk_keeps_everything_saved_before(small_disk: SmallDisk, on_disk) -> None:
    db, aid = on_disk
    small_disk.fill(0)
    with pytest.raises(DiskFullError) as info:
        answers.set_answer(db, aid, "Q3", 20, justification="x" * 200_000)
    text = info.value.message
    assert f"not enough space on the disk of {small_disk.root}: 4 MiB needed" in text
    assert "nothing was saved; everything saved before is kept" in text
    small_disk.free_up()
    assert answers.get_answer(db, aid, "Q3").value == 10
    answers.set_answer(db, aid, "Q3", 20)  # room again: the same connection saves
    assert answers.get_answer(db, aid, "Q3").value == 20


def test_opening_on_a_full_disk_is_not_called_damage_and_offers_no_restore(
        small_disk: SmallDisk, on_disk, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = on_disk
    backup.create_backup(db.path, reason="manual")
    db.close()
    small_disk.fill(0)
    before = _digest(db.path)
    code = main(["--database", str(db.path), "assessment", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "not enough space on the disk of" in err and "the database was not opened" in err
    assert "damaged" not in err and "restore" not in err
    assert _digest(db.path) == before


def test_an_export_to_a_full_disk_leaves_no_file(small_disk: SmallDisk, new_db, mini: Framework, tmp_path: Path,
                                                 data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The database (and its backups) on the laptop, the workbook to a full USB stick."""
    monkeypatch.setenv("MGI_DATA_DIR", str(data_dir))
    db = new_db(tmp_path / "laptop" / "mgi.sqlite")
    aid = assessments.create(db, mini, country="KGZ").id
    path = db.path
    db.close()
    out = small_disk.root / "exports"
    out.mkdir()
    small_disk.fill(0)
    code = main(["--database", str(path), "export", "xlsx", aid, "-o", str(out / "summary.xlsx")])
    err = capsys.readouterr().err
    assert code == 1, err
    assert f"{out / 'summary.xlsx'}: not enough space on the disk of {out}: " in err
    assert "KiB needed, 0 bytes free; nothing was written; summary.xlsx is as it was" in err
    assert list(out.iterdir()) == []


def test_a_backup_on_a_full_disk_is_refused_before_it_starts(small_disk: SmallDisk, on_disk) -> None:
    db, _ = on_disk
    listed = backup.list_backups(db.path)
    small_disk.fill(32 << 10)
    with pytest.raises(DiskFullError, match=r"needed, .* free; no backup was made"):
        backup.create_backup(db.path, reason="manual")
    assert backup.list_backups(db.path) == listed
    _no_partial_files(small_disk)


def test_a_backup_that_fills_the_disk_half_way_leaves_nothing(small_disk: SmallDisk, on_disk,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = on_disk
    listed = backup.list_backups(db.path)
    monkeypatch.setattr(disk, "ensure_space", lambda *args, **kwargs: None)  # met while writing, not before
    small_disk.fill(32 << 10)
    with pytest.raises(DiskFullError, match="no backup was made"):
        backup.create_backup(db.path, reason="manual")
    assert backup.list_backups(db.path) == listed
    _no_partial_files(small_disk)


@pytest.mark.parametrize("checked_first", [True, False], ids=["refused-first", "full-half-way"])
def test_a_restore_on_a_full_disk_leaves_the_database_as_it_was(
        small_disk: SmallDisk, on_disk, monkeypatch: pytest.MonkeyPatch, checked_first: bool) -> None:
    db, aid = on_disk
    old = backup.create_backup(db.path, reason="manual")
    answers.set_answer(db, aid, "Q3", 30)
    db.close()
    listed = backup.list_backups(db.path)
    before = _digest(db.path)
    if not checked_first:
        monkeypatch.setattr(disk, "ensure_space", lambda *args, **kwargs: None)
    small_disk.fill(16 << 10)
    with pytest.raises(DiskFullError, match="nothing was restored; the database is as it was"):
        backup.restore_locked(db.path, old.path)
    assert _digest(db.path) == before
    assert backup.list_backups(db.path) == listed
    _no_partial_files(small_disk)
    small_disk.free_up()
    with Database.open(db.path) as reopened:
        assert answers.get_answer(reopened, aid, "Q3").value == 30


def test_an_import_on_a_full_disk_imports_nothing_and_leaves_no_file(
        small_disk: SmallDisk, new_db, mini: Framework, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = new_db(tmp_path / "source" / "a.sqlite")
    aid = assessments.create(source, mini, country="KGZ").id
    big = tmp_path / "report.bin"
    big.write_bytes(os.urandom(3 << 20))  # incompressible: the package holds 3 MiB
    evidence.add(source, aid, "Q1", kind="report", title="Annual report", file=big)
    send.export_package(source, aid, tmp_path / "p.mgi")
    new_db(small_disk.root / "b.sqlite", "Rita Reviewer", "IOM", "reviewer").close()
    target = Database.open(small_disk.root / "b.sqlite", backup_on_open=False)
    target.backups_enabled = False
    before = _digest(target.path)
    small_disk.fill(1 << 20)
    with pytest.raises(DiskFullError, match="nothing was imported; the database is as it was"):
        receive.apply_import(target, tmp_path / "p.mgi")
    small_disk.free_up()
    assert assessments.list_all(target) == []
    report = target.attachments.check(target.referenced_attachments())
    assert report.sound and report.stored == 0, report
    _no_partial_files(small_disk)
    target.close()
    assert _digest(target.path) == before


@pytest.mark.parametrize("checked_first", [True, False], ids=["refused-first", "full-half-way"])
def test_attaching_a_file_on_a_full_disk_stores_nothing(small_disk: SmallDisk, on_disk, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch, checked_first: bool) -> None:
    db, aid = on_disk
    big = tmp_path / "law.pdf"
    big.write_bytes(os.urandom(2 << 20))
    if not checked_first:
        monkeypatch.setattr(disk, "ensure_space", lambda *args, **kwargs: None)
    small_disk.fill(512 << 10)
    with pytest.raises(DiskFullError, match=r"law\.pdf: not enough space on .*: 2 MiB needed, .* free; "
                       r"the file was not stored, and nothing else changed"):
        evidence.add(db, aid, "Q1", kind="law", title="Law on migration", file=big)
    small_disk.free_up()
    assert evidence.for_question(db, aid, "Q1") == []
    assert list(db.attachments.iter_files()) == []
    _no_partial_files(small_disk)
