"""Contributors and what they are assigned: the officials a focal point hands questions to.

A contributor (an institution, a person, an e-mail address, the language their
workbooks are written in) belongs to the database, so a ministry is recorded
once for every assessment and round; an assignment gives them part of one
assessment: a domain (by number), a sub-area (by code) or a single question.
A question may be assigned to several contributors, at most one of them its
lead: an assignment made as lead is refused while another contributor leads
one of its questions.  Each change is one transaction and audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import col, select

from mgi_desktop import utc
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, audit
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer, Assignment, Contributor

NEEDS_INSTITUTION = Template("contributor.needs_institution",
                             "a contributor needs an institution (e.g. the ministry of labour)")
NOT_AN_EMAIL = Template("contributor.not_an_email", "{value} is not an e-mail address")
NO_CONTRIBUTOR = Template("contributor.not_found", "no contributor {id}")
AMBIGUOUS = Template("contributor.ambiguous", "{id} matches {n} contributors; give more of the id")
NOT_A_SCOPE = Template("contributor.not_a_scope", "{value} is not what can be assigned (domain, sub_area, question)")
NO_TARGET = Template("contributor.no_target", "no {scope} {target} in this assessment's questionnaire")
LEAD_TAKEN = Template("contributor.lead_taken", "{code} already has a lead contributor: {other}")
NOT_A_DUE_DATE = Template("contributor.not_a_due_date", "{value} is not a date (YYYY-MM-DD)")
NOT_ASSIGNED = Template("contributor.not_assigned", "{scope} {target} is not assigned to {contributor}")

SCOPES = ("domain", "sub_area", "question")


@dataclass(frozen=True)
class ContributorView:
    id: str
    institution: str
    person: str
    email: str
    language: str

    @property
    def name(self) -> str:
        """How the contributor is named in lists and in the audit trail."""
        return f"{self.person} ({self.institution})" if self.person else self.institution


@dataclass(frozen=True)
class AssignmentView:
    contributor_id: str
    scope: str
    target: str
    lead: bool
    due: dt.date | None


@dataclass(frozen=True)
class ContributorCounts:
    """Per contributor in one assessment: questions assigned, answered, and overdue (unanswered past
    a due date)."""

    contributor: ContributorView
    assigned: int
    answered: int
    overdue: int


def _view(row: Contributor) -> ContributorView:
    return ContributorView(row.id, row.institution, row.person, row.email, row.language)


def _assignment(row: Assignment) -> AssignmentView:
    return AssignmentView(row.contributor_id, row.scope, row.target, row.lead,
                          dt.date.fromisoformat(row.due) if row.due else None)


def add(db: Database, *, institution: str, person: str = "", email: str = "", language: str = "en") -> ContributorView:
    """Record a contributor (audited, outside any assessment)."""
    for name, value in (("institution", institution), ("person", person), ("email", email)):
        check_text(f"contributor {name}", value)
    institution, person, email = institution.strip(), person.strip(), email.strip()
    if not institution:
        raise ValidationError(NEEDS_INSTITUTION())
    if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
        raise ValidationError(NOT_AN_EMAIL(value=repr(email)))
    language = assessments.check_language(language)
    who = assessments.actor(db)
    with db.transaction() as session:
        row = Contributor(institution=institution, person=person, email=email, language=language)
        session.add(row)
        audit.record(session, who, assessment_id=None, entity="contributor", entity_id=row.id, field="added",
                     new={"institution": institution, "person": person, "email": email, "language": language})
    return _view(row)


def list_all(db: Database) -> list[ContributorView]:
    with db.reading() as session:
        rows = session.exec(select(Contributor).order_by(col(Contributor.institution), col(Contributor.person)))
        return [_view(row) for row in rows]


def get(db: Database, contributor_id: str) -> ContributorView:
    """The contributor with this id, or with the only id that starts with it."""
    wanted = contributor_id.strip()
    with db.reading() as session:
        exact = session.get(Contributor, wanted)
        if exact is not None:
            return _view(exact)
        found = list(session.exec(select(Contributor).where(col(Contributor.id).startswith(wanted))).all()) \
            if wanted else []
    if len(found) == 1:
        return _view(found[0])
    if found:
        raise ValidationError(AMBIGUOUS(id=wanted, n=len(found)))
    raise NotFoundError(NO_CONTRIBUTOR(id=wanted))


def scope_codes(framework: Framework, scope: str, target: str) -> list[str]:
    """The question codes an assignment of `scope` and `target` covers, in questionnaire order."""
    if scope not in SCOPES:
        raise ValidationError(NOT_A_SCOPE(value=repr(scope)))
    placements = framework.placements.values()
    if scope == "domain":
        codes = [p.question.code for p in placements if str(p.domain.number) == target.strip()]
    elif scope == "sub_area":
        codes = [p.question.code for p in placements if p.sub_area.code == target]
    else:
        codes = [target] if target in framework.placements else []
    if not codes:
        raise ValidationError(NO_TARGET(scope=scope, target=target))
    return codes


def _due(value: str | dt.date | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValidationError(NOT_A_DUE_DATE(value=repr(value))) from None


def assign(db: Database, assessment_id: str, contributor_id: str, scope: str, target: str, *,
           lead: bool = False, due: str | dt.date | None = None) -> AssignmentView:
    """Give a domain, sub-area or question to a contributor (again: its lead mark and due date change)."""
    contributor = get(db, contributor_id)
    framework = assessments.framework_of(db, assessments.get(db, assessment_id))
    target = target.strip()
    codes = set(scope_codes(framework, scope, target))
    due_text = _due(due)
    who = assessments.actor(db, assessment_id)
    with db.transaction() as session:
        assessments.load(session, assessment_id)
        rows = list(session.exec(select(Assignment).where(Assignment.assessment_id == assessment_id)).all())
        if lead:
            for other in rows:
                if other.lead and other.contributor_id != contributor.id:
                    shared = codes & set(scope_codes(framework, other.scope, other.target))
                    if shared:
                        other_name = _view(session.get(Contributor, other.contributor_id)).name  # type: ignore[arg-type]
                        code = next(c for c in framework.codes() if c in shared)
                        raise ValidationError(LEAD_TAKEN(code=code, other=other_name))
        row = next((r for r in rows if r.contributor_id == contributor.id and r.scope == scope
                    and r.target == target), None)
        old = None if row is None else {"lead": row.lead, "due": row.due}
        if row is None:
            row = Assignment(assessment_id=assessment_id, contributor_id=contributor.id, scope=scope, target=target)
        new = {"lead": lead, "due": due_text}
        if old != new:
            row.lead, row.due = lead, due_text
            session.add(row)
            audit.record(session, who, assessment_id=assessment_id, entity="assignment",
                         entity_id=f"{contributor.id}:{scope}:{target}", field="assigned" if old is None else "changed",
                         old=old, new=new | {"contributor": contributor.name})
    return _assignment(row)


def unassign(db: Database, assessment_id: str, contributor_id: str, scope: str, target: str) -> None:
    contributor = get(db, contributor_id)
    who = assessments.actor(db, assessment_id)
    with db.transaction() as session:
        row = session.exec(select(Assignment).where(
            Assignment.assessment_id == assessment_id, Assignment.contributor_id == contributor.id,
            Assignment.scope == scope, Assignment.target == target.strip())).first()
        if row is None:
            raise NotFoundError(NOT_ASSIGNED(scope=scope, target=target, contributor=contributor.name))
        audit.record(session, who, assessment_id=assessment_id, entity="assignment",
                     entity_id=f"{contributor.id}:{scope}:{row.target}", field="removed",
                     old={"lead": row.lead, "due": row.due, "contributor": contributor.name})
        session.delete(row)


def assignments(db: Database, assessment_id: str, contributor_id: str | None = None) -> list[AssignmentView]:
    with db.reading() as session:
        query = select(Assignment).where(Assignment.assessment_id == assessment_id)
        if contributor_id is not None:
            query = query.where(Assignment.contributor_id == contributor_id)
        return [_assignment(row) for row in session.exec(query.order_by(col(Assignment.seq)))]


@dataclass(frozen=True)
class Share:
    """One contributor's part in one question."""

    contributor_id: str
    lead: bool
    due: dt.date | None


def by_question(db: Database, assessment_id: str) -> dict[str, list[Share]]:
    """Per question code, the contributors it is assigned to (the lead first, then as assigned); a
    question assigned twice to one contributor (its domain and itself) counts once, lead if either
    is, due by the earliest date."""
    framework = assessments.framework_of(db, assessments.get(db, assessment_id))
    merged: dict[str, dict[str, Share]] = {}
    for item in assignments(db, assessment_id):
        for code in scope_codes(framework, item.scope, item.target):
            shares = merged.setdefault(code, {})
            before = shares.get(item.contributor_id)
            if before is not None:
                dues = [d for d in (before.due, item.due) if d is not None]
                item_share = Share(item.contributor_id, before.lead or item.lead, min(dues) if dues else None)
            else:
                item_share = Share(item.contributor_id, item.lead, item.due)
            shares[item.contributor_id] = item_share
    order = {code: i for i, code in enumerate(framework.codes())}
    return {code: sorted(shares.values(), key=lambda s: not s.lead)
            for code, shares in sorted(merged.items(), key=lambda kv: order[kv[0]])}


def questions_of(db: Database, assessment_id: str, contributor_id: str) -> list[str]:
    """The question codes assigned to a contributor, in questionnaire order."""
    return [code for code, shares in by_question(db, assessment_id).items()
            if any(s.contributor_id == contributor_id for s in shares)]


def counts(db: Database, assessment_id: str, today: dt.date | None = None) -> list[ContributorCounts]:
    """For every contributor with an assignment in the assessment: assigned, answered, overdue."""
    today = today or utc.now().date()
    shares = by_question(db, assessment_id)
    with db.reading() as session:
        answered = set(session.exec(select(Answer.question_code).where(
            Answer.assessment_id == assessment_id, col(Answer.value_json).is_not(None))).all())
    people = {c.id: c for c in list_all(db)}
    tally: dict[str, list[int]] = {}
    for code, items in shares.items():
        for share in items:
            counted = tally.setdefault(share.contributor_id, [0, 0, 0])
            counted[0] += 1
            if code in answered:
                counted[1] += 1
            elif share.due is not None and share.due < today:
                counted[2] += 1
    return [ContributorCounts(people[cid], *numbers) for cid, numbers in tally.items() if cid in people]


def names(db: Database, ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    return {c.id: c.name for c in list_all(db) if c.id in wanted}
