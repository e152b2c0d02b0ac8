"""The app's log file, in the log folder, rotated so it never grows without bound.

The window starts by keeping its records in memory (`hold_until_setup`) and
opens the file once its first screen is shown, on idle (`setup_logging`): the
rotating handler's module (with the socket and pickle modules it brings)
costs a start more than anything it would log by then.  The records held are
written to the file first, and when the window quits before that
(`write_held`), so nothing is lost; an unexpected error opens the file at
once (`log_exception`).
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from mgi_desktop import paths

_handler: logging.Handler | None = None
_handler_path: Path | None = None


class _Held(logging.Handler):
    """Keeps the records logged before the file is open (a start's first moments: a few at most)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_held: _Held | None = None


def log_file() -> Path:
    return paths.log_dir() / "mgi-desktop.log"


def hold_until_setup() -> None:
    """Keep the app's records in memory until `setup_logging` writes them to the file."""
    global _held
    if _handler_path != log_file() and _held is None:
        _held = _Held()
        root = logging.getLogger("mgi_desktop")
        root.addHandler(_held)
        root.setLevel(logging.INFO)


def setup_logging() -> Path:
    global _handler, _handler_path, _held
    import logging.handlers

    path = log_file()
    root = logging.getLogger("mgi_desktop")
    if _handler_path != path:  # first call, or the log folder moved (MGI_DATA_DIR changed, in tests)
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        # backslashreplace: a record quoting text with invalid Unicode is still written, never lost
        _handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                        encoding="utf-8", errors="backslashreplace")
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(_handler)
        root.setLevel(logging.INFO)
        _handler_path = path
    handler = _handler
    if _held is not None and handler is not None:
        root.removeHandler(_held)
        for record in _held.records:
            handler.handle(record)
        _held = None
    return path


def write_held() -> None:
    """Write the records still held (the window quit before its log file was opened)."""
    if _held is not None and _held.records:
        setup_logging()


def log_exception(exc: BaseException) -> Path:
    path = setup_logging()
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    logging.getLogger("mgi_desktop").error("unexpected error\n%s", text)
    return path
