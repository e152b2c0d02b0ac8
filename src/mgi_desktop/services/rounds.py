"""Follow-up rounds: round n+1 pre-filled from round n, and the comparison of two rounds.

A follow-up copies every answer, justification and evidence item of the
previous round, each answer marked "carried over" until the focal point
confirms it (`answers.confirm_carried_over`) or changes it.  Comments,
review decisions and findings stay with the round they belong to.

A comparison also says what each round's validation is worth to the user
comparing (`validation.of_assessment`), as consolidation and the profile do.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlmodel import col, select

from mgi_desktop.errors import StateError, ValidationError
from mgi_desktop.messages import Template
from mgi_desktop.services import answers, assessments, audit, evidence, validation
from mgi_desktop.services.answer_state import Event, Marks, transition
from mgi_desktop.services.validation import Validation
from mgi_desktop.services.views import AssessmentMeta, EvidenceRow
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer, Assessment, Evidence, Role

FOCAL_POINT_ONLY = Template("rounds.focal_point_only", "a follow-up round is started by the focal point")
ALREADY_FOLLOWED = Template("rounds.already_followed", "round {round} already follows this assessment ({title})")
OTHER_PLACE = Template("rounds.other_place", "rounds of different countries or places cannot be compared")

_COPIED_EVIDENCE = ("kind", "title", "reference", "issuing_body", "year", "date", "url", "note", "file_sha256",
                    "file_name", "file_size")


def start_follow_up(db: Database, assessment_id: str) -> AssessmentMeta:
    """Create round n+1 of the same questionnaire, country and place, pre-filled from round n."""
    who = assessments.actor(db, assessment_id)
    if who.role != Role.FOCAL_POINT:
        raise ValidationError(FOCAL_POINT_ONLY())
    previous = assessments.get(db, assessment_id)
    framework = assessments.framework_of(db, previous)
    with db.transaction() as session:  # the new round and its copied answers: all, or nothing
        existing = session.exec(select(Assessment).where(Assessment.previous_id == assessment_id)).first()
        if existing is not None:
            raise StateError(ALREADY_FOLLOWED(round=existing.round, title=existing.title))
        new = assessments.insert(session, db, framework, country=previous.country, locality=previous.locality,
                                 previous_id=previous.id, focal_point=previous.focal_point,
                                 institution=previous.institution)
        rows = session.exec(select(Answer).where(Answer.assessment_id == previous.id)).all()
        items = session.exec(select(Evidence).join(Answer, col(Answer.id) == Evidence.answer_id)
                             .where(Answer.assessment_id == previous.id)
                             .order_by(col(Evidence.created_at))).all()
        by_answer: dict[str, list[Evidence]] = {}
        for item in items:
            by_answer.setdefault(item.answer_id, []).append(item)
        carried = 0
        for row in rows:
            copies = by_answer.get(row.id, [])
            if row.value_json is None and not row.justification and not copies:
                continue
            marks = transition(Marks(), Event.CARRIED_OVER)
            answer = Answer(assessment_id=new.id, question_code=row.question_code, value_json=row.value_json,
                            justification=row.justification, review_state=marks.review_state,
                            carried_over=marks.carried_over, updated_by=who.name)
            session.add(answer)
            session.flush()
            carried += 1
            for item in copies:
                session.add(Evidence(answer_id=answer.id, created_by=who.name,
                                     **{name: getattr(item, name) for name in _COPIED_EVIDENCE}))
        target = assessments.load(session, new.id)
        target.introduction = previous.introduction
        assessments.touch(target)
        session.add(target)
        audit.record(session, who, assessment_id=new.id, entity="assessment", entity_id=new.id,
                     field="follow_up", new={"previous": previous.id, "previous_round": previous.round,
                                             "answers_carried_over": carried, "evidence_copied": len(items)})
    return assessments.get(db, new.id)


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

    @property
    def changed(self) -> bool:
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
    """Per question (in the later round's questionnaire order): each round's answer and what changed."""
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
    codes = fw_after.codes() + [c for c in fw_before.codes() if c not in fw_after.placements]
    rows = []
    for code in codes:
        framework = fw_after if code in fw_after.placements else fw_before
        placement = framework.placement(code)
        b, a = views_before.get(code), views_after.get(code)
        b_value, a_value = (b.value if b else None), (a.value if a else None)
        old = {_evidence_key(e): e.title for e in evidence_before.get(code, [])}
        new = {_evidence_key(e): e.title for e in evidence_after.get(code, [])}
        rows.append(ComparisonRow(
            code=code, domain=placement.domain.number,
            question=placement.question.text.get(language, framework.model.source_language),
            before=_label(fw_before, code, b_value, language), after=_label(fw_after, code, a_value, language),
            before_value=b_value, after_value=a_value,
            answer_changed=json.dumps(b_value) != json.dumps(a_value),
            justification_changed=(b.justification if b else "") != (a.justification if a else ""),
            carried_over=bool(a and a.carried_over),
            evidence_added=[title for key, title in new.items() if key not in old],
            evidence_removed=[title for key, title in old.items() if key not in new]))
    trust = validation.trust_of(db)  # the user comparing is the one whose trusted keys count
    return Comparison(before, after, rows, validation.of_assessment(db, before_id, trust),
                      validation.of_assessment(db, after_id, trust))


def _label(framework: Any, code: str, value: Any, language: str) -> str:
    if value is None:
        return ""
    if code not in framework.placements:
        return json.dumps(value, ensure_ascii=False)
    return str(framework.label_of(code, value, language))
