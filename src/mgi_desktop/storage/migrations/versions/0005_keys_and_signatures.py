"""Keys and signatures: the keys a database knows, each assessment's parties, signed statuses.

- ``known_key``: public keys met in packages and key files, and how far they
  are trusted (seen, fingerprint compared by hand, on a trusted list, own);
- ``assessment_party``: the keys bound to an assessment as its focal point
  and its reviewers: review powers and accepted packages follow from them;
- ``attestation``: each reviewer step (in review, returned, validated) and
  the approval, signed by the key that took it, with a digest of the answers;
- ``review_decision.signer`` / ``.signature``: each decision signed by its reviewer;
- ``exchange_package.signer``: the key that signed each package (replays are
  told per signer).

Rows written before this revision have no signatures (the columns are empty):
they stay as they were, shown as unsigned where it matters.  The new tables
get the change counter's triggers of revision 0004.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:00:00
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Revision files start with a digit: imported by name, not with an import statement.
_counter = importlib.import_module("mgi_desktop.storage.migrations.versions.0004_data_version")
TRACKED = ("known_key", "assessment_party", "attestation")


def upgrade() -> None:
    op.create_table(
        "known_key",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("signing_key", sa.String(), nullable=False),
        sa.Column("encryption_key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("institution", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("trust", sa.String(), nullable=False),
        sa.Column("listed_by", sa.String(), nullable=False),
        sa.Column("replaced_by", sa.String(), nullable=False),
        sa.Column("added_at", sa.String(), nullable=False),
        sa.Column("trusted_at", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    op.create_table(
        "assessment_party",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("how", sa.String(), nullable=False),
        sa.Column("bound_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"]),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("assessment_id", "fingerprint", "role"),
    )
    with op.batch_alter_table("assessment_party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_party_assessment_id"), ["assessment_id"], unique=False)
    op.create_table(
        "attestation",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("assessment_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("signer", sa.String(length=64), nullable=False),
        sa.Column("answers_digest", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attestation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attestation_assessment_id"), ["assessment_id"], unique=False)
    # Plain ADD COLUMN (no table copy): the triggers of 0004 on these tables stay in place.
    op.add_column("review_decision", sa.Column("signer", sa.String(), nullable=False, server_default=""))
    op.add_column("review_decision", sa.Column("signature", sa.String(), nullable=False, server_default=""))
    op.add_column("exchange_package", sa.Column("signer", sa.String(), nullable=False, server_default=""))
    for table in TRACKED:
        for operation in _counter.OPERATIONS:
            op.execute(_counter.trigger_sql(table, operation))


def downgrade() -> None:
    for table in TRACKED:
        for operation in _counter.OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS data_version_{table}_{operation}")
    op.drop_column("exchange_package", "signer")
    op.drop_column("review_decision", "signature")
    op.drop_column("review_decision", "signer")
    op.drop_table("attestation")
    op.drop_table("assessment_party")
    op.drop_table("known_key")
