"""Write ``schema-0008.sqlite``: ``uv run python tests/data/make_schema_0008.py``.

``schema-0008.sqlite`` is a database at schema 0008, the last before the
contributors and assignments of revision 0009 (``contributor``,
``assignment``, ``audit_event.contributor_id``):
``tests/unit/storage/test_migrations.py`` upgrades it to check that 0009 keeps
every row and attributes no old audit event to a contributor.

It is ``schema-0007.sqlite`` (``make_schema_0007.py``) upgraded with Alembic
to exactly revision 0008, as the app runs migrations, so it holds the same
rows (0008 adds the profile settings, all unset).
Nothing here depends on the time or on chance: running this again writes the
same file.
"""

from __future__ import annotations

from pathlib import Path

from alembic_step import plain_upgrade, write

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema-0007.sqlite"
TARGET = HERE / "schema-0008.sqlite"
FROM, REVISION = "0007", "0008"


def build(folder: Path) -> Path:
    return plain_upgrade(SOURCE, folder, TARGET.name, FROM, REVISION)


if __name__ == "__main__":
    write(TARGET, build)
