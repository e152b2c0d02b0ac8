"""What the ``make_schema_000N.py`` scripts that upgrade one fixture to the next share.

`upgrade_copy` copies a fixture database and runs Alembic on the copy to exactly
one revision, as the app runs migrations (`migrate.config`, the connection in
``cfg.attributes["connection"]``); `assert_one_file` checks that what is left is
a single self-contained file; `plain_upgrade` is the two for a revision that needs
nothing else, and `write` runs a script's build in a scratch folder and keeps the
file.  The scripts import it as a sibling module (their folder is first on
``sys.path`` when they run).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path


def upgrade_copy(source: Path, path: Path, start: str, revision: str) -> None:
    """Copy `source` (at `start`) to `path` and upgrade the copy to exactly `revision`."""
    from alembic import command

    from mgi_desktop.storage import migrate
    from mgi_desktop.storage.engine import make_engine

    shutil.copyfile(source, path)
    assert migrate.current_revision(path) == start
    engine = make_engine(path)
    try:
        cfg = migrate.config()
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()  # the last connection closed moves the write-ahead log into the file
    assert migrate.current_revision(path) == revision


def assert_one_file(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(str(path) + suffix).exists(), suffix


def plain_upgrade(source: Path, folder: Path, name: str, start: str, revision: str) -> Path:
    """`source` upgraded to `revision` as ``folder/name``: one compact file (no write-ahead log)."""
    os.environ["MGI_DATA_DIR"] = str(folder / "data")
    path = folder / name
    upgrade_copy(source, path, start, revision)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        con.execute("VACUUM")
    finally:
        con.close()
    assert_one_file(path)
    return path


def write(target: Path, build: Callable[[Path], Path]) -> None:
    """Run `build` in a scratch folder and copy what it made to `target`."""
    with tempfile.TemporaryDirectory() as temp:
        shutil.copyfile(build(Path(temp)), target)
    print(f"wrote {target}")
