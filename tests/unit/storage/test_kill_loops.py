"""Kill backups and imports at random moments: the next opening leaves only whole work behind.

Two loops of SIGKILLs, each with a seeded random generator for its moments (as test_crash.py), on a
child process (kill_child.py):

- over backups of a database of a few MB whose evidence files change between backups (linked, or
  copied where hard links fail): after the loop, opening the database leaves no half-made backup
  (``.partial``), no temporary file of a killed copy (``.part``) in the backup folder or the
  evidence store, and every listed backup passes ``integrity_check`` with all the files it
  references kept beside it;
- over imports of a chain of packages with evidence files: after each kill, the next opening
  leaves the store exactly the files the evidence references (none orphaned, none missing, no
  leftover), the file sound, and each package imported whole or not at all.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mgi_desktop import atomic
from mgi_desktop.exchange import send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.storage import backup
from mgi_desktop.storage.attachments import AttachmentStore, file_sha256, shard_path
from mgi_desktop.storage.db import Database

CHILD = Path(__file__).with_name("kill_child.py")
BACKUP_KILLS = 25
IMPORT_KILLS = 25

needs_sigkill = pytest.mark.skipif(not (hasattr(signal, "SIGKILL") and hasattr(os, "fork")),
                                   reason="needs SIGKILL and fork")


class Server:
    """kill_child.py's server: `start` forks a worker on a command, `kill_after` kills it with SIGKILL."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env)
        self.worker: int | None = None
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the server ended"
        return line.rstrip("\n")

    def start(self, *command: object) -> None:
        """Fork a worker on `command` and wait until it is ready to work."""
        assert self.process.stdin is not None and self.worker is None
        self.process.stdin.write(json.dumps([str(part) for part in command]) + "\n")
        self.process.stdin.flush()
        started = self._line()
        assert started.startswith("started "), started
        self.worker = int(started.split()[1])
        ready = self._line()
        if ready != "ready":
            self.kill_after(0)
            pytest.fail(f"the worker failed before it was ready ({ready}; its traceback is on stderr)")

    def kill_after(self, seconds: float, *, when: str | None = None) -> list[str]:
        """Kill the worker `seconds` after it was ready (or once it printed `when`); the lines it printed."""
        assert self.worker is not None
        lines: list[str] = []
        if when is not None:
            while (line := self._line()) != when:
                assert line != "failed", lines
                lines.append(line)
        time.sleep(seconds)
        os.kill(self.worker, signal.SIGKILL)
        while not (line := self._line()).startswith("ended "):
            lines.append(line)
        assert line == f"ended {self.worker} -{signal.SIGKILL.value}", line
        self.worker = None
        assert "failed" not in lines, "the worker failed (its traceback is on stderr)"
        return lines

    def close(self) -> None:
        if self.worker is not None:
            os.kill(self.worker, signal.SIGKILL)
            self.worker = None
        try:
            self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()


@pytest.fixture
def server() -> Iterator[Callable[[dict[str, str]], Server]]:
    started: list[Server] = []

    def start(env: dict[str, str]) -> Server:
        started.append(Server(env))
        return started[-1]

    yield start
    for one in started:
        one.close()


def _integrity(path: Path) -> list[tuple[str]]:
    """``PRAGMA integrity_check`` of a file nobody writes (opened immutable: nothing left beside it)."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


def _temp_files(*folders: Path) -> list[Path]:
    """The temporary files of atomic writes (``.<name>.<random>.part``) anywhere under `folders`."""
    return sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*" + atomic.PART))


# -- backups --------------------------------------------------------------------------------------


@pytest.mark.slow
@needs_sigkill
def test_sigkill_while_backing_up_leaves_only_complete_backups(tmp_path: Path, mini: Framework, data_dir: Path,
                                                               server: Callable[[dict[str, str]], Server]) -> None:
    path = tmp_path / "big.sqlite"
    fill = random.Random(7)
    with Database.open(path) as db:
        db.backups_enabled = False
        db.set_user("Kill Tester", "", "focal_point")
        aid = assessments.create(db, mini, country="KGZ").id
        for n in range(8):  # a few MB: each save keeps its justification in the answer and the audit trail
            answers.set_answer(db, aid, "Q4", f"text {n}", justification=fill.randbytes(150_000).hex())
        sources = tmp_path / "sources"
        sources.mkdir()
        for n in range(3):
            source = sources / f"start-{n}.bin"
            source.write_bytes(fill.randbytes(100_000))
            evidence.add(db, aid, "Q1", kind="law", title=f"start {n}", file=source)
    assert path.stat().st_size > 3_000_000
    folder = backup.folder_of(path)
    store = AttachmentStore.beside(path)

    rng = random.Random(1907)
    workers = server(os.environ | {"MGI_DATA_DIR": str(data_dir)})
    made, half_made, copies = 0, set(), 0
    for kill in range(BACKUP_KILLS):
        mode = rng.choice(("LINK", "COPY"))
        copies += mode == "COPY"
        workers.start("backup", path, aid, sources, kill, mode)
        lines = workers.kill_after(rng.uniform(0.0, 0.3))
        made += sum(1 for line in lines if line.startswith("backup "))
        # tidy=False in the child: what each kill left stays until the opening below
        half_made |= {p.name for p in folder.glob("*" + backup.PARTIAL)}
        half_made |= {p.name for p in _temp_files(folder, store.folder)}
    assert made >= BACKUP_KILLS // 2, "the workers should have completed many backups in all"
    assert copies and copies < BACKUP_KILLS
    assert half_made, "some kill should have stopped a backup or a copy half-way"

    with Database.open(path) as db:
        report = db.attachments.check(db.referenced_attachments())
        assert not report.missing and not report.damaged and not report.leftovers, report
        assert not report.orphaned, report  # what a kill between storing a file and its evidence left
        assert db.query("PRAGMA integrity_check")[0][0] == "ok"

    assert not list(folder.glob("*" + backup.PARTIAL))
    assert not _temp_files(folder, store.folder)
    listed = backup.list_backups(path)  # (more than KEEP if kills fell between renaming and pruning)
    assert listed
    # Nothing else of the killed backups is left among them (a journal, an empty file).
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == sorted(b.path.name for b in listed)
    kept = folder / backup.ATTACHMENTS
    for info in listed:
        assert _integrity(info.path) == [("ok",)], info.path
        referenced = backup.referenced_files(info.path)
        assert referenced, info.path  # every backup has files to keep
        for sha in referenced:
            assert file_sha256(shard_path(kept, sha)) == sha, f"{info.path.name}: {sha} not kept"


def test_opening_removes_what_sqlite_wrote_beside_a_killed_copy(db_path: Path,
                                                                new_db: Callable[..., Database]) -> None:
    """A copy killed while SQLite wrote it leaves its journal (or, the copied header saying WAL, its
    log and shared memory) beside it: removed with the copy (the loop above found them)."""
    new_db(db_path).close()
    partial = backup.backup_folder(db_path) / "20261201T000000000000Z-manual.partial"
    restoring = db_path.with_name(db_path.name + backup.RESTORING)
    left = [Path(str(copy) + suffix) for copy in (partial, restoring) for suffix in ("", *backup.SIDECARS)]
    for file in left:
        file.write_bytes(b"\0" * 512)
    with Database.open(db_path, backup_on_open=False) as db:
        assert [file.name for file in left if file.exists()] == []
        assert db.query("PRAGMA quick_check")[0][0] == "ok"


# -- imports --------------------------------------------------------------------------------------

#: The chain of packages sent from A: for each, how many evidence files it adds and how many
#: (the oldest) it removes.
CHAIN = ((3, 0), (2, 1), (2, 0), (1, 2))


def _read(path: Path) -> tuple[int, set[str]]:
    """The packages a database received and the files its evidence references, read without opening it."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        received = con.execute("SELECT COUNT(*) FROM exchange_package WHERE direction = 'received'").fetchone()[0]
        referenced = {str(sha) for (sha,) in con.execute(
            "SELECT file_sha256 FROM evidence WHERE file_sha256 IS NOT NULL AND file_sha256 != ''")}
    finally:
        con.close()
    return int(received), referenced


def _half_imported(path: Path, expected: list[frozenset[tuple[str, str | None]]]) -> bool:
    """Whether a kill stopped an import between storing its files and committing: files of a package
    not received yet, or temporary files, in the store (looked at before the database is opened)."""
    received, referenced = _read(path)
    report = AttachmentStore.beside(path).check(referenced)
    seen = {sha for state in expected[:received] for _, sha in state}  # files removed later stay till the opening
    return bool(report.leftovers) or any(sha not in seen for sha in report.orphaned)


@pytest.mark.slow
@needs_sigkill
def test_sigkill_while_importing_leaves_the_package_whole_or_absent(
        tmp_path: Path, mini: Framework, new_db: Callable[..., Database], monkeypatch: pytest.MonkeyPatch,
        server: Callable[[dict[str, str]], Server]) -> None:
    a_dir, b_dir, mail = tmp_path / "a", tmp_path / "b", tmp_path / "mail"
    for folder in (a_dir, b_dir, mail):
        folder.mkdir()
    monkeypatch.setenv("MGI_DATA_DIR", str(a_dir))
    a = new_db(a_dir / "mgi.sqlite", "Amina Focal", "Ministry", "focal_point")
    a.backups_enabled = False
    aid = assessments.create(a, mini, country="KGZ").id
    answers.set_answer(a, aid, "Q1", "yes", justification="Law No. 12")
    answers.set_answer(a, aid, "Q3", 12)
    content = random.Random(11)
    packages: list[Path] = []
    expected: list[frozenset[tuple[str, str | None]]] = []  # the evidence (id, file) after each package
    for number, (added, removed) in enumerate(CHAIN, 1):
        for n in range(added):
            source = tmp_path / f"p{number}-{n}.pdf"
            source.write_bytes(b"%PDF-1.4 " + content.randbytes(250_000))  # incompressible: stored in full
            evidence.add(a, aid, "Q1" if n % 2 else "Q4", kind="law", title=f"law {number}.{n}", file=source)
        for _, item in evidence.for_assessment(a, aid)[:removed]:
            evidence.remove(a, item.id)
        answers.set_answer(a, aid, "Q3", 12 + number)
        packages.append(send.export_package(a, aid, mail / f"p{number}.mgi").path)
        expected.append(frozenset((e.id, e.file_sha256) for _, e in evidence.for_assessment(a, aid)))
    assert all(sha for state in expected for _, sha in state)
    assert len({sha for state in expected for _, sha in state}) == sum(added for added, _ in CHAIN)
    a.close()

    monkeypatch.setenv("MGI_DATA_DIR", str(b_dir))
    pristine = new_db(b_dir / "pristine.sqlite", "Rita Reviewer", "IOM", "reviewer")
    pristine.close()
    workers = server(os.environ | {"MGI_DATA_DIR": str(b_dir)})
    targets = iter(range(1_000))

    def fresh() -> Path:
        target = b_dir / f"target-{next(targets):03}.sqlite"
        shutil.copyfile(pristine.path, target)
        return target

    def imported(target: Path) -> int:
        """How many packages of the chain the target holds, checked whole, at its next opening."""
        with Database.open(target) as db:
            report = db.attachments.check(db.referenced_attachments())
            assert report.sound, report
            assert db.query("PRAGMA integrity_check")[0][0] == "ok"
            received, _ = _read(target)
            if db.query_one("SELECT 1 FROM assessment WHERE id = :id", {"id": aid}) is None:
                assert received == 0 and not report.referenced and not report.stored
                return 0
            held = frozenset((e.id, e.file_sha256) for _, e in evidence.for_assessment(db, aid))
            assert 1 <= received <= len(CHAIN)
            assert held == expected[received - 1], f"not package {received} whole"
            assert answers.get_answer(db, aid, "Q3").value == 12 + received
            assert report.stored == len({sha for _, sha in held})
            return received

    # One run not killed: how long importing the whole chain takes here, to spread the kills over it.
    calibration = fresh()
    workers.start("import", calibration, *packages)
    lines = workers.kill_after(0, when="done")
    finished = [0.0] + [float(line.split()[2]) for line in lines if line.startswith("imported ")]
    assert imported(calibration) == len(CHAIN)

    rng = random.Random(4711)
    target, done = fresh(), 0
    outcomes: list[tuple[int, int]] = []  # (packages the target held before, after the kill)
    half_way = 0
    for _ in range(IMPORT_KILLS):
        workers.start("import", target, *packages[done:])
        # the time the whole chain took: a worker starting further on is slower to its first import
        lines = workers.kill_after(rng.uniform(0.0, 1.2 * finished[-1]))
        reported = sum(1 for line in lines if line.startswith("imported "))
        half_way += _half_imported(target, expected)
        now = imported(target)
        # everything reported imported is there, and at most the one being imported when killed
        assert done + reported <= now <= done + reported + 1, (done, reported, now)
        outcomes.append((done, now))
        done = now
        if done == len(CHAIN):
            target, done = fresh(), 0
    assert half_way, "some kill should have stopped an import between storing its files and committing"
    assert any(after == before for before, after in outcomes), "some kill should have undone an import"
    assert any(after > before for before, after in outcomes), "some import should have completed"
