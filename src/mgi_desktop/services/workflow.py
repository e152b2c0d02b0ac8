"""Who may do what, in which state: enforced here, not only in the window."""

from __future__ import annotations

from mgi_desktop.errors import PermissionDenied, StateError
from mgi_desktop.services.audit import Actor
from mgi_desktop.storage.tables import AssessmentStatus as S
from mgi_desktop.storage.tables import Role

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

STATUS_LABELS = {
    S.DRAFT: "Draft",
    S.SUBMITTED: "Submitted",
    S.IN_REVIEW: "In review",
    S.RETURNED: "Returned",
    S.RESUBMITTED: "Resubmitted",
    S.VALIDATED: "Validated",
    S.APPROVED: "Approved",
}


def allowed_next(status: S, role: Role) -> list[S]:
    return [to for (frm, to), who in TRANSITIONS.items() if frm is status and who is role]


def check_transition(status: S, target: S, actor: Actor) -> None:
    who = TRANSITIONS.get((status, target))
    if who is None:
        raise StateError(f"an assessment cannot go from {STATUS_LABELS[status].lower()} "
                         f"to {STATUS_LABELS[target].lower()}")
    if who.value != actor.role:
        raise PermissionDenied(f"only a {who.value.replace('_', ' ')} may move an assessment from "
                               f"{STATUS_LABELS[status].lower()} to {STATUS_LABELS[target].lower()}")


def check_can_edit(status: S, actor: Actor) -> None:
    if actor.role != Role.FOCAL_POINT.value:
        raise PermissionDenied("a reviewer cannot change answers, evidence or findings; "
                               "record a decision or a comment instead")
    if status not in EDITABLE:
        raise StateError(f"the assessment is {STATUS_LABELS[status].lower()}: answers can be changed only "
                         "while it is a draft or after it was returned")


def check_can_review(status: S, actor: Actor) -> None:
    if actor.role != Role.REVIEWER.value:
        raise PermissionDenied("only a reviewer can accept or return answers")
    if status not in REVIEWABLE:
        raise StateError(f"the assessment is {STATUS_LABELS[status].lower()}: decisions are recorded "
                         "once it is submitted and until it is validated")
