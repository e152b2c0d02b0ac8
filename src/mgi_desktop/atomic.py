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

from mgi_desktop import disk
from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Template

NO_FOLDER = Template("file.no_folder", "the folder {folder} does not exist")
CANNOT_WRITE_IN = Template("file.cannot_write_in", "cannot write in {folder}: {reason}")
NOTHING_WRITTEN = Template("file.nothing_written", "nothing was written; {file} is as it was")
CANNOT_WRITE = Template("file.cannot_write", "cannot write the file: {reason}")


#: The suffix of the temporary files (``.<name>.<random>.part``): a folder the app owns (an
#: attachment store) is swept of them by `leftovers` when its database opens.
PART = ".part"


@contextlib.contextmanager
def atomic_path(target: Path, *, size: int | None = None, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`.

    With `size` (the bytes about to be written, when known), a disk without
    room for them is refused before anything is written.  A full disk met on
    the way is a `DiskFullError` naming the folder; the temporary file is gone.
    A `private` file (a private key) keeps the mode that only its owner may read.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise MgiError(NO_FOLDER(target, folder=folder))
    kept = NOTHING_WRITTEN(file=target.name)
    if size is not None:
        disk.ensure_space(folder, size, kept, subject=target)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART, dir=folder)
    except OSError as exc:
        if disk.is_disk_full(exc):
            raise disk.disk_full(folder, kept, needed=size, subject=target) from None
        raise MgiError(CANNOT_WRITE_IN(target, folder=folder, reason=exc.strerror or str(exc))) from None
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the mode any new file of the user gets
        if not private:
            temp.chmod(_default_mode())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if disk.is_disk_full(exc):
            raise disk.disk_full(folder, kept, needed=size, subject=target) from None
        raise MgiError(CANNOT_WRITE(target, reason=exc.strerror or str(exc))) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes(target: Path, data: bytes, *, private: bool = False) -> None:
    with atomic_path(target, size=len(data), private=private) as temp:
        temp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def leftovers(folder: Path) -> list[Path]:
    """The temporary files that writes killed half-way left in `folder` (not in its subfolders)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(PART) and p.is_file())
