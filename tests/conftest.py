"""Shared fixtures.  Every test runs with its own data folder (MGI_DATA_DIR) and
Qt's offscreen platform, so nothing touches the user's files or needs a screen.

Tests run in a random order (pytest-randomly): nothing a test leaves in the
process (module caches, the application, its translators) may change another.
New databases are copies of one migrated template made once per session (per
worker), opened with `Database.open` as usual: the migrations are tested in
tests/unit/storage, not re-run for every test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

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
