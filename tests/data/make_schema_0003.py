"""Write ``schema-0003.sqlite``: ``uv run python tests/data/make_schema_0003.py``.

``schema-0003.sqlite`` is a database at schema 0003, the last before the change
counter of revision 0004 (the ``data_version`` table and its triggers): the
fixture ``tests/unit/storage/test_migrations.py`` upgrades to check that 0004
keeps every row and counts every change after it.

It is ``schema-0002.sqlite`` (``make_schema_0002.py``) upgraded with Alembic to
exactly revision 0003, as the app runs migrations (`migrate.config`, the
connection in ``cfg.attributes["connection"]``), so it holds the same rows.
Revision 0003 copies the database's evidence files beside it from the store
that schema 0002 shared, so the upgrade runs with a temporary data folder
holding a copy of ``legacy-attachments/`` as its ``attachments/``; those files
are not kept with the fixture (its upgrade is about rows).  Nothing here
depends on the time or on chance: running this again writes the same file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from alembic_step import assert_one_file, upgrade_copy, write

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema-0002.sqlite"
LEGACY = HERE / "legacy-attachments"
TARGET = HERE / "schema-0003.sqlite"
FROM, REVISION = "0002", "0003"


def build(folder: Path) -> Path:
    data = folder / "data"
    data.mkdir()
    shutil.copytree(LEGACY, data / "attachments")  # the shared store of schema 0002, as 0003 reads it
    os.environ["MGI_DATA_DIR"] = str(data)
    from mgi_desktop import paths
    from mgi_desktop.storage.attachments import AttachmentStore

    assert paths.legacy_attachments_dir() == data / "attachments"
    path = folder / TARGET.name
    upgrade_copy(SOURCE, path, FROM, REVISION)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        referenced = {sha for (sha,) in con.execute(
            "SELECT file_sha256 FROM evidence WHERE file_sha256 IS NOT NULL AND file_sha256 != ''")}
    finally:
        con.close()
    # 0003 did its work: every referenced file is beside the database now.
    store = AttachmentStore.beside(path)
    assert referenced and all(store.verify(sha) for sha in referenced), referenced
    assert_one_file(path)
    return path


if __name__ == "__main__":
    write(TARGET, build)
