"""The read views that the window, the exports and the exchange share, and the one place that makes them.

An assessment is read from a database (`services.answers`), from another
person's database in a consolidation, or from a ``.mgi`` package
(`export.sources`); each source maps its own row shape to an `AnswerView`
or a `FindingView` field for field, and `answer_views` then gives every
question of the questionnaire its view, in questionnaire order, with its
evidence and comment counts, the same way for all of them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from mgi_desktop import utc
from mgi_desktop.enums import FindingCategory, ReviewState, Role
from mgi_desktop.questionnaire.framework import AnswerValue, Framework


@dataclass(frozen=True)
class AnswerView:
    """One question's answer as the window and the exports show it."""

    code: str
    value: AnswerValue = None
    justification: str = ""
    carried_over: bool = False
    flagged: bool = False
    review_state: ReviewState = ReviewState.NOT_REVIEWED
    revision: int = 0
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    evidence_count: int = 0
    comment_count: int = 0
    open_comments: int = 0
    answer_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def answered(self) -> bool:
        return self.value is not None


class AnswerRow(Protocol):
    """What the answer table's rows have (an ORM `Answer`, or a Core row selecting its columns)."""

    @property
    def id(self) -> str: ...
    @property
    def question_code(self) -> str: ...
    @property
    def value_json(self) -> str | None: ...
    @property
    def justification(self) -> str: ...
    @property
    def carried_over(self) -> bool: ...
    @property
    def flagged(self) -> bool: ...
    @property
    def review_state(self) -> ReviewState: ...
    @property
    def revision(self) -> int: ...
    @property
    def updated_at(self) -> dt.datetime: ...
    @property
    def updated_by(self) -> str: ...


def decode(value_json: str | None) -> AnswerValue:
    result: AnswerValue = None if value_json is None else json.loads(value_json)
    return result


def encode(value: AnswerValue) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def answer_from_row(row: AnswerRow) -> AnswerView:
    return AnswerView(row.question_code, decode(row.value_json), row.justification, bool(row.carried_over),
                      bool(row.flagged), ReviewState(row.review_state), row.revision, row.updated_at,
                      row.updated_by, answer_id=row.id)


def answer_views(framework: Framework, answers: Iterable[AnswerView], *,
                 evidence: Mapping[str, int] | None = None,
                 comments: Mapping[str, Sequence[bool]] | None = None,
                 codes: Collection[str] | None = None) -> dict[str, AnswerView]:
    """Every question of `framework` (or only `codes`) in questionnaire order, answered or not.

    `evidence` counts items per question code; `comments` lists each of the
    question's comments as resolved (True) or open.  An answer to a question
    the questionnaire lacks cannot come from a checked source and is skipped.
    """
    evidence = evidence or {}
    comments = comments or {}
    views = {code: AnswerView(code) for code in framework.placements if codes is None or code in codes}
    for answer in answers:
        if answer.code in views:
            views[answer.code] = answer
    for code, view in views.items():
        threads = comments.get(code, ())
        count = evidence.get(code, 0)
        if count or threads:
            views[code] = replace(view, evidence_count=count, comment_count=len(threads),
                                  open_comments=sum(1 for resolved in threads if not resolved))
    return views


CATEGORY_LABELS = {
    FindingCategory.WELL_DEVELOPED: "Well-developed areas",
    FindingCategory.POTENTIAL: "Areas with potential for further development",
}


@dataclass(frozen=True)
class FindingView:
    id: str
    assessment_id: str
    domain_number: int
    category: FindingCategory
    text: str
    position: int
    question_codes: tuple[str, ...]
    drafted: bool
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "domain": self.domain_number, "category": self.category.value,
                "text": self.text, "position": self.position, "questions": list(self.question_codes),
                "drafted": self.drafted, "created_at": utc.text(self.created_at),
                "updated_at": utc.text(self.updated_at)}


class FindingRow(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def assessment_id(self) -> str: ...
    @property
    def domain_number(self) -> int: ...
    @property
    def category(self) -> FindingCategory: ...
    @property
    def text(self) -> str: ...
    @property
    def position(self) -> int: ...
    @property
    def question_codes(self) -> str: ...
    @property
    def drafted(self) -> bool: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...


def finding_from_row(row: FindingRow) -> FindingView:
    return FindingView(row.id, row.assessment_id, row.domain_number, FindingCategory(row.category), row.text,
                       row.position, tuple(json.loads(row.question_codes or "[]")), bool(row.drafted),
                       row.created_at, row.updated_at)


@dataclass(frozen=True)
class AuditRow:
    """One event of the audit trail, with the question it concerns ("" when none)."""

    at: dt.datetime
    actor: str
    role: Role
    entity: str
    entity_id: str
    question: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str | None
    id: str

    def as_dict(self) -> dict[str, Any]:
        return {"at": utc.text(self.at), "actor": self.actor, "role": self.role.value, "entity": self.entity,
                "entity_id": self.entity_id, "question": self.question, "field": self.field,
                "old_value": self.old_value, "new_value": self.new_value, "reason": self.reason, "id": self.id}
