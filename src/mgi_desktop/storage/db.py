"""Opening the database safely: checks, lock, migrations, backups, pragmas.

Opening a file goes through these steps, and stops with a `StorageError`
that names the file (and changes nothing) at the first that fails:

1. the file is an SQLite database (header), not empty, text or truncated;
2. ``PRAGMA quick_check`` passes;
3. it is an MGI Desktop database (``application_id``), or a new file;
4. its schema is not newer than this app (never downgraded);
5. another process does not have it open (an OS file lock, released even
   when a process is killed);
6. pending migrations run, after an automatic backup.

Every connection runs in WAL mode with foreign keys on, ``synchronous=FULL``
(an answer the user saw saved survives a power cut) and a busy timeout: the
stdlib ``sqlite3`` connections of the plain SQL that the hot paths use
(`query`, `sql_transaction`: `storage.sql`) and the SQLAlchemy engine's, which
is created (and SQLAlchemy imported) only when the ORM is first used.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mgi_desktop import disk
from mgi_desktop.enums import Role
from mgi_desktop.errors import DiskFullError, StorageError, ValidationError
from mgi_desktop.messages import Template
from mgi_desktop.storage import backup, migrate
from mgi_desktop.storage import lock as storage_lock
from mgi_desktop.storage.attachments import AttachmentStore
from mgi_desktop.storage.health import APPLICATION_ID, NOT_OPENED, inspect_file
from mgi_desktop.storage.sql import Connections, Params, Row, Sql

if TYPE_CHECKING:  # imported when first used: SQLAlchemy is off the paths that need plain SQL only
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

    from mgi_desktop.identity.own import OwnKey

log = logging.getLogger(__name__)

NO_SUCH_DATABASE = Template("storage.no_such_database", "no such database")
CANNOT_CREATE_FOLDER = Template("storage.cannot_create_folder", "cannot create the folder: {reason}")
CANNOT_WRITE_DB = Template("storage.cannot_write", "cannot write the database: {detail}")
OLDER = Template("storage.older",
                 "the database was written by an older version; open it once in MGI Desktop to upgrade it")
OPENED_READ_ONLY = Template("storage.opened_read_only", "opened read-only")
NAME_NEEDED = Template("profile.name_needed", "a name is needed")
LATEST_BACKUP = Template("storage.latest_backup",
                         "the latest backup is from {when}: {backup} (restore it with: mgi-desktop --database "
                         "\"{database}\" backup restore latest)")
READ_ONLY_FILE = Template("storage.read_only_file",
                          "the database file is read-only; copy it to a folder you can write to")
READ_ONLY_FOLDER = Template("storage.read_only_folder",
                            "cannot write in the database's folder (needed for its journal)")
BUSY = Template("storage.busy", "the database is busy in another program; try again")
DISK = Template("storage.disk", "the disk is failing; nothing was saved")
NOT_UPGRADED = Template("storage.not_upgraded",
                         "the database was not upgraded (no room for the backup taken first), and is unchanged")
NOTHING_SAVED = Template("storage.nothing_saved", "nothing was saved; everything saved before is kept")
READ_ONLY = Template("storage.read_only", "the database is read-only; nothing was saved")
NOT_WRITTEN = Template("storage.not_written", "the database cannot be written ({detail}); nothing was saved")

#: A rolling backup is taken after this many committed changes.
BACKUP_EVERY_CHANGES = 200


@dataclass(frozen=True)
class Profile:
    """The person using this database (the one row of ``user_profile``)."""

    name: str
    institution: str
    role: Role


class Database:
    """An open MGI Desktop database: its connections, the lock, the current user and its attachments.

    Services take a `Database` and run one short transaction per call, nothing
    held open between calls: `sql_transaction` (plain SQL, `storage.sql`) on
    the hot paths, `transaction` (the ORM) elsewhere; `query` reads one
    statement.  The SQLAlchemy engine behind `transaction`, `reading` and
    `engine` is created (and SQLAlchemy imported) when one of them is first
    used.  Its evidence files are in `attachments`, the folder
    ``<file name>-attachments/`` beside the file (created with the first file
    stored; read-only for `open_read_only`).
    """

    def __init__(self, path: Path, lock: storage_lock.Lock | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.attachments = AttachmentStore.beside(path, read_only=read_only)
        self._connections = Connections(path, read_only=read_only)
        self._engine: Engine | None = None
        self._engine_guard = threading.Lock()
        self._lock = lock
        self._changes_since_backup = 0
        self._user: Profile | None = None
        self._own_key: OwnKey | None = None
        #: Each assessment's role of the user's key, as `services.parties` found it (cleared on binding).
        self.roles: dict[str, Any] = {}
        self.backups_enabled = True

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = True, backup_on_open: bool = True, tidy: bool = True) -> Database:
        """Open (or create) a database for this process's exclusive use.

        With `tidy`, what killed work left is cleared once the lock is held:
        half-made backups and copies (`backup.clean_leftovers`) and evidence
        files that no evidence references (`collect_attachments`).
        """
        path = Path(path).expanduser().absolute()
        exists = path.exists()
        if exists:
            try:
                inspect_file(path)
            except StorageError as exc:
                raise _with_backup_hint(path, exc) from None
        elif not create:
            raise StorageError(NO_SUCH_DATABASE(path))
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                if disk.is_disk_full(exc):
                    raise disk.disk_full(path.parent, NOT_OPENED(), subject=path) from None
                raise StorageError(CANNOT_CREATE_FOLDER(path, reason=exc.strerror or str(exc))) from None
        if exists:
            _check_writable(path)
        lock = storage_lock.take(path)
        db = None
        try:
            if tidy:
                backup.clean_leftovers(path)
            pending = migrate.pending_revisions(path) if exists else None
            if exists and pending and backup_on_open:
                try:
                    backup.create_backup(path, reason="before-upgrade")
                except DiskFullError as exc:  # never upgraded without a backup to go back to
                    raise disk.disk_full(exc.folder or path.parent, NOT_UPGRADED(), subject=path,
                                         needed=path.stat().st_size) from None
            db = cls(path, lock)
            try:
                con = db._connections.get()  # WAL and the other pragmas, on a new file too
                if pending is None or pending:  # Alembic (and the engine) only when there is work for them
                    migrate.upgrade(db.engine, path)
                    # Marks our files, so that a foreign SQLite file is refused; written only here, at
                    # creation and upgrade: opening a database must not write to it.
                    if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            except sqlite3.OperationalError as exc:
                if disk.is_disk_full(exc, path.parent):
                    raise disk.disk_full(path.parent, NOT_OPENED(), needed=disk.DATABASE_HEADROOM,
                                         subject=path) from None
                raise StorageError(CANNOT_WRITE_DB(path, detail=str(exc))) from None
            if tidy:
                db.collect_attachments()
            if exists and backup_on_open and not pending and backup.due(path):
                try:
                    backup.create_backup(path, reason="on-open")
                except StorageError as exc:  # the earlier backups still stand; a full disk is told on the first save
                    log.warning("the backup on opening %s failed: %s", path, exc.message)
            return db
        except BaseException:
            if db is not None:
                db._close_connections()
            lock.release()
            raise

    def referenced_attachments(self) -> set[str]:
        """The SHA-256 of every file the evidence rows of this database name."""
        return {str(row[0]) for row in self.query(
            "SELECT DISTINCT file_sha256 FROM evidence WHERE file_sha256 IS NOT NULL AND file_sha256 != ''")}

    def collect_attachments(self, *, only: set[str] | None = None) -> list[str]:
        """Remove the evidence files that no evidence row references (all, or those of `only`).

        Run when the database opens, where nothing can be half-way between
        storing a file and committing the row that names it: no other process
        holds the lock, and this one has not stored anything yet.  During a
        session a file whose evidence is removed stays until the next opening
        (undo can bring the evidence back); a failed import removes the files
        it stored at once (`only`).  Never on a database opened read-only.
        """
        if self.read_only or not self.attachments.folder.is_dir():
            return []
        try:
            return self.attachments.collect(self.referenced_attachments(), only=only)
        except (OSError, sqlite3.Error) as exc:  # only disk space is at stake
            log.warning("%s: collecting unreferenced evidence files failed: %s", self.attachments.folder, exc)
            return []

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """For reading another database (consolidation): no lock, no migration, no writes."""
        path = Path(path).expanduser().absolute()
        if not path.exists():
            raise StorageError(NO_SUCH_DATABASE(path))
        inspect_file(path)
        if migrate.pending_revisions(path):
            raise StorageError(OLDER(path))
        return cls(path, None, read_only=True)

    def close(self) -> None:
        self._close_connections()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def _close_connections(self) -> None:
        self._connections.close()
        with self._engine_guard:
            if self._engine is not None:
                self._engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plain SQL (storage.sql) ------------------------------------------------------

    def query(self, sql: str, params: Params | None = None) -> list[Row]:
        """The rows of one statement (read in one snapshot of the file)."""
        return Sql(self._connections.get()).all(sql, params)

    def query_one(self, sql: str, params: Params | None = None) -> Row | None:
        return Sql(self._connections.get()).one(sql, params)

    @contextlib.contextmanager
    def sql_reading(self) -> Iterator[Sql]:
        """Several statements read in one snapshot of the file (a read transaction)."""
        con = self._connections.get()
        if con.in_transaction:  # inside this thread's sql_transaction: its own snapshot already
            yield Sql(con)
            return
        con.execute("BEGIN")
        try:
            yield Sql(con)
        finally:
            if con.in_transaction:
                con.execute("COMMIT")

    @contextlib.contextmanager
    def sql_transaction(self) -> Iterator[Sql]:
        """One short write transaction in plain SQL: committed on success, rolled back on any error.

        BEGIN IMMEDIATE takes the write lock first (waiting up to the busy timeout),
        so the statements inside never fail half-way for another writer.  Errors of
        the file come out as the same `StorageError`s as from `transaction`.
        """
        if self.read_only:
            raise StorageError(OPENED_READ_ONLY(self.path))
        con = self._connections.get()
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield Sql(con)
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if con.in_transaction:  # a COMMIT that failed (disk full) leaves the transaction open
                con.execute("ROLLBACK")
            raise _storage_error(self.path, exc) from None
        self._committed()

    # -- the ORM (SQLAlchemy, imported on first use) -------------------------------------

    @property
    def engine(self) -> Engine:
        with self._engine_guard:
            if self._engine is None:
                from mgi_desktop.storage.engine import make_engine

                self._engine = make_engine(self.path, read_only=self.read_only)
            return self._engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short transaction: committed on success, rolled back on any error."""
        from sqlmodel import Session

        if self.read_only:
            raise StorageError(OPENED_READ_ONLY(self.path))
        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        except sqlite3.OperationalError as exc:
            raise _storage_error(self.path, exc) from None
        except Exception as exc:
            orig = getattr(exc, "orig", None)
            if isinstance(orig, sqlite3.OperationalError):
                raise _storage_error(self.path, orig) from None
            raise
        finally:
            session.close()
        self._committed()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlmodel import Session

        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.close()

    def _committed(self) -> None:
        """After each committed transaction, of either kind: the rolling backup when it is due."""
        self._changes_since_backup += 1
        if self.backups_enabled and self._changes_since_backup >= BACKUP_EVERY_CHANGES:
            self._changes_since_backup = 0
            try:
                backup.create_backup(self.path, reason="rolling")
            except StorageError as exc:  # a failed backup must not fail the save that triggered it
                log.warning("rolling backup failed: %s", exc)

    # -- the local user ----------------------------------------------------------

    @property
    def own_key(self) -> OwnKey:
        """The user's signing key (`identity.own`), from the user's config folder, made on first use."""
        if self._own_key is None:
            from mgi_desktop.identity import own

            key = own.load()
            assert key is not None
            self._own_key = key
        return self._own_key

    @property
    def own_fingerprint(self) -> str:
        """The user's key fingerprint; read without loading cryptography when the key is not loaded yet."""
        if self._own_key is not None:
            return self._own_key.fingerprint
        from mgi_desktop import paths
        from mgi_desktop.identity import peek

        return peek.fingerprint(paths.keys_dir()) or self.own_key.fingerprint

    def use_key(self, key: OwnKey) -> None:
        """Act with another key (a second person in one process: tests, a key just replaced)."""
        self._own_key = key
        self.roles.clear()

    def user(self) -> Profile | None:
        # Cached: asked on every save, changed only through set_user (this process holds the lock).
        if self._user is None:
            row = self.query_one("SELECT name, institution, role FROM user_profile WHERE id = 1")
            if row is not None:
                self._user = Profile(row["name"], row["institution"], Role(row["role"]))
        return self._user

    def set_user(self, name: str, institution: str = "", role: Role | str = Role.FOCAL_POINT) -> Profile:
        from mgi_desktop.limits import check_text  # the name and institution as typed: storable text
        check_text("name", name)
        check_text("institution", institution)
        name = name.strip()
        if not name:
            raise ValidationError(NAME_NEEDED())
        profile = Profile(name, institution.strip(), Role(role))
        values: dict[str, Any] = {"name": profile.name, "institution": profile.institution,
                                  "role": profile.role.value}
        with self.sql_transaction() as sql:
            if not sql.execute("UPDATE user_profile SET name = :name, institution = :institution, role = :role "
                               "WHERE id = 1", values):
                sql.execute("INSERT INTO user_profile (id, name, institution, role) "
                            "VALUES (1, :name, :institution, :role)", values)
        self._user = profile
        return profile


def _with_backup_hint(path: Path, exc: StorageError) -> StorageError:
    """Point to the newest backup of a file that cannot be opened (the window offers to restore it).

    Not for a full disk: the file is sound, and a backup would be older than it.
    """
    if isinstance(exc, DiskFullError):
        return exc
    latest = backup.latest_backup(path)
    if latest is None:
        return exc
    hint = LATEST_BACKUP(when=latest.created.strftime("%Y-%m-%d %H:%M UTC"), backup=latest.path, database=path)
    return StorageError(exc.msg, details=[*exc.details, hint])


def _check_writable(path: Path) -> None:
    import os

    if not os.access(path, os.W_OK):
        raise StorageError(READ_ONLY_FILE(path))
    if not os.access(path.parent, os.W_OK):
        raise StorageError(READ_ONLY_FOLDER(path.parent))


def _storage_error(path: Path, exc: sqlite3.OperationalError) -> StorageError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StorageError(BUSY(path))
    if disk.is_disk_full(exc, path.parent):
        return disk.disk_full(path.parent, NOTHING_SAVED(), needed=disk.DATABASE_HEADROOM, subject=path)
    if "disk" in text and "I/O" in text:
        return StorageError(DISK(path))
    if "readonly" in text or "read-only" in text:
        return StorageError(READ_ONLY(path))
    return StorageError(NOT_WRITTEN(path, detail=text))
