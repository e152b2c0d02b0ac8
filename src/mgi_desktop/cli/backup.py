"""``mgi-desktop backup list|create|restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from mgi_desktop.cli.common import database_path, open_db
from mgi_desktop.cli.output import print_json, print_table
from mgi_desktop.cli.registry import Command
from mgi_desktop.errors import NotFoundError
from mgi_desktop.messages import Template, english_lines

# The storage is imported by the handlers that use it (see cli/common.py).

NO_BACKUP = Template("cli.no_backup", "there is no backup to restore")
NO_SUCH_BACKUP = Template("cli.no_such_backup", "no such backup file")


def _backup(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the backups of the database, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    create = actions.add_parser("create", help="back up the database now")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=_create)
    restore = actions.add_parser("restore", help="replace the database with a backup (the current state "
                                 "is backed up first)")
    restore.add_argument("backup", metavar="BACKUP", help="a backup file, or 'latest'")
    restore.add_argument("--dry-run", action="store_true",
                         help="only say what the restore would lose; change nothing")
    restore.set_defaults(handler=_restore)


#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command('backup', "list, create and restore backups of the database", _backup),
]


def _list(args: argparse.Namespace) -> int:
    from mgi_desktop.disk import size_text
    from mgi_desktop.storage import backup

    infos = backup.list_backups(database_path(args))
    if args.json:
        print_json([{"path": str(b.path), "created": b.created.isoformat(), "reason": b.reason, "size": b.size}
                    for b in infos])
    elif not infos:
        print(f"No backups of {database_path(args)} yet.")
    else:
        print_table(["Created (UTC)", "Reason", "Size", "File"],
                    [[b.created.strftime("%Y-%m-%d %H:%M:%S"), b.reason, size_text(b.size), b.path]
                     for b in infos])
    return 0


def _create(args: argparse.Namespace) -> int:
    from mgi_desktop.storage import backup

    with open_db(args) as db:  # the lock keeps the window from writing while we copy
        info = backup.create_backup(db.path, reason="manual")
    if args.json:
        print_json({"path": str(info.path), "created": info.created.isoformat(), "size": info.size})
    else:
        print(info.path)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from mgi_desktop.storage import backup

    path = database_path(args)
    if args.backup == "latest":
        latest = backup.latest_backup(path)
        if latest is None:
            raise NotFoundError(NO_BACKUP(path))
        source = latest.path
    else:
        source = Path(args.backup)
        if not source.exists():
            raise NotFoundError(NO_SUCH_BACKUP(source))
    print(_loss_text(path, source))
    if args.dry_run:
        return 0
    # Restoring must work on a database too damaged to open: only the lock is taken, not the database.
    safety = backup.restore_locked(path, source)
    print(f"Restored {path} from {source}; the previous state was kept in {safety.path}")
    return 0


def _loss_text(path: Path, source: Path) -> str:
    """What the restore takes back, said before it is done (the window asks the same before its restore)."""
    from mgi_desktop.storage import restore_loss

    loss = restore_loss.what_restore_loses(path, source)
    if loss is None:
        return f"{path} cannot be read: what it holds beyond the backup cannot be told."
    if loss.nothing:
        return f"{source} holds every answer of {path}: no answer will be lost."
    since = f"{loss.since:%Y-%m-%d %H:%M} UTC" if loss.since is not None else ""
    return " ".join(english_lines(restore_loss.loss_messages(loss, since)))
