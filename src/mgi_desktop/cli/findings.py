"""``mgi-desktop finding draft|add|list|remove``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from mgi_desktop.cli.common import assessment_id, open_db
from mgi_desktop.cli.output import count, print_json, print_table
from mgi_desktop.cli.registry import Command
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.messages import Template

# The services are imported by the handlers that use them (see cli/common.py).
if TYPE_CHECKING:
    from mgi_desktop.storage.db import Database

NO_FINDING = Template("cli.no_finding", "no finding {prefix} in assessment {assessment}")
AMBIGUOUS = Template("cli.ambiguous_finding", "{prefix} matches {n} findings; give more of the id")


def _finding(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    draft = actions.add_parser("draft", help="draft findings from the answers (safe to run again)")
    draft.add_argument("id", metavar="UUID")
    draft.add_argument("--json", action="store_true")
    draft.set_defaults(handler=_draft)

    add = actions.add_parser("add", help="add a finding to a domain's list")
    add.add_argument("id", metavar="UUID")
    add.add_argument("--domain", type=int, required=True, metavar="N")
    add.add_argument("--category", required=True, choices=["well-developed", "potential"])
    add.add_argument("--text", required=True)
    add.add_argument("--question", action="append", default=[], metavar="CODE",
                     help="a question the finding rests on (repeat for several)")
    add.add_argument("--position", type=int, metavar="N", help="place in the list, from 1 (default: last)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="the findings per domain, in profile order")
    listing.add_argument("id", metavar="UUID")
    listing.add_argument("--domain", type=int, metavar="N")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    remove = actions.add_parser("remove", help="remove one finding")
    remove.add_argument("id", metavar="UUID")
    remove.add_argument("finding_id", metavar="FINDING_ID", help="the finding's id (or a unique start of it)")
    remove.set_defaults(handler=_remove)


#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command('finding', "draft, add, list and remove the profile's findings", _finding),
]


def _draft(args: argparse.Namespace) -> int:
    from mgi_desktop.services import findings

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        changes = findings.draft(db, aid)
        created = [f for f in findings.list_findings(db, aid) if f.id in set(changes.created)]
    if args.json:
        print_json({"created": [f.as_dict() for f in created], "domains_changed": sorted(changes.domains)})
    elif not changes:
        print("Nothing new to draft: every answer that suggests a finding is already covered.")
    else:
        print(f"Drafted {count(len(created), 'finding')}; review them with: mgi-desktop finding list {aid[:8]}")
    return 0


def _add(args: argparse.Namespace) -> int:
    from mgi_desktop.services import findings

    position = None if args.position is None else max(args.position - 1, 0)
    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        changes = findings.add(db, aid, args.domain, args.category, args.text, question_codes=args.question,
                               position=position)
        created = findings.get(db, changes.created[0])
    if args.json:
        print_json(created.as_dict())
    else:
        print(created.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    from mgi_desktop.services import findings

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        listed = findings.list_findings(db, aid, domain=args.domain)
    if args.json:
        print_json([f.as_dict() for f in listed])
        return 0
    if not listed:
        print(f"No findings yet. Draft them from the answers with: mgi-desktop finding draft {aid[:8]}")
        return 0
    print_table(["ID", "Domain", "List", "#", "Finding", "Questions", "Draft"],
                [[f.id[:8], f.domain_number, "well-developed" if f.category.value == "well_developed"
                  else "potential", f.position + 1, f.text if len(f.text) <= 70 else f.text[:69] + "…",
                  ",".join(f.question_codes), "yes" if f.drafted else ""] for f in listed])
    return 0


def _resolve_finding(db: Database, aid: str, prefix: str) -> str:
    from mgi_desktop.services import findings

    prefix = prefix.strip().lower()
    matches = [f.id for f in findings.list_findings(db, aid) if f.id.startswith(prefix)]
    if not matches or len(prefix) < 4:
        raise NotFoundError(NO_FINDING(prefix=repr(prefix), assessment=aid[:8]))
    if len(matches) > 1:
        raise ValidationError(AMBIGUOUS(prefix=repr(prefix), n=len(matches)))
    return matches[0]


def _remove(args: argparse.Namespace) -> int:
    from mgi_desktop.services import findings

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        findings.remove(db, _resolve_finding(db, aid, args.finding_id))
    return 0
