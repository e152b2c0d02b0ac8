"""Contributors, what they are assigned, and which contributor an audited change came from.

A focal point hands parts of an assessment to officials who never install the
app (a ministry of labour, a border service...): ``contributor`` holds them
(institution, person, e-mail, the language their workbooks are written in),
``assignment`` what each is asked for in one assessment (a domain, a sub-area
or a single question; several contributors per question, one of them the
lead; an optional due date), and ``audit_event.contributor_id`` the
contributor an answer came from when it was imported from their workbook
(NULL for everything written before this revision or typed in the app).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 19:00:00
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
# The one line to change when this revision is chained after another.
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_counter = importlib.import_module("mgi_desktop.storage.migrations.versions.0004_data_version")
_OPERATIONS = ("insert", "update", "delete")
_NEW_TABLES = ("contributor", "assignment")


def upgrade() -> None:
    op.create_table(
        "contributor",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("institution", sa.String(), nullable=False),
        sa.Column("person", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "assignment",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.String(), nullable=False),
        sa.Column("contributor_id", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("lead", sa.Boolean(), nullable=False),
        sa.Column("due", sa.String(), nullable=True),
        sa.Column("assigned_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"]),
        sa.ForeignKeyConstraint(["contributor_id"], ["contributor.id"]),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("assessment_id", "contributor_id", "scope", "target"),
    )
    op.create_index("ix_assignment_assessment_id", "assignment", ["assessment_id"])
    op.create_index("ix_assignment_contributor_id", "assignment", ["contributor_id"])
    # Plain ADD COLUMN (no table copy): the append-only triggers and the counter's stay in place.
    op.add_column("audit_event", sa.Column("contributor_id", sa.String(), nullable=True))
    for table in _NEW_TABLES:
        for operation in _OPERATIONS:
            op.execute(_counter.trigger_sql(table, operation))


def downgrade() -> None:
    for table in _NEW_TABLES:
        for operation in _OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS data_version_{table}_{operation}")
    op.drop_column("audit_event", "contributor_id")
    op.drop_index("ix_assignment_contributor_id", "assignment")
    op.drop_index("ix_assignment_assessment_id", "assignment")
    op.drop_table("assignment")
    op.drop_table("contributor")
