"""``key show|export|import|trust|replace|colleague``: the user's signing key and the keys they trust."""

from __future__ import annotations

import argparse
from pathlib import Path

from mgi_desktop.cli.common import assessment_id, open_db
from mgi_desktop.cli.output import print_json, print_table
from mgi_desktop.cli.registry import Command


def _command(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="your key's fingerprint, and every key this database knows")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    export = actions.add_parser("export", help="write your public key (.mgikey), or a signed list of the "
                                "trusted reviewer keys (.mgikeys, with --list)")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    export.add_argument("--list", action="store_true", help="a signed list of trusted reviewer keys (IOM)")
    export.add_argument("--key", action="append", default=[], metavar="FINGERPRINT",
                        help="with --list: only these keys (repeat)")
    export.set_defaults(handler=_export)
    imp = actions.add_parser("import", help="add the key(s) of a .mgikey or .mgikeys file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_import)
    trust = actions.add_parser("trust", help="trust a known key once you compared its fingerprint with its holder")
    trust.add_argument("fingerprint", metavar="FINGERPRINT")
    trust.set_defaults(handler=_trust)
    replace = actions.add_parser("replace", help="make a new key, introduced by the current one (kept to open "
                                 "older packages)")
    replace.set_defaults(handler=_replace)
    colleague = actions.add_parser("colleague", help="let a colleague's key answer this assessment with you")
    colleague.add_argument("id", metavar="UUID")
    colleague.add_argument("fingerprint", metavar="FINGERPRINT")
    colleague.set_defaults(handler=_colleague)


def _show(args: argparse.Namespace) -> int:
    from mgi_desktop.services import keys

    with open_db(args) as db:
        known = keys.all_keys(db)
        mine = db.own_key.fingerprint
    if args.json:
        print_json({"fingerprint": mine, "keys": [k.as_dict() for k in known]})
        return 0
    own = next(k for k in known if k.fingerprint == mine)
    print(f"your key: {own.short}  ({mine})")
    print_table(["Fingerprint", "Name", "Institution", "Role", "Trust"],
                [[k.short, k.name, k.institution, k.role.value.replace("_", " "), k.trust.value
                  + (" (replaced)" if k.replaced_by else "")] for k in known if k.fingerprint != mine])
    return 0


def _export(args: argparse.Namespace) -> int:
    from mgi_desktop.services import keys

    with open_db(args) as db:
        if args.list:
            listed = keys.export_list(db, args.output, args.key)
            print(f"{args.output}: {len(listed)} key(s), signed by your key {db.own_key.identity.public.short}")
        else:
            card = keys.export_own(db, args.output)
            print(f"{args.output}: {card.name or '?'} ({card.public.short})")
    return 0


def _import(args: argparse.Namespace) -> int:
    from mgi_desktop.services import keys

    with open_db(args) as db:
        imported = keys.import_file(db, args.file)
    if args.json:
        print_json({"keys": [k.as_dict() for k in imported.keys], "messages": [str(m) for m in imported.messages]})
    else:
        for message in imported.messages:
            print(message)
    return 0


def _trust(args: argparse.Namespace) -> int:
    from mgi_desktop.services import keys

    with open_db(args) as db:
        key = keys.trust(db, args.fingerprint)
    print(f"{key.short}: {key.name or '?'} ({key.institution or '-'}), {key.role.value.replace('_', ' ')}: "
          f"{key.trust.value}")
    return 0


def _replace(args: argparse.Namespace) -> int:
    from mgi_desktop.services import parties

    with open_db(args) as db:
        old = db.own_key.identity.public.short
        new = parties.replace_own(db)
    print(f"new key {new.short}, introduced by {old} (kept to open older packages); your next packages carry "
          "the introduction")
    return 0


def _colleague(args: argparse.Namespace) -> int:
    from mgi_desktop.identity.keys import short
    from mgi_desktop.services import parties

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        fingerprint = parties.add_colleague(db, aid, args.fingerprint)
    print(f"{short(fingerprint)} now answers assessment {aid} with you; your next package tells their database")
    return 0


COMMANDS = [
    Command("key", "your signing key, and the keys you trust (show, export, import, trust, replace)", _command),
]
