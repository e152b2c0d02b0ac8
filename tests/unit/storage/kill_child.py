"""The processes that test_kill_loops.py kills: a server that forks one worker per command.

Usage: python kill_child.py   (commands on stdin, one JSON list a line)

Starting Python and importing the app with SQLAlchemy takes about a second, far longer than a
backup or an import: a loop of fresh processes would spend its time starting them, and its kills
would have to wait for it.  So this server imports everything once (and parses the test
questionnaire, as a running app has), prints "ready", and for each command forks a worker that
prints "started PID", opens its database (no SQLite connection crosses the fork: the server never
opens one), gets its first transaction done, prints "ready" and works until the test kills it
with SIGKILL.  The server then prints "ended PID EXITCODE" (-9 for SIGKILL); every line the
worker printed comes before it.  A worker that finishes its work, or fails (printing "failed",
its traceback on stderr), waits to be killed: its PID stays its own until the test killed it.

Commands:

``["backup", DATABASE, ASSESSMENT_ID, SOURCES, SEED, "LINK"|"COPY"]``
    The database opened with ``tidy=False`` (what earlier kills left stays until the test opens
    it); in a loop: attach a new evidence file (written into SOURCES from a generator seeded with
    SEED), remove the oldest file-bearing evidence beyond `KEEP_FILES`, take a backup with
    `backup.create_backup` and print "backup NAME".  With COPY, hard links fail as on a volume
    without them, so a backup copies the files it keeps (``copy_verified``, through a ``.part``).

``["import", DATABASE, PACKAGE, ...]``
    The packages imported in order with `receive.apply_import`, printing "imported N SECONDS" (N
    from 1; the time since "ready") after each, then "done".
"""

import json
import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

import sqlalchemy.orm

from mgi_desktop.exchange import receive
from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.services import assessments, evidence, frameworks
from mgi_desktop.storage import backup, tables
from mgi_desktop.storage.db import Database

MINI = Path(__file__).resolve().parents[2] / "data" / "mini.yaml"
#: Evidence items with a file kept in the backup loop; beyond this the oldest is removed.
KEEP_FILES = 4


def _say(line: str) -> None:
    print(line, flush=True)


def _no_links(source: object, target: object) -> None:
    raise OSError(18, "Invalid cross-device link")


def backups(database: Path, assessment_id: str, sources: Path, seed: int, mode: str) -> None:
    if mode == "COPY":
        os.link = _no_links  # type: ignore[assignment]
    db = Database.open(database, backup_on_open=False, tidy=False)
    db.backups_enabled = False  # only the backups this loop takes
    with db.transaction() as session:  # the engine made, no row written
        assessments.framework_of(db, assessments.load(session, assessment_id)).placement("Q1")
    rng = random.Random(seed)
    _say("ready")
    step = 0
    while True:
        step += 1
        source = sources / f"{seed}-{step}.bin"
        source.write_bytes(rng.randbytes(rng.randrange(20_000, 200_000)))
        evidence.add(db, assessment_id, "Q1", kind="law", title=f"law {seed}-{step}", file=source)
        with_files = [item for _, item in evidence.for_assessment(db, assessment_id) if item.file_sha256]
        for old in with_files[:-KEEP_FILES]:
            evidence.remove(db, old.id)
        info = backup.create_backup(database, reason="manual")
        _say(f"backup {info.path.name}")


def imports(database: Path, packages: list[Path]) -> None:
    db = Database.open(database, backup_on_open=False)
    db.backups_enabled = False
    receive.preview_import(db, packages[0])  # reads and checks the package, changes nothing
    _say("ready")
    start = time.perf_counter()
    for number, package in enumerate(packages, 1):
        receive.apply_import(db, package, {})
        _say(f"imported {number} {time.perf_counter() - start:.4f}")
    db.close()
    _say("done")


def work(command: list[str]) -> None:
    if command[0] == "backup":
        backups(Path(command[1]), command[2], Path(command[3]), int(command[4]), command[5])
    else:
        imports(Path(command[1]), [Path(p) for p in command[2:]])


def serve() -> None:
    sqlalchemy.orm.configure_mappers()
    assert tables.Evidence.__tablename__ == "evidence"
    frameworks.remember(load_file(MINI))
    _say("ready")
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:  # the worker
            _say(f"started {os.getpid()}")
            try:
                work(json.loads(line))
            except BaseException:
                traceback.print_exc()
                _say("failed")
            while True:  # until killed
                signal.pause()
        _, status = os.waitpid(pid, 0)
        _say(f"ended {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve()
