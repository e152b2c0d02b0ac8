"""The crosswalk a follow-up round was made through: ``assessment.crosswalk_json``.

A follow-up round on a revised questionnaire carries answers through a
crosswalk (old question -> new question(s), recoded values); the round keeps
the crosswalk it applied, as JSON, so that comparing it with the round before
pairs the two questionnaires' questions the same way (`services.rounds.compare`).

Rows written before this revision have no crosswalk (NULL): they were first
rounds or follow-ups on the same questionnaire, whose questions pair by code.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): the change counter's triggers of 0004 on the table stay in place.
    op.add_column("assessment", sa.Column("crosswalk_json", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("assessment", "crosswalk_json")
