"""Atomic file writes: a temporary file in the same folder, then one rename.

A reader (or a crash) sees either the old file or the complete new one, never
half of it.  Used by every export and package writer.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Template

NO_FOLDER = Template("file.no_folder", "the folder {folder} does not exist")
CANNOT_WRITE_IN = Template("file.cannot_write_in", "cannot write in {folder}: {reason}")
DISK_FULL = Template("file.disk_full", "the disk is full; nothing was written")
CANNOT_WRITE = Template("file.cannot_write", "cannot write the file: {reason}")


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise MgiError(NO_FOLDER(target, folder=folder))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise MgiError(CANNOT_WRITE_IN(target, folder=folder, reason=exc.strerror or str(exc))) from None
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the mode any new file of the user gets
        temp.chmod(_default_mode())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if exc.errno == 28:
            raise MgiError(DISK_FULL(target)) from None
        raise MgiError(CANNOT_WRITE(target, reason=exc.strerror or str(exc))) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as temp:
        temp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))
