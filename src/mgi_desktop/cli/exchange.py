"""``package export|import``, ``review``, ``status``, ``round`` and ``audit``: the review loop."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mgi_desktop import enums
from mgi_desktop.cli import follow_up
from mgi_desktop.cli.common import assessment_id, database_path, language_of, open_db
from mgi_desktop.cli.output import count, print_json, print_table
from mgi_desktop.cli.registry import Command
from mgi_desktop.enums import AssessmentStatus, Role
from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Template

# The exchange, the exports and the services are imported by the handlers that use them (see cli/common.py).
if TYPE_CHECKING:
    from mgi_desktop.exchange import receive

PASSWORD_FILE_UNREADABLE = Template("cli.password_file_unreadable", "cannot read the password file: {reason}")
PASSWORD_FILE_EMPTY = Template("cli.password_file_empty", "the password file is empty")


#: ``status UUID ACTION``: the workflow step each word takes.
ACTIONS = {
    "submit": AssessmentStatus.SUBMITTED, "start-review": AssessmentStatus.IN_REVIEW,
    "return": AssessmentStatus.RETURNED, "resubmit": AssessmentStatus.RESUBMITTED,
    "validate": AssessmentStatus.VALIDATED, "approve": AssessmentStatus.APPROVED,
}


def _password(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "password_file", None)
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MgiError(PASSWORD_FILE_UNREADABLE(path, reason=exc.strerror or str(exc))) from None
    password = text.splitlines()[0] if text.splitlines() else ""
    if not password:
        raise MgiError(PASSWORD_FILE_EMPTY(path))
    return password


# -- package -----------------------------------------------------------------------------


def _package_command(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write an assessment as one .mgi package")
    export.add_argument("id", metavar="UUID")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    export.add_argument("--password-file", type=Path, metavar="F",
                        help="protect the package with the password on the first line of F (first contact)")
    export.add_argument("--encrypt", action="store_true",
                        help="encrypt the package to the keys of the assessment's other parties (no password)")
    export.add_argument("--to", action="append", default=[], metavar="FINGERPRINT",
                        help="encrypt the package to this known key (repeat for several recipients)")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=_package_export)
    verify = actions.add_parser("verify", help="check a package and say who signed it and what it holds; "
                                "changes nothing")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--password-file", type=Path, metavar="F")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_package_verify)
    imp = actions.add_parser("import", help="check a .mgi package and import (or merge) it")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--password-file", type=Path, metavar="F")
    side = imp.add_mutually_exclusive_group()
    side.add_argument("--theirs", action="store_true", help="resolve every conflict with the package's version")
    side.add_argument("--mine", action="store_true", help="resolve every conflict with this database's version")
    imp.add_argument("--dry-run", action="store_true", help="check and preview only; change nothing")
    imp.add_argument("--confirm-key", action="append", default=[], metavar="FINGERPRINT",
                     help="a signer's fingerprint you compared with them (a reviewer's key met for the first "
                     "time); repeat for several")
    imp.add_argument("--accept-unsigned", action="store_true",
                     help="import a package of format 1 (not signed) that you know the origin of")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_package_import)


def _package_export(args: argparse.Namespace) -> int:
    from mgi_desktop.exchange import send

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        recipients = send.recipient_keys(db, aid, args.to) if (args.encrypt or args.to) else []
        sent = send.export_package(db, aid, args.output, password=_password(args), recipients=recipients)
    if args.json:
        print_json(sent.as_dict() | {"encrypted": args.password_file is not None or bool(recipients),
                                     "recipients": [r.fingerprint for r in recipients]})
    else:
        print(f"{sent.path}: package {sent.manifest.sequence} of assessment {sent.manifest.assessment_id} "
              f"({sent.answers} answers, {sent.evidence} evidence items, {sent.attachments} files)")
    return 0


def _package_import(args: argparse.Namespace) -> int:
    from mgi_desktop.exchange import receive

    password = _password(args)
    with open_db(args) as db:
        preview = receive.preview_import(db, args.file, password, args.confirm_key, args.accept_unsigned)
        if preview.refusal is not None and not args.dry_run:
            _print_preview(preview)
            receive.apply_import(db, args.file, {}, password, args.confirm_key, args.accept_unsigned)  # raises
        if args.dry_run or (preview.conflicts and not (args.theirs or args.mine)):
            if args.json:
                print_json(preview.as_dict() | {"imported": False})
            else:
                _print_preview(preview)
            if preview.conflicts and not args.dry_run:
                raise receive.ConflictError(str(args.file), preview.conflicts)
            return 0
        resolutions = receive.resolutions_for(preview.conflicts, "theirs" if args.theirs else "mine")
        changes = receive.apply_import(db, args.file, resolutions, password, args.confirm_key, args.accept_unsigned)
    if args.json:
        print_json(preview.as_dict() | {"imported": True, "resolutions": resolutions})
    else:
        _print_preview(preview)
        what = "added" if preview.is_new else "merged"
        print(f"{args.file}: {what} assessment {preview.manifest.assessment_id}"
              + (f" ({count(len(resolutions), 'conflict')} resolved with {'theirs' if args.theirs else 'mine'})"
                 if resolutions else ""))
        for message in changes.messages:
            print(f"  note: {message}")
    return 0


def _package_verify(args: argparse.Namespace) -> int:
    from mgi_desktop.exchange import receive

    report = receive.verify(args.file, _password(args), database_path(args))
    if args.json:
        print_json(report)
        return 0
    signer = report["signer"]
    print(f"{args.file}: package {report['sequence']} of assessment {report['assessment_id']} "
          f"({report['title']}), format {report['format_version']}")
    if signer is None:
        print("  NOT SIGNED (format 1): anyone could have written or changed it")
    else:
        print(f"  signed by {signer['name']} ({signer['institution'] or '-'}, {signer['role'].replace('_', ' ')}), "
              f"key {signer['short']}: {signer['trust_text']}")
    print(f"  status {report['status']}; {report['answers']} answers, {report['evidence']} evidence items, "
          f"{report['files']} files, {report['decisions']} review decisions, {report['steps']} signed steps")
    print(f"  encryption: {report['encryption'] or 'none'}")
    return 0


def _print_preview(preview: receive.ImportPreview) -> None:
    from mgi_desktop.exchange import receive

    m = preview.manifest
    print(f"{preview.path}: {preview.title}")
    print(f"  from {m.sender.name} ({m.sender.role}), package {m.sequence}, {m.created_at}"
          + {"password": ", password-protected", "key": ", encrypted to your key"}.get(preview.encryption, ""))
    signer = preview.signer
    if signer is None:
        print("  NOT SIGNED: a package of format 1; anyone could have written or changed it")
    else:
        print(f"  signed by {signer.name} ({signer.institution or '-'}, {signer.role.value.replace('_', ' ')}), "
              f"key {signer.short}: {enums.english(signer.trust)}"
              + (f", {signer.bound_role.value.replace('_', ' ')} of this assessment" if signer.bound_role else ""))
    if preview.refusal is not None:
        print(f"  NEEDS YOUR CONFIRMATION: {preview.refusal}")
    print(f"  {'new assessment' if preview.is_new else 'merge into the assessment here'}; "
          f"questionnaire {m.framework.id} {m.framework.version}")
    if preview.status:
        print(f"  status: {preview.status[0]} -> {preview.status[1]}")
    changed = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in preview.counts.items() if v)
    print(f"  changes: {changed or 'none'}")
    for note in preview.notes:
        print(f"  note: {note}")
    for conflict in preview.conflicts:
        print(f"  CONFLICT {receive.describe(conflict)}")


# -- review ------------------------------------------------------------------------------


def _review_command(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text in (("accept", "accept an answer"), ("return", "return an answer with a reason")):
        p = actions.add_parser(name, help=help_text)
        p.add_argument("id", metavar="UUID")
        p.add_argument("code", metavar="CODE")
        p.add_argument("--reason", default="", help="why (required to return; an optional note to accept)")
        p.set_defaults(handler=_review_decide, decision="accepted" if name == "accept" else "returned")
    nxt = actions.add_parser("next", help="the next question to review")
    nxt.add_argument("id", metavar="UUID")
    nxt.add_argument("--after", metavar="CODE")
    nxt.add_argument("--json", action="store_true")
    nxt.set_defaults(handler=_review_next)
    summary = actions.add_parser("summary", help="decisions per domain")
    summary.add_argument("id", metavar="UUID")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler=_review_summary)
    hist = actions.add_parser("history", help="every decision recorded")
    hist.add_argument("id", metavar="UUID")
    hist.add_argument("--question", metavar="CODE")
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(handler=_review_history)


def _review_decide(args: argparse.Namespace) -> int:
    from mgi_desktop.services import review

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        review.decide(db, aid, args.code, args.decision, args.reason)
        following = review.next_to_review(db, aid, args.code)
    print(f"{args.code}: {args.decision}" + (f"; next to review: {following}" if following else
                                             "; nothing left to review"))
    return 0


def _review_next(args: argparse.Namespace) -> int:
    from mgi_desktop.services import review

    with open_db(args) as db:
        code = review.next_to_review(db, assessment_id(db, args.id), args.after)
    if args.json:
        print_json({"next": code})
    else:
        print(code or "nothing left to review")
    return 0


def _review_summary(args: argparse.Namespace) -> int:
    from mgi_desktop.services import review

    with open_db(args) as db:
        summary = review.counts(db, assessment_id(db, args.id))
    if args.json:
        print_json(summary.as_dict())
        return 0
    names = ("to_review", "accepted", "returned", "revised", "unresolved_comments")
    rows = [[f"Domain {n}", *(getattr(c, f) for f in names)] for n, c in summary.domains.items()]
    rows.append(["All", *(getattr(summary.overall, f) for f in names)])
    print_table(["", "To review", "Accepted", "Returned", "Revised", "Open comments"], rows)
    return 0


def _review_history(args: argparse.Namespace) -> int:
    from mgi_desktop.services import review

    with open_db(args) as db:
        decisions = review.history(db, assessment_id(db, args.id), args.question)
    if args.json:
        print_json([d.as_dict() for d in decisions])
    else:
        print_table(["When", "Question", "Decision", "Reviewer", "Reason"],
                    [[d.decided_at, d.code, d.decision, d.reviewer, d.reason] for d in decisions])
    return 0


# -- status ------------------------------------------------------------------------------


def _status_command(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="UUID")
    parser.add_argument("step", nargs="?", choices=list(ACTIONS), metavar="STEP",
                        help=f"one of: {', '.join(ACTIONS)}; without it, the status and the next steps")
    parser.add_argument("--note", default="", help="a note kept in the audit trail with the step")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_status)


def _status(args: argparse.Namespace) -> int:
    from mgi_desktop.services import assessments, workflow

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        if args.step:
            assessments.set_status(db, aid, ACTIONS[args.step], note=args.note)
        status = AssessmentStatus(assessments.get(db, aid).status)
        role = Role(assessments.actor(db).role)
    steps = [word for word, target in ACTIONS.items() if target in workflow.allowed_next(status, role)]
    if args.json:
        print_json({"id": aid, "status": status.value, "next_steps": steps})
    else:
        print(f"{aid}: {enums.english(status)}"
              + (f" (next as {role.value.replace('_', ' ')}: {', '.join(steps)})" if steps else ""))
    return 0


# -- rounds ------------------------------------------------------------------------------


def _round_command(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="start round n+1 pre-filled from round n (answers carried over)")
    start.add_argument("id", metavar="UUID")
    follow_up.add_arguments(start, framework=True)
    start.add_argument("--json", action="store_true")
    start.set_defaults(handler=_round_start)
    comp = actions.add_parser("compare", help="per question, the answer in each round and what changed")
    comp.add_argument("before", metavar="UUID_A")
    comp.add_argument("after", metavar="UUID_B")
    comp.add_argument("-o", "--output", type=Path, metavar="FILE", help="write .xlsx or .html")
    comp.add_argument("--changed", action="store_true", help="only the questions that changed")
    comp.add_argument("--language", metavar="CODE",
                      help="the language of the file written (-o) and of its questions and answers (e.g. fr, ru; "
                           "default: the later round's working language)")
    comp.add_argument("--json", action="store_true")
    comp.set_defaults(handler=_round_compare)


def _round_start(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        new, plan = follow_up.start(db, assessment_id(db, args.id), args.framework, args.crosswalk)
    follow_up.report(new, plan, args.json)
    return 0


def _round_compare(args: argparse.Namespace) -> int:
    from mgi_desktop.export import round_comparison
    from mgi_desktop.messages import english
    from mgi_desktop.services import assessments, rounds

    with open_db(args) as db:
        before, after = assessment_id(db, args.before), assessment_id(db, args.after)
        comparison = rounds.compare(db, before, after)  # what is printed, in English
        language = language_of(args, assessments.get(db, after))
        # the file's questions and answers in its own language
        written = comparison if language == "en" or not args.output else rounds.compare(db, before, after, language)
    if args.changed:
        comparison.rows = [r for r in comparison.rows if r.changed]
        written.rows = [r for r in written.rows if r.changed]
    if args.output:
        round_comparison.export(written, args.output, language)
    if args.json:
        print_json(comparison.as_dict())
    elif args.output:
        print(f"{args.output}: {sum(r.changed for r in comparison.rows)} of {len(comparison.rows)} questions "
              "changed")
    else:
        print_table(["Code", f"Round {comparison.before.round}", f"Round {comparison.after.round}", "Changed",
                     "Evidence +", "Evidence -"],
                    [[r.code, r.before[:40], r.after[:40], "yes" if r.changed else "", len(r.evidence_added),
                      len(r.evidence_removed)] for r in comparison.rows])
    if not args.json:
        for meta, checked in ((comparison.before, comparison.before_validation),
                              (comparison.after, comparison.after_validation)):
            if checked is not None:
                print(f"round {meta.round}: {english(checked.message)}")
    return 0


# -- audit -------------------------------------------------------------------------------


def _audit_command(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="UUID")
    parser.add_argument("--question", metavar="CODE", help="only the events of this question")
    parser.add_argument("--actor", metavar="NAME")
    parser.add_argument("--entity", metavar="KIND", help="answer, evidence, comment, assessment, package...")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write .csv or .xlsx")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_audit)


def _audit(args: argparse.Namespace) -> int:
    from mgi_desktop.export import audit_trail
    from mgi_desktop.services import audit

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        if args.output:
            written = audit_trail.export(db, aid, args.output, question=args.question, actor=args.actor,
                                        entity=args.entity)
            print(f"{args.output}: {count(written, 'event')}")
            return 0
        rows = audit.trail(db, aid, question=args.question, actor=args.actor, entity=args.entity)
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        print_table(["When", "Who", "Role", "What", "Question", "Field", "Old", "New", "Reason"],
                    [[f"{r.at:%Y-%m-%d %H:%M:%S}", r.actor, r.role, r.entity, r.question, r.field, _short(r.old_value),
                      _short(r.new_value), r.reason or ""] for r in rows])
    return 0


def _short(value: str | None, width: int = 30) -> str:
    if value is None:
        return ""
    return value if len(value) <= width else value[: width - 1] + "…"


#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command('package', "send and receive assessments as .mgi files (e-mail, USB stick)", _package_command),
    Command('review', "accept or return answers (reviewer), see what is left to review", _review_command),
    Command('status', f"show or move an assessment along its workflow ({', '.join(ACTIONS)})", _status_command),
    Command('round', "start a follow-up round, compare two rounds", _round_command),
    Command('audit', "the audit trail of an assessment or one answer", _audit_command),
]
