"""``mgi-desktop export profile|xlsx|sdg`` and ``mgi-desktop consolidate``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mgi_desktop.cli.common import assessment_id, database_path, language_of, open_db
from mgi_desktop.cli.output import count, print_json
from mgi_desktop.cli.registry import Command
from mgi_desktop.errors import ValidationError
from mgi_desktop.export.profile_formats import PROFILE_FORMATS
from mgi_desktop.messages import Template

if TYPE_CHECKING:
    from mgi_desktop.services.validation import Trust

# The exports are imported by the handlers that use them (see cli/common.py).

FORMAT_NEEDED = Template("cli.format_needed", "give --format html, pdf or docx (the extension does not say)")


def _export(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="WHAT", required=True)

    profile = actions.add_parser("profile", help="the profile report (HTML, PDF or Word)")
    profile.add_argument("id", metavar="UUID")
    profile.add_argument("--format", choices=PROFILE_FORMATS,
                         help="html, pdf or docx (default: from the file name's extension)")
    profile.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _language_option(profile)
    profile.add_argument("--json", action="store_true")
    profile.set_defaults(handler=_profile)

    xlsx = actions.add_parser("xlsx", help="the Excel summary: answers, evidence, findings, comments, audit")
    xlsx.add_argument("id", metavar="UUID")
    xlsx.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _language_option(xlsx)
    xlsx.add_argument("--json", action="store_true")
    xlsx.set_defaults(handler=_xlsx)

    from mgi_desktop.export.sdg_files import LAYOUTS, METHODS

    sdg = actions.add_parser("sdg", help="SDG 10.7.2 as its reporters use it: the open-sdg national platform CSV, "
                                         "the UN global SDG database CSV (SDMX) or the UN Inquiry transcription "
                                         "workbook")
    sdg.add_argument("id", metavar="UUID")
    sdg.add_argument("--layout", choices=LAYOUTS, required=True,
                     help="open-sdg: Year, Policy area, Value (data/indicator_10-7-2.csv of a national platform); "
                          "un-global: SDMX-CSV of series SG_CPA_MIGRS, domains PD_1-PD_6 and _T; transcription: "
                          "the UN Inquiry's Module III table with the answers to transcribe (.xlsx)")
    sdg.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sdg.add_argument("--year", type=int, metavar="YYYY",
                     help="the year the CSV reports (default: the year of the assessment's last change)")
    sdg.add_argument("--method", choices=METHODS, default="official",
                     help="the value the CSV holds: official (the UN's: a missing sub-category counts as 0; "
                          "default) or completeness-aware (no value until a domain is complete); the "
                          "transcription workbook shows both")
    _language_option(sdg)
    sdg.add_argument("--json", action="store_true")
    sdg.set_defaults(handler=_sdg)


def _consolidate_command(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                        help="MGI Desktop database files and .mgi packages; each validation is checked against "
                             "the keys trusted in your own database (--database)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument("--language", metavar="CODE", default="en",
                        help="the language of the workbook's headings and of the questionnaires' texts "
                             "(e.g. fr, es, ru, ar; default: en)")
    parser.add_argument("--status", metavar="LIST", action="append",
                        help="the statuses to take, separated by commas: draft, submitted, in_review, returned, "
                             "resubmitted, validated, approved, or all (default: validated,approved)")
    parser.add_argument("--include-archived", action="store_true",
                        help="take archived assessments too (left out by default)")
    parser.add_argument("--csv", type=Path, metavar="DIR",
                        help="also write the long tables as CSV files (UTF-8 with BOM) with a Frictionless "
                             "datapackage.json into DIR, a new folder or one holding only an earlier such export")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_consolidate)


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", metavar="CODE",
                        help="the language of the export (e.g. en, fr, es, ru, ar; default: the assessment's "
                             "working language)")



#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command('export', "export the profile report, the Excel summary or the SDG 10.7.2 files of an assessment",
            _export),
    Command('consolidate', "one Excel workbook from the assessments of several databases", _consolidate_command),
]


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix not in PROFILE_FORMATS:
        raise ValidationError(FORMAT_NEEDED(args.output))
    return str(suffix)


def _profile(args: argparse.Namespace) -> int:
    from mgi_desktop.export import dataset, sources
    from mgi_desktop.export.profile import build_profile
    from mgi_desktop.services import validation
    from mgi_desktop.ui.export.profile_files import write_profile

    fmt = _format(args)
    with open_db(args) as db:
        data = sources.from_database(db, assessment_id(db, args.id))
        trust = validation.trust_of(db)
    language = language_of(args, data.meta)
    write_profile(build_profile(data, trust=trust, language=language), fmt, args.output)
    if args.json:
        print_json(dataset.as_jsonable(data) | {"file": str(args.output), "format": fmt, "language": language})
    else:
        print(f"Wrote {args.output}")
    return 0


def _xlsx(args: argparse.Namespace) -> int:
    from mgi_desktop.export import dataset, sources, summary_xlsx

    with open_db(args) as db:
        data = sources.from_database(db, assessment_id(db, args.id))
    language = language_of(args, data.meta)
    summary_xlsx.write_summary(data, args.output, language=language)
    if args.json:
        print_json(dataset.as_jsonable(data) | {"file": str(args.output), "language": language})
    else:
        print(f"Wrote {args.output}")
    return 0


def _sdg(args: argparse.Namespace) -> int:
    from mgi_desktop.export import dataset, sdg_files, sources

    with open_db(args) as db:
        data = sources.from_database(db, assessment_id(db, args.id))
    language = language_of(args, data.meta)
    year = args.year if args.year is not None else sdg_files.default_year(data)
    sdg_files.write_sdg(data, args.output, args.layout, year=year, method=args.method, language=language)
    method = None if args.layout == sdg_files.TRANSCRIPTION else args.method
    if args.json:
        print_json(dataset.as_jsonable(data) | {"file": str(args.output), "layout": args.layout, "year": year,
                                                "method": method or "both", "language": language})
    else:
        what = "both values" if method is None else f"{year}, the {method} value"
        print(f"Wrote {args.output} (SDG 10.7.2, {args.layout} layout, {what})")
    return 0


def _consolidate(args: argparse.Namespace) -> int:
    from mgi_desktop.export.consolidate import consolidate
    from mgi_desktop.export.consolidate_filters import DEFAULT_STATUSES, Filters, parse_statuses
    from mgi_desktop.messages import english
    from mgi_desktop.services.validation import TRUST_UNKNOWN

    filters = Filters(parse_statuses(args.status) if args.status else DEFAULT_STATUSES,
                      include_archived=args.include_archived)
    trust = _trust(args)
    report = consolidate(args.inputs, args.output, filters=filters, csv_folder=args.csv, trust=trust,
                         language=args.language)
    if args.json:
        print_json(report.as_dict())
        return 0
    print(f"Wrote {args.output}: {count(report.assessments, 'assessment')}, {count(report.answer_rows, 'answer row')} "
          f"from {count(len(report.inputs), 'input')}")
    if report.csv_folder is not None:
        print(f"Wrote the CSV files and datapackage.json in {report.csv_folder}")
    excluded = report.excluded
    statuses = ",".join(str(s) for s in filters.ordered_statuses())
    if excluded.total:
        print(f"Left out {count(excluded.total, 'assessment')}: {excluded.status} not {statuses} "
              f"(--status), {excluded.archived} archived" + ("" if filters.include_archived else
                                                              " (--include-archived)"))
    for d in report.duplicates:
        print(f"  duplicate {d.id[:8]} ({d.title}): kept revision {d.kept_revision} from {d.kept_from}, "
              f"not revision {d.skipped_revision} from {d.skipped_from}")
    print(english(trust.message if trust is not None else TRUST_UNKNOWN()))
    for aid, checked in report.validations.items():
        if checked.warning:
            print(f"  {aid[:8]}: {english(checked.message)}")
    return 0


def _trust(args: argparse.Namespace) -> Trust | None:
    """The keys trusted by the person consolidating, from their own database (read, never written);
    None when they have none here: the workbook then says the signers were not checked."""
    from mgi_desktop.services import validation
    from mgi_desktop.storage.db import Database

    path = database_path(args)
    if not path.is_file():
        return None
    with Database.open_read_only(path) as db:
        return validation.trust_of(db)
