"""What the commands share: opening the database named on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from mgi_desktop import paths
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database


def database_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "database", None)
    return Path(chosen) if chosen else paths.default_database()


def open_db(args: argparse.Namespace) -> Database:
    """Open the database for one command (the lock is held until the command ends)."""
    return Database.open(database_path(args))


def assessment_id(db: Database, prefix: str) -> str:
    """A full assessment id from the unique prefix given on the command line."""
    return assessments.resolve_id(db, prefix)
