"""Every released schema upgrades to the current one without losing anything.

Each ``tests/data/schema-*.sqlite`` is a database written by a released
schema (made with that release's code).  Opening a copy with
`Database.open` migrates it to head after a backup; every row of every table
the old file had must still be there with the same values.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mgi_desktop.storage import backup, migrate
from mgi_desktop.storage.db import Database

DATA = Path(__file__).resolve().parents[2] / "data"
FIXTURES = sorted(DATA.glob("schema-*.sqlite"))


def _rows(path: Path) -> dict[str, list[dict[str, object]]]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: [dict(r) for r in con.execute(f'SELECT * FROM "{t}"')] for t in tables}
    finally:
        con.close()


def test_there_is_a_fixture_of_the_first_schema() -> None:
    assert DATA / "schema-0001.sqlite" in FIXTURES


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_upgrade_keeps_every_row(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    before = _rows(copy)
    old_revision = migrate.current_revision(copy)
    assert before["assessment"] and before["answer"] and before["evidence"]
    assert before["comment"] and before["audit_event"]

    Database.open(copy).close()

    assert migrate.current_revision(copy) == migrate.head()
    after = _rows(copy)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        # New columns may appear; every old column keeps its value in every row.
        remaining = [{k: row[k] for k in rows[0]} for row in after[table]] if rows else []
        for row in rows:
            assert row in remaining, f"{table}: row lost or changed by the upgrade: {row}"
        assert len(after[table]) >= len(rows)
    if old_revision != migrate.head():
        reasons = [b.reason for b in backup.list_backups(copy)]
        assert "before-upgrade" in reasons
