"""The read views that the window, the exports and the exchange share, and the one place that makes them.

An assessment is read from a database (`services.assessments`,
`services.answers`...), from another person's database in a consolidation,
or from a ``.mgi`` package (`export.sources`); each source maps its own row
shape to an `AssessmentMeta`, an `AnswerView`, an `EvidenceRow`... field for
field, and `answer_views` then gives every question of the questionnaire its
view, in questionnaire order, with its evidence and comment counts, the same
way for all of them.

Rows come in two shapes: objects with attributes (ORM objects, SQLAlchemy
rows: the ``*_from_row`` functions) and records read by column name from
plain SQL (`storage.sql`: the ``*_from_record`` functions, which also turn the
stored text of times and enumerations into their types).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from mgi_desktop import utc
from mgi_desktop.enums import AssessmentStatus, EvidenceKind, FindingCategory, Level, ReviewState, Role
from mgi_desktop.questionnaire.framework import AnswerValue, Framework


class Record(Protocol):
    """A row of plain SQL (`storage.sql.Row`), read by column name."""

    def __getitem__(self, key: str, /) -> Any: ...
    def keys(self) -> Collection[str]: ...


def _time(value: Any) -> dt.datetime:
    return utc.parse(value)


def _optional_time(value: Any) -> dt.datetime | None:
    return None if value is None else utc.parse(value)


# -- an assessment's header ----------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentMeta:
    """An assessment without its answers: what the window, the command line and the exports show of it."""

    id: str
    title: str
    country: str  # ISO 3166-1 alpha-3
    locality: str | None
    level: Level
    round: int
    previous_id: str | None
    status: AssessmentStatus
    framework_id: str
    framework_version: str
    questionnaire_sha256: str
    focal_point: str
    institution: str
    revision: int
    created_at: dt.datetime
    updated_at: dt.datetime
    archived: bool = False
    introduction: str | None = None  # the profile introduction, when edited for this assessment
    #: The working language: the language its questionnaire content and its exports are shown in ("fr").
    language: str = "en"
    #: The profile's settings as stored, None for its default (`services.profile_settings`).
    profile_title: str | None = None
    profile_country_name: str | None = None
    profile_date: str | None = None
    profile_round_label: str | None = None
    profile_credits: str | None = None

    @property
    def country_name(self) -> str:
        from mgi_desktop.services.countries import country_name  # pycountry, only when a name is shown

        return country_name(self.country)

    @property
    def place(self) -> str:
        return f"{self.locality}, {self.country_name}" if self.locality else self.country_name

    @property
    def is_local(self) -> bool:
        return self.level == Level.LOCAL

    @classmethod
    def of(cls, a: AssessmentRow) -> AssessmentMeta:
        return cls(a.id, a.title, a.country, a.locality, Level(a.level), a.round, a.previous_id,
                   AssessmentStatus(a.status), a.framework_id, a.framework_version, a.questionnaire_sha256,
                   a.focal_point, a.institution, a.revision, a.created_at, a.updated_at, bool(a.archived),
                   a.introduction, a.language, a.profile_title, a.profile_country_name, a.profile_date,
                   a.profile_round_label, a.profile_credits)


class AssessmentRow(Protocol):
    """What the assessment table's rows have (an ORM `Assessment`)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def locality(self) -> str | None: ...
    @property
    def level(self) -> Level: ...
    @property
    def round(self) -> int: ...
    @property
    def previous_id(self) -> str | None: ...
    @property
    def status(self) -> AssessmentStatus: ...
    @property
    def framework_id(self) -> str: ...
    @property
    def framework_version(self) -> str: ...
    @property
    def questionnaire_sha256(self) -> str: ...
    @property
    def focal_point(self) -> str: ...
    @property
    def institution(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...
    @property
    def archived(self) -> bool: ...
    @property
    def introduction(self) -> str | None: ...
    @property
    def language(self) -> str: ...
    @property
    def profile_title(self) -> str | None: ...
    @property
    def profile_country_name(self) -> str | None: ...
    @property
    def profile_date(self) -> str | None: ...
    @property
    def profile_round_label(self) -> str | None: ...
    @property
    def profile_credits(self) -> str | None: ...


#: The columns `assessment_from_record` reads.
ASSESSMENT_COLUMNS = ("id, title, country, locality, level, round, previous_id, status, framework_id, "
                      "framework_version, questionnaire_sha256, focal_point, institution, revision, created_at, "
                      "updated_at, archived, introduction, language, profile_title, profile_country_name, "
                      "profile_date, profile_round_label, profile_credits")


def assessment_from_record(r: Record) -> AssessmentMeta:
    return AssessmentMeta(r["id"], r["title"], r["country"], r["locality"], Level(r["level"]), r["round"],
                          r["previous_id"], AssessmentStatus(r["status"]), r["framework_id"],
                          r["framework_version"], r["questionnaire_sha256"], r["focal_point"], r["institution"],
                          r["revision"], _time(r["created_at"]), _time(r["updated_at"]), bool(r["archived"]),
                          r["introduction"], r["language"], r["profile_title"], r["profile_country_name"],
                          r["profile_date"], r["profile_round_label"], r["profile_credits"])


# -- answers -------------------------------------------------------------------------------


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


#: The columns `answer_from_record` reads (of the table ``answer a``), with the counts it takes when present.
ANSWER_COLUMNS = ("a.id, a.question_code, a.value_json, a.justification, a.carried_over, a.flagged, "
                  "a.review_state, a.revision, a.updated_at, a.updated_by")
#: The evidence items and the comments (all, and open) of each answer ``a``, counted in the same query.
ANSWER_COUNTS = ("(SELECT COUNT(*) FROM evidence e WHERE e.answer_id = a.id) AS evidence_count, "
                 "(SELECT COUNT(*) FROM comment c WHERE c.answer_id = a.id) AS comment_count, "
                 "(SELECT COUNT(*) FROM comment c WHERE c.answer_id = a.id AND NOT c.resolved) AS open_comments")


def answer_from_record(r: Record) -> AnswerView:
    counted = "evidence_count" in r.keys()
    return AnswerView(r["question_code"], decode(r["value_json"]), r["justification"], bool(r["carried_over"]),
                      bool(r["flagged"]), ReviewState(r["review_state"]), r["revision"], _time(r["updated_at"]),
                      r["updated_by"], evidence_count=r["evidence_count"] if counted else 0,
                      comment_count=r["comment_count"] if counted else 0,
                      open_comments=r["open_comments"] if counted else 0, answer_id=r["id"])


def answer_views(framework: Framework, answers: Iterable[AnswerView], *,
                 evidence: Mapping[str, int] | None = None,
                 comments: Mapping[str, Sequence[bool]] | None = None,
                 codes: Collection[str] | None = None) -> dict[str, AnswerView]:
    """Every question of `framework` (or only `codes`) in questionnaire order, answered or not.

    The answers keep the counts they carry (a query may count them with the
    answers), unless `evidence` or `comments` are given: `evidence` counts
    items per question code; `comments` lists each of the question's comments
    as resolved (True) or open.  An answer to a question the questionnaire
    lacks cannot come from a checked source and is skipped.
    """
    views = {code: AnswerView(code) for code in framework.placements if codes is None or code in codes}
    for answer in answers:
        if answer.code in views:
            views[answer.code] = answer
    if evidence is None and comments is None:
        return views
    evidence = evidence or {}
    comments = comments or {}
    for code, view in views.items():
        threads = comments.get(code, ())
        count = evidence.get(code, 0)
        if count or threads:
            views[code] = replace(view, evidence_count=count, comment_count=len(threads),
                                  open_comments=sum(1 for resolved in threads if not resolved))
    return views


# -- evidence and comments -----------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceRow:
    """One evidence item of an answer."""

    id: str
    question_code: str
    kind: EvidenceKind
    title: str
    reference: str = ""
    issuing_body: str = ""
    year: int | None = None
    date: str | None = None  # an ISO date (YYYY-MM-DD), as typed
    url: str = ""
    note: str = ""
    file_name: str | None = None
    created_at: dt.datetime | None = None
    created_by: str = ""
    file_sha256: str | None = None
    file_size: int | None = None
    updated_at: dt.datetime | None = None


#: The columns `evidence_from_record` reads (of ``evidence e`` joined to its ``answer a``).
EVIDENCE_COLUMNS = ("e.id, a.question_code, e.kind, e.title, e.reference, e.issuing_body, e.year, e.date, e.url, "
                    "e.note, e.file_name, e.created_at, e.created_by, e.file_sha256, e.file_size, e.updated_at")


def evidence_from_record(r: Record) -> EvidenceRow:
    return EvidenceRow(r["id"], r["question_code"], EvidenceKind(r["kind"]), r["title"], r["reference"],
                       r["issuing_body"], r["year"], r["date"], r["url"], r["note"], r["file_name"],
                       _time(r["created_at"]), r["created_by"], r["file_sha256"], r["file_size"],
                       _time(r["updated_at"]))


@dataclass(frozen=True)
class CommentRow:
    """One comment in an answer's thread."""

    id: str
    question_code: str
    author: str
    role: Role
    text: str
    created_at: dt.datetime
    resolved: bool = False
    resolved_at: dt.datetime | None = None
    resolved_by: str | None = None


#: The columns `comment_from_record` reads (of ``comment c`` joined to its ``answer a``).
COMMENT_COLUMNS = "c.id, a.question_code, c.author, c.role, c.text, c.created_at, c.resolved, c.resolved_at, " \
                  "c.resolved_by"


def comment_from_record(r: Record) -> CommentRow:
    return CommentRow(r["id"], r["question_code"], r["author"], Role(r["role"]), r["text"], _time(r["created_at"]),
                      bool(r["resolved"]), _optional_time(r["resolved_at"]), r["resolved_by"])


# -- findings and the audit trail ----------------------------------------------------------


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
