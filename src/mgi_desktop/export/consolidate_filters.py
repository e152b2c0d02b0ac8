"""Which assessments a consolidation takes: by status, and whether archived ones go in.

By default only what can be analysed as a result goes in: assessments whose
status claims a validation (validated, approved: `validation.CLAIMED`) and
that are not archived.  The filters are applied in the first pass, to the copy
of each assessment that deduplication keeps (its latest revision), so that an
older copy in another input never decides.  Each filter's count is what it
excludes on its own (an archived draft counts under both); the total counts
each assessment once.  The status says what the focal point and reviewer
claimed; what the claim is worth is the Validation column (`validation.judge`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Template
from mgi_desktop.services.validation import CLAIMED

UNKNOWN_STATUS = Template("consolidate.unknown_status",
                          "{status} is not an assessment status; give some of {statuses}, or all")
NO_STATUS = Template("consolidate.no_status", "give at least one status, or all")

#: The statuses taken when none are asked for.
DEFAULT_STATUSES = frozenset(CLAIMED)
ALL = "all"


@dataclass(frozen=True)
class Filters:
    statuses: frozenset[AssessmentStatus] = DEFAULT_STATUSES
    include_archived: bool = False

    @classmethod
    def everything(cls) -> Filters:
        """Every assessment, archived or not, whatever its status."""
        return cls(frozenset(AssessmentStatus), include_archived=True)

    def by_archive(self, archived: bool) -> bool:
        """Whether this filter leaves out an assessment so archived."""
        return archived and not self.include_archived

    def by_status(self, status: AssessmentStatus) -> bool:
        return status not in self.statuses

    def ordered_statuses(self) -> list[AssessmentStatus]:
        """The statuses taken, in the workflow's order (as the About sheet lists them)."""
        return [s for s in AssessmentStatus if s in self.statuses]


@dataclass
class Excluded:
    """How many assessments (counted once each, after deduplication) the filters left out."""

    archived: int = 0
    status: int = 0
    total: int = 0

    def count(self, filters: Filters, status: AssessmentStatus, archived: bool) -> bool:
        """Count one assessment; whether it is left out."""
        by_archive, by_status = filters.by_archive(archived), filters.by_status(status)
        self.archived += by_archive
        self.status += by_status
        self.total += by_archive or by_status
        return by_archive or by_status


def parse_statuses(items: Iterable[str]) -> frozenset[AssessmentStatus]:
    """Statuses as given on the command line ("validated,approved", or "all"), checked."""
    names = [name.strip().lower().replace("-", "_").replace(" ", "_") for item in items
             for name in item.split(",") if name.strip()]
    if not names:
        raise ValidationError(NO_STATUS())
    if ALL in names:
        return frozenset(AssessmentStatus)
    known = {s.value: s for s in AssessmentStatus}
    for name in names:
        if name not in known:
            raise ValidationError(UNKNOWN_STATUS(status=name, statuses=", ".join(known)))
    return frozenset(known[name] for name in names)
