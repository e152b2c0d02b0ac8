"""Contribution workbooks: a contributor's questions out as .xlsx, their answers back in.

`export_workbook` writes the questions assigned to one contributor (`services.contributors`) in
their language (`contribution_book`, laid out by `contribution_layout`).  `read` checks a returned
workbook cell by cell and against the database (all problems at once, each with its sheet and cell,
or `ContributionRejected`), and gives a `Preview`: per question, what is new, what changes, what
conflicts with the focal point's own edits since the export, what is the same.  `apply` writes the
accepted changes in one transaction, attributed to the contributor in the audit trail; the answers
are then in the state any edited answer is (`answer_state.transition`), for the focal point to keep
or edit as any other.

Semantics a focal point can rely on:
- an empty cell changes nothing (a workbook never clears an answer or a justification);
- evidence rows are added, never removed or edited: a row equal to an item the question already has
  (kind, title, reference, year, address) is the same item; a comment is added to the answer's
  thread once (the same text from the same contributor again is the same comment);
- a conflict (the focal point changed a field after the export, and the workbook changes it too) is
  applied only when named in ``take_conflicts``;
- importing the same workbook again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mgi_desktop import links, utc, wording
from mgi_desktop.enums import AssessmentStatus, ChangeKind, EvidenceKind, ReviewState
from mgi_desktop.errors import MgiError, NotFoundError, StateError, ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Message, Template
from mgi_desktop.questionnaire.framework import AnswerValue, Framework, Placement
from mgi_desktop.services import (
    answers,
    assessments,
    contribution_book,
    contribution_read,
    contributors,
    evidence,
    frameworks,
    workflow,
)
from mgi_desktop.services import audit as audit_trail
from mgi_desktop.services import contribution_layout as layout
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.contributors import ContributorView
from mgi_desktop.services.views import decode
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.ids import new_id
from mgi_desktop.storage.sql import Sql

__all__ = ["ApplyResult", "Change", "ContributionRejected", "ContributorView", "Preview", "Problem", "apply",
           "export_workbook", "read"]

NOTHING_ASSIGNED = Template("contribution.nothing_assigned",
                            "{contributor} has no questions assigned in this assessment; assign some first")
REJECTED = Template("contribution.rejected", "{file} was not imported: {n} problem to fix",
                    plural="{file} was not imported: {n} problems to fix", count="n")
PROBLEM_AT = Template("contribution.problem_at", "{place}: {problem}")
OTHER_ASSESSMENT = Template("contribution.other_assessment",
                            "the workbook is for the assessment {id}, which is not in this database")
UNKNOWN_CONTRIBUTOR = Template("contribution.unknown_contributor",
                               "the workbook was made for the contributor {id}, who is not recorded in this database")
OUTDATED = Template("contribution.outdated",
                    "the workbook was made from the questionnaire {framework} {version}; the assessment now uses "
                    "{current}: export a new workbook")
CHECKSUM = Template("contribution.checksum",
                    "the workbook's hidden record does not match its structure (it was edited or copied from "
                    "another workbook): export a new workbook")
UNKNOWN_CODE = Template("contribution.unknown_code", "{code} is not one of the questions sent in this workbook")
DUPLICATE_CODE = Template("contribution.duplicate_code", "{code} is given twice (also in row {row})")
NOT_A_CHOICE = Template("contribution.not_a_choice", "{value} is not one of the answers ({choices})")
NO_CODE = Template("contribution.evidence_no_code", "this evidence row has no question code")
NO_TITLE = Template("contribution.evidence_no_title", "this evidence row has no title")
NOT_A_KIND = Template("contribution.not_a_kind", "{value} is not a kind of evidence ({kinds})")
YEAR_RANGE = Template("contribution.year_range", "{value} is not a year from {low} to {high}")
NOT_AN_ADDRESS = Template("contribution.not_an_address", "{value} is not a web address")
CHANGED_SINCE = Template("contribution.changed_since",
                         "{code} was changed in the assessment after the workbook was read: read it again to see "
                         "the changes")

#: The kinds of `Change`.
NEW, CHANGED, CONFLICT, SAME = "new", "changed", "conflict", "same"
#: The fields of an answer a workbook changes.
ANSWER, JUSTIFICATION, COMMENT, EVIDENCE = "answer", "justification", "comment", "evidence"
#: The languages other than English the app's messages are translated into (evidence kinds are read in each).
TRANSLATED = ("fr", "es", "ru", "ar")


@dataclass(frozen=True)
class Problem:
    """A cell of the returned workbook that cannot be taken, with why (rendered, and as its message)."""

    sheet: str
    cell: str
    text: str
    message: Message

    @property
    def place(self) -> str:
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet


class ContributionRejected(ValidationError):
    """A returned workbook that cannot be imported; `problems` lists every one (nothing was changed)."""

    def __init__(self, message: Message, problems: list[Problem]) -> None:
        super().__init__(message, details=[PROBLEM_AT(place=p.place, problem=p.message) if p.place else p.message
                                           for p in problems])
        self.problems = problems

    def with_details(self, *details: Message) -> MgiError:
        made = ContributionRejected(self.msg, self.problems)
        made.details += details
        return made


@dataclass(frozen=True)
class Change:
    """One field of one question as the workbook would change it.

    `before` is what the assessment holds now, `after` what the workbook says, `exported` what was
    sent (all as a person reads them: labels, not codes); `value` is what `apply` writes.
    """

    code: str
    question_text: str
    kind: str  # new | changed | conflict | same
    before: str
    after: str
    exported: str = ""
    field: str = ANSWER  # answer | justification | comment | evidence
    value: Any = None
    where: str = ""  # the cell it came from ("Answers!F4")


@dataclass
class Preview:
    assessment_id: str
    contributor: ContributorView
    source: Path
    changes: list[Change]
    exported_at: str = ""
    questionnaire_version: str = ""
    language: str = "en"
    #: per question, the answer's revision when the workbook was read (-1: no answer row yet)
    seen: dict[str, int] = field(default_factory=dict)

    def of_kind(self, *kinds: str) -> list[Change]:
        return [c for c in self.changes if c.kind in kinds]

    @property
    def conflicts(self) -> list[Change]:
        return self.of_kind(CONFLICT)

    @property
    def pending(self) -> list[Change]:
        """What `apply` would write without being told otherwise (new and changed)."""
        return self.of_kind(NEW, CHANGED)


@dataclass
class ApplyResult:
    applied: list[Change]
    #: conflicts left as the assessment holds them (not named in take_conflicts)
    kept: list[Change]
    changes: Changes


# -- export --------------------------------------------------------------------------------


def export_workbook(db: Database, assessment_id: str, contributor_id: str, target: Path, *,
                    language: str | None = None) -> Path:
    """Write the workbook of `contributor_id`'s questions in `assessment_id` to `target` (in their
    language unless `language` is given); the export is recorded in the audit trail."""
    target = Path(target)
    meta = assessments.get(db, assessment_id)
    framework = assessments.framework_of(db, meta)
    person = contributors.get(db, contributor_id)
    codes = contributors.questions_of(db, meta.id, person.id)
    if not codes:
        raise ValidationError(NOTHING_ASSIGNED(contributor=person.name))
    language = assessments.check_language(language or person.language)
    shares = contributors.by_question(db, meta.id)
    dues = [s.due for code in codes for s in shares.get(code, []) if s.contributor_id == person.id and s.due]
    content = contribution_book.Content(
        assessment=meta, framework=framework, contributor_id=person.id, contributor_name=person.name,
        language=language, codes=codes, answers=answers.list_answers(db, meta.id),
        evidence=[row for _, row in evidence.for_assessment(db, meta.id)],
        values=assessments.values(db, meta.id), due=min(dues) if dues else None)
    contribution_book.write(content, target)
    who = assessments.actor(db, meta.id)
    with db.sql_transaction() as sql:
        _audit(sql, who, meta.id, "contribution", person.id, "exported", None,
               {"file": target.name, "questions": codes, "language": language}, person.id)
    return target


# -- reading ---------------------------------------------------------------------------------


def read(db: Database, source: Path, *, language: str | None = None) -> Preview:
    """What the returned workbook at `source` would change, or `ContributionRejected` listing every
    problem (with its sheet and cell, rendered in `language`, English by default)."""
    source = Path(source)
    language = language or "en"
    file = source.name
    try:
        returned = contribution_read.read(source)
    except contribution_read.Refused as refused:
        problem = Problem("", "", wording.translate(refused.msg, language), refused.msg)
        raise ContributionRejected(REJECTED(source, file=file, n=1), [problem]) from None
    problems: list[Problem] = []

    def add(sheet: str, cell: str, message: Message) -> None:
        problems.append(Problem(sheet, cell, wording.translate(message, language), message))

    for sheet, cell, message in returned.problems:
        add(sheet, cell, message)
    sent = returned.sent
    meta_title = layout.META
    framework: Framework | None = None
    person: ContributorView | None = None
    try:
        meta = assessments.get(db, sent.assessment_id)
        framework = assessments.framework_of(db, meta)
    except NotFoundError:
        add(meta_title, "B2", OTHER_ASSESSMENT(id=sent.assessment_id or "?"))
    try:
        person = contributors.get(db, sent.contributor_id) if sent.contributor_id else None
    except (NotFoundError, ValidationError):
        person = None
    if person is None or person.id != sent.contributor_id:
        person = None
        add(meta_title, "B4", UNKNOWN_CONTRIBUTOR(id=sent.contributor_id or "?"))
    if framework is not None and framework.sha256 != sent.questionnaire_sha256:
        add(meta_title, "B3", OUTDATED(framework=sent.questionnaire_id, version=sent.questionnaire_version,
                                       current=f"{framework.id} {framework.version}"))
    if sent.checksum != sent.expected_checksum():
        add(meta_title, "", CHECKSUM())
    if problems and (framework is None or person is None or any(p.sheet == meta_title for p in problems)):
        raise ContributionRejected(REJECTED(source, file=file, n=len(problems)), problems)
    assert framework is not None and person is not None
    checked = _check_cells(framework, returned, add)
    if problems:
        raise ContributionRejected(REJECTED(source, file=file, n=len(problems)), problems)
    preview = Preview(sent.assessment_id, person, source, [], sent.exported_at, sent.questionnaire_version,
                      sent.language)
    preview.changes = _changes(db, framework, preview, sent, checked)
    return preview


@dataclass
class _Returned:
    """A question's cells, checked: None where the cell is empty (it changes nothing)."""

    value: AnswerValue = None
    value_where: str = ""
    justification: str | None = None
    justification_where: str = ""
    comment: str | None = None
    comment_where: str = ""
    evidence: list[tuple[dict[str, Any], str]] = field(default_factory=list)


def _check_cells(framework: Framework, returned: contribution_read.Returned, add: Any) -> dict[str, _Returned]:
    sent = returned.sent
    language = sent.language
    checked: dict[str, _Returned] = {}
    first_row: dict[str, int] = {}
    for row in returned.answers:
        code_cell = row.get("code")
        code = code_cell.text.strip()
        if not code:
            if any(not row.get(k).empty for k in ("answer", "justification", "comment")):
                add(row.sheet, code_cell.ref, NO_CODE())
            continue
        if code not in sent.questions or code not in framework.placements:
            add(row.sheet, code_cell.ref, UNKNOWN_CODE(code=code))
            continue
        if code in first_row:
            add(row.sheet, code_cell.ref, DUPLICATE_CODE(code=code, row=first_row[code]))
            continue
        first_row[code] = row.number
        result = checked[code] = _Returned()
        answer = row.get("answer")
        if not answer.empty:
            try:
                result.value = _answer_value(framework, framework.placement(code), answer, language)
                result.value_where = answer.where
            except ValidationError as exc:
                add(row.sheet, answer.ref, exc.msg)
        for key in (JUSTIFICATION, COMMENT):
            cell = row.get(key)
            if cell.empty:
                continue
            text = cell.text.strip()
            try:
                check_text(f"{code} {key}", text)
            except ValidationError as exc:
                add(row.sheet, cell.ref, exc.msg)
                continue
            setattr(result, key, text)
            setattr(result, f"{key}_where", cell.where)
    kinds = _kind_names()
    for row in returned.evidence:
        code_cell = row.get("code")
        code = code_cell.text.strip()
        if not code:
            add(row.sheet, code_cell.ref, NO_CODE())
            continue
        if code not in sent.questions or code not in framework.placements:
            add(row.sheet, code_cell.ref, UNKNOWN_CODE(code=code))
            continue
        fields: dict[str, Any] = {}
        ok = True
        kind_cell = row.get("kind")
        if kind_cell.empty:
            fields["kind"] = EvidenceKind.OTHER.value
        else:
            found = kinds.get(layout.folded(kind_cell.text))
            if found is None:
                add(row.sheet, kind_cell.ref, NOT_A_KIND(value=repr(kind_cell.text.strip()),
                                                         kinds=[wording.label(k, language) for k in EvidenceKind]))
                ok = False
            else:
                fields["kind"] = found
        title = row.get("title")
        if title.empty:
            add(row.sheet, title.ref, NO_TITLE())
            ok = False
        fields["title"] = title.text.strip()
        fields["reference"] = row.get("reference").text.strip()
        year = row.get("year")
        fields["year"] = year.text.strip()
        url = row.get("url")
        fields["url"] = url.text.strip()
        if fields["url"] and any(ch.isspace() for ch in fields["url"]):
            add(row.sheet, url.ref, NOT_AN_ADDRESS(value=repr(fields["url"])))
            ok = False
        if not ok:
            continue
        if not year.empty:
            low, high = layout.years()
            try:
                number = int(year.text.strip())
            except ValueError:
                add(row.sheet, year.ref, evidence.NOT_A_YEAR(value=repr(year.text.strip())))
                continue
            if not low <= number <= high:
                add(row.sheet, year.ref, YEAR_RANGE(value=number, low=low, high=high))
                continue
        refused = links.url_problem("url", fields["url"])
        if refused is not None:
            add(row.sheet, url.ref, refused)
            continue
        try:
            cleaned = evidence._clean(fields)  # the app's own rules for an evidence item
        except ValidationError as exc:
            add(row.sheet, f"A{row.number}", exc.msg)
            continue
        checked.setdefault(code, _Returned()).evidence.append((cleaned, f"{row.sheet}!A{row.number}"))
    return checked


def _kind_names() -> dict[str, str]:
    """Every name of every kind of evidence, in every language the app speaks (folded) -> its value."""
    names: dict[str, str] = {}
    for kind in EvidenceKind:
        names[layout.folded(kind.value)] = kind.value
        for language in ("en", *TRANSLATED):
            names.setdefault(layout.folded(wording.label(kind, language)), kind.value)
    return names


def _answer_value(framework: Framework, placement: Placement, cell: contribution_read.Cell,
                  language: str) -> AnswerValue:
    """A typed or picked answer in canonical form: a choice by its code or its label in any language
    of the questionnaire (case and spaces ignored), several separated by ; for a multiple choice."""
    code = placement.question.code
    kind = placement.kind
    value: Any = cell.value
    if kind.has_choices:
        names: dict[str, str] = {}
        for choice in placement.choices:
            names.setdefault(layout.folded(choice.code), choice.code)
            for label in choice.label.values.values():
                names.setdefault(layout.folded(label), choice.code)
        text = cell.text
        if kind.multiple:
            whole = names.get(layout.folded(text))
            if whole is not None:
                return framework.check_value(code, [whole])
            parts = _split(text, ";\n")
            if any(layout.folded(p) not in names for p in parts):  # "law, policy": commas, if that reads
                commas = _split(text, ";\n,")
                parts = commas if all(layout.folded(p) in names for p in commas) else parts
            for part in parts:
                if layout.folded(part) not in names:
                    raise ValidationError(_not_a_choice(placement, part, language))
            return framework.check_value(code, [names[layout.folded(p)] for p in parts])
        found = names.get(layout.folded(text))
        if found is None:
            raise ValidationError(_not_a_choice(placement, text, language))
        return framework.check_value(code, found)
    if placement.question.type == "date" and isinstance(value, dt.datetime):
        value = value.date()
    elif placement.question.type == "text":
        value = cell.text.strip()
    elif isinstance(value, str):
        value = value.strip()
    return framework.check_value(code, value)


def _split(text: str, separators: str) -> list[str]:
    """The non-empty parts of `text` between any of `separators`."""
    for separator in separators:
        text = text.replace(separator, "\x00")
    return [part.strip() for part in text.split("\x00") if part.strip()]


def _not_a_choice(placement: Placement, typed: str, language: str) -> Message:
    labels = contribution_book.choice_labels(placement, language, "en")
    return NOT_A_CHOICE(placement.question.code, value=repr(typed.strip()), choices=labels)


# -- what would change -----------------------------------------------------------------------


def _evidence_key(fields: Mapping[str, Any]) -> tuple[Any, ...]:
    return (str(fields.get("kind") or "other"), layout.folded(str(fields.get("title") or "")),
            layout.folded(str(fields.get("reference") or "")), fields.get("year"),
            str(fields.get("url") or "").strip())


def _evidence_text(fields: Mapping[str, Any], language: str) -> str:
    parts = [wording.label(EvidenceKind(fields.get("kind") or "other"), language) + ":", str(fields["title"])]
    extra = [str(v) for v in (fields.get("reference"), fields.get("year"), fields.get("url")) if v]
    return " ".join(parts) + (f" ({', '.join(extra)})" if extra else "")


def _changes(db: Database, framework: Framework, preview: Preview, sent: contribution_read.SentRecord,
             checked: dict[str, _Returned]) -> list[Change]:
    language = sent.language
    source_language = framework.model.source_language
    held = answers.list_answers(db, preview.assessment_id, list(checked))
    items: dict[str, list[Any]] = {}
    for code, item in evidence.for_assessment(db, preview.assessment_id):
        items.setdefault(code, []).append(item)
    threads: dict[str, list[str]] = {}
    for code, comment in _comments(db, preview.assessment_id):
        if comment.author == preview.contributor.name:
            threads.setdefault(code, []).append(comment.text)
    out: list[Change] = []
    for code in (c for c in sent.questions if c in checked):
        got = checked[code]
        view = held[code]
        preview.seen[code] = view.revision if view.answer_id is not None else -1
        text = framework.placement(code).question.text.get(language, source_language)
        revision, exported_json, exported_text = sent.questions[code]
        moved = view.revision != revision  # the focal point changed something of it since the export


        if got.value is not None:
            exported = decode(exported_json) if exported_json else None
            out.append(Change(code, text, _kind(moved, view.value, got.value, exported, None),
                              framework.label_of(code, view.value, language),
                              framework.label_of(code, got.value, language),
                              framework.label_of(code, exported, language), ANSWER, got.value, got.value_where))
        if got.justification is not None:
            before = view.justification.strip()
            out.append(Change(code, text, _kind(moved, before, got.justification, exported_text.strip(), ""),
                              view.justification, got.justification, exported_text, JUSTIFICATION,
                              got.justification, got.justification_where))
        if got.comment is not None:
            same = got.comment in threads.get(code, [])
            out.append(Change(code, text, SAME if same else NEW, "", got.comment, "", COMMENT, got.comment,
                              got.comment_where))
        have = {_evidence_key(e.__dict__ | {"kind": e.kind.value}) for e in items.get(code, [])}
        for fields, where in got.evidence:
            key = _evidence_key(fields)
            shown = _evidence_text(fields, language)
            out.append(Change(code, text, SAME if key in have else NEW, "", shown, "", EVIDENCE, fields, where))
            have.add(key)  # the same row twice in the workbook is one item
    return out


def _kind(moved: bool, before: Any, after: Any, exported: Any, empty: Any) -> str:
    """new, changed, conflict or same: a conflict when the focal point changed the field since the
    export (`moved`, and it no longer holds what was sent) and the workbook changes it too."""
    if after == before:
        return SAME
    if moved and before != exported and after != exported:
        return CONFLICT
    return NEW if before in (None, empty) else CHANGED


def _comments(db: Database, assessment_id: str) -> list[tuple[str, Any]]:
    from mgi_desktop.services import comments

    return comments.for_assessment(db, assessment_id)


# -- applying ------------------------------------------------------------------------------


def apply(db: Database, preview: Preview, *, accept: Collection[str] | None = None,
          take_conflicts: Collection[str] = ()) -> ApplyResult:
    """Write the preview's changes (of the questions in `accept`, all by default) in one transaction,
    attributed to its contributor; a conflict only for a question named in `take_conflicts`.  A
    question changed in the assessment since `read` refuses the whole import (`StateError`): nothing
    is written, and reading the workbook again shows the new state."""
    wanted = None if accept is None else set(accept)
    taking = set(take_conflicts)
    chosen = [c for c in preview.changes if c.kind != SAME and (wanted is None or c.code in wanted)
              and (c.kind != CONFLICT or c.code in taking)]
    kept = [c for c in preview.changes if c.kind == CONFLICT and c.code not in taking]
    aid = preview.assessment_id
    contributor = preview.contributor
    who = assessments.actor(db, aid)
    result = Changes(aid)
    if not chosen:
        return ApplyResult([], kept, result)
    by_code: dict[str, list[Change]] = {}
    for change in chosen:
        by_code.setdefault(change.code, []).append(change)
    applied: list[Change] = []
    with db.sql_transaction() as sql:
        head = sql.one("SELECT status, questionnaire_sha256 FROM assessment WHERE id = :id", {"id": aid})
        if head is None:
            raise NotFoundError(assessments.NO_ASSESSMENT(id=aid))
        workflow.check_can_edit(AssessmentStatus(head["status"]), who)
        framework = frameworks.by_hash(db, head["questionnaire_sha256"])
        touched = False
        for code, changes in by_code.items():
            row = sql.one("SELECT id, revision FROM answer WHERE assessment_id = :aid AND question_code = :code",
                          {"aid": aid, "code": code})
            now_revision = -1 if row is None else int(row["revision"])
            if now_revision != preview.seen.get(code, -1):
                raise StateError(CHANGED_SINCE(code, code=code))
            value = next((c for c in changes if c.field == ANSWER), None)
            justification = next((c for c in changes if c.field == JUSTIFICATION), None)
            if value is not None or justification is not None:
                canonical = framework.check_value(code, value.value) if value is not None else None
                answers._write(sql, who, aid, code, value is not None, canonical,
                               justification.value if justification is not None else None, None,
                               contributor_id=contributor.id)
                applied += [c for c in (value, justification) if c is not None]
            extras = [c for c in changes if c.field in (COMMENT, EVIDENCE)]
            if extras:
                answer_id = _ensure_answer(sql, who, aid, code)
                for change in extras:
                    if change.field == EVIDENCE:
                        _add_evidence(sql, who, aid, code, answer_id, change.value, contributor)
                    else:
                        _add_comment(sql, who, aid, code, answer_id, change.value, contributor)
                    applied.append(change)
                touched = True
            result.questions.add(code)
            result.domains.add(framework.placement(code).domain.number)
        if touched:
            sql.execute("UPDATE assessment SET updated_at = :now, revision = revision + 1 WHERE id = :id",
                        {"now": utc.now_text(), "id": aid})
    result.kinds |= {ChangeKind.ANSWER}
    if any(c.field == EVIDENCE for c in applied):
        result.kinds.add(ChangeKind.EVIDENCE)
    if any(c.field == COMMENT for c in applied):
        result.kinds.add(ChangeKind.COMMENT)
    return ApplyResult(applied, kept, result)


def _audit(sql: Sql, who: audit_trail.Actor, aid: str, entity: str, entity_id: str, name: str, old: Any, new: Any,
           contributor_id: str) -> None:
    sql.execute("INSERT INTO audit_event (id, assessment_id, at, actor, role, entity, entity_id, field, old_value, "
                "new_value, reason, contributor_id) VALUES (:id, :aid, :at, :actor, :role, :entity, :eid, :field, "
                ":old, :new, NULL, :contributor)",
                {"id": new_id(), "aid": aid, "at": utc.now_text(), "actor": who.name, "role": who.role.value,
                 "entity": entity, "eid": entity_id, "field": name, "old": audit_trail.as_text(old),
                 "new": audit_trail.as_text(new), "contributor": contributor_id})


def _ensure_answer(sql: Sql, who: audit_trail.Actor, aid: str, code: str) -> str:
    row = sql.one("SELECT id FROM answer WHERE assessment_id = :aid AND question_code = :code",
                  {"aid": aid, "code": code})
    if row is not None:
        return str(row["id"])
    answer_id = new_id()
    sql.execute("INSERT INTO answer (id, assessment_id, question_code, value_json, justification, carried_over, "
                "flagged, review_state, revision, updated_at, updated_by) VALUES (:id, :aid, :code, NULL, '', 0, 0, "
                ":state, 0, :now, :by)", {"id": answer_id, "aid": aid, "code": code,
                                          "state": ReviewState.NOT_REVIEWED.value, "now": utc.now_text(),
                                          "by": who.name})
    return answer_id


def _add_evidence(sql: Sql, who: audit_trail.Actor, aid: str, code: str, answer_id: str, fields: dict[str, Any],
                  contributor: ContributorView) -> None:
    item_id, now = new_id(), utc.now_text()
    sql.execute("INSERT INTO evidence (id, answer_id, kind, title, reference, issuing_body, year, date, url, note, "
                "created_at, created_by, updated_at) VALUES (:id, :answer, :kind, :title, :reference, '', :year, "
                "NULL, :url, '', :now, :by, :now)",
                {"id": item_id, "answer": answer_id, "kind": fields["kind"], "title": fields["title"],
                 "reference": fields.get("reference", ""), "year": fields.get("year"), "url": fields.get("url", ""),
                 "now": now, "by": contributor.name})
    _audit(sql, who, aid, "evidence", item_id, "added", None, fields | {"question": code, "file": None},
           contributor.id)


def _add_comment(sql: Sql, who: audit_trail.Actor, aid: str, code: str, answer_id: str, text: str,
                 contributor: ContributorView) -> None:
    comment_id = new_id()
    sql.execute("INSERT INTO comment (id, answer_id, author, role, text, created_at, resolved) VALUES (:id, :answer, "
                ":author, :role, :text, :now, 0)",
                {"id": comment_id, "answer": answer_id, "author": contributor.name, "role": who.role.value,
                 "text": text, "now": utc.now_text()})
    _audit(sql, who, aid, "comment", comment_id, "added", None, {"question": code, "text": text}, contributor.id)

