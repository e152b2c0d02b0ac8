"""Shared fixtures.  Every test runs with its own data folder (MGI_DATA_DIR) and
Qt's offscreen platform, so nothing touches the user's files or needs a screen.

Tests run in a random order (pytest-randomly): nothing a test leaves in the
process (module caches, the application, its translators) may change another.
New databases are copies of one migrated template made once per session (per
worker), opened with `Database.open` as usual: the migrations are tested in
tests/unit/storage, not re-run for every test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Set before anything imports Qt: the tests run without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from mgi_desktop.identity.keys import Identity
from mgi_desktop.identity.own import OwnKey
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.services import frameworks
from mgi_desktop.storage.db import Database

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
QUESTIONNAIRES = ROOT / "questionnaires"


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """The app's own QApplication subclass (pytest-qt makes the one shared application from it)."""
    from mgi_desktop.ui.shell.app import Application

    return Application


@pytest.fixture(scope="session", autouse=True)
def _application(qapp) -> None:
    """The shared application, made and set up as the app does before the first test, whichever it
    is: otherwise the first export test would make a bare QApplication, and its look and language
    would depend on which test came first."""
    from mgi_desktop.ui import i18n
    from mgi_desktop.ui.shell.app import make_application

    assert make_application() is qapp
    i18n.install("en")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "mgi-data"
    folder.mkdir()
    monkeypatch.setenv("MGI_DATA_DIR", str(folder))
    monkeypatch.delenv("MGI_DATABASE", raising=False)
    return folder


@pytest.fixture(autouse=True)
def _fresh_framework_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no parsed questionnaire kept in the process, as after a restart."""
    monkeypatch.setattr(frameworks, "_parsed", {})


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, migrated once; tests get copies of it."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite"
    with pytest.MonkeyPatch.context() as patch:  # made before any test's data folder: give it its own
        patch.setenv("MGI_DATA_DIR", str(folder / "mgi-data"))
        Database.open(path).close()  # the last connection closed checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


NewDatabase = Callable[..., Database]


@pytest.fixture
def new_db(template_db: Path) -> Iterator[NewDatabase]:
    """``new_db(path, name, institution, role)``: a new database at `path` with that user, as
    `Database.open` would create it (a copy of the migrated template); closed after the test."""
    opened: list[Database] = []

    def make(path: Path, name: str = "Amina Focal", institution: str = "Ministry of Labour",
             role: str = "focal_point") -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        assert not path.exists(), path
        shutil.copyfile(template_db, path)
        database = Database.open(path, backup_on_open=False)  # a new file gets no backup on open
        if opened:  # a second database is another person, on another computer: their own key
            database.use_key(another_key())
        opened.append(database)
        database.set_user(name, institution, role)
        return database

    yield make
    for database in opened:
        database.close()


def another_key() -> OwnKey:
    """A key of another person (kept in memory: their config folder is on their computer)."""
    return OwnKey(Identity.generate(), "2026-12-02T00:00:00.000000Z", None, ())


@pytest.fixture
def become() -> Callable[..., Database]:
    """``become(db, name, institution, role)``: from now on, another person uses `db`, with their own
    key (a reviewer opening the focal point's database: the role setting alone gives no powers).
    Switching back to an earlier person gives them their own key again."""

    people: dict[str, OwnKey] = {}

    def switch(database: Database, name: str, institution: str = "", role: str = "reviewer") -> Database:
        current = database.user()
        if current is not None:
            people.setdefault(current.name, database.own_key)  # switching back gives them their key again
        database.use_key(people.setdefault(name, another_key()))
        database.set_user(name, institution, role)
        return database

    return switch


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "mgi.sqlite"


@pytest.fixture
def db(db_path: Path, new_db: NewDatabase) -> Database:
    return new_db(db_path)


@pytest.fixture(scope="session")
def mini() -> Framework:
    return load_file(DATA / "mini.yaml")


@pytest.fixture(scope="session")
def national() -> Framework:
    return load_file(QUESTIONNAIRES / "mgi-national.yaml")


@pytest.fixture(scope="session")
def local() -> Framework:
    return load_file(QUESTIONNAIRES / "mgi-local.yaml")


@pytest.fixture(scope="session")
def sdg() -> Framework:
    return load_file(QUESTIONNAIRES / "sdg-10-7-2.yaml")


# -- bounds in time and memory --------------------------------------------------------------------

_BOUNDED_CHILD = """\
import json, resource, sys, time
{setup}

def _address_space():  # what the process has mapped, in bytes (Linux; None elsewhere)
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    except (OSError, StopIteration):
        return None

_mapped = _address_space()
if _mapped is not None:  # beyond this, every allocation fails (MemoryError) instead of swapping
    _hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    _cap = _mapped + {megabytes} * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (_cap if _hard == resource.RLIM_INFINITY else min(_cap, _hard), _hard))
_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
_start = time.perf_counter()
try:
    _result, _error = measured(), None
except MemoryError:
    _result, _error = None, "MemoryError"
_seconds = time.perf_counter() - _start
_grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - _peak
_grown_mb = _grown / (2**20 if sys.platform == "darwin" else 2**10)  # bytes on macOS, KiB on Linux
print(json.dumps({{"result": _result, "error": _error, "seconds": _seconds, "grown_mb": _grown_mb}}))
"""


@dataclass(frozen=True)
class Bounded:
    """What `run_bounded` measured: the value `measured()` returned, its time and how much its peak
    memory grew (resident, in MiB)."""

    result: Any
    seconds: float
    grown_mb: float


@pytest.fixture
def run_bounded() -> Callable[..., Bounded]:
    """``run_bounded(setup, seconds=2, megabytes=200)``: run `setup` (Python code that defines a function
    ``measured()`` returning JSON data) in a new process, then call ``measured()`` with its address space
    capped at what is mapped plus `megabytes` (RLIMIT_AS, on Linux); assert that it returned within
    `seconds`, without running out of memory, its peak resident memory grown by less than `megabytes`.

    For a limit that must hold however the code under test fails: a loop over 10^9 values is cut off
    (by the timeout, generous) instead of hanging the suite, an allocation beyond the cap fails.
    """
    pytest.importorskip("resource")

    def run(setup: str, *, seconds: float = 2.0, megabytes: int = 200) -> Bounded:
        code = _BOUNDED_CHILD.format(setup=setup, megabytes=megabytes)
        try:
            done = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("still running after 30 s (killed)")
        assert done.returncode == 0, done.stderr[-3000:]
        outcome = json.loads(done.stdout.strip().splitlines()[-1])
        assert outcome["error"] is None, f"ran out of memory ({megabytes} MB) after {outcome['seconds']:.1f} s"
        assert outcome["seconds"] < seconds, outcome
        assert outcome["grown_mb"] < megabytes, outcome
        return Bounded(outcome["result"], outcome["seconds"], outcome["grown_mb"])

    return run
