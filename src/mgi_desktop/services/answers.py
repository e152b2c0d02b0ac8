"""Answers, justifications, flags: saved one transaction per change, audited."""

from __future__ import annotations

import enum
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from mgi_desktop import utc
from mgi_desktop.enums import AssessmentStatus, ChangeKind, ReviewState
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import AnswerValue, Framework, Placement
from mgi_desktop.services import assessments, audit, frameworks, workflow
from mgi_desktop.services.answer_state import Event, Marks, transition
from mgi_desktop.services.audit import Actor
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.views import (
    ANSWER_COLUMNS,
    ANSWER_COUNTS,
    AnswerView,
    answer_from_record,
    answer_views,
    decode,
    encode,
)
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.ids import new_id
from mgi_desktop.storage.sql import Sql, in_list

if TYPE_CHECKING:  # the ORM is imported by the functions that use it (see services/__init__.py)
    from sqlmodel import Session

    from mgi_desktop.storage.tables import Answer

NO_QUESTION = Template("answer.no_question", "no question {code} in this assessment's questionnaire")


def ensure_answer(session: Session, assessment_id: str, code: str, who: Actor) -> Answer:
    """The answer row of `code` in `session`, created (unanswered) when there is none yet."""
    from sqlmodel import select

    from mgi_desktop.storage.tables import Answer

    answer = session.exec(select(Answer).where(Answer.assessment_id == assessment_id,
                                               Answer.question_code == code)).first()
    if answer is None:
        answer = Answer(assessment_id=assessment_id, question_code=code, updated_by=who.name)
        session.add(answer)
        session.flush()
    return answer


class _Keep(enum.Enum):
    VALUE = "keep the value"


#: `_save`'s value when only the justification changes.
KEEP = _Keep.VALUE


def set_answer(db: Database, assessment_id: str, code: str, value: Any, *,
               justification: str | None = None, reason: str | None = None) -> Changes:
    """Save one answer (and optionally its justification) in one transaction.

    The value is checked against its question's type first; a value that
    breaks a constraint is saved (typed work is never thrown away) and the
    constraint's message comes back in `Changes.messages`.
    """
    framework, placement, canonical, changed = _save(db, assessment_id, code, value, justification, reason)
    if not changed:
        return Changes(assessment_id)
    # skip logic: later questions that depend on this one may change state
    changes = Changes(assessment_id, {code} | _dependants(framework, code), {placement.domain.number},
                      {ChangeKind.ANSWER})
    if canonical is not None and placement.question.constraints:
        changes.messages = framework.constraint_messages(code, canonical, assessments.values(db, assessment_id))
    return changes


def set_justification(db: Database, assessment_id: str, code: str, text: str) -> Changes:
    _, placement, _, changed = _save(db, assessment_id, code, KEEP, text, None)
    if not changed:
        return Changes(assessment_id)
    return Changes(assessment_id, {code}, {placement.domain.number}, {ChangeKind.ANSWER})


def _save(db: Database, assessment_id: str, code: str, value: Any, justification: str | None,
          reason: str | None) -> tuple[Framework, Placement, AnswerValue, bool]:
    """Write an answer's value (unless `KEEP`) and justification (unless None) in one transaction.

    The autosave path, run for every answer typed and every pause in typing a
    justification: plain SQL (no ORM objects, which cost several times the
    commit itself here: benchmarks/bench_storage.py), under the same rules as
    every other change: the user may edit now, the value has its canonical
    form, each changed field is audited, the answer's revision and marks move
    on (`answer_state.transition`) and the assessment's revision with them.
    Returns the framework, the question's placement, the canonical value and
    whether anything changed.
    """
    if justification is not None:
        check_text(f"{code} justification", justification)
    if reason is not None:
        check_text("reason", reason)
    who = assessments.actor(db, assessment_id)
    with db.sql_transaction() as sql:
        head = sql.one("SELECT status, questionnaire_sha256 FROM assessment WHERE id = :id", {"id": assessment_id})
        if head is None:
            raise NotFoundError(assessments.NO_ASSESSMENT(id=assessment_id))
        workflow.check_can_edit(AssessmentStatus(head["status"]), who)
        framework = frameworks.by_hash(db, head["questionnaire_sha256"])
        placement = framework.placement(code)
        canonical = None if value is KEEP else framework.check_value(code, value)
        changed = _write(sql, who, assessment_id, code, value is not KEEP, canonical, justification, reason)
    return framework, placement, canonical, changed


def _write(sql: Sql, who: Actor, assessment_id: str, code: str, set_value: bool, canonical: AnswerValue,
           justification: str | None, reason: str | None, contributor_id: str | None = None) -> bool:
    """Write one answer's change and its audit events inside `sql`'s transaction (whether anything
    changed); `contributor_id` names the contributor it came from (`services.contributions`)."""
    row = sql.one("SELECT id, value_json, justification, review_state, carried_over FROM answer "
                  "WHERE assessment_id = :aid AND question_code = :code", {"aid": assessment_id, "code": code})
    old_json, old_text = (row["value_json"], row["justification"]) if row else (None, "")
    before = Marks(ReviewState(row["review_state"]), bool(row["carried_over"])) if row else Marks()
    new_json = encode(canonical) if set_value else old_json
    edits: list[tuple[str, Any, Any]] = []
    if new_json != old_json:
        edits.append(("value", decode(old_json), canonical))
    if justification is not None and justification != old_text:
        edits.append(("justification", old_text, justification))
    if not edits:
        return False
    now = utc.now_text()
    marks = transition(before, Event.EDITED)
    values = {"value_json": new_json, "justification": justification if justification is not None else old_text,
              "carried_over": marks.carried_over, "review_state": marks.review_state.value, "now": now,
              "by": who.name}
    if row is None:
        sql.execute("INSERT INTO answer (id, assessment_id, question_code, value_json, justification, carried_over, "
                    "flagged, review_state, revision, updated_at, updated_by) VALUES (:id, :aid, :code, :value_json, "
                    ":justification, :carried_over, :flagged, :review_state, 1, :now, :by)",
                    values | {"id": new_id(), "aid": assessment_id, "code": code, "flagged": False})
    else:
        sql.execute("UPDATE answer SET value_json = :value_json, justification = :justification, "
                    "carried_over = :carried_over, review_state = :review_state, revision = revision + 1, "
                    "updated_at = :now, updated_by = :by WHERE id = :id", values | {"id": row["id"]})
    sql.executemany(
        "INSERT INTO audit_event (id, assessment_id, at, actor, role, entity, entity_id, field, old_value, "
        "new_value, reason, contributor_id) VALUES (:id, :aid, :at, :actor, :role, 'answer', :code, :field, :old, "
        ":new, :reason, :contributor)",
        [{"id": new_id(), "aid": assessment_id, "at": now, "actor": who.name, "role": who.role.value, "code": code,
          "field": name, "old": audit.as_text(old), "new": audit.as_text(new), "reason": reason or None,
          "contributor": contributor_id}
         for name, old, new in edits])
    sql.execute("UPDATE assessment SET updated_at = :now, revision = revision + 1 WHERE id = :id",
                {"now": now, "id": assessment_id})
    return True


def _dependants(framework: Framework, code: str) -> set[str]:
    result = set()
    for other, placement in framework.placements.items():
        source = placement.question.relevant or ""
        if "${" + code + "}" in source:
            result.add(other)
    return result


def set_flag(db: Database, assessment_id: str, code: str, flagged: bool) -> Changes:
    """A follow-up flag: anyone may set it, in any state."""
    who = assessments.actor(db, assessment_id)
    with db.transaction() as session:
        assessment = assessments.load(session, assessment_id)
        framework = assessments.framework_of(db, assessment)
        placement = framework.placement(code)
        answer = ensure_answer(session, assessment_id, code, who)
        if answer.flagged == flagged:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="flagged", old=answer.flagged, new=flagged)
        answer.flagged = flagged
        session.add(answer)
    return Changes(assessment_id, {code}, {placement.domain.number}, {ChangeKind.ANSWER})


def confirm_carried_over(db: Database, assessment_id: str, code: str) -> Changes:
    """Keep an answer carried over from the previous round as it is."""
    with db.transaction() as session:
        assessment, framework, who = assessments.editable(session, db, assessment_id)
        answer = ensure_answer(session, assessment_id, code, who)
        if not answer.carried_over:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="answer", entity_id=code,
                     field="carried_over", old=True, new=False, reason="confirmed")
        marks = transition(Marks(answer.review_state, answer.carried_over), Event.CONFIRMED)
        answer.review_state, answer.carried_over = marks.review_state, marks.carried_over
        answer.updated_at = utc.now()
        answer.updated_by = who.name
        session.add(answer)
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, {code}, {framework.placement(code).domain.number}, {ChangeKind.ANSWER})


def list_answers(db: Database, assessment_id: str,
                 codes: Collection[str] | None = None) -> dict[str, AnswerView]:
    """Every question of the assessment (or only `codes`) in questionnaire order, answered or not,
    with the counts of their evidence items and comments (one query)."""
    framework = assessments.framework_of(db, assessments.get(db, assessment_id))
    where, params = "a.assessment_id = :aid", {"aid": assessment_id}
    if codes is not None:  # a refresh after a save reads only what the save changed
        listed, named = in_list("code", codes)
        where, params = f"{where} AND a.question_code IN {listed}", params | named
    rows = db.query(f"SELECT {ANSWER_COLUMNS}, {ANSWER_COUNTS} FROM answer a WHERE {where}", params)
    return answer_views(framework, (answer_from_record(row) for row in rows), codes=codes)


def get_answer(db: Database, assessment_id: str, code: str) -> AnswerView:
    views = list_answers(db, assessment_id, [code])
    if code not in views:
        raise ValidationError(NO_QUESTION(code=code))
    return views[code]
