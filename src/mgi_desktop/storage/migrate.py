"""Alembic migrations, run by the app itself (no alembic.ini, no command line needed).

Alembic (with mako and pygments) takes a large share of the window's start-up
when imported, so it is imported only when a file actually needs migrating:
a database already at the head revision is recognised by reading the
revision ids from the migration scripts' own ``revision = "..."`` lines.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from mgi_desktop.errors import StorageError
from mgi_desktop.messages import Template

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Engine

NEWER = Template("storage.newer",
                 "the database was written by a newer version of MGI Desktop (schema {schema}); install that "
                 "version to open it")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


@functools.cache
def quick_head() -> str | None:
    """The head revision read from the scripts without Alembic; None if they cannot be read so."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script_file in (MIGRATIONS / "versions").glob("*.py"):
        found = {m.group(1): m.group(2) for m in _REVISION.finditer(script_file.read_text("utf-8"))}
        if not found.get("revision"):
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

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
    if current is not None and current == quick_head():
        return []
    scripts = script()
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception:
            raise StorageError(NEWER(path, schema=current)) from None
    return [rev.revision for rev in scripts.iterate_revisions(head(), current)]


def upgrade(engine: Engine, path: Path) -> None:
    head_now = quick_head()
    if head_now is not None and path.exists() and current_revision(path) == head_now:
        return  # already at the head: nothing to run, no need to load Alembic
    from alembic import command

    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
