"""``mgi-desktop questionnaire translations|translation-export|translation-import``: a translator's tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mgi_desktop.cli.output import print_json

# The questionnaire modules are imported by the handlers that use them (see cli/common.py).


def add_actions(actions: Any) -> None:
    status = actions.add_parser("translations", help="how far each questionnaire is translated, per language: "
                                                     "translated, missing, outdated, draft, reviewed")
    status.add_argument("files", nargs="+", metavar="FILE_OR_ID",
                        help="questionnaire files (.yaml or .xlsx), or bundled framework ids")
    status.add_argument("--language", action="append", metavar="CODE",
                        help="report this language too, even with nothing translated yet (repeatable)")
    status.add_argument("--keys", action="store_true", help="list the missing and outdated texts' keys")
    status.add_argument("--json", action="store_true", help="print the report as JSON")
    status.set_defaults(handler=_status)
    export = actions.add_parser("translation-export", help="write a questionnaire's texts for a translator: a PO "
                                                           "file (Poedit, Weblate, Crowdin) or an XLSForm")
    export.add_argument("questionnaire", metavar="FILE_OR_ID",
                        help="a questionnaire file (.yaml or .xlsx), or a bundled framework id")
    export.add_argument("--language", required=True, metavar="CODE", help="the language to translate into")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.po|FILE.xlsx",
                        help="the file to write; its extension picks the format")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=_export)
    read = actions.add_parser("translation-import", help="read a translated PO file or XLSForm back: every text "
                                                         "checked, all or nothing")
    read.add_argument("questionnaire", metavar="FILE_OR_ID",
                      help="the questionnaire it translates: a file, or a bundled framework id")
    read.add_argument("translated", type=Path, metavar="FILE.po|FILE.xlsx")
    read.add_argument("--language", metavar="CODE", help="the language (a PO file names its own)")
    read.add_argument("--status", choices=("draft", "reviewed"), default="draft",
                      help="for an XLSForm: mark the texts as drafts (default) or reviewed; a PO file marks "
                           "each text itself (fuzzy is a draft)")
    read.add_argument("--into", type=Path, metavar="FILE.json",
                      help="the translation file to write (default: translations/ID.LANG.json beside the "
                           "questionnaire file, or in the user's folder for a bundled id)")
    read.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    read.add_argument("--json", action="store_true", help="print the result as JSON")
    read.set_defaults(handler=_import)


def _resolve(name: str) -> tuple[Any, Path | None]:
    from mgi_desktop.questionnaire import catalogue

    framework = catalogue.resolve(name)
    path = Path(name).expanduser()
    return framework, (path if path.is_file() else None)


def _status(args: argparse.Namespace) -> int:
    from mgi_desktop.questionnaire import texts, translations

    report = []
    for name in args.files:
        framework, _ = _resolve(name)
        coverage = translations.coverage(framework.source_model, framework.translations, args.language or ())
        entry: dict[str, Any] = {"file": name, "id": framework.id, "version": framework.version,
                                 "source_language": framework.source_model.source_language,
                                 "texts": len(texts.by_key(framework.source_model)),
                                 "languages": {}}
        for c in coverage:
            item = c.as_dict()
            if not args.keys:
                item.pop("outdated_keys")
                item.pop("missing_keys")
            item.pop("language")
            entry["languages"][c.language] = item
        report.append(entry)
        if not args.json:
            print(f"{name}: {framework.id} {framework.version}, {entry['texts']} texts in "
                  f"{entry['source_language']}")
            if not coverage:
                print("  no translations")
            for c in coverage:
                print(f"  {c.language}: {c.translated}/{c.total} translated ({c.percent:.0f}%), {c.missing} missing, "
                      f"{c.outdated} outdated, {c.draft} draft, {c.reviewed} reviewed")
                if args.keys:
                    for key in c.outdated_keys:
                        print(f"    outdated: {key}")
                    for key in c.missing_keys:
                        print(f"    missing: {key}")
    if args.json:
        print_json(report)
    return 0


def _export(args: argparse.Namespace) -> int:
    framework, _ = _resolve(args.questionnaire)
    language = args.language
    suffix = args.output.suffix.lower()
    if suffix in (".po", ".pot"):
        from mgi_desktop.export.translation_po import write_po

        written = write_po(framework, language, args.output)
        result = {"file": str(written.path), "format": "po", "language": language, "texts": written.entries,
                  "translated": written.translated, "fuzzy": written.fuzzy}
    elif suffix == ".xlsx":
        from mgi_desktop.export.xlsform import write_xlsform

        form = write_xlsform(framework, args.output, languages=[language])
        result = {"file": str(form.path), "format": "xlsform", "language": language, "languages": form.languages}
    else:
        from mgi_desktop.cli.output import error

        error(f"{args.output}: write a .po file or an .xlsx XLSForm")
        return 2
    if args.json:
        print_json(result)
    else:
        print(f"{result['file']}: {args.questionnaire} for translation into {language} ({result['format']})")
    return 0


def _import(args: argparse.Namespace) -> int:
    from mgi_desktop.questionnaire import translation_import
    from mgi_desktop.questionnaire.translations import Status

    framework, path = _resolve(args.questionnaire)
    suffix = args.translated.suffix.lower()
    if suffix == ".xlsx":
        if not args.language:
            from mgi_desktop.cli.output import error

            error(f"{args.translated}: say which language of the workbook to read (--language)")
            return 2
        result = translation_import.from_xlsform(framework, args.translated, args.language, Status(args.status))
    else:
        result = translation_import.from_po(framework, args.translated, args.language)
    target = args.into or translation_import.target_for(framework, result.language or "xx", path)
    if result.ok and not args.dry_run:
        translation_import.apply(result, target, framework)
    if args.json:
        print_json({"file": str(args.translated), "language": result.language, "target": str(target),
                    "written": result.ok and not args.dry_run, **result.counts(),
                    "problem_list": [p.as_dict() for p in result.problems],
                    "added_keys": result.added, "changed_keys": result.changed, "removed_keys": result.removed,
                    "outdated_keys": result.outdated})
        return 0 if result.ok else 1
    for problem in result.problems:
        print(str(problem), file=sys.stderr)
    if not result.ok:
        print(f"{args.translated}: {len(result.problems)} problem(s); nothing was imported", file=sys.stderr)
        return 1
    counts = result.counts()
    verb = "would change" if args.dry_run else "wrote"
    print(f"{args.translated}: {result.language}: {counts['added']} added, {counts['changed']} changed, "
          f"{counts['removed']} removed, {counts['unchanged']} unchanged"
          + (f" ({counts['outdated']} translate an older source text)" if counts["outdated"] else "")
          + f"; {verb} {target}")
    return 0
