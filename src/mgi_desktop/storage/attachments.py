"""The evidence files of one database, stored beside it.

A database ``mgi.sqlite`` keeps its attached files in the folder
``mgi.sqlite-attachments/`` next to it (named after the whole file name, like
SQLite's own ``-wal`` and ``-shm`` sidecars, so ``a.sqlite`` and ``a.db`` never
share one).  Each file is stored once, under its SHA-256, as
``<sha[:2]>/<sha>``: the name is the proof of the content.  Every write is
atomic and verified, and the folder is created only when the first file is
stored, so a database without attachments has none.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mgi_desktop import atomic, disk
from mgi_desktop.errors import DiskFullError, StorageError, ValidationError
from mgi_desktop.messages import Template

NOT_A_SHA = Template("attachments.not_a_sha", "{sha} is not the SHA-256 of an attached file")
CHANGED = Template("attachments.changed",
                   "the file changed while it was copied, or is damaged (its SHA-256 is {sha}, expected {expected}); "
                   "nothing was stored")
CANNOT_STORE = Template("attachments.cannot_store", "cannot store the file in {folder}: {reason}")
CANNOT_CREATE = Template("attachments.cannot_create", "cannot create the folder: {reason}")
NOT_ATTACHED = Template("attachments.not_attached", "the file was not stored, and nothing else changed")
READ_ONLY = Template("attachments.read_only", "the attachments of a database opened read-only cannot change")
SYMBOLIC_LINK = Template("attachments.symbolic_link",
                         "is a symbolic link: attach the file itself, not a link to it; nothing was stored")
FOLDER = Template("attachments.folder", "is a folder, not a file: attach a file; nothing was stored")
NOT_REGULAR = Template("attachments.not_regular",
                       "is not a regular file (a pipe, a device or a socket): attach a file; nothing was stored")

log = logging.getLogger(__name__)

SUFFIX = "-attachments"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_BLOCK = 1 << 20


def folder_for(database: Path) -> Path:
    """The attachment folder of the database file `database` (it may not exist yet)."""
    database = Path(database)
    return database.with_name(database.name + SUFFIX)


def file_sha256(path: Path) -> str:
    with Path(path).open("rb") as handle:
        return _sha256(handle)


def _sha256(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(_BLOCK), b""):
        digest.update(block)
    return digest.hexdigest()


# Where the system has them: O_NOFOLLOW makes the open itself refuse a link (so a link put in the
# file's place after the check below is not followed either), O_NONBLOCK keeps a pipe put there
# from blocking the open until someone writes to it (it is then refused as not regular).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _not_a_file(source: Path, mode: int) -> ValidationError:
    if stat.S_ISLNK(mode):
        return ValidationError(SYMBOLIC_LINK(source))
    if stat.S_ISDIR(mode):
        return ValidationError(FOLDER(source))
    return ValidationError(NOT_REGULAR(source))


def open_regular(source: Path) -> BinaryIO:
    """`source` open for reading if it is a regular file itself; a symbolic link (even to a file), a
    folder, a pipe, a device or a socket is refused (`ValidationError`, naming it) and never opened.

    Evidence is the file a person chose, stored and sent to others: following a link would store
    whatever it points to (a system file, another user's file), and reading a pipe or a device may
    never end.  The kind is checked without following a link (`os.lstat`), then the file is opened
    without following one either (O_NOFOLLOW, where the system has it) and checked again on what
    was opened (`os.fstat`): what is read is what was checked, even if the name was swapped
    meanwhile.  Links in the folders above are followed (a home folder may be one).  An unreadable
    file raises the `OSError`.
    """
    source = Path(source)
    mode = os.lstat(source).st_mode
    if not stat.S_ISREG(mode):
        raise _not_a_file(source, mode)
    try:
        fd = os.open(source, _OPEN_FLAGS)
    except OSError as exc:
        # O_NOFOLLOW's refusal of a link (ELOOP; EMLINK on FreeBSD): a link swapped in since lstat
        if _OPEN_FLAGS & getattr(os, "O_NOFOLLOW", 0) and exc.errno in (errno.ELOOP, errno.EMLINK):
            raise ValidationError(SYMBOLIC_LINK(source)) from None
        raise
    handle = os.fdopen(fd, "rb")
    opened = os.fstat(handle.fileno()).st_mode
    if not stat.S_ISREG(opened):
        handle.close()
        raise _not_a_file(source, opened)
    return handle


def shard_path(folder: Path, sha256: str) -> Path:
    """Where a content-addressed folder keeps the file `sha256` (``<sha[:2]>/<sha>``)."""
    if not _SHA256.match(sha256):
        raise StorageError(NOT_A_SHA(sha=repr(sha256)))
    return folder / sha256[:2] / sha256


def iter_shards(folder: Path) -> Iterator[tuple[str, Path]]:
    """(sha256, path) of every stored file in a content-addressed folder; leftovers are skipped."""
    if not folder.is_dir():
        return
    for shard in sorted(folder.iterdir()):
        if not (shard.is_dir() and len(shard.name) == 2):
            continue
        for path in sorted(shard.iterdir()):
            if _SHA256.match(path.name) and path.name[:2] == shard.name and path.is_file():
                yield path.name, path


def copy_verified(source: Path, target: Path, sha256: str, *, handle: BinaryIO | None = None) -> None:
    """Copy `source` to `target` atomically, refusing a copy whose SHA-256 is not `sha256`.

    Given its open `handle`, the file is copied from there (from its start), not opened again by name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic.atomic_path(target) as temp:
        if handle is None:
            shutil.copyfile(source, temp)
        else:
            handle.seek(0)
            with temp.open("wb") as copy:
                shutil.copyfileobj(handle, copy, _BLOCK)
        copied = file_sha256(temp)
        if copied != sha256:
            raise StorageError(CHANGED(source, sha=copied, expected=sha256))


@dataclass(frozen=True)
class StoreReport:
    """What `AttachmentStore.check` found: every list holds SHA-256s, except `leftovers` (paths)."""

    referenced: int
    stored: int
    missing: list[str]
    damaged: list[str]
    orphaned: list[str]
    leftovers: list[Path]

    @property
    def sound(self) -> bool:
        return not (self.missing or self.damaged or self.orphaned or self.leftovers)


class AttachmentStore:
    """The content-addressed evidence files of one database."""

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.folder = Path(folder)
        self.read_only = read_only

    @classmethod
    def beside(cls, database: Path, *, read_only: bool = False) -> AttachmentStore:
        return cls(folder_for(database), read_only=read_only)

    def __repr__(self) -> str:
        return f"AttachmentStore({str(self.folder)!r})"

    def path(self, sha256: str) -> Path:
        """Where the file with this SHA-256 is (or would be) stored."""
        return shard_path(self.folder, sha256)

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def verify(self, sha256: str) -> bool:
        """Whether the file is stored and its content still has this SHA-256."""
        try:
            return file_sha256(self.path(sha256)) == sha256
        except OSError:
            return False

    def iter_files(self) -> Iterator[tuple[str, Path]]:
        """(sha256, path) of every stored file."""
        return iter_shards(self.folder)

    def store(self, source: Path) -> str:
        """Copy a file into the store (once, however often it is stored); return its SHA-256.

        Only a regular file is stored: a link, a folder, a pipe or a device is refused (`open_regular`).
        """
        self._check_writable()
        source = Path(source)
        try:
            handle = open_regular(source)
        except OSError as exc:
            raise self._cannot_store(source, exc, None) from None
        with handle:
            return self.store_open(handle, source)

    def store_open(self, handle: BinaryIO, source: Path) -> str:
        """Store the file open as `handle` (from `open_regular`: what was checked is what is read), read
        from its start; `source` is its name, for messages.  Return its SHA-256."""
        self._check_writable()
        size: int | None = None
        try:
            handle.seek(0)
            sha = _sha256(handle)
            if not self.has(sha):
                size = os.fstat(handle.fileno()).st_size
                disk.ensure_space(self.folder, size, NOT_ATTACHED(), subject=source)
                copy_verified(source, self.path(sha), sha, handle=handle)
        except (DiskFullError, OSError) as exc:  # a full disk met half-way: said of the file attached
            raise self._cannot_store(source, exc, size) from None
        return sha

    def _cannot_store(self, source: Path | str, exc: OSError | DiskFullError, size: int | None) -> StorageError:
        full = disk.retold(exc, self.folder, NOT_ATTACHED(), needed=size, subject=source)
        if full is not None:
            return full
        assert isinstance(exc, OSError)
        return StorageError(CANNOT_STORE(source, folder=self.folder, reason=exc.strerror or str(exc)))

    def store_bytes(self, data: bytes) -> str:
        """Store `data` (once); return its SHA-256."""
        self._check_writable()
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if not target.is_file():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                if disk.is_disk_full(exc):
                    raise disk.disk_full(self.folder, NOT_ATTACHED(), needed=len(data), subject=target) from None
                raise StorageError(CANNOT_CREATE(target.parent, reason=exc.strerror or str(exc))) from None
            atomic.write_bytes(target, data)
        return sha

    def copy_in(self, source: Path, sha256: str) -> None:
        """Store `source`, which must be the file `sha256` (e.g. from a backup); verified, atomic.

        A stored copy that is damaged (its content no longer matches its name) is replaced.
        """
        self._check_writable()
        if self.verify(sha256):
            return
        try:
            copy_verified(source, self.path(sha256), sha256)
        except OSError as exc:
            raise self._cannot_store(source, exc, None) from None

    def _check_writable(self) -> None:
        if self.read_only:
            raise StorageError(READ_ONLY(self.folder))

    def unreferenced(self, referenced: set[str]) -> list[tuple[str, Path]]:
        """(sha256, path) of every stored file that is not in `referenced`."""
        return [(sha, path) for sha, path in self.iter_files() if sha not in referenced]

    def collect(self, referenced: set[str], *, only: set[str] | None = None, grace: float = 0.0) -> list[str]:
        """Remove the stored files that no evidence references: the SHA-256 of those removed.

        `referenced` is every file the database's evidence rows name.  With
        `only`, just those files are candidates (what a failed import stored);
        `grace` (seconds) keeps a file stored more recently than that, which a
        transaction still running may be about to reference.  The caller holds
        the database's lock, so no other process stores files meanwhile.
        """
        self._check_writable()
        cutoff = time.time() - grace
        removed, freed = [], 0
        for sha, path in self.unreferenced(referenced):
            if only is not None and sha not in only:
                continue
            try:
                stat = path.stat()
                if grace and stat.st_mtime > cutoff:
                    continue
                path.unlink()
            except OSError as exc:  # a file left behind is only disk space
                log.warning("cannot remove the unreferenced evidence file %s: %s", path, exc)
                continue
            removed.append(sha)
            freed += stat.st_size
            try:
                path.parent.rmdir()  # its shard, once empty
            except OSError:
                pass
        if removed:
            log.info("%s: removed %d evidence file(s) that no evidence references (%d bytes)",
                     self.folder, len(removed), freed)
        return removed

    def check(self, referenced: set[str]) -> StoreReport:
        """Compare the store with the files the evidence references, reading every stored file (read-only)."""
        stored = dict(self.iter_files())
        damaged = sorted(sha for sha in referenced if sha in stored and not self.verify(sha))
        leftovers = [p for shard in (sorted(self.folder.iterdir()) if self.folder.is_dir() else [])
                     if shard.is_dir() for p in atomic.leftovers(shard)]
        return StoreReport(referenced=len(referenced), stored=len(stored),
                           missing=sorted(referenced - set(stored)), damaged=damaged,
                           orphaned=sorted(set(stored) - referenced), leftovers=leftovers)
