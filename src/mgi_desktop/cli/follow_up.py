"""What ``assessment new --previous`` and ``round start`` share: a follow-up round, on the same or a revised
questionnaire, through a crosswalk given or drafted, and a report of what it carried."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mgi_desktop.cli.output import print_json

if TYPE_CHECKING:
    from mgi_desktop.services.rounds import FollowUpPlan
    from mgi_desktop.services.views import AssessmentMeta
    from mgi_desktop.storage.db import Database

#: How many codes a line of the report names before "and N more".
SHOWN = 12


def add_arguments(parser: argparse.ArgumentParser, *, framework: bool) -> None:
    if framework:
        parser.add_argument("--framework", metavar="FILE_OR_ID",
                            help="the revised questionnaire of the new round (default: the previous round's)")
    parser.add_argument("--crosswalk", type=Path, metavar="FILE",
                        help="the crosswalk from the previous round's questionnaire to the new one "
                             "(default: drafted; see 'questionnaire crosswalk')")


def start(db: Database, previous_id: str, framework_arg: str | None,
          crosswalk_path: Path | None) -> tuple[AssessmentMeta, FollowUpPlan]:
    """Plan, then start, the follow-up of `previous_id` (the plan is what is printed of it)."""
    from mgi_desktop.questionnaire import catalogue, crosswalk
    from mgi_desktop.services import assessments, rounds

    old = assessments.framework_of(db, assessments.get(db, previous_id))
    new = catalogue.resolve(framework_arg) if framework_arg else old
    walk = crosswalk.load_file(crosswalk_path, old, new) if crosswalk_path else None
    plan = rounds.plan_follow_up(db, previous_id, new, walk)
    return rounds.start_follow_up(db, previous_id, new, walk), plan


def _codes(codes: list[str]) -> str:
    shown = ", ".join(codes[:SHOWN])
    return shown + (f" and {len(codes) - SHOWN} more" if len(codes) > SHOWN else "")


def report(meta: AssessmentMeta, plan: FollowUpPlan, as_json: bool) -> None:
    if as_json:
        data: dict[str, Any] = {"id": meta.id, "round": meta.round, "previous_id": meta.previous_id,
                                "title": meta.title, "framework": meta.framework_id,
                                "version": meta.framework_version, "language": meta.language}
        print_json(data | {"plan": plan.as_dict()})
        return
    print(meta.id)
    err = sys.stderr
    print(f"round {meta.round}: {meta.title} ({meta.framework_id} {meta.framework_version})", file=err)
    if plan.drafted:
        print("  crosswalk drafted from the two versions (write it with 'mgi-desktop questionnaire crosswalk' "
              "to check or edit it)", file=err)
    print(f"  carried over, to confirm or change as usual: {len(plan.carried)} answers", file=err)
    if plan.findings:
        print(f"  findings carried over as drafts, to keep, edit or remove: {plan.findings}", file=err)
    if plan.to_confirm:
        print(f"  carried over, the question changed (confirm them): {len(plan.to_confirm)}: " + _codes(
            [f"{a.new_code} ({', '.join(r.value for r in a.reasons)})" for a in plan.to_confirm]), file=err)
    if plan.not_carried:
        print(f"  not carried: {len(plan.not_carried)}: " + _codes(
            [f"{n.old_code} ({n.reason.value})" for n in plan.not_carried]), file=err)
    if plan.new_questions:
        print(f"  new questions, unanswered: {len(plan.new_questions)}: {_codes(plan.new_questions)}", file=err)
