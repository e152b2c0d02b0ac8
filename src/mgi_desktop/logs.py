"""The app's log file, in the log folder, rotated so it never grows without bound."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from mgi_desktop import paths

_handler: logging.Handler | None = None
_handler_path: Path | None = None


def log_file() -> Path:
    return paths.log_dir() / "mgi-desktop.log"


def setup_logging() -> Path:
    global _handler, _handler_path
    path = log_file()
    if _handler_path != path:  # first call, or the log folder moved (MGI_DATA_DIR changed, in tests)
        root = logging.getLogger("mgi_desktop")
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        _handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                        encoding="utf-8")
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(_handler)
        root.setLevel(logging.INFO)
        _handler_path = path
    return path


def log_exception(exc: BaseException) -> Path:
    path = setup_logging()
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    logging.getLogger("mgi_desktop").error("unexpected error\n%s", text)
    return path
