"""What stands in the way of submitting an assessment for review.

The window lists these before submission, each linked to its question; the
list is advice, not a lock: a focal point may submit with problems and a note.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mgi_desktop.enums import ReviewState
from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Message, Template
from mgi_desktop.questionnaire.model import SPECIAL_CODES
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database

REQUIRED = Template("check.required_missing", "a required question is not answered")
NEEDS_EVIDENCE = Template("check.evidence_missing", "this answer needs evidence (a law, policy or source)")
NOT_REVISED = Template("check.returned_not_revised",
                       "the reviewer returned this answer and it has not been changed since; change it, or say "
                       "in its comments or the note why it stands")


class ProblemKind(enum.StrEnum):
    REQUIRED_MISSING = "required_missing"
    INVALID = "invalid"
    EVIDENCE_MISSING = "evidence_missing"
    RETURNED = "returned"  # returned by the reviewer, not revised since


@dataclass(frozen=True)
class Problem:
    code: str
    kind: ProblemKind
    message: Message


def submission_problems(db: Database, assessment_id: str, language: str = "en") -> list[Problem]:
    """Every problem, in questionnaire order; questions that are not relevant are ignored.

    Evidence is asked for only once a question has a substantive answer: for
    "don't know" or "not applicable" there is nothing to document yet.  An answer
    the reviewer returned and nobody changed since is listed too: resubmitting it
    unchanged is allowed, with a note saying why (the window asks for one).
    """
    framework = assessments.framework_of(db, assessments.get(db, assessment_id))
    views = answers.list_answers(db, assessment_id)
    values = {code: view.value for code, view in views.items() if view.value is not None}
    relevance = framework.relevance(values)
    problems: list[Problem] = []
    for code, placement in framework.placements.items():
        view = views[code]
        if view.review_state is ReviewState.RETURNED:  # asked for, relevant or not: the reviewer awaits a word
            problems.append(Problem(code, ProblemKind.RETURNED, NOT_REVISED(code)))
        if not relevance[code]:
            continue
        question = placement.question
        if view.value is None:
            if question.required:
                problems.append(Problem(code, ProblemKind.REQUIRED_MISSING, REQUIRED(code)))
            continue
        try:
            framework.check_value(code, view.value)
        except ValidationError as exc:
            problems.append(Problem(code, ProblemKind.INVALID, exc.msg))
        else:
            for message in framework.constraint_messages(code, view.value, values, language):
                problems.append(Problem(code, ProblemKind.INVALID, message))
        if (question.evidence_required and view.evidence_count == 0
                and not (isinstance(view.value, str) and view.value in SPECIAL_CODES)):
            problems.append(Problem(code, ProblemKind.EVIDENCE_MISSING, NEEDS_EVIDENCE(code)))
    return problems
