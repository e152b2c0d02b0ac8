"""Exchange: this database's replica id, and the log of packages sent and received.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "replica",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("replica_id", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "exchange_package",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("assessment_id", sa.String(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("sender_id", sa.String(), nullable=False),
        sa.Column("sender_name", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("processed_at", sa.String(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"]),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("assessment_id", "sender_id", "sequence"),
    )
    with op.batch_alter_table("exchange_package", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_package_id"), ["id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_package_assessment_id"), ["assessment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exchange_package", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_package_assessment_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_package_id"))
    op.drop_table("exchange_package")
    op.drop_table("replica")
