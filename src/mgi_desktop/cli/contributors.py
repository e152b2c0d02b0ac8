"""``mgi-desktop contributor add|list|assign|unassign``."""

from __future__ import annotations

import argparse

from mgi_desktop.cli.common import assessment_id, open_db
from mgi_desktop.cli.output import print_json, print_table
from mgi_desktop.cli.registry import Command


def _contributor(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="record a contributor (an official who answers in a workbook)")
    add.add_argument("--institution", required=True)
    add.add_argument("--person", default="")
    add.add_argument("--email", default="")
    add.add_argument("--language", default="en", help="the language of their workbooks (default: en)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="the contributors (with an assessment: their counts in it)")
    listing.add_argument("id", metavar="UUID", nargs="?")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    for name, helped in (("assign", "give a domain, sub-area or question to a contributor"),
                         ("unassign", "take an assignment back")):
        sub = actions.add_parser(name, help=helped)
        sub.add_argument("id", metavar="UUID")
        sub.add_argument("contributor", metavar="CONTRIBUTOR", help="the contributor's id (or a unique start of it)")
        target = sub.add_mutually_exclusive_group(required=True)
        target.add_argument("--domain", metavar="N")
        target.add_argument("--sub-area", metavar="CODE")
        target.add_argument("--question", metavar="CODE")
        if name == "assign":
            sub.add_argument("--lead", action="store_true", help="the contributor leads these questions")
            sub.add_argument("--due", metavar="YYYY-MM-DD")
        sub.set_defaults(handler=_assign if name == "assign" else _unassign)


COMMANDS = [
    Command("contributor", "record contributors and assign them domains, sub-areas or questions", _contributor),
]


def _add(args: argparse.Namespace) -> int:
    from mgi_desktop.services import contributors

    with open_db(args) as db:
        made = contributors.add(db, institution=args.institution, person=args.person, email=args.email,
                                language=args.language)
    if args.json:
        print_json(made.__dict__)
    else:
        print(made.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    from mgi_desktop.services import contributors

    with open_db(args) as db:
        if args.id is None:
            people = contributors.list_all(db)
            if args.json:
                print_json([c.__dict__ for c in people])
            else:
                print_table(["ID", "Institution", "Person", "E-mail", "Language"],
                            [[c.id[:8], c.institution, c.person, c.email, c.language] for c in people])
            return 0
        aid = assessment_id(db, args.id)
        counted = contributors.counts(db, aid)
    if args.json:
        print_json([{"contributor": c.contributor.__dict__, "assigned": c.assigned, "answered": c.answered,
                     "overdue": c.overdue} for c in counted])
    else:
        print_table(["ID", "Contributor", "Assigned", "Answered", "Overdue"],
                    [[c.contributor.id[:8], c.contributor.name, c.assigned, c.answered, c.overdue] for c in counted])
    return 0


def _target(args: argparse.Namespace) -> tuple[str, str]:
    if args.domain is not None:
        return "domain", args.domain
    if args.sub_area is not None:
        return "sub_area", args.sub_area
    return "question", args.question


def _assign(args: argparse.Namespace) -> int:
    from mgi_desktop.services import contributors

    scope, target = _target(args)
    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        contributors.assign(db, aid, args.contributor, scope, target, lead=args.lead, due=args.due)
        count = len(contributors.questions_of(db, aid, contributors.get(db, args.contributor).id))
    print(f"{count} questions assigned to this contributor in the assessment")
    return 0


def _unassign(args: argparse.Namespace) -> int:
    from mgi_desktop.services import contributors

    scope, target = _target(args)
    with open_db(args) as db:
        contributors.unassign(db, assessment_id(db, args.id), args.contributor, scope, target)
    return 0
