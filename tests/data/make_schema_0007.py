"""Write ``schema-0007.sqlite``: ``uv run python tests/data/make_schema_0007.py``.

``schema-0007.sqlite`` is a database at schema 0007, the last before the
profile settings of revision 0008 (``assessment.profile_*`` and
``finding.carried_over``): ``tests/unit/storage/test_migrations.py`` upgrades
it to check that 0008 keeps every row and leaves every setting at its default.

It is ``schema-0006.sqlite`` (``make_schema_0006.py``) upgraded with Alembic
to exactly revision 0007, as the app runs migrations, so it holds the same
rows (0007 adds the working language, English).
Nothing here depends on the time or on chance: running this again writes the
same file.
"""

from __future__ import annotations

from pathlib import Path

from alembic_step import plain_upgrade, write

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema-0006.sqlite"
TARGET = HERE / "schema-0007.sqlite"
FROM, REVISION = "0006", "0007"


def build(folder: Path) -> Path:
    return plain_upgrade(SOURCE, folder, TARGET.name, FROM, REVISION)


if __name__ == "__main__":
    write(TARGET, build)
