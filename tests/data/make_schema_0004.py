"""Write ``schema-0004.sqlite``: ``uv run python tests/data/make_schema_0004.py``.

``schema-0004.sqlite`` is a database at schema 0004, the last before the keys
and signatures of revision 0005 (``known_key``, ``assessment_party``,
``attestation``, and the signer columns of ``review_decision`` and
``exchange_package``): ``tests/unit/storage/test_migrations.py`` upgrades it
to check that 0005 keeps every row.

It is ``schema-0003.sqlite`` (``make_schema_0003.py``) upgraded with Alembic
to exactly revision 0004, as the app runs migrations, so it holds the same
rows (0004 adds the change counter, and its count starts at zero).  Nothing
here depends on the time or on chance: running this again writes the same file.
"""

from __future__ import annotations

from pathlib import Path

from alembic_step import plain_upgrade, write

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema-0003.sqlite"
TARGET = HERE / "schema-0004.sqlite"
FROM, REVISION = "0003", "0004"


def build(folder: Path) -> Path:
    return plain_upgrade(SOURCE, folder, TARGET.name, FROM, REVISION)


if __name__ == "__main__":
    write(TARGET, build)
