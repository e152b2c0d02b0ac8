"""The profile's settings per assessment, and the findings carried over from the round before.

``assessment.profile_title``, ``profile_country_name``, ``profile_date``
(ISO, ``YYYY-MM`` or ``YYYY-MM-DD``), ``profile_round_label`` and
``profile_credits`` say what the profile's title page and credits print; each
is NULL until someone sets it, and NULL means the default the profile works
out itself (the title of its level, the country's official name, the month of
the last change, "Second Profile" from the round number...), so every row
written before this revision keeps the profile it had.

``finding.carried_over`` marks a finding copied from round n into round n+1
as a draft to keep, edit or drop: drafting again from the answers leaves it
alone (it is a person's text from the last round, not a suggestion).  Every
earlier finding was written in its own round: false.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROFILE_COLUMNS = ("profile_title", "profile_country_name", "profile_date", "profile_round_label",
                   "profile_credits")


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): the change counter's triggers of 0004 on the tables stay in place.
    for name in PROFILE_COLUMNS:
        op.add_column("assessment", sa.Column(name, sa.String(), nullable=True))
    op.add_column("finding", sa.Column("carried_over", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("finding", "carried_over")
    for name in reversed(PROFILE_COLUMNS):
        op.drop_column("assessment", name)
