"""The app's log file, in the log folder, rotated so it never grows without bound."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from mgi_desktop import paths

_configured = False


def log_file() -> Path:
    return paths.log_dir() / "mgi-desktop.log"


def setup_logging() -> Path:
    global _configured
    path = log_file()
    if not _configured:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("mgi_desktop")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = True
    return path


def log_exception(exc: BaseException) -> Path:
    path = setup_logging()
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    logging.getLogger("mgi_desktop").error("unexpected error\n%s", text)
    return path
