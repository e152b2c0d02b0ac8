"""The app's closed sets of values, in one place: tables, services, exchange and UI use these.

Each is a `StrEnum`, so its value is what the database and the ``.mgi``
format store (they never change once released: add members, never rename
them), while code compares members, never strings.  Pydantic validates them
on import; the tables store and return them through `storage.types.StrEnumText`.
`ENGLISH` gives each value its English name for the command line and
messages; the window has its own translated names (``ui/labels.py``).
"""

from __future__ import annotations

import enum

from mgi_desktop import messages


class Role(enum.StrEnum):
    FOCAL_POINT = "focal_point"
    REVIEWER = "reviewer"


class AssessmentStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    VALIDATED = "validated"
    APPROVED = "approved"


class ReviewState(enum.StrEnum):
    """Where one answer stands in the review."""

    NOT_REVIEWED = "not_reviewed"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    REVISED = "revised"  # changed by the focal point after a decision


class Decision(enum.StrEnum):
    """A reviewer's decision on one answer."""

    ACCEPTED = "accepted"
    RETURNED = "returned"


class EvidenceKind(enum.StrEnum):
    LAW = "law"
    REGULATION = "regulation"
    POLICY = "policy"  # policy or strategy
    PLAN = "plan"
    AGREEMENT = "agreement"
    REPORT = "report"
    WEBSITE = "website"
    INTERVIEW = "interview"
    OTHER = "other"


class FindingCategory(enum.StrEnum):
    WELL_DEVELOPED = "well_developed"
    POTENTIAL = "potential"


class Level(enum.StrEnum):
    """A national MGI, or a Local MGI of a city or province."""

    NATIONAL = "national"
    LOCAL = "local"


class Direction(enum.StrEnum):
    """Of an exchange package, as this database logged it."""

    SENT = "sent"
    RECEIVED = "received"


class KeyTrust(enum.StrEnum):
    """How far this database trusts a public key it knows (see services/keys.py)."""

    SEEN = "seen"  # met in a package or a key file: its signatures verify, nobody vouched for it
    HAND = "hand"  # its fingerprint was compared with its holder and confirmed by the user
    LIST = "list"  # on a trusted key list (a .mgikeys file signed by a key trusted by hand)
    OWN = "own"  # this user's own key


class ValidationMark(enum.StrEnum):
    """What an assessment's validation is worth to the user reading it (see services/validation.py)."""

    SIGNED = "signed"  # validated, signed by a reviewer key trusted here, answers unchanged since
    NOT_VALIDATED = "not_validated"  # not validated yet: nothing to mark
    UNSIGNED = "unsigned"  # validated without a signed step (older data, a format 1 package)
    UNTRUSTED = "untrusted"  # signed by a key that is not a reviewer key trusted here
    SELF_VALIDATED = "self_validated"  # signed by the assessment's own focal point key
    CHANGED = "changed"  # the answers changed after the validation was signed
    BAD_SIGNATURE = "bad_signature"  # the signature does not verify against the signer's key
    NOT_CHECKED = "not_checked"  # signed and unchanged, but no trusted keys to check the signer against


class ChangeKind(enum.StrEnum):
    """What a service call touched, so an open view refreshes only that."""

    ASSESSMENT = "assessment"
    ANSWER = "answer"
    EVIDENCE = "evidence"
    COMMENT = "comment"
    REVIEW = "review"
    FINDING = "finding"
    STATUS = "status"
    PROFILE = "profile"


ENGLISH: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    Role: {Role.FOCAL_POINT: "focal point", Role.REVIEWER: "reviewer"},
    AssessmentStatus: {
        AssessmentStatus.DRAFT: "draft",
        AssessmentStatus.SUBMITTED: "submitted",
        AssessmentStatus.IN_REVIEW: "in review",
        AssessmentStatus.RETURNED: "returned",
        AssessmentStatus.RESUBMITTED: "resubmitted",
        AssessmentStatus.VALIDATED: "validated",
        AssessmentStatus.APPROVED: "approved",
    },
    ReviewState: {
        ReviewState.NOT_REVIEWED: "not reviewed",
        ReviewState.ACCEPTED: "accepted",
        ReviewState.RETURNED: "returned",
        ReviewState.REVISED: "revised",
    },
    Decision: {Decision.ACCEPTED: "accepted", Decision.RETURNED: "returned"},
    EvidenceKind: {
        EvidenceKind.LAW: "law",
        EvidenceKind.REGULATION: "regulation",
        EvidenceKind.POLICY: "policy or strategy",
        EvidenceKind.PLAN: "plan",
        EvidenceKind.AGREEMENT: "agreement",
        EvidenceKind.REPORT: "report",
        EvidenceKind.WEBSITE: "website",
        EvidenceKind.INTERVIEW: "interview",
        EvidenceKind.OTHER: "other",
    },
    FindingCategory: {
        FindingCategory.WELL_DEVELOPED: "well-developed areas",
        FindingCategory.POTENTIAL: "areas with potential for further development",
    },
    Level: {Level.NATIONAL: "national", Level.LOCAL: "local"},
    Direction: {Direction.SENT: "sent", Direction.RECEIVED: "received"},
    KeyTrust: {KeyTrust.SEEN: "not verified", KeyTrust.HAND: "fingerprint compared",
               KeyTrust.LIST: "on a trusted list", KeyTrust.OWN: "your own key"},
    ValidationMark: {
        ValidationMark.SIGNED: "validated, signed by a trusted key",
        ValidationMark.NOT_VALIDATED: "not validated",
        ValidationMark.UNSIGNED: "validated, not signed",
        ValidationMark.UNTRUSTED: "validated by a key not trusted",
        ValidationMark.SELF_VALIDATED: "self-validated by the focal point",
        ValidationMark.CHANGED: "answers changed since the validation",
        ValidationMark.BAD_SIGNATURE: "signature does not verify",
        ValidationMark.NOT_CHECKED: "signer not checked",
    },
}
messages.ENGLISH_LABELS.update(ENGLISH)


def english(value: enum.Enum) -> str:
    """The English name of a value (lower case, as it reads inside a sentence)."""
    return ENGLISH.get(type(value), {}).get(value, str(value.value))


def english_label(value: enum.Enum) -> str:
    """The English name as a label on its own ("Policy or strategy", "In review")."""
    name = english(value)
    return name[:1].upper() + name[1:]
