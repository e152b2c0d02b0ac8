"""Three-way merge of an assessment: the base (the last package both sides
share), mine (this database) and theirs (the package received).

Rules, item by item:

- An answer's content (value and justification) changed on one side only
  since the base is taken from that side; changed on both sides to different
  content is a conflict the user resolves (mine, theirs, or an edited value).
  Its flag, carried-over mark and review state merge the same way, field by
  field; a review state changed on both sides follows the newest decision.
- Evidence, findings and domain descriptions are sets by id: an item added on
  either side is kept; an item removed on one side is removed if the other
  side did not change it (an edit wins over a removal); edited on both sides
  differently is a conflict.
- Comments, review decisions and signed status steps (attestations) are
  never removed: the union by id, with a comment's "resolved" mark merged
  three-way.  (Which of them may come from the sender at all is
  `exchange.authority`'s business, before the merge.)
- The assessment's title, focal point, institution, profile introduction
  and working language (`METADATA_FIELDS`) merge field by field as an
  answer's content does (a conflict is resolved by keeping mine or taking
  theirs).
- The status moves to the sender's if the sender's status is reachable from
  the base by the workflow's transitions and this side did not move;
  anything else that differs is a conflict.
- Audit events are the union by id (the other side's are added with their
  own ids, actors and times; none is ever changed).

Without a base (the two databases never exchanged this assessment) every
difference is a conflict: nothing is overwritten on a guess.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from mgi_desktop import utc
from mgi_desktop.exchange.format import (
    PROFILE_FIELDS,
    AnswerData,
    AttestationData,
    AuditData,
    CommentData,
    DecisionData,
    DomainTextData,
    EvidenceData,
    FindingData,
    PackageData,
)
from mgi_desktop.services import answer_state
from mgi_desktop.services.workflow import TRANSITIONS

Side = Literal["mine", "theirs"]
METADATA_FIELDS = ("title", "focal_point", "institution", "introduction", "language", *PROFILE_FIELDS)


@dataclass(frozen=True)
class Edited:
    """A conflict resolved by typing a new answer (answers only)."""

    value: Any
    justification: str


Resolution = Side | Edited


@dataclass(frozen=True)
class Conflict:
    """One item changed on both sides; the window shows `mine` and `theirs` side by side."""

    key: str  # "answer:Q3", "evidence:<id>", "finding:<id>", "domain_text:2", "assessment:title", "status"
    kind: str  # answer | evidence | finding | domain_text | assessment | status
    question: str | None
    mine: Any
    theirs: Any
    base: Any

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "kind": self.kind, "question": self.question, "mine": self.mine,
                "theirs": self.theirs, "base": self.base}


@dataclass
class Merge:
    mine: PackageData
    theirs: PackageData
    base: PackageData | None
    conflicts: list[Conflict] = field(default_factory=list)
    _finish: list[Callable[[Mapping[str, Resolution], str], None]] = field(default_factory=list)

    def result(self, resolutions: Mapping[str, Resolution], who: str) -> PackageData:
        """The merged assessment, once every conflict has a resolution (`who` edits)."""
        missing = [c.key for c in self.conflicts if c.key not in resolutions]
        if missing:
            raise KeyError(missing[0])
        for key, resolution in resolutions.items():
            conflict = next((c for c in self.conflicts if c.key == key), None)
            if conflict is not None and isinstance(resolution, Edited) and conflict.kind != "answer":
                raise ValueError(f"{key}: only an answer can be edited while resolving; keep mine or take theirs")
        self._state = _State(self.mine)
        for step in self._finish:
            step(resolutions, who)
        return self._state.build()

    _state: _State = field(init=False)


class _State:
    """The merged data as it is assembled."""

    def __init__(self, mine: PackageData) -> None:
        self.assessment = mine.assessment.model_dump()
        self.answers: dict[str, AnswerData] = {}
        self.evidence: dict[str, EvidenceData] = {}
        self.comments: dict[str, CommentData] = {}
        self.decisions: dict[str, DecisionData] = {}
        self.findings: dict[str, FindingData] = {}
        self.domain_texts: dict[str, DomainTextData] = {}
        self.audit: list[AuditData] = []
        self.attestations: dict[str, AttestationData] = {}

    def build(self) -> PackageData:
        from mgi_desktop.exchange.format import AssessmentData

        return PackageData(
            assessment=AssessmentData.model_validate(self.assessment),
            answers=sorted(self.answers.values(), key=lambda a: a.code),
            evidence=sorted(self.evidence.values(), key=lambda e: (e.created_at, e.id)),
            comments=sorted(self.comments.values(), key=lambda c: (c.created_at, c.id)),
            decisions=sorted(self.decisions.values(), key=lambda d: (d.decided_at, d.id)),
            findings=sorted(self.findings.values(), key=lambda f: (f.domain_number, f.position, f.id)),
            domain_texts=sorted(self.domain_texts.values(), key=lambda t: t.domain_number),
            audit=self.audit,
            attestations=sorted(self.attestations.values(), key=lambda a: (a.at, a.id)),
        )


T = TypeVar("T", bound=BaseModel)
_UNKNOWN = object()  # no base at all: nothing can be known to be unchanged


def _pick(base: Any, mine: Any, theirs: Any) -> Literal["same", "mine", "theirs", "conflict"]:
    if mine == theirs:
        return "same"
    if base is _UNKNOWN:
        return "conflict"
    if theirs == base:
        return "mine"
    if mine == base:
        return "theirs"
    return "conflict"


def reachable(start: str, target: str) -> bool:
    """Whether the workflow leads from one status to another (by any role's steps)."""
    seen = {start}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if current == target:
            return True
        for (frm, to) in TRANSITIONS:
            if frm.value == current and to.value not in seen:
                seen.add(to.value)
                queue.append(to.value)
    return False


def _content(answer: AnswerData | None) -> tuple[Any, str]:
    return (None, "") if answer is None else (answer.value, answer.justification)


def merge(base: PackageData | None, mine: PackageData, theirs: PackageData) -> Merge:
    result = Merge(mine, theirs, base)
    _merge_assessment(result)
    _merge_answers(result)
    _merge_sets(result, "evidence", "evidence", lambda d: {e.id: e for e in d.evidence},
                lambda e: e.question)
    _merge_sets(result, "findings", "finding", lambda d: {f.id: f for f in d.findings}, lambda f: None)
    _merge_sets(result, "domain_texts", "domain_text",
                lambda d: {str(t.domain_number): t for t in d.domain_texts}, lambda t: None)
    _merge_comments_decisions_audit(result)
    return result


def _merge_assessment(m: Merge) -> None:
    base = m.base.assessment.model_dump() if m.base else None
    mine, theirs = m.mine.assessment.model_dump(), m.theirs.assessment.model_dump()
    picks: dict[str, str] = {}
    for name in METADATA_FIELDS:
        pick = _pick(base[name] if base else _UNKNOWN, mine[name], theirs[name])
        picks[name] = pick
        if pick == "conflict":
            m.conflicts.append(Conflict(f"assessment:{name}", "assessment", None, mine[name], theirs[name],
                                        base[name] if base else None))
    status = _pick(base["status"] if base else _UNKNOWN, mine["status"], theirs["status"])
    if status == "theirs" and base is not None and not reachable(base["status"], theirs["status"]):
        status = "conflict"
    if status == "conflict":
        m.conflicts.append(Conflict("status", "status", None, mine["status"], theirs["status"],
                                    base["status"] if base else None))

    def finish(resolutions: Mapping[str, Resolution], who: str) -> None:
        state = m._state.assessment
        for name, pick in picks.items():
            side = resolutions.get(f"assessment:{name}") if pick == "conflict" else pick
            if side == "theirs":
                state[name] = theirs[name]
        side = resolutions.get("status") if status == "conflict" else status
        if side == "theirs":
            state["status"] = theirs["status"]
        state["revision"] = max(mine["revision"], theirs["revision"])
        state["updated_at"] = max(mine["updated_at"], theirs["updated_at"])
        if state["previous_id"] is None:
            state["previous_id"] = theirs["previous_id"]
        if state.get("crosswalk_json") is None and theirs.get("crosswalk_json") is not None:
            state["crosswalk_json"] = theirs["crosswalk_json"]  # set once, when the round was made

    m._finish.append(finish)


def _latest_decision(decisions: list[DecisionData], code: str) -> DecisionData | None:
    mine = [d for d in decisions if d.question == code]
    return max(mine, key=lambda d: (d.decided_at, d.id)) if mine else None


def _merge_answers(m: Merge) -> None:
    base = {a.code: a for a in m.base.answers} if m.base else None
    mine = {a.code: a for a in m.mine.answers}
    theirs = {a.code: a for a in m.theirs.answers}
    codes = sorted(set(mine) | set(theirs))
    picks: dict[str, str] = {}
    for code in codes:
        b = _content(base.get(code)) if base is not None else _UNKNOWN
        pick = _pick(b, _content(mine.get(code)), _content(theirs.get(code)))
        picks[code] = pick
        if pick == "conflict":
            m.conflicts.append(Conflict(
                f"answer:{code}", "answer", code,
                _answer_side(mine.get(code)), _answer_side(theirs.get(code)),
                _answer_side(base.get(code)) if base is not None else None))

    def finish(resolutions: Mapping[str, Resolution], who: str) -> None:
        all_decisions = list({d.id: d for d in [*m.mine.decisions, *m.theirs.decisions]}.values())
        for code in codes:
            b_row = base.get(code) if base is not None else None
            m_row, t_row = mine.get(code), theirs.get(code)
            default = AnswerData(code=code)
            current = m_row or default
            other = t_row or default
            resolution: Resolution | str = picks[code]
            if picks[code] == "conflict":
                resolution = resolutions[f"answer:{code}"]
            if isinstance(resolution, Edited):
                merged = current.model_copy(update={
                    "value": resolution.value, "justification": resolution.justification,
                    "revision": max(current.revision, other.revision) + 1, "updated_at": utc.now(),
                    "updated_by": who})
            elif resolution == "theirs":
                merged = current.model_copy(update={
                    "value": other.value, "justification": other.justification, "revision": other.revision,
                    "updated_at": other.updated_at, "updated_by": other.updated_by})
            else:
                merged = current
            fields: dict[str, Any] = {}
            for name in ("flagged", "carried_over", "review_state"):
                b = getattr(b_row or default, name) if base is not None else _UNKNOWN
                pick = _pick(b, getattr(current, name), getattr(other, name))
                if pick == "theirs":
                    fields[name] = getattr(other, name)
                elif pick == "conflict" and name == "review_state":
                    latest = _latest_decision(all_decisions, code)
                    fields[name] = answer_state.replayed(
                        latest.decision if latest else None, latest.decided_at if latest else None,
                        merged.updated_at).review_state
                elif pick == "conflict" and name == "flagged":
                    fields[name] = True  # a follow-up mark set on either side is kept
                elif pick == "conflict" and name == "carried_over":
                    fields[name] = False
            if isinstance(resolution, Edited):  # typed while resolving: the focal point's edit
                marks = answer_state.transition(answer_state.Marks(
                    fields.get("review_state", merged.review_state), fields.get("carried_over", merged.carried_over)),
                    answer_state.Event.EDITED)
                fields["review_state"], fields["carried_over"] = marks.review_state, marks.carried_over
            if fields:
                merged = merged.model_copy(update=fields)
            if m_row is None and t_row is None:
                continue
            m._state.answers[code] = merged

    m._finish.append(finish)


def _answer_side(answer: AnswerData | None) -> dict[str, Any]:
    if answer is None:
        return {"value": None, "justification": "", "updated_by": "", "updated_at": ""}
    return {"value": answer.value, "justification": answer.justification, "updated_by": answer.updated_by,
            "updated_at": utc.text(answer.updated_at) if answer.updated_at else ""}


def _merge_sets(m: Merge, attr: str, kind: str, index: Callable[[PackageData], dict[str, Any]],
                question: Callable[[Any], str | None]) -> None:
    base = index(m.base) if m.base else None
    mine, theirs = index(m.mine), index(m.theirs)
    final: dict[str, Any] = {}
    pending: dict[str, tuple[Any, Any]] = {}
    for key in sorted(set(mine) | set(theirs) | set(base or {})):
        b = base.get(key) if base is not None else _UNKNOWN
        m_item, t_item = mine.get(key), theirs.get(key)
        if b is _UNKNOWN and (m_item is None or t_item is None):
            item = m_item or t_item  # added on one side, as far as anyone can tell
            final[key] = item
            continue
        pick = _pick(b, m_item, t_item)
        if pick == "conflict" and b is not None and (m_item is None or t_item is None):
            pick = "mine" if t_item is None else "theirs"  # removed on one side, edited on the other: keep it
        if pick in ("same", "mine"):
            chosen = m_item
        elif pick == "theirs":
            chosen = t_item
        else:
            pending[key] = (m_item, t_item)
            shown = m_item or t_item
            m.conflicts.append(Conflict(
                f"{kind}:{key}", kind, question(shown), _dump(m_item), _dump(t_item),
                _dump(b) if isinstance(b, BaseModel) else None))
            continue
        if chosen is not None:
            final[key] = chosen

    def finish(resolutions: Mapping[str, Resolution], who: str) -> None:
        target: dict[str, Any] = getattr(m._state, attr)
        target.update(final)
        for key, (m_item, t_item) in pending.items():
            chosen = t_item if resolutions[f"{kind}:{key}"] == "theirs" else m_item
            if chosen is not None:
                target[key] = chosen

    m._finish.append(finish)


def _dump(item: BaseModel | None) -> dict[str, Any] | None:
    """An item as a conflict shows it (and the audit trail records it): plain JSON values."""
    return None if item is None else item.model_dump(mode="json")


def _merge_comments_decisions_audit(m: Merge) -> None:
    base = {c.id: c for c in m.base.comments} if m.base else None

    def resolved(comment: CommentData | None) -> tuple[bool, dt.datetime | None, str | None] | None:
        return None if comment is None else (comment.resolved, comment.resolved_at, comment.resolved_by)

    def finish(resolutions: Mapping[str, Resolution], who: str) -> None:
        state = m._state
        mine = {c.id: c for c in m.mine.comments}
        for comment in m.theirs.comments:
            own = mine.get(comment.id)
            if own is None:
                mine[comment.id] = comment
                continue
            b = resolved(base.get(comment.id)) if base is not None else _UNKNOWN
            if _pick(b, resolved(own), resolved(comment)) == "theirs":
                mine[comment.id] = own.model_copy(update={
                    "resolved": comment.resolved, "resolved_at": comment.resolved_at,
                    "resolved_by": comment.resolved_by})
        state.comments = mine
        state.decisions = {d.id: d for d in [*m.mine.decisions, *m.theirs.decisions]}
        state.attestations = {a.id: a for a in [*m.mine.attestations, *m.theirs.attestations]}
        known = {e.id for e in m.mine.audit}
        state.audit = [*m.mine.audit, *(e for e in m.theirs.audit if e.id not in known)]

    m._finish.append(finish)
