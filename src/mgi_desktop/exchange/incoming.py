"""What a received package brings to this database, by kind: the answers whose content changed, the
reviewer's decisions (accepted, returned), the new comments, the status steps and their notes.

A decision moves an answer's review state (and its carried-over mark), not its content: it is
counted as a decision, never as a changed answer.  The import preview counts these; the window's
summary after an import lists them, each linked to its question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mgi_desktop.enums import Decision
from mgi_desktop.exchange.format import AnswerData, PackageData


@dataclass(frozen=True)
class NewComment:
    id: str
    question: str
    author: str
    text: str


@dataclass(frozen=True)
class Step:
    """A status step taken on the other side, with the note typed then ("" when none)."""

    status: str
    actor: str
    at: dt.datetime
    note: str


@dataclass
class Incoming:
    #: questions whose answer (value or justification) is not what it was here
    answers: list[str] = field(default_factory=list)
    #: questions flagged or unflagged
    flags: list[str] = field(default_factory=list)
    #: questions whose newest new decision accepts / returns the answer, in questionnaire order
    accepted: list[str] = field(default_factory=list)
    returned: list[str] = field(default_factory=list)
    comments: list[NewComment] = field(default_factory=list)
    #: (status here, status after) when it moves
    status: tuple[str, str] | None = None
    steps: list[Step] = field(default_factory=list)

    def questions(self) -> list[str]:
        """The questions a person looks at, once each: returned, commented on, or changed (an accepted
        answer asks nothing of them)."""
        seen: dict[str, None] = {}
        for code in [*self.returned, *(c.question for c in self.comments), *self.answers]:
            seen.setdefault(code)
        return list(seen)

    @property
    def note(self) -> Step | None:
        """The newest step that carries a note (the reviewer's word on a return or validation); the
        review's start, taken by the first decision, carries only the app's own words."""
        with_note = [s for s in self.steps if s.note and s.status != "in_review"]
        return with_note[-1] if with_note else None


def _content(answer: AnswerData | None) -> tuple[object, str]:
    return (None, "") if answer is None else (answer.value, answer.justification)


def incoming(mine: PackageData | None, final: PackageData, order: list[str] | None = None) -> Incoming:
    """What `final` (the merged result) holds that `mine` (this database before) did not.

    `order`: the questionnaire's codes, to list questions in it (else by code)."""
    old = mine or PackageData(assessment=final.assessment)
    rank = {code: i for i, code in enumerate(order or [])}

    def ordered(codes: set[str]) -> list[str]:
        return sorted(codes, key=lambda c: (rank.get(c, len(rank)), c))

    before = {a.code: a for a in old.answers}
    changed = {a.code for a in final.answers if _content(before.get(a.code)) != _content(a)}
    flags = {a.code for a in final.answers if (before[a.code].flagged if a.code in before else False) != a.flagged}
    known = {d.id for d in old.decisions}
    newest: dict[str, tuple[dt.datetime, str, Decision]] = {}
    for d in final.decisions:
        if d.id not in known and (d.question not in newest or (d.decided_at, d.id) > newest[d.question][:2]):
            newest[d.question] = (d.decided_at, d.id, d.decision)
    old_comments = {c.id for c in old.comments}
    comments = [NewComment(c.id, c.question, c.author, c.text) for c in final.comments if c.id not in old_comments]
    comments.sort(key=lambda c: rank.get(c.question, len(rank)))
    old_audit = {e.id for e in old.audit}
    steps = [Step(e.new_value or "", e.actor, e.at, e.reason or "") for e in final.audit
             if e.id not in old_audit and e.entity == "assessment" and e.field == "status"]
    steps.sort(key=lambda s: s.at)
    status = (old.assessment.status, final.assessment.status) if mine is not None else None
    return Incoming(
        answers=ordered(changed), flags=ordered(flags),
        accepted=ordered({c for c, n in newest.items() if n[2] is Decision.ACCEPTED}),
        returned=ordered({c for c, n in newest.items() if n[2] is Decision.RETURNED}),
        comments=comments, status=status if status and status[0] != status[1] else None, steps=steps)
