"""Once the assessment is shown: import, in the background, what the first ORM action will need.

The window shows the last assessment without SQLAlchemy (see services/__init__.py): its first
action that goes through the ORM (a flag, evidence, a comment, a decision, a status step, the
findings page...) would otherwise wait for SQLAlchemy and SQLModel to import and their mappers to
be configured, about half a second, with the window frozen.  A daemon thread does that while
the person reads the first screen.  It touches neither Qt nor the database, only modules of the
core; if the window needs one of them before the thread is done, Python's import lock makes the
window wait for that import to finish (never import it twice), so it is never slower than
without the warm-up.  A thread rather than the GUI thread's idle time: one import of
SQLAlchemy cannot be cut into steps short enough not to be felt.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

#: What the first ORM action imports: the ORM, the tables, the engine (with its SQLite dialect)
#: and the services that only the ORM serves.
MODULES = (
    "sqlalchemy",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlmodel",
    "mgi_desktop.storage.engine",
    "mgi_desktop.storage.tables",
    "mgi_desktop.services.findings",
    "mgi_desktop.services.rounds",
)

_started: threading.Thread | None = None


def _run() -> None:
    try:
        for name in MODULES:
            importlib.import_module(name)
        from sqlalchemy.orm import configure_mappers

        configure_mappers()  # otherwise done by the first query
    except Exception:  # only time is lost: the first ORM action imports what it needs itself
        log.warning("warming up the ORM failed", exc_info=True)


def start() -> threading.Thread:
    """Start the warm-up (once per process); the thread, for tests to join."""
    global _started
    if _started is None:
        _started = threading.Thread(target=_run, name="mgi-warm-up", daemon=True)
        _started.start()
    return _started
