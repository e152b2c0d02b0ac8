"""Opening a database from the window: refusals explained, with a way out.

When `Database.open` refuses a file (damaged, locked, newer, read-only...),
the person reads why and chooses: restore the latest backup, use another
database file, or give up (quit at start, cancel later).  A full disk is not
damage: the file is sound and every backup older than it, so no restore is
offered, only to free space and try again.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mgi_desktop.errors import DiskFullError, StorageError
from mgi_desktop.storage import backup, restore_loss
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.errors import free_space_advice, show_error

log = logging.getLogger(__name__)
#: lupdate reads the context and text of every translate("Context", "text") call.
translate = QCoreApplication.translate

RESTORE, RETRY, OTHER, GIVE_UP = "restore", "retry", "other", "give-up"



def _when(info: backup.BackupInfo) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(info.created.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def ask_recovery(parent: QWidget | None, exc: StorageError, latest: backup.BackupInfo | None,
                 *, at_start: bool) -> str:
    """What to do about a database that cannot be opened: RESTORE, RETRY, OTHER or GIVE_UP."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DatabaseOpening", "Cannot open the database"))
    box.setText(translate("DatabaseOpening", "MGI Desktop cannot open this database."))
    full = isinstance(exc, DiskFullError)
    box.setInformativeText(ui_messages.error_text(exc) + ("\n\n" + free_space_advice() if full else ""))
    if exc.details:
        box.setDetailedText(ui_messages.error_details(exc))
    restore = retry = None
    if full:
        retry = box.addButton(translate("DatabaseOpening", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    elif latest is not None:
        when = _when(latest)
        text = translate("DatabaseOpening", "Restore the backup of {when}").replace("{when}", when)
        restore = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(translate("DatabaseOpening", "Use another database…"),
                          QMessageBox.ButtonRole.ActionRole)
    quit_text = translate("DatabaseOpening", "Quit") if at_start else translate("DatabaseOpening", "Cancel")
    give_up = box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry or restore or other)
    box.setEscapeButton(give_up)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RESTORE
    if retry is not None and clicked is retry:
        return RETRY
    return OTHER if clicked is other else GIVE_UP


def file_filter() -> str:
    return translate("DatabaseOpening", "MGI Desktop databases (*.sqlite *.db);;All files (*)")


def choose_database_file(parent: QWidget | None, *, new: bool = False) -> Path | None:
    start = str(Path.home())
    if new:
        title = translate("DatabaseOpening", "New database")
        name, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter())
    else:
        title = translate("DatabaseOpening", "Open database")
        name, _ = QFileDialog.getOpenFileName(parent, title, start, file_filter())
    return Path(name) if name else None


def _moment(moment: dt.datetime) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), QLocale.FormatType.ShortFormat)


def restore_summary(path: Path, latest: backup.BackupInfo) -> str:
    """What restoring `latest` over `path` would lose, and the safety copy made first: the confirmation's text."""
    loss = restore_loss.what_restore_loses(path, latest.path)
    if loss is None:
        parts = [translate("DatabaseOpening", "The current file cannot be read, so what it holds beyond the "
                           "backup cannot be told.")]
    elif loss.nothing:
        parts = [translate("DatabaseOpening", "The backup holds every answer of the current file: no answer "
                           "will be lost.")]
    else:
        parts = [ui_messages.text(m) for m in restore_loss.loss_messages(
            loss, _moment(loss.since) if loss.since is not None else "")]
    parts.append(translate("DatabaseOpening", "Before restoring, a safety backup of the current state is made in "
                           "the backup folder, so that this restore can itself be undone."))
    return "\n\n".join(parts)


def confirm_restore(parent: QWidget | None, path: Path, latest: backup.BackupInfo) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DatabaseOpening", "Restore backup"))
    box.setText(translate("DatabaseOpening", "Replace {file} with its backup of {when}?")
                .replace("{file}", path.name).replace("{when}", _when(latest)))
    box.setInformativeText(restore_summary(path, latest))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)  # losing answers is never the default
    return box.exec() == QMessageBox.StandardButton.Yes


def open_database(parent: QWidget | None, path: Path, *, at_start: bool = False) -> Database | None:
    """Open `path`, helping the person past a refusal; None when they give up."""
    while True:
        try:
            return Database.open(path)
        except StorageError as exc:
            log.warning("cannot open %s: %s", path, exc.message)
            latest = backup.latest_backup(path) if path.exists() and not isinstance(exc, DiskFullError) else None
            choice = ask_recovery(parent, exc, latest, at_start=at_start)
        if choice == RETRY:
            continue
        if choice == RESTORE and latest is not None:
            if not confirm_restore(parent, path, latest):
                continue
            try:
                backup.restore_locked(path, latest.path)
            except StorageError as exc:
                show_error(parent, exc)
        elif choice == OTHER:
            chosen = choose_database_file(parent)
            if chosen is not None:
                path = chosen
        else:
            return None


def ensure_profile(db: Database, parent: QWidget | None = None) -> bool:
    """Ask who is using the database if nobody has said yet; False if the person declines."""
    if db.user() is not None:
        return True
    from mgi_desktop.ui.shell.profile_dialog import ProfileDialog  # the first run only

    return ProfileDialog(db, parent).exec() == QDialog.DialogCode.Accepted
