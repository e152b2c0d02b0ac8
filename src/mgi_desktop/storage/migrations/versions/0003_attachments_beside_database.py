"""Attachments beside their database: copy this database's evidence files out of the shared store.

Until this revision every database kept its evidence files in one shared,
content-addressed folder of the data folder (``<data>/attachments/``).  Now each
database has its own, ``<database file name>-attachments/`` beside the file.
This copies every file that this database's evidence rows reference from the
shared store into its own, verifying each copy's SHA-256 and writing it
atomically.  No row changes.

- A referenced file missing from the shared store (or damaged there) is logged
  and skipped: the migration cannot invent it, and the evidence row keeps its
  title, file name and size.
- Copying is idempotent: a file already in the new store (from an interrupted
  earlier run) is kept when its content is right, so running again completes.
  A failure to write (disk full) fails the migration; the database stays at the
  previous revision and the next opening tries again.
- The shared store is left in place: other databases that used it may still
  need it for their own upgrade, and nothing here knows when the last one has.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:00:00
"""

import logging
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from mgi_desktop import paths
from mgi_desktop.errors import StorageError
from mgi_desktop.storage.attachments import AttachmentStore, file_sha256, shard_path

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("mgi_desktop.storage.migrations")


def _database_path(connection: sa.Connection) -> Path | None:
    """The file of the connection's main database (None for an in-memory one)."""
    for _seq, name, file in connection.exec_driver_sql("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def upgrade() -> None:
    connection = op.get_bind()
    referenced = sorted({str(sha) for (sha,) in connection.execute(sa.text(
        "SELECT DISTINCT file_sha256 FROM evidence WHERE file_sha256 IS NOT NULL AND file_sha256 != ''"))})
    if not referenced:
        return  # nothing to copy, and no folder is created for a database without attachments
    database = _database_path(connection)
    if database is None:
        log.warning("0003: the database has no file; its %d evidence files stay in the shared store",
                    len(referenced))
        return
    store = AttachmentStore.beside(database)
    shared = paths.legacy_attachments_dir()
    copied = 0
    for sha in referenced:
        try:
            source = shard_path(shared, sha)
        except StorageError:
            log.warning("0003: %s: evidence names a file by %r, which is not a SHA-256; skipped", database, sha)
            continue
        if store.verify(sha):
            continue  # copied by an earlier run that was interrupted
        try:
            found = file_sha256(source)
        except OSError:
            log.warning("0003: %s: the evidence file %s is not in %s; its evidence keeps only its description",
                        database, sha, shared)
            continue
        if found != sha:
            log.warning("0003: %s: the evidence file %s in %s is damaged (its content has SHA-256 %s); "
                        "not copied", database, sha, shared, found)
            continue
        store.copy_in(source, sha)  # verified and atomic; a failure to write fails the migration
        copied += 1
    log.info("0003: %s: %d of %d evidence files copied from %s to %s (the shared folder is kept)",
             database, copied, len(referenced), shared, store.folder)


def downgrade() -> None:
    # No schema to undo.  The copied files stay beside the database (the app never downgrades).
    pass
