"""``mgi-desktop attachments check``: the evidence files of the database, against what its evidence names."""

from __future__ import annotations

import argparse

from mgi_desktop.cli.common import database_path
from mgi_desktop.cli.output import print_json
from mgi_desktop.cli.registry import Command

# The storage is imported by the handler (see cli/common.py).


def _attachments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="report evidence files that are missing, damaged or referenced by no evidence "
        "(exit 1 if any); unreferenced files are removed when the database is next opened")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_check)


#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command("attachments", "check the evidence files stored beside the database", _attachments),
]


def _check(args: argparse.Namespace) -> int:
    from mgi_desktop.storage.db import Database

    # Without tidying: the check reports what is there, before an opening removes the unreferenced files.
    with Database.open(database_path(args), create=False, backup_on_open=False, tidy=False) as db:
        report = db.attachments.check(db.referenced_attachments())
        folder = db.attachments.folder
    if args.json:
        print_json({"folder": str(folder), "referenced": report.referenced, "stored": report.stored,
                    "missing": report.missing, "damaged": report.damaged, "orphaned": report.orphaned,
                    "leftovers": [str(p) for p in report.leftovers], "sound": report.sound})
        return 0 if report.sound else 1
    print(f"{folder}: {report.stored} file(s) stored, {report.referenced} referenced by evidence")
    for title, items in (("missing (referenced, not stored)", report.missing),
                         ("damaged (content no longer matches its SHA-256)", report.damaged),
                         ("orphaned (stored, referenced by no evidence)", report.orphaned),
                         ("leftovers of interrupted copies", [str(p) for p in report.leftovers])):
        if items:
            print(f"{len(items)} {title}:")
            for item in items:
                print(f"  {item}")
    if report.sound:
        print("Every referenced file is there and sound; nothing else is stored.")
    return 0 if report.sound else 1
