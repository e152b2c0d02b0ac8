"""Write ``schema-0006.sqlite``: ``uv run python tests/data/make_schema_0006.py``.

``schema-0006.sqlite`` is a database at schema 0006, the last before the
assessment's working language of revision 0007 (``assessment.language``):
``tests/unit/storage/test_migrations.py`` upgrades it to check that 0007 keeps
every row and gives every assessment English.

It is ``schema-0005.sqlite`` (``make_schema_0005.py``) upgraded with Alembic
to exactly revision 0006, as the app runs migrations, so it holds the same
rows (0006 adds the crosswalk column, empty).
Nothing here depends on the time or on chance: running this again writes the
same file.
"""

from __future__ import annotations

from pathlib import Path

from alembic_step import plain_upgrade, write

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema-0005.sqlite"
TARGET = HERE / "schema-0006.sqlite"
FROM, REVISION = "0005", "0006"


def build(folder: Path) -> Path:
    return plain_upgrade(SOURCE, folder, TARGET.name, FROM, REVISION)


if __name__ == "__main__":
    write(TARGET, build)
