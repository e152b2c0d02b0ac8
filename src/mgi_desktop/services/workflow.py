"""Who may do what, in which state: enforced here, not only in the window."""

from __future__ import annotations

from mgi_desktop.enums import AssessmentStatus as S
from mgi_desktop.enums import Role
from mgi_desktop.errors import MgiError, PermissionDenied, StateError
from mgi_desktop.messages import Template
from mgi_desktop.services.audit import Actor

BAD_STEP = Template("workflow.bad_step", "an assessment cannot go from {current} to {target}")
WRONG_ROLE = Template("workflow.wrong_role", "only a {role} may move an assessment from {current} to {target}")
REVIEWER_CANNOT_EDIT = Template("workflow.reviewer_cannot_edit",
                                "a reviewer cannot change answers, evidence or findings; record a decision "
                                "or a comment instead")
NOT_EDITABLE = Template("workflow.not_editable",
                        "the assessment is {status}: answers can be changed only while it is a draft or "
                        "after it was returned")
ONLY_REVIEWER = Template("workflow.only_reviewer", "only a reviewer can accept or return answers")
NOT_A_PARTY = Template("workflow.not_a_party",
                       "your key is neither this assessment's focal point nor one of its reviewers: you can "
                       "read it, comment and flag, but not change answers or review")
OWN_ASSESSMENT = Template("workflow.own_assessment",
                          "you are this assessment's focal point (by your key): its review is IOM's, whatever "
                          "the role setting says")
NOT_REVIEWABLE = Template("workflow.not_reviewable",
                          "the assessment is {status}: decisions are recorded once it is submitted and until "
                          "it is validated")

#: (from, to) -> the role that may take the step
TRANSITIONS: dict[tuple[S, S], Role] = {
    (S.DRAFT, S.SUBMITTED): Role.FOCAL_POINT,
    (S.SUBMITTED, S.IN_REVIEW): Role.REVIEWER,
    (S.RESUBMITTED, S.IN_REVIEW): Role.REVIEWER,
    (S.SUBMITTED, S.RETURNED): Role.REVIEWER,
    (S.RESUBMITTED, S.RETURNED): Role.REVIEWER,
    (S.IN_REVIEW, S.RETURNED): Role.REVIEWER,
    (S.RETURNED, S.RESUBMITTED): Role.FOCAL_POINT,
    (S.SUBMITTED, S.VALIDATED): Role.REVIEWER,
    (S.RESUBMITTED, S.VALIDATED): Role.REVIEWER,
    (S.IN_REVIEW, S.VALIDATED): Role.REVIEWER,
    (S.VALIDATED, S.APPROVED): Role.FOCAL_POINT,
}

#: States in which the focal point may change answers, evidence and findings.
EDITABLE = frozenset({S.DRAFT, S.RETURNED})
#: States in which a reviewer may record decisions.
REVIEWABLE = frozenset({S.SUBMITTED, S.RESUBMITTED, S.IN_REVIEW})

def allowed_next(status: S, role: Role) -> list[S]:
    return [to for (frm, to), who in TRANSITIONS.items() if frm is status and who is role]


def _not_a_party() -> PermissionDenied:
    return PermissionDenied(NOT_A_PARTY())


def check_transition(status: S, target: S, actor: Actor) -> None:
    who = TRANSITIONS.get((status, target))
    if who is None:
        raise StateError(BAD_STEP(current=status, target=target))
    if not actor.party:
        raise _not_a_party()
    if who is Role.REVIEWER and actor.role is Role.FOCAL_POINT:
        raise PermissionDenied(OWN_ASSESSMENT())
    if who != actor.role:
        raise PermissionDenied(WRONG_ROLE(role=who, current=status, target=target))


def edit_refusal(status: S, actor: Actor) -> MgiError | None:
    """Why `actor` may not change answers, evidence or findings now; None when they may.

    The window asks this to show a read-only page (it reads the code, never the text).
    """
    if not actor.party:
        return _not_a_party()
    if actor.role != Role.FOCAL_POINT:
        return PermissionDenied(REVIEWER_CANNOT_EDIT())
    if status not in EDITABLE:
        return StateError(NOT_EDITABLE(status=status))
    return None


def check_can_edit(status: S, actor: Actor) -> None:
    refusal = edit_refusal(status, actor)
    if refusal is not None:
        raise refusal


def check_can_review(status: S, actor: Actor) -> None:
    if not actor.party:
        raise _not_a_party()
    if actor.role is Role.FOCAL_POINT:
        raise PermissionDenied(OWN_ASSESSMENT())
    if actor.role != Role.REVIEWER:
        raise PermissionDenied(ONLY_REVIEWER())
    if status not in REVIEWABLE:
        raise StateError(NOT_REVIEWABLE(status=status))
