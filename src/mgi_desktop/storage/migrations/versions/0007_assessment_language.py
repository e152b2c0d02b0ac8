"""The working language of an assessment: ``assessment.language``.

An assessment is worked in one language, chosen when it is created and
changeable later: its questionnaire content (questions, choices, guidance) and
its exports are shown in it.  It is a short lower-case language code ("en",
"fr", "es", "ru", "ar"), checked by `services.assessments.set_language`, and
travels in packages so that the other side works in the same language.

Rows written before this revision were all worked in English, the only
language they could be shown in: the column is not null, with "en" as the
server default that fills every existing row.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): the change counter's triggers of 0004 on the table stay in place.
    op.add_column("assessment", sa.Column("language", sa.String(), nullable=False, server_default="en"))


def downgrade() -> None:
    op.drop_column("assessment", "language")
