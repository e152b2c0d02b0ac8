"""What the commands share: opening the database named on the command line.

The command modules import only argparse and light modules at their top, so
that ``--version`` and ``--help`` build the whole parser without loading the
storage, the services or the exports; each handler imports what it uses
(here too: the storage is imported by the first handler that opens it).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mgi_desktop.storage.db import Database


def database_path(args: argparse.Namespace) -> Path:
    from mgi_desktop import paths

    chosen = getattr(args, "database", None)
    return Path(chosen) if chosen else paths.default_database()


def open_db(args: argparse.Namespace) -> Database:
    """Open the database for one command (the lock is held until the command ends)."""
    from mgi_desktop.storage.db import Database

    return Database.open(database_path(args))


def assessment_id(db: Database, prefix: str) -> str:
    """A full assessment id from the unique prefix given on the command line."""
    from mgi_desktop.services import assessments

    return assessments.resolve_id(db, prefix)


def language_of(args: argparse.Namespace, meta: object) -> str:
    """An export's language: ``--language``, else the assessment's working language (`AssessmentMeta.language`,
    where the schema has it), else English."""
    return str(getattr(args, "language", None) or getattr(meta, "language", None) or "en")
