"""What a service call changed, so a view can refresh only that."""

from __future__ import annotations

from dataclasses import dataclass, field

from mgi_desktop.enums import ChangeKind
from mgi_desktop.messages import Message


@dataclass
class Changes:
    assessment_id: str | None = None
    questions: set[str] = field(default_factory=set)
    domains: set[int] = field(default_factory=set)
    #: kinds of things touched
    kinds: set[ChangeKind] = field(default_factory=set)
    #: ids of rows created, e.g. a new evidence item or finding
    created: list[str] = field(default_factory=list)
    #: things the user should read, e.g. a constraint the saved answer breaks
    messages: list[Message] = field(default_factory=list)

    def merge(self, other: Changes) -> Changes:
        self.assessment_id = self.assessment_id or other.assessment_id
        self.questions |= other.questions
        self.domains |= other.domains
        self.kinds |= other.kinds
        self.created += other.created
        self.messages += other.messages
        return self

    def __bool__(self) -> bool:
        return bool(self.kinds)
