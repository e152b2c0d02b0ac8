"""A change counter of the database's own: ``data_version.version`` counts every row written.

The rolling backup taken when a database is opened is skipped when nothing
changed since the latest backup.  That was told by the file's time, which
any open may touch and a copy resets; SQLite's own change counter in the
file header is not kept up to date in WAL mode.  This revision adds a
one-row table and, on every table of the schema, triggers that add one to
it for each row inserted, updated or deleted, whichever code path writes
(plain SQL, the ORM, an import, a restore of an older backup).  A backup
carries the counter it was taken at; `storage.backup.due` compares the two.

A table added by a later revision gets its three triggers there too
(`TRACKED` here, and ``tests/unit/storage/test_migrations.py`` checks that
every table has them).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables whose rows the counter counts (every table of revision 0003).
TRACKED = ("questionnaire", "assessment", "answer", "evidence", "comment", "review_decision", "finding",
           "domain_text", "user_profile", "audit_event", "replica", "exchange_package")
OPERATIONS = ("insert", "update", "delete")


def trigger_sql(table: str, operation: str) -> str:
    """The trigger that counts the rows `operation` writes in `table` (later revisions use it too)."""
    return (f"CREATE TRIGGER data_version_{table}_{operation} AFTER {operation.upper()} ON {table} "
            "BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END")


def upgrade() -> None:
    op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 0)")
    for table in TRACKED:
        for operation in OPERATIONS:
            op.execute(trigger_sql(table, operation))


def downgrade() -> None:
    for table in TRACKED:
        for operation in OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS data_version_{table}_{operation}")
    op.drop_table("data_version")
