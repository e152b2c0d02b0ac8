"""Follow-up rounds: round n+1 pre-filled from round n, and the comparison of two rounds.

A follow-up copies every answer, justification and evidence item of the
previous round, each answer marked "carried over" until the focal point
confirms it (`answers.confirm_carried_over`) or changes it, and is worked in
the previous round's language (`assessments.set_language` changes it later).
Its findings come along as drafts (``drafted`` and ``carried_over``) for the
author to keep, edit or drop, so the new round's profile starts from the last
one's instead of from empty lists; comments and review decisions stay with the
round they belong to.

A follow-up may use a revised questionnaire: the answers then go through a
crosswalk (`questionnaire.crosswalk`: old question -> new question(s), values
recoded), given or drafted from the two versions.  `plan_follow_up` says what
would happen, writing nothing (what the window shows for review, and the
command line prints): what is carried, what is carried but waits for the
focal point's confirmation because the question's wording or answers changed
or it was split, and what cannot be carried and why.  A value the new
question cannot hold (`Framework.check_value`) is never carried: it is listed.
`start_follow_up` applies that plan in one transaction, audits it (a note on
each answer to confirm says why), and keeps the crosswalk with the new round
so that `compare` pairs the two rounds' questions as they were carried.

A comparison also says what each round's validation is worth to the user
comparing (`validation.of_assessment`), as consolidation and the profile do.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from mgi_desktop.errors import StateError, ValidationError
from mgi_desktop.messages import Message, Template, english
from mgi_desktop.questionnaire.diff import Side, diff, texts
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.services import answers, assessments, audit, evidence, validation
from mgi_desktop.services.answer_state import Event, Marks, transition
from mgi_desktop.services.validation import Validation
from mgi_desktop.services.views import AssessmentMeta, EvidenceRow
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer, Assessment, Evidence, Finding, Role

if TYPE_CHECKING:  # the crosswalk's reader (YAML, pydantic) is imported by the functions that use it
    from mgi_desktop.questionnaire.crosswalk import Crosswalk

FOCAL_POINT_ONLY = Template("rounds.focal_point_only", "a follow-up round is started by the focal point")
ALREADY_FOLLOWED = Template("rounds.already_followed", "round {round} already follows this assessment ({title})")
OTHER_PLACE = Template("rounds.other_place", "rounds of different countries or places cannot be compared")
WRONG_PAIR = Template("rounds.wrong_crosswalk",
                      "the crosswalk goes from {named_old} to {named_new}, not from {old} to {new}")

_COPIED_EVIDENCE = ("kind", "title", "reference", "issuing_body", "year", "date", "url", "note", "file_sha256",
                    "file_name", "file_size")


class Reason(enum.StrEnum):
    """Why an answer waits for confirmation, or why it was not carried (a closed set the window labels)."""

    # carried, to confirm
    REWORDED = "reworded"  # the question's text changed
    ANSWERS_CHANGED = "answers_changed"  # its answer type or choices changed
    NEW_CODE = "new_code"  # carried to a question with another code (matched by text, or by a person)
    SPLIT = "split"  # one old question became several
    RECODED = "recoded"  # the value was recoded to another
    ASKED = "asked"  # the crosswalk asks for confirmation
    # not carried
    REMOVED = "removed"  # the crosswalk carries the question nowhere
    NOT_IN_CROSSWALK = "not_in_crosswalk"
    INVALID_VALUE = "invalid_value"  # the new question cannot hold the value
    UNMAPPED_CHOICE = "unmapped_choice"  # a choice code the crosswalk maps to nothing


@dataclass(frozen=True)
class CarriedAnswer:
    """One answer as the follow-up round will hold it."""

    old_code: str
    new_code: str
    old_value: AnswerValue
    value: AnswerValue  # as the new question holds it (canonical)
    justification: str
    evidence: int  # items copied with it
    confirm: bool  # waits for the focal point's confirmation (it is carried over in either case)
    reasons: tuple[Reason, ...] = ()
    note: str = ""  # the crosswalk's note

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"reasons": [r.value for r in self.reasons]}


@dataclass(frozen=True)
class NotCarried:
    """Something of the previous round the follow-up will not hold."""

    old_code: str
    new_code: str | None
    reason: Reason
    value: AnswerValue  # the old value (for an unmapped choice: the codes left out)
    justification: str = ""
    evidence: int = 0
    detail: Message | None = None  # the new question's refusal, for an invalid value

    def as_dict(self) -> dict[str, Any]:
        return {"old_code": self.old_code, "new_code": self.new_code, "reason": self.reason.value,
                "value": self.value, "justification": self.justification, "evidence": self.evidence,
                "detail": english(self.detail, with_subject=False) if self.detail else None}


@dataclass
class FollowUpPlan:
    """What a follow-up round would carry from the previous one; nothing is written until it is applied."""

    previous_id: str
    previous_round: int
    old: Side
    new: Side
    crosswalk: Crosswalk
    drafted: bool  # the crosswalk was drafted from the two versions, not given
    carried: list[CarriedAnswer] = field(default_factory=list)
    to_confirm: list[CarriedAnswer] = field(default_factory=list)
    not_carried: list[NotCarried] = field(default_factory=list)
    new_questions: list[str] = field(default_factory=list)  # questions of the new version no answer goes to
    language: str = "en"  # the working language the new round inherits from the previous one
    findings: int = 0  # the previous round's findings, carried over as drafts

    @property
    def same_questionnaire(self) -> bool:
        return self.old == self.new

    @property
    def evidence(self) -> int:
        return sum(a.evidence for a in (*self.carried, *self.to_confirm))

    def counts(self) -> dict[str, int]:
        return {"carried": len(self.carried), "to_confirm": len(self.to_confirm),
                "not_carried": len(self.not_carried), "evidence": self.evidence,
                "new_questions": len(self.new_questions)}

    def as_dict(self) -> dict[str, Any]:
        return {"previous_id": self.previous_id, "previous_round": self.previous_round,
                "old": asdict(self.old), "new": asdict(self.new), "same_questionnaire": self.same_questionnaire,
                "drafted": self.drafted, "counts": self.counts(), "carried": [a.as_dict() for a in self.carried],
                "to_confirm": [a.as_dict() for a in self.to_confirm],
                "not_carried": [n.as_dict() for n in self.not_carried], "new_questions": self.new_questions,
                "crosswalk": self.crosswalk.as_dict(), "language": self.language, "findings": self.findings}


@dataclass(frozen=True)
class _Previous:
    """One answer of the previous round, as planning needs it."""

    code: str
    value: AnswerValue
    justification: str
    evidence: int


def _crosswalk_for(old: Framework, new: Framework, given: Crosswalk | None) -> tuple[Crosswalk, bool]:
    from mgi_desktop.questionnaire import crosswalk as crosswalks

    if given is not None:
        if given.old != Side.of(old) or given.new != Side.of(new):
            raise ValidationError(WRONG_PAIR(named_old=f"{given.old.id} {given.old.version}",
                                             named_new=f"{given.new.id} {given.new.version}",
                                             old=f"{old.id} {old.version}", new=f"{new.id} {new.version}"))
        return given, False
    if old.sha256 == new.sha256:
        return crosswalks.identity(new), False
    return crosswalks.draft(old, new), True


def _plan(previous: Assessment | AssessmentMeta, rows: Sequence[_Previous], old: Framework, new: Framework,
          crosswalk: Crosswalk, drafted: bool) -> FollowUpPlan:
    plan = FollowUpPlan(previous.id, previous.round, Side.of(old), Side.of(new), crosswalk, drafted,
                        language=previous.language)
    changes = diff(old, new) if old.sha256 != new.sha256 else None
    for row in rows:
        mapping = crosswalk.of(row.code)
        if mapping is None or not mapping.new:
            plan.not_carried.append(NotCarried(row.code, None, Reason.NOT_IN_CROSSWALK if mapping is None
                                               else Reason.REMOVED, row.value, row.justification, row.evidence))
            continue
        value, dropped = mapping.recode(row.value)
        for target in mapping.new:
            reasons: list[Reason] = []
            change = changes.get(row.code) if changes is not None and target == row.code else None
            if target != row.code:
                reasons.append(Reason.NEW_CODE)
                old_text = texts(old.placement(row.code).question.text, old.model.source_language)
                if old_text != texts(new.placement(target).question.text, new.model.source_language):
                    reasons.append(Reason.REWORDED)
            elif change is not None and change.reworded:
                reasons.append(Reason.REWORDED)
            if change is not None and (change.type is not None or change.choices):
                reasons.append(Reason.ANSWERS_CHANGED)
            if mapping.split:
                reasons.append(Reason.SPLIT)
            if json.dumps(value) != json.dumps(row.value) and value is not None:
                reasons.append(Reason.RECODED)
            if row.value is not None and value in (None, []):  # every code it had maps to nothing
                plan.not_carried.append(NotCarried(row.code, target, Reason.UNMAPPED_CHOICE, row.value,
                                                   row.justification, row.evidence))
                continue
            if dropped:  # carried without them, to confirm; the codes left out are listed
                reasons.append(Reason.UNMAPPED_CHOICE)
                plan.not_carried.append(NotCarried(row.code, target, Reason.UNMAPPED_CHOICE, dropped))
            try:
                checked = new.check_value(target, value)
            except ValidationError as exc:
                plan.not_carried.append(NotCarried(row.code, target, Reason.INVALID_VALUE, row.value,
                                                   row.justification, row.evidence, exc.msg))
                continue
            confirm = mapping.confirm or mapping.split or bool(dropped)
            if confirm and not reasons:
                reasons.append(Reason.ASKED)
            carried = CarriedAnswer(row.code, target, row.value, checked, row.justification, row.evidence, confirm,
                                    tuple(reasons), mapping.note)
            (plan.to_confirm if confirm else plan.carried).append(carried)
    targets = {code for m in crosswalk.mappings for code in m.new}
    plan.new_questions = [code for code in new.codes() if code not in targets]
    return plan


def _previous_rows(session: Session, assessment_id: str) -> tuple[list[Answer], dict[str, list[Evidence]]]:
    rows = session.exec(select(Answer).where(Answer.assessment_id == assessment_id)).all()
    items = session.exec(select(Evidence).join(Answer, col(Answer.id) == Evidence.answer_id)
                         .where(Answer.assessment_id == assessment_id)
                         .order_by(col(Evidence.created_at))).all()
    by_answer: dict[str, list[Evidence]] = {}
    for item in items:
        by_answer.setdefault(item.answer_id, []).append(item)
    return [row for row in rows if row.value_json is not None or row.justification or by_answer.get(row.id)], by_answer


def _planned(rows: Sequence[Answer], by_answer: dict[str, list[Evidence]], old: Framework) -> list[_Previous]:
    order = {code: i for i, code in enumerate(old.codes())}
    return [_Previous(r.question_code, None if r.value_json is None else json.loads(r.value_json), r.justification,
                      len(by_answer.get(r.id, [])))
            for r in sorted(rows, key=lambda r: (order.get(r.question_code, len(order)), r.question_code))]


def plan_follow_up(db: Database, assessment_id: str, framework: Framework | None = None,
                   crosswalk: Crosswalk | None = None) -> FollowUpPlan:
    """What `start_follow_up` would carry from round n to round n+1 on `framework` (by default the same
    questionnaire) through `crosswalk` (by default: the identity on the same questionnaire, else drafted)."""
    previous = assessments.get(db, assessment_id)
    old = assessments.framework_of(db, previous)
    new = framework or old
    chosen, drafted = _crosswalk_for(old, new, crosswalk)
    with db.reading() as session:
        rows, by_answer = _previous_rows(session, assessment_id)
        plan = _plan(previous, _planned(rows, by_answer, old), old, new, chosen, drafted)
        plan.findings = len(session.exec(select(Finding.id).where(Finding.assessment_id == assessment_id)).all())
    return plan


def start_follow_up(db: Database, assessment_id: str, framework: Framework | None = None,
                    crosswalk: Crosswalk | None = None) -> AssessmentMeta:
    """Create round n+1 of the same country and place on `framework` (by default the same questionnaire),
    pre-filled from round n through `crosswalk` (see `plan_follow_up`), in one transaction."""
    who = assessments.actor(db, assessment_id)
    if who.role != Role.FOCAL_POINT:
        raise ValidationError(FOCAL_POINT_ONLY())
    previous = assessments.get(db, assessment_id)
    old = assessments.framework_of(db, previous)
    new = framework or old
    chosen, drafted = _crosswalk_for(old, new, crosswalk)
    with db.transaction() as session:  # the new round and its copied answers: all, or nothing
        existing = session.exec(select(Assessment).where(Assessment.previous_id == assessment_id)).first()
        if existing is not None:
            raise StateError(ALREADY_FOLLOWED(round=existing.round, title=existing.title))
        rows, by_answer = _previous_rows(session, previous.id)
        plan = _plan(previous, _planned(rows, by_answer, old), old, new, chosen, drafted)
        created = assessments.insert(session, db, new, country=previous.country, locality=previous.locality,
                                     previous_id=previous.id, focal_point=previous.focal_point,
                                     institution=previous.institution, language=previous.language)
        source = {row.question_code: row for row in rows}
        copied = 0
        for item in (*plan.carried, *plan.to_confirm):
            row = source[item.old_code]
            marks = transition(Marks(), Event.CARRIED_OVER)
            answer = Answer(assessment_id=created.id, question_code=item.new_code,
                            value_json=None if item.value is None else json.dumps(item.value),
                            justification=row.justification, review_state=marks.review_state,
                            carried_over=marks.carried_over, updated_by=who.name)
            session.add(answer)
            session.flush()
            for copy in by_answer.get(row.id, []):
                session.add(Evidence(answer_id=answer.id, created_by=who.name,
                                     **{name: getattr(copy, name) for name in _COPIED_EVIDENCE}))
                copied += 1
            if item.confirm:  # why it waits, on the answer's own trail
                audit.record(session, who, assessment_id=created.id, entity="answer", entity_id=item.new_code,
                             field="carried_over", old={"question": item.old_code, "value": item.old_value},
                             new={"value": item.value, "to_confirm": [r.value for r in item.reasons]},
                             reason="to confirm: " + ", ".join(r.value for r in item.reasons))
        pairs = {i.old_code: i.new_code for i in (*plan.carried, *plan.to_confirm)}
        if chosen.is_identity():  # a question left unanswered is still the same question
            pairs = {code: code for code in new.placements} | pairs
        carried_findings = plan.findings = _carry_findings(session, previous.id, created.id, pairs)
        target = assessments.load(session, created.id)
        target.introduction = previous.introduction
        # the country's name as the profile prints it, and the partners, usually stay; title, date and round
        # label are the new round's own (their defaults follow it)
        target.profile_country_name = previous.profile_country_name
        target.profile_credits = previous.profile_credits
        if not chosen.is_identity():
            target.crosswalk_json = json.dumps(chosen.as_dict(), ensure_ascii=False)
        assessments.touch(target)
        session.add(target)
        audit.record(session, who, assessment_id=created.id, entity="assessment", entity_id=created.id,
                     field="follow_up", new={
                         "previous": previous.id, "previous_round": previous.round,
                         "answers_carried_over": len(plan.carried) + len(plan.to_confirm),
                         "evidence_copied": copied, "findings_carried_over": carried_findings,
                         "framework": new.id, "version": new.version,
                         "to_confirm": [a.new_code for a in plan.to_confirm],
                         "not_carried": [{"question": n.old_code, "reason": n.reason.value}
                                         for n in plan.not_carried],
                         "crosswalk": "drafted" if drafted else "identity" if chosen.is_identity() else "given"})
    return assessments.get(db, created.id)


def _carry_findings(session: Session, previous_id: str, new_id: str, codes: dict[str, str]) -> int:
    """Copy round n's findings into round n+1 as drafts (``drafted``, ``carried_over``): the author keeps,
    edits or drops each (`findings.keep_many`, `edit_text`, `remove_many`), and drafting from the
    answers leaves them alone.  Their questions follow the crosswalk; a question not carried is dropped
    from the finding, not the finding.  The order within each list stays."""
    rows = session.exec(select(Finding).where(Finding.assessment_id == previous_id)
                        .order_by(col(Finding.domain_number), col(Finding.category), col(Finding.position))).all()
    for row in rows:
        linked = [codes[c] for c in json.loads(row.question_codes or "[]") if c in codes]
        session.add(Finding(assessment_id=new_id, domain_number=row.domain_number, category=row.category,
                            text=row.text, position=row.position, question_codes=json.dumps(linked),
                            drafted=True, carried_over=True))
    return len(rows)


def crosswalk_of(db: Database, assessment_id: str) -> Crosswalk | None:
    """The crosswalk a follow-up round was made through (None: its questions pair by code)."""
    from mgi_desktop.questionnaire.crosswalk import Crosswalk

    row = db.query_one("SELECT crosswalk_json FROM assessment WHERE id = :id", {"id": assessment_id})
    if row is None or row["crosswalk_json"] is None:
        return None
    return Crosswalk.from_dict(json.loads(row["crosswalk_json"]))


@dataclass
class ComparisonRow:
    """One question across two rounds."""

    code: str
    domain: int
    question: str
    before: str  # the answer as a reader sees it
    after: str
    before_value: Any = None
    after_value: Any = None
    answer_changed: bool = False
    justification_changed: bool = False
    carried_over: bool = False  # still carried over, not yet confirmed in the later round
    evidence_added: list[str] = field(default_factory=list)
    evidence_removed: list[str] = field(default_factory=list)
    #: the question's code in each round (they differ across a crosswalk; None where a round lacks it)
    before_code: str | None = None
    after_code: str | None = None
    reworded: bool = False  # the later round's question reads otherwise than the earlier one's
    split: bool = False  # the earlier question became several in the later round
    before_justification: str = ""
    after_justification: str = ""

    @property
    def changed(self) -> bool:
        """Anything different, a cleared answer included (the profile's "Developments" count it too)."""
        return self.answer_changed or self.justification_changed or bool(self.evidence_added
                                                                         or self.evidence_removed)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"changed": self.changed}


@dataclass
class Comparison:
    before: AssessmentMeta
    after: AssessmentMeta
    rows: list[ComparisonRow]
    before_validation: Validation | None = None
    after_validation: Validation | None = None

    def as_dict(self) -> dict[str, Any]:
        def side(meta: AssessmentMeta, checked: Validation | None) -> dict[str, Any]:
            return {"id": meta.id, "round": meta.round, "title": meta.title,
                    "validation": checked.as_dict() if checked else None}

        return {"before": side(self.before, self.before_validation),
                "after": side(self.after, self.after_validation), "rows": [r.as_dict() for r in self.rows]}


def _evidence_key(item: EvidenceRow) -> tuple[str, str, str, int | None, str | None]:
    """Copies of an item in a later round have new ids; they are the same source by their content."""
    return (item.title.strip().lower(), item.reference.strip().lower(), item.url.strip(), item.year,
            item.file_sha256)


def compare(db: Database, before_id: str, after_id: str, language: str = "en") -> Comparison:
    """Per question (in the later round's questionnaire order, then the earlier round's questions it does
    not have): each round's answer and what changed.  When the later round was made from the earlier one
    through a crosswalk, its questions pair as the crosswalk carried them; otherwise by code."""
    before, after = assessments.get(db, before_id), assessments.get(db, after_id)
    if (before.country, before.locality) != (after.country, after.locality):
        raise ValidationError(OTHER_PLACE())
    fw_before, fw_after = assessments.framework_of(db, before), assessments.framework_of(db, after)
    views_before, views_after = answers.list_answers(db, before_id), answers.list_answers(db, after_id)
    evidence_before: dict[str, list[EvidenceRow]] = {}
    evidence_after: dict[str, list[EvidenceRow]] = {}
    for target, aid in ((evidence_before, before_id), (evidence_after, after_id)):
        for code, item in evidence.for_assessment(db, aid):
            target.setdefault(code, []).append(item)
    walk = crosswalk_of(db, after_id)
    if walk is None or walk.old.sha256 != fw_before.sha256 or walk.new.sha256 != fw_after.sha256:
        walk = None  # not made from this earlier round's questionnaire: the codes pair
    pairs: list[tuple[str | None, str | None, bool]] = []  # (earlier code, later code, split)
    for code in fw_after.codes():
        if walk is None:
            pairs.append((code if code in fw_before.placements else None, code, False))
            continue
        sources = walk.sources(code)
        mapping = walk.of(sources[0]) if sources else None
        pairs.append((sources[0] if sources else None, code, bool(mapping and mapping.split)))
    paired = {b for b, _, _ in pairs if b is not None}
    pairs += [(code, None, False) for code in fw_before.codes() if code not in paired]
    rows = []
    for before_code, after_code, split in pairs:
        b = views_before.get(before_code) if before_code else None
        a = views_after.get(after_code) if after_code else None
        b_value, a_value = (b.value if b else None), (a.value if a else None)
        old = {_evidence_key(e): e.title for e in evidence_before.get(before_code or "", [])}
        new = {_evidence_key(e): e.title for e in evidence_after.get(after_code or "", [])}
        framework = fw_after if after_code else fw_before
        shown = after_code or before_code or ""  # every pair has one side at least
        placement = framework.placement(shown)
        # as the two files word it: a translation installed for one side only is no rewording
        reworded = bool(before_code and after_code and texts(
            fw_before.untranslated().placement(before_code).question.text, fw_before.model.source_language) != texts(
            fw_after.untranslated().placement(after_code).question.text, fw_after.model.source_language))
        rows.append(ComparisonRow(
            code=shown, domain=placement.domain.number,
            question=placement.question.text.get(language, framework.model.source_language),
            before=_label(fw_before, before_code, b_value, language),
            after=_label(fw_after, after_code, a_value, language),
            before_value=b_value, after_value=a_value,
            answer_changed=json.dumps(b_value) != json.dumps(a_value),
            justification_changed=(b.justification if b else "") != (a.justification if a else ""),
            carried_over=bool(a and a.carried_over),
            evidence_added=[title for key, title in new.items() if key not in old],
            evidence_removed=[title for key, title in old.items() if key not in new],
            before_code=before_code, after_code=after_code, reworded=reworded, split=split,
            before_justification=b.justification if b else "", after_justification=a.justification if a else ""))
    trust = validation.trust_of(db)  # the user comparing is the one whose trusted keys count
    return Comparison(before, after, rows, validation.of_assessment(db, before_id, trust),
                      validation.of_assessment(db, after_id, trust))


def _label(framework: Any, code: str | None, value: Any, language: str) -> str:
    if value is None or code is None:
        return ""
    if code not in framework.placements:
        return json.dumps(value, ensure_ascii=False)
    return str(framework.label_of(code, value, language))
