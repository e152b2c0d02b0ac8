"""``mgi-desktop contribution export|import``: a contributor's questions as a workbook, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from mgi_desktop.cli.common import assessment_id, open_db
from mgi_desktop.cli.output import print_table
from mgi_desktop.cli.registry import Command


def _contribution(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write the workbook of a contributor's questions (.xlsx)")
    export.add_argument("id", metavar="UUID")
    export.add_argument("--contributor", required=True, metavar="ID",
                        help="the contributor's id (or a unique start of it)")
    export.add_argument("-o", "--output", metavar="FILE.xlsx",
                        help="where to write it (default: contribution-<institution>.xlsx here)")
    export.add_argument("--language", metavar="xx", help="the workbook's language (default: the contributor's)")
    export.set_defaults(handler=_export)

    imported = actions.add_parser("import", help="read a returned workbook: show what changes, then apply it")
    imported.add_argument("file", metavar="FILE.xlsx")
    imported.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    imported.add_argument("--take-conflict", action="append", default=[], metavar="CODE",
                          help="take the workbook's answer for this question although the focal point changed it "
                               "since the export (repeat for several)")
    imported.set_defaults(handler=_import)


COMMANDS = [
    Command("contribution", "contribution workbooks: export a contributor's questions, import their answers",
            _contribution),
]


def _file_name(institution: str) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in institution.lower()).strip("-")
    return f"contribution-{'-'.join(part for part in safe.split('-') if part) or 'contributor'}.xlsx"


def _export(args: argparse.Namespace) -> int:
    from mgi_desktop.services import contributions, contributors

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        person = contributors.get(db, args.contributor)
        target = Path(args.output) if args.output else Path(_file_name(person.institution))
        written = contributions.export_workbook(db, aid, person.id, target, language=args.language)
        count = len(contributors.questions_of(db, aid, person.id))
    print(f"{written}: {count} questions for {person.name}")
    return 0


_KINDS = {"new": "new", "changed": "changed", "conflict": "CONFLICT", "same": "same"}


def _import(args: argparse.Namespace) -> int:
    from mgi_desktop.services import contributions

    with open_db(args) as db:
        preview = contributions.read(db, Path(args.file))
        shown = [c for c in preview.changes if c.kind != "same"]
        same = len(preview.changes) - len(shown)
        print(f"From {preview.contributor.name} (exported {preview.exported_at or '?'}):")
        if shown:
            print_table(["Question", "Field", "Change", "Now", "Workbook", "Sent"],
                        [[c.code, c.field, _KINDS[c.kind], _short(c.before), _short(c.after),
                          _short(c.exported) if c.kind == "conflict" else ""] for c in shown])
        print(f"{len(shown)} changes, {same} unchanged, {len(preview.conflicts)} conflicts")
        unknown = set(args.take_conflict) - {c.code for c in preview.conflicts}
        if unknown:
            print(f"no conflict to take for: {', '.join(sorted(unknown))}")
        if args.dry_run:
            print("dry run: nothing changed")
            return 0
        result = contributions.apply(db, preview, take_conflicts=args.take_conflict)
    print(f"applied {len(result.applied)} changes; kept the assessment's own answer for "
          f"{len(result.kept)} conflicts" + (f" ({', '.join(sorted({c.code for c in result.kept}))}: "
                                             "--take-conflict CODE to take the workbook's)" if result.kept else ""))
    return 0


def _short(text: str, width: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
