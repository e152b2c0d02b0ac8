"""Alembic migrations, run by the app itself (no alembic.ini, no command line needed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from mgi_desktop.errors import StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    revision = script().get_current_head()
    assert revision is not None
    return revision


def current_revision(path: Path) -> str | None:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        con.close()


def pending_revisions(path: Path) -> list[str]:
    """Revisions still to apply to the file; refuses a schema newer than this app."""
    current = current_revision(path)
    scripts = script()
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception:
            raise StorageError(
                f"{path}: the database was written by a newer version of MGI Desktop "
                f"(schema {current}); install that version to open it") from None
    return [rev.revision for rev in scripts.iterate_revisions(head(), current)]


def upgrade(engine: Engine, path: Path) -> None:
    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
