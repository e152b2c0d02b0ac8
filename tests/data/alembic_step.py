"""What the ``make_schema_000N.py`` scripts that upgrade one fixture to the next share.

`upgrade_copy` copies a fixture database and runs Alembic on the copy to exactly
one revision, as the app runs migrations (`migrate.config`, the connection in
``cfg.attributes["connection"]``); `assert_one_file` checks that what is left is
a single self-contained file.  The scripts import it as a sibling module (their
folder is first on ``sys.path`` when they run).
"""

from __future__ import annotations

import shutil
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
