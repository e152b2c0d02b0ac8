"""Every folder the app reads or writes, in one place.

User data (the database, backups, logs) lives in the per-user folders that
platformdirs gives for this OS, never in the install folder, so upgrading or
uninstalling keeps it.  `MGI_DATA_DIR` moves all of it under one folder (tests,
portable use); `MGI_DATABASE` picks the database file.  A database's attached
evidence files are beside that file, in ``<file name>-attachments/`` (see
`mgi_desktop.storage.attachments`), wherever the database is.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "MGI Desktop"
APP_AUTHOR = "IOM"
_DIRS = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def _override() -> Path | None:
    value = os.environ.get("MGI_DATA_DIR")
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    base = _override()
    return _ensure(base if base else Path(_DIRS.user_data_dir))


def config_dir() -> Path:
    base = _override()
    return _ensure(base / "config" if base else Path(_DIRS.user_config_dir))


def keys_dir() -> Path:
    """The user's own private key (readable by the user alone: 0700 where the OS has modes)."""
    folder = _ensure(config_dir() / "keys")
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def log_dir() -> Path:
    base = _override()
    return _ensure(base / "logs" if base else Path(_DIRS.user_log_dir))


def cache_dir() -> Path:
    """Derived data that can be rebuilt at any time (safe to delete)."""
    base = _override()
    return _ensure(base / "cache" if base else Path(_DIRS.user_cache_dir))


def backup_dir() -> Path:
    return _ensure(data_dir() / "backups")


def legacy_attachments_dir() -> Path:
    """The one evidence store that every database shared before schema 0003 (not created here).

    Each database now keeps its files beside it (`mgi_desktop.storage.attachments`); this
    folder is only read: by the migration that copies a database's files out of it, and
    by the backup taken just before that migration.
    """
    base = _override()
    return (base if base else Path(_DIRS.user_data_dir)) / "attachments"


def default_database() -> Path:
    value = os.environ.get("MGI_DATABASE")
    return Path(value).expanduser() if value else data_dir() / "mgi.sqlite"


def package_dir() -> Path:
    """The folder of the imported mgi_desktop package.

    An installed wheel carries questionnaires/ and resources/ inside it (see
    pyproject.toml).  Wheels are installed unzipped, so the package is a real
    folder, the one this module is in: a plain path that lasts as long as the
    process (the questionnaire loader and Qt, for icons and translations, want
    file names).  What ``importlib.resources.files`` gives for such a package,
    without importing importlib.resources at every start.
    """
    return Path(__file__).parent


def checkout_root() -> Path:
    """The repository (a development checkout or an editable install): two folders above the package."""
    return Path(__file__).resolve().parents[2]


def install_root() -> Path:
    """Where bundled read-only files (questionnaires/, resources/) are found.

    In order: a PyInstaller bundle's folder; the installed package, when it
    carries the data (a wheel install); else the repository's top-level folders
    (an editable install has only the code in its package folder, src/mgi_desktop).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = package_dir()
    if (package / "questionnaires").is_dir():
        return package
    return checkout_root()


def questionnaires_dir() -> Path:
    return install_root() / "questionnaires"


def resources_dir() -> Path:
    return install_root() / "resources"
