"""``mgi-desktop profile show|set``: the profile's title page and credits (`services.profile_settings`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mgi_desktop.cli.common import assessment_id, language_of, open_db
from mgi_desktop.cli.output import print_json
from mgi_desktop.cli.registry import Command
from mgi_desktop.errors import MgiError, ValidationError
from mgi_desktop.messages import Template

# The services are imported by the handlers that use them (see cli/common.py).

TEXT_FILE_UNREADABLE = Template("cli.text_file_unreadable", "cannot read the text: {reason}")
NOTHING_TO_SET = Template("cli.profile_nothing_to_set",
                          "give at least one of --title, --country-name, --date, --round-label, --credits-file, "
                          "--intro-file (or --reset NAME)")

#: option -> setting; "" typed as a value, or --reset NAME, goes back to the default
_OPTIONS = (("title", "title"), ("country_name", "country_name"), ("date", "date"), ("round_label", "round_label"))
_FILES = (("credits_file", "credits"), ("intro_file", "introduction"))
_RESETTABLE = ("title", "country-name", "date", "round-label", "credits", "introduction")


def _profile(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="what the profile's title page says, and which settings are defaults")
    show.add_argument("id", metavar="UUID")
    show.add_argument("--language", metavar="CODE",
                      help="the language of the defaults (default: the assessment's working language)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    put = actions.add_parser("set", help="set the profile's title, country name, date, round label, credits or "
                                         "introduction (each audited; an empty value goes back to the default)")
    put.add_argument("id", metavar="UUID")
    put.add_argument("--title", metavar="TEXT",
                     help='e.g. "Migration Governance Second Profile: The Kyrgyz Republic (Kyrgyzstan)"')
    put.add_argument("--country-name", metavar="TEXT",
                     help='the country as the profile names it, e.g. "The Kyrgyz Republic (Kyrgyzstan)" '
                          "(default: its official name)")
    put.add_argument("--date", metavar="YYYY-MM[-DD]", help="the profile's date (default: the month of the last "
                                                           "change)")
    put.add_argument("--round-label", metavar="TEXT", help='e.g. "Second Profile" (default: from the round number)')
    put.add_argument("--credits-file", type=Path, metavar="F", help="the credits to partners, from a UTF-8 text file")
    put.add_argument("--intro-file", type=Path, metavar="F", help="the introduction, from a UTF-8 text file")
    put.add_argument("--reset", action="append", default=[], choices=_RESETTABLE, metavar="NAME",
                     help="go back to the default of NAME (" + ", ".join(_RESETTABLE) + "; repeat for several)")
    put.add_argument("--json", action="store_true")
    put.set_defaults(handler=_set)


#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command("profile", "show and set the profile's title page, credits and introduction", _profile),
]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MgiError(TEXT_FILE_UNREADABLE(path, reason=exc.strerror or str(exc))) from None
    except UnicodeDecodeError:
        raise MgiError(TEXT_FILE_UNREADABLE(path, reason="not UTF-8 text")) from None


def _settings(args: argparse.Namespace) -> dict[str, str | None]:
    settings: dict[str, str | None] = {}
    for option, name in _OPTIONS:
        value = getattr(args, option)
        if value is not None:
            settings[name] = value
    for option, name in _FILES:
        path = getattr(args, option)
        if path is not None:
            settings[name] = _read(path)
    for name in args.reset:
        settings[name.replace("-", "_")] = None
    return settings


def _show(args: argparse.Namespace) -> int:
    from mgi_desktop.export.profile import title_page
    from mgi_desktop.services import assessments, findings, profile_settings

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        meta = assessments.get(db, aid)
        stored = profile_settings.stored(db, aid)
        page = title_page(meta, language_of(args, meta))
        introduction = findings.introduction(db, aid)
    shown = {"title": page.title, "country_name": page.country_name, "date": page.date.isoformat(),
             "date_label": page.date_label, "round_label": page.round_label, "credits": page.credits,
             "introduction": introduction}
    if args.json:
        print_json({"assessment_id": aid, "profile": shown, "stored": stored.as_dict(),
                    "defaults": sorted(name for name, value in stored.as_dict().items() if value is None)})
        return 0
    for name, label in (("title", "Title"), ("country_name", "Country name"), ("date_label", "Date"),
                        ("round_label", "Round label"), ("credits", "Credits"), ("introduction", "Introduction")):
        key = "date" if name == "date_label" else name
        mark = "  (default)" if getattr(stored, key) is None else ""
        value = shown[name] or "—"
        if "\n" in value or len(value) > 100:
            print(f"{label}:{mark}")
            print("  " + value.replace("\n", "\n  "))
        else:
            print(f"{label}: {value}{mark}")
    return 0


def _set(args: argparse.Namespace) -> int:
    from mgi_desktop.services import profile_settings

    settings = _settings(args)
    if not settings:
        raise ValidationError(NOTHING_TO_SET())
    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        changes = profile_settings.set_profile(db, aid, **settings)
        stored = profile_settings.stored(db, aid)
    if args.json:
        print_json({"assessment_id": aid, "changed": bool(changes), "stored": stored.as_dict()})
    elif changes:
        print(f"Profile settings saved; see them with: mgi-desktop profile show {aid[:8]}")
    else:
        print("Nothing changed: the profile already says that.")
    return 0
