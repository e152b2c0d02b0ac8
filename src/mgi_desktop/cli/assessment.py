"""``mgi-desktop assessment new|list|show|score|set-language|archive``, ``answer set|list``,
``evidence add|list|remove``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mgi_desktop.cli import follow_up
from mgi_desktop.cli.common import assessment_id, open_db
from mgi_desktop.cli.output import print_json, print_table
from mgi_desktop.cli.registry import Command
from mgi_desktop.enums import EvidenceKind
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.messages import Template, english

# The services are imported by the handlers that use them (see cli/common.py).

NO_SINGLE_EVIDENCE = Template("cli.no_single_evidence", "no single evidence item {id} in assessment {assessment}")
CROSSWALK_NEEDS_PREVIOUS = Template("cli.crosswalk_needs_previous",
                                    "--crosswalk carries the answers of a previous round: give --previous too")
ROUND_OF_FOLLOW_UP = Template("cli.round_of_follow_up",
                              "a follow-up round is round {round}, the one after its previous round")

def _assessment(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    new = actions.add_parser("new", help="start an assessment; prints its id")
    new.add_argument("--framework", required=True, metavar="FILE_OR_ID",
                     help="a questionnaire file, or a bundled framework id (mgi-national, mgi-local, sdg-10-7-2)")
    new.add_argument("--country", required=True, metavar="ISO3", help="ISO 3166 country code, e.g. KGZ")
    new.add_argument("--locality", metavar="NAME", help="city or province (Local MGI)")
    new.add_argument("--round", type=int, metavar="N", help="round number (default 1, or previous + 1)")
    new.add_argument("--previous", metavar="UUID",
                     help="the previous round's assessment: its answers are carried over, through the crosswalk "
                          "when --framework is a revised questionnaire")
    follow_up.add_arguments(new, framework=False)
    new.add_argument("--title", help="a title (default: place, level and round)")
    new.add_argument("--language", metavar="CODE",
                     help="the working language its questionnaire and exports are shown in: a language "
                          "code such as en, fr, es, ru or ar (default en; for a follow-up round, the previous "
                          "round's)")
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=_new)

    listing = actions.add_parser("list", help="list the assessments in the database")
    listing.add_argument("--all", action="store_true", help="include archived assessments")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", help="an assessment's metadata and progress per domain")
    show.add_argument("id", metavar="UUID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    score = actions.add_parser("score", help="an SDG 10.7.2 assessment's values per domain and overall, both "
                                             "the completeness-aware value and the official-method value "
                                             "(a missing sub-category counts as 0), with their categories 1-4")
    score.add_argument("id", metavar="UUID")
    score.add_argument("--json", action="store_true")
    score.set_defaults(handler=_score)

    language = actions.add_parser("set-language", help="change the working language of an assessment (while "
                                                       "its answers can be changed)")
    language.add_argument("id", metavar="UUID")
    language.add_argument("code", metavar="CODE", help="a language code such as en, fr, es, ru or ar")
    language.set_defaults(handler=_set_language)

    archive = actions.add_parser("archive", help="archive (hide) an assessment; --undo brings it back")
    archive.add_argument("id", metavar="UUID")
    archive.add_argument("--undo", action="store_true")
    archive.set_defaults(handler=_archive)


def _answer(parser: argparse.ArgumentParser) -> None:
    answer_actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_ = answer_actions.add_parser("set", help="set one answer (choice codes; comma-separated for several)")
    set_.add_argument("id", metavar="UUID")
    set_.add_argument("code", metavar="CODE", help="question code")
    set_.add_argument("value", metavar="VALUE", help="the answer; an empty string clears it")
    set_.add_argument("--justification", metavar="TEXT")
    set_.set_defaults(handler=_answer_set)
    alist = answer_actions.add_parser("list", help="every question with its answer")
    alist.add_argument("id", metavar="UUID")
    alist.add_argument("--json", action="store_true")
    alist.set_defaults(handler=_answer_list)


def _evidence(parser: argparse.ArgumentParser) -> None:
    ev_actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = ev_actions.add_parser("add", help="cite a law, policy or source for an answer")
    add.add_argument("id", metavar="UUID")
    add.add_argument("code", metavar="CODE", help="question code")
    add.add_argument("--kind", required=True, choices=[k.value for k in EvidenceKind])
    add.add_argument("--title", required=True)
    add.add_argument("--reference", default="", help="number or reference, e.g. Law No. 4")
    add.add_argument("--issuing-body", default="")
    add.add_argument("--year")
    add.add_argument("--date", help="YYYY-MM-DD")
    add.add_argument("--url", default="")
    add.add_argument("--note", default="")
    add.add_argument("--file", type=Path, help="attach a file (kept beside the database, in its -attachments folder)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_evidence_add)
    elist = ev_actions.add_parser("list", help="the evidence of an assessment")
    elist.add_argument("id", metavar="UUID")
    elist.add_argument("--json", action="store_true")
    elist.set_defaults(handler=_evidence_list)
    remove = ev_actions.add_parser("remove", help="remove one evidence item")
    remove.add_argument("id", metavar="UUID")
    remove.add_argument("evidence_id", metavar="EVIDENCE_ID")
    remove.set_defaults(handler=_evidence_remove)


#: The commands of this module, in the order --help lists them (see cli/commands.py).
COMMANDS = [
    Command('assessment', "create, list and show assessments", _assessment),
    Command('answer', "set and list answers", _answer),
    Command('evidence', "add, list and remove the evidence behind answers", _evidence),
]


def _new(args: argparse.Namespace) -> int:
    from mgi_desktop.questionnaire import catalogue
    from mgi_desktop.services import assessments

    if args.previous:
        return _new_follow_up(args)
    if args.crosswalk:
        raise ValidationError(CROSSWALK_NEEDS_PREVIOUS())
    framework = catalogue.resolve(args.framework)
    with open_db(args) as db:
        created = assessments.create(db, framework, country=args.country, locality=args.locality,
                                     round_number=args.round, title=args.title,
                                     language=assessments.DEFAULT_LANGUAGE if args.language is None
                                     else args.language)
        if args.json:
            print_json(assessments.Summary(assessments.AssessmentMeta.of(created), assessments.place_name(created), 0.0,
                                          0, 0).as_dict())
        else:
            print(created.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    from mgi_desktop.services import assessments

    with open_db(args) as db:
        summaries = assessments.list_all(db, include_archived=args.all)
    if args.json:
        print_json([s.as_dict() for s in summaries])
        return 0
    if not summaries:
        print("No assessments yet. Start one with: mgi-desktop assessment new --framework mgi-national "
              "--country ISO3")
        return 0
    print_table(["ID", "Place", "Level", "Round", "Status", "Done", "Last change"],
                [[s.assessment.id[:8], s.place, s.assessment.level, s.assessment.round, s.assessment.status,
                  f"{s.completion:.0f}%", f"{s.assessment.updated_at:%Y-%m-%d %H:%M}"] for s in summaries])
    return 0


def _show(args: argparse.Namespace) -> int:
    from mgi_desktop.scoring import INDICATIVE_LABEL, sdg_values
    from mgi_desktop.services import assessments

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        assessment = assessments.get(db, aid)
        framework = assessments.framework_of(db, assessment)
        values = assessments.values(db, aid)
        progress = assessments.progress_of(db, aid)
    domains = [{"number": d.number, "title": str(d.title)} | progress.domains[d.number].as_dict()
               for d in framework.model.domains]
    data: dict[str, Any] = assessments.Summary(
        assessment, assessments.place_name(assessment), progress.overall.completion,
        progress.overall.answered, progress.overall.relevant).as_dict()
    data |= {"focal_point": assessment.focal_point, "institution": assessment.institution,
             "created_at": assessment.created_at, "questionnaire_sha256": assessment.questionnaire_sha256,
             "completion_label": INDICATIVE_LABEL, "domains": domains,
             "overall": progress.overall.as_dict()}
    if framework.model.scoring == "sdg-10-7-2":
        sdg = sdg_values(framework, values)
        data["sdg_10_7_2"] = sdg.as_dict()
    if args.json:
        print_json(data)
        return 0
    print(f"{assessment.title}\n  id {assessment.id}\n  {data['place']} · {assessment.level} · round "
          f"{assessment.round} · {assessment.status} · language {assessment.language}\n  {framework.id} "
          f"{framework.version} · focal point: "
          f"{assessment.focal_point or '-'} ({assessment.institution or '-'})\n")
    print_table(["#", "Domain", "Questions", "Relevant", "Answered", "Missing", "Done"],
                [[d["number"], d["title"], d["questions"], d["relevant"], d["answered"], d["required_missing"],
                  f"{d['completion']:.0f}%"] for d in domains])
    print(f"\nCompletion {progress.overall.completion:.0f}% ({INDICATIVE_LABEL})")
    if framework.model.scoring == "sdg-10-7-2":
        print()
        _print_sdg(framework, sdg)
    return 0


def _score(args: argparse.Namespace) -> int:
    from mgi_desktop.export.sdg_files import NOT_SDG
    from mgi_desktop.scoring import sdg_values
    from mgi_desktop.services import assessments

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        assessment = assessments.get(db, aid)
        framework = assessments.framework_of(db, assessment)
        values = assessments.values(db, aid)
    if framework.model.scoring != "sdg-10-7-2":
        raise ValidationError(NOT_SDG(title=assessment.title, framework=framework.id))
    sdg = sdg_values(framework, values)
    if args.json:
        print_json({"id": assessment.id, "title": assessment.title} | sdg.as_dict())
        return 0
    print(assessment.title)
    _print_sdg(framework, sdg)
    return 0


def _print_sdg(framework: Any, sdg: Any) -> None:
    """Both SDG 10.7.2 values side by side, each labelled, with the sub-categories left unanswered."""
    from mgi_desktop.scoring import SDG_COMPLETENESS_AWARE_LABEL, SDG_OFFICIAL_LABEL

    def shown(score: Any, digits: int = 0) -> str:
        if score.value is None:
            return "no value (incomplete)"
        return f"{score.value:.{digits}f} ({score.category} {score.category_label})"

    aware, official = sdg.completeness_aware, sdg.official
    titles = {d.number: str(d.title) for d in framework.model.domains}
    rows = [[n, titles.get(n, ""), shown(aware.domains[n]), shown(official.domains[n]),
             " ".join(official.domains[n].missing) or "-"] for n in official.domains]
    rows.append(["all", "Overall (30 sub-categories)", shown(aware.overall, 1), shown(official.overall, 1),
                 str(len(official.overall.missing)) if official.overall.missing else "-"])
    print("SDG 10.7.2")
    print_table(["#", "Domain", "Completeness-aware value", "Official-method value", "Unanswered"], rows)
    print(f"  Completeness-aware: {SDG_COMPLETENESS_AWARE_LABEL}.")
    print(f"  Official method:    {SDG_OFFICIAL_LABEL}.")


def _set_language(args: argparse.Namespace) -> int:
    from mgi_desktop.services import assessments

    with open_db(args) as db:
        assessments.set_language(db, assessment_id(db, args.id), args.code)
    return 0


def _archive(args: argparse.Namespace) -> int:
    from mgi_desktop.services import assessments

    with open_db(args) as db:
        assessments.set_archived(db, assessment_id(db, args.id), not args.undo)
    return 0


def _answer_set(args: argparse.Namespace) -> int:
    from mgi_desktop.services import answers

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        changes = answers.set_answer(db, aid, args.code, args.value, justification=args.justification)
    for message in changes.messages:
        print(f"mgi-desktop: saved, but {args.code} breaks a rule: {english(message, with_subject=False)}",
              file=sys.stderr)
    return 0


def _answer_list(args: argparse.Namespace) -> int:
    from mgi_desktop.services import answers, assessments

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        framework = assessments.framework_of(db, assessments.get(db, aid))
        views = answers.list_answers(db, aid)
    relevance = framework.relevance({c: v.value for c, v in views.items() if v.value is not None})
    rows: list[dict[str, Any]] = [
        {"code": code, "domain": framework.placements[code].domain.number, "value": view.value,
         "label": framework.label_of(code, view.value), "relevant": relevance[code],
         "justification": view.justification, "evidence": view.evidence_count,
         "review_state": view.review_state, "carried_over": view.carried_over, "flagged": view.flagged,
         "updated_at": view.updated_at, "updated_by": view.updated_by} for code, view in views.items()]
    if args.json:
        print_json(rows)
        return 0
    print_table(["Code", "Answer", "Evidence", "Review", "Note"],
                [[r["code"], r["label"] or "·", r["evidence"], r["review_state"].replace("_", " "),
                  "" if r["relevant"] else "not applicable (skipped)"] for r in rows])
    return 0


def _evidence_add(args: argparse.Namespace) -> int:
    from mgi_desktop.services import evidence

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        changes = evidence.add(db, aid, args.code, file=args.file, kind=args.kind, title=args.title,
                               reference=args.reference, issuing_body=args.issuing_body, year=args.year,
                               date=args.date, url=args.url, note=args.note)
    if args.json:
        print_json({"id": changes.created[0]})
    else:
        print(changes.created[0])
    return 0


def _evidence_list(args: argparse.Namespace) -> int:
    from mgi_desktop.services import evidence

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        items = evidence.for_assessment(db, aid)
    rows: list[dict[str, Any]] = [
        {"id": e.id, "question": code, "kind": e.kind, "title": e.title, "reference": e.reference,
         "issuing_body": e.issuing_body, "year": e.year, "date": e.date, "url": e.url, "note": e.note,
         "file": e.file_name, "file_sha256": e.file_sha256} for code, e in items]
    if args.json:
        print_json(rows)
    else:
        print_table(["ID", "Question", "Kind", "Title", "Year", "File"],
                    [[r["id"][:8], r["question"], r["kind"], r["title"], r["year"] or "", r["file"] or ""]
                     for r in rows])
    return 0


def _evidence_remove(args: argparse.Namespace) -> int:
    from mgi_desktop.services import evidence

    with open_db(args) as db:
        aid = assessment_id(db, args.id)
        matches = [e.id for _, e in evidence.for_assessment(db, aid) if e.id.startswith(args.evidence_id)]
        if len(matches) != 1:
            raise NotFoundError(NO_SINGLE_EVIDENCE(id=repr(args.evidence_id), assessment=aid[:8]))
        evidence.remove(db, matches[0])
    return 0


def _new_follow_up(args: argparse.Namespace) -> int:
    """``assessment new --previous``: the next round, its answers carried from the previous one (as
    ``round start``), on --framework through --crosswalk or the drafted one."""
    from mgi_desktop.services import assessments
    from mgi_desktop.services.countries import normalise_country

    with open_db(args) as db:
        previous_id = assessment_id(db, args.previous)
        previous = assessments.get(db, previous_id)
        if (normalise_country(args.country), (args.locality or "").strip() or None) != (
                previous.country, previous.locality):
            raise ValidationError(assessments.PREVIOUS_ELSEWHERE())
        if args.round is not None and args.round != previous.round + 1:
            raise ValidationError(ROUND_OF_FOLLOW_UP(round=previous.round + 1))
        language = None if args.language is None else assessments.check_language(args.language)  # before
        created, plan = follow_up.start(db, previous_id, args.framework, args.crosswalk)
        changed = {"title": args.title} if args.title else {}
        if language is not None and language != created.language:
            changed["language"] = language
        if changed:
            assessments.update_metadata(db, created.id, **changed)
            created = assessments.get(db, created.id)
    follow_up.report(created, plan, args.json)
    return 0

