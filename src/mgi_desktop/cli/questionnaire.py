"""``mgi-desktop questionnaire validate|show|schema|import-xlsform|export-xlsform|diff|crosswalk`` (and the
translator's actions of `cli.translations`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mgi_desktop.cli import translations
from mgi_desktop.cli.output import print_json
from mgi_desktop.cli.registry import Command

# The questionnaire modules are imported by the handlers that use them (see cli/common.py).
if TYPE_CHECKING:
    from mgi_desktop.questionnaire.framework import Framework


def _questionnaire(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = actions.add_parser("validate", help="validate questionnaire files and report every problem")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help="questionnaire files (.yaml) or "
                                                                              "XLSForm workbooks (.xlsx)")
    validate.add_argument("--json", action="store_true", help="print the results as JSON")
    validate.set_defaults(handler=_validate)
    show = actions.add_parser("show", help="print a readable outline of a questionnaire")
    show.add_argument("file", type=Path, metavar="FILE")
    show.add_argument("--json", action="store_true", help="print the outline as JSON")
    show.set_defaults(handler=_show)
    schema = actions.add_parser("schema", help="print (or write) the JSON Schema of the questionnaire format")
    schema.add_argument("-o", "--output", type=Path, metavar="FILE")
    schema.set_defaults(handler=_schema)
    read = actions.add_parser("import-xlsform", help="convert an XLSForm (.xlsx) to a questionnaire file; "
                                                     "every problem is reported with its cell")
    read.add_argument("form", type=Path, metavar="FORM.xlsx")
    read.add_argument("-o", "--output", type=Path, metavar="FILE.yaml",
                      help="write the questionnaire there (default: print it)")
    read.add_argument("--json", action="store_true", help="print the result (problems, notes) as JSON")
    read.set_defaults(handler=_import_xlsform)
    write = actions.add_parser("export-xlsform", help="write a questionnaire as an XLSForm, every language "
                                                      "included, to edit in Excel or run in ODK and KoboToolbox")
    write.add_argument("questionnaire", metavar="FILE_OR_ID",
                       help="a questionnaire file (.yaml or .xlsx), or a bundled framework id")
    write.add_argument("-o", "--output", type=Path, required=True, metavar="FORM.xlsx")
    write.add_argument("--json", action="store_true")
    write.set_defaults(handler=_export_xlsform)
    _version_actions(actions)
    translations.add_actions(actions)


#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command('questionnaire', "check and show questionnaire files", _questionnaire),
]


def _schema(args: argparse.Namespace) -> int:
    from mgi_desktop.atomic import write_text
    from mgi_desktop.questionnaire.schema import json_schema_text

    text = json_schema_text()
    if args.output:
        write_text(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _summary(path: Path, framework: Framework | None, problems: list[Any]) -> dict[str, Any]:
    from mgi_desktop.questionnaire.stats import structure_counts

    result: dict[str, Any] = {"file": str(path), "valid": framework is not None}
    if framework is not None:
        model = framework.model
        result |= {"id": model.id, "version": model.version, "level": model.level.value,
                   "scoring": model.scoring, "sha256": framework.sha256}
        result |= structure_counts(framework)
    result["problems"] = [p.as_dict() for p in problems]
    return result


def _validate(args: argparse.Namespace) -> int:
    from mgi_desktop.questionnaire.catalogue import check
    from mgi_desktop.questionnaire.stats import structure_counts

    results = []
    failed = False
    for path in args.files:
        framework, problems, _notes = check(path)
        failed = failed or framework is None
        results.append(_summary(path, framework, problems))
        if not args.json:
            if framework is None:
                for problem in problems:
                    print(str(problem), file=sys.stderr)
            else:
                counts = structure_counts(framework)
                print(f"{path}: OK: {framework.id} {framework.version} ({framework.model.level.value}), "
                      f"{counts['domains']} domains, {counts['sub_areas']} sub-areas, "
                      f"{counts['indicators']} indicators, {counts['questions']} questions")
    if args.json:
        print_json(results)
    return 1 if failed else 0


def _show(args: argparse.Namespace) -> int:
    from mgi_desktop.questionnaire.catalogue import resolve
    from mgi_desktop.questionnaire.stats import structure_counts

    framework = resolve(str(args.file))
    model = framework.model
    if args.json:
        print_json(_summary(args.file, framework, []) | {"outline": [
            {"number": d.number, "code": d.code, "title": str(d.title),
             "sub_areas": [{"code": s.code, "title": str(s.title),
                            "indicators": [{"code": i.code, "title": str(i.title),
                                            "questions": [q.code for q in i.questions]}
                                           for i in s.indicators]}
                           for s in d.sub_areas]}
            for d in model.domains]})
        return 0
    counts = structure_counts(framework)
    print(f"{model.title} — {model.id} version {model.version} ({model.level.value})")
    if model.notice:
        print(f"Note: {model.notice}")
    print(f"{counts['domains']} domains, {counts['sub_areas']} sub-areas, {counts['indicators']} indicators, "
          f"{counts['questions']} questions\n")
    for domain in model.domains:
        per = counts["per_domain"][domain.code]
        print(f"{domain.number}. {domain.title}  [{per['sub_areas']} sub-areas, {per['indicators']} indicators, "
              f"{per['questions']} questions]")
        for sub_area in domain.sub_areas:
            print(f"   {sub_area.code}  {sub_area.title}")
            for indicator in sub_area.indicators:
                qs = ", ".join(q.code for q in indicator.questions)
                print(f"      {indicator.code}  {indicator.title}  ({qs})")
        print()
    return 0


def _import_xlsform(args: argparse.Namespace) -> int:
    from mgi_desktop.atomic import write_text
    from mgi_desktop.messages import english
    from mgi_desktop.questionnaire.xlsform.read import check_xlsform

    result = check_xlsform(args.form)
    framework = result.framework
    if framework is not None and args.output:
        write_text(args.output, framework.text)
    if args.json:
        print_json(_summary(args.form, framework, result.problems)
                   | {"notes": [english(n) for n in result.notes], "output": str(args.output) if args.output else None})
        return 1 if framework is None else 0
    for problem in result.problems:
        print(str(problem), file=sys.stderr)
    for note in result.notes:  # what was read past: after the problems, which matter more
        print(f"{args.form}: note: {english(note)}", file=sys.stderr)
    if framework is None:
        print(f"{args.form}: {len(result.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    if args.output:
        print(f"{args.output}: {framework.id} {framework.version}, {len(framework.placements)} questions, "
              f"languages {', '.join(framework.model.languages)}", file=sys.stderr)
    else:
        sys.stdout.write(framework.text)
    return 0


def _export_xlsform(args: argparse.Namespace) -> int:
    from mgi_desktop.export.xlsform import write_xlsform
    from mgi_desktop.questionnaire import catalogue

    written = write_xlsform(catalogue.resolve(args.questionnaire), args.output)
    if args.json:
        print_json(written.as_dict())
    else:
        print(f"{written.path}: {written.questions} questions, {written.choice_lists} choice lists, "
              f"languages {', '.join(written.languages)}")
    return 0
# -- versions: what changed between two, and the crosswalk between them ------------------------------


def _version_actions(actions: Any) -> None:
    diff = actions.add_parser("diff", help="what changed between two versions of a questionnaire, per domain")
    diff.add_argument("old", metavar="OLD", help="a questionnaire file, or a bundled framework id")
    diff.add_argument("new", metavar="NEW", help="a questionnaire file, or a bundled framework id")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON")
    diff.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the changes as a workbook (.xlsx)")
    diff.set_defaults(handler=_diff)
    walk = actions.add_parser("crosswalk", help="draft the crosswalk from OLD to NEW (or check an edited one)")
    walk.add_argument("old", metavar="OLD", help="a questionnaire file, or a bundled framework id")
    walk.add_argument("new", metavar="NEW", help="a questionnaire file, or a bundled framework id")
    walk.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the draft there (default: print it)")
    walk.add_argument("--check", type=Path, metavar="FILE",
                      help="check an edited crosswalk against OLD and NEW and report every problem")
    walk.add_argument("--json", action="store_true", help="with --check: print the problems as JSON")
    walk.set_defaults(handler=_crosswalk)


def _diff(args: argparse.Namespace) -> int:
    from mgi_desktop.export.questionnaire_diff_xlsx import details, export_xlsx
    from mgi_desktop.questionnaire import catalogue
    from mgi_desktop.questionnaire.diff import diff

    result = diff(catalogue.resolve(args.old), catalogue.resolve(args.new))
    if args.output:
        export_xlsx(result, args.output)
    if args.json:
        print_json(result.as_dict())
        return 0
    counts = result.counts()
    print(f"{result.old.id} {result.old.version} -> {result.new.id} {result.new.version}: "
          f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed")
    for number, changes in result.by_domain().items():
        print(f"\nDomain {number}")
        for change in changes:
            what = details(change) if change.status == "changed" else [change.status]
            print(f"  {change.code}  " + "; ".join((["moved"] if change.moved else []) + what))
    if args.output:
        print(f"\n{args.output}: written", file=sys.stderr)
    return 0


def _crosswalk(args: argparse.Namespace) -> int:
    from mgi_desktop.atomic import write_text
    from mgi_desktop.questionnaire import catalogue, crosswalk

    old, new = catalogue.resolve(args.old), catalogue.resolve(args.new)
    if args.check:
        checked, problems = crosswalk.check_file(args.check, old, new)
        if args.json:
            print_json({"file": str(args.check), "valid": checked is not None,
                        "problems": [p.as_dict() for p in problems]})
        elif checked is None:
            for problem in problems:
                print(str(problem), file=sys.stderr)
        else:
            print(f"{args.check}: OK: {len(checked.mappings)} questions from {old.id} {old.version} "
                  f"to {new.id} {new.version}")
        return 0 if checked is not None else 1
    drafted = crosswalk.draft(old, new)
    text = crosswalk.dump_yaml(drafted)
    if args.output:
        write_text(args.output, text)
    else:
        sys.stdout.write(text)
    carried = [m for m in drafted.mappings if m.new]
    print(f"{len(carried)} questions carried ({sum(m.confirm for m in carried)} to confirm), "
          f"{len(drafted.mappings) - len(carried)} not carried: check every 'confirm' and null before using it",
          file=sys.stderr)
    return 0

