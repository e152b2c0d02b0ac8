"""Write ``schema-0005.sqlite``: ``uv run python tests/data/make_schema_0005.py``.

``schema-0005.sqlite`` is a database at schema 0005, the last before the
assessment's crosswalk of revision 0006 (``assessment.crosswalk_json``):
``tests/unit/storage/test_migrations.py`` upgrades it to check that 0006 keeps
every row.

It is ``schema-0004.sqlite`` (``make_schema_0004.py``) upgraded with Alembic
to exactly revision 0005, as the app runs migrations, so it holds the same
rows (0005 adds the key tables, empty, and the signer columns, empty).
Nothing here depends on the time or on chance: running this again writes the
same file.
"""

from __future__ import annotations

from pathlib import Path

from alembic_step import plain_upgrade, write

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema-0004.sqlite"
TARGET = HERE / "schema-0005.sqlite"
FROM, REVISION = "0004", "0005"


def build(folder: Path) -> Path:
    return plain_upgrade(SOURCE, folder, TARGET.name, FROM, REVISION)


if __name__ == "__main__":
    write(TARGET, build)
