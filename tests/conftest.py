"""Shared fixtures.  Every test runs with its own data folder (MGI_DATA_DIR) and
Qt's offscreen platform, so nothing touches the user's files or needs a screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt: the tests run without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.storage.db import Database

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
QUESTIONNAIRES = ROOT / "questionnaires"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "mgi-data"
    folder.mkdir()
    monkeypatch.setenv("MGI_DATA_DIR", str(folder))
    monkeypatch.delenv("MGI_DATABASE", raising=False)
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "mgi.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    database.set_user("Amina Focal", "Ministry of Labour", "focal_point")
    yield database
    database.close()


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
