"""Write ``schema-0002.sqlite`` and ``legacy-attachments/``: ``uv run python tests/data/make_schema_0002.py``.

``schema-0002.sqlite`` is a database at schema 0002, the last whose evidence
files lived in one store shared by every database (``<data folder>/attachments/``).
It holds an assessment of ``mini.yaml`` with answers, a comment, a sent
package and two evidence items with files (and one without).  Their files are
written to ``legacy-attachments/`` as that shared store kept them
(``<sha[:2]>/<sha>``); ``tests/unit/storage/test_migrations.py`` copies both
into a temporary data folder and checks that the upgrade moves the files beside
the database.

The database is built with the app's services on a file migrated only to 0002
(revision 0003 changes no table), with a seeded random generator for the ids
and a fixed clock, so running this again writes the same rows.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINI = HERE / "mini.yaml"
TARGET = HERE / "schema-0002.sqlite"
LEGACY = HERE / "legacy-attachments"
REVISION = "0002"

#: The two attached files (name, content).
FILES = {
    "health-law.txt": b"Law No. 12 on the health of migrants (2015)\n",
    "labour-agreement.pdf": b"%PDF-1.4\n% bilateral labour agreement, 2019\n",
}


def _fixed_ids_and_clock() -> None:
    from mgi_desktop.storage import tables

    rng = random.Random(2)
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore[assignment]
    start = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
    ticks = iter(range(1, 1_000_000))

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Clock:  # type: ignore[override]
            moment = start + dt.timedelta(seconds=next(ticks))
            return cls.fromtimestamp(moment.timestamp(), tz)

    class Datetime:
        datetime = Clock
        UTC = dt.UTC

    tables.dt = Datetime  # type: ignore[assignment]


def build(folder: Path) -> None:
    os.environ["MGI_DATA_DIR"] = str(folder / "data")
    _fixed_ids_and_clock()
    from alembic import command

    from mgi_desktop.exchange import send
    from mgi_desktop.questionnaire.loader import load_file
    from mgi_desktop.services import answers, assessments, comments, evidence
    from mgi_desktop.storage import migrate
    from mgi_desktop.storage.db import APPLICATION_ID, Database, make_engine

    path = folder / TARGET.name
    engine = make_engine(path)
    cfg = migrate.config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, REVISION)
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(path, engine, None)
    db.backups_enabled = False
    db.set_user("Amina Focal", "Ministry of Labour", "focal_point")
    aid = assessments.create(db, load_file(MINI), country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes", justification="Law No. 12 (2015)")
    answers.set_answer(db, aid, "Q3", 12)
    answers.set_answer(db, aid, "Q4", "A bilateral agreement with the neighbouring country")
    comments.add(db, aid, "Q3", "Check the number with the statistics office")
    law, agreement = (folder / name for name in FILES)
    for source, (_name, content) in zip((law, agreement), FILES.items(), strict=True):
        source.write_bytes(content)
    evidence.add(db, aid, "Q1", kind="law", title="Health Law", reference="No. 12", year="2015", file=law)
    evidence.add(db, aid, "Q4", kind="agreement", title="Labour agreement", year="2019", file=agreement)
    evidence.add(db, aid, "Q4", kind="website", title="Ministry page", url="https://example.org/agreement")
    send.export_package(db, aid, folder / "sent.mgi")
    store = db.attachments.folder
    db.close()
    assert migrate.current_revision(path) == REVISION
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        con.close()

    shutil.copyfile(path, TARGET)
    shutil.rmtree(LEGACY, ignore_errors=True)
    for sha, stored in sorted((p.name, p) for p in store.rglob("*") if p.is_file()):
        target = LEGACY / sha[:2] / sha
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stored, target)


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        build(Path(temp))
    print(f"wrote {TARGET} and {LEGACY}/")


if __name__ == "__main__":
    main()
