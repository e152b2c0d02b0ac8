"""How an answer's review state and carried-over mark move: one rule, used by every write path.

The services (answering, reviewing, starting a follow-up round) and the
exchange merge all move an answer through `transition`, so "editing a
returned or accepted answer makes it revised" is written once.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from mgi_desktop.enums import Decision, ReviewState


class Event(enum.StrEnum):
    EDITED = "edited"  # the focal point changed the value or the justification
    ACCEPTED = "accepted"  # a reviewer's decision
    RETURNED = "returned"  # a reviewer's decision
    CARRIED_OVER = "carried_over"  # copied from the previous round into a follow-up
    CONFIRMED = "confirmed"  # a carried-over answer kept as it is


#: States in which a reviewer has decided; an edit after either makes the answer revised.
DECIDED = frozenset({ReviewState.ACCEPTED, ReviewState.RETURNED})


@dataclass(frozen=True)
class Marks:
    review_state: ReviewState = ReviewState.NOT_REVIEWED
    carried_over: bool = False


def transition(marks: Marks, event: Event) -> Marks:
    """The marks after `event`."""
    if event is Event.EDITED:
        state = ReviewState.REVISED if marks.review_state in DECIDED else marks.review_state
        return Marks(state, carried_over=False)
    if event is Event.ACCEPTED:
        return Marks(ReviewState.ACCEPTED, marks.carried_over)
    if event is Event.RETURNED:
        return Marks(ReviewState.RETURNED, marks.carried_over)
    if event is Event.CARRIED_OVER:
        return Marks(ReviewState.NOT_REVIEWED, carried_over=True)
    if event is Event.CONFIRMED:
        return Marks(marks.review_state, carried_over=False)
    raise ValueError(event)


def of_decision(decision: Decision) -> Event:
    return Event.ACCEPTED if decision is Decision.ACCEPTED else Event.RETURNED


def replayed(latest: Decision | None, decided_at: dt.datetime | None, edited_at: dt.datetime | None,
             carried_over: bool = False) -> Marks:
    """The marks rebuilt from history: the latest decision, then an edit if one came after it.

    What a merge uses when both sides moved an answer's review state.
    """
    marks = Marks(carried_over=carried_over)
    if latest is None:
        return marks
    marks = transition(marks, of_decision(latest))
    if edited_at is not None and decided_at is not None and edited_at > decided_at:
        marks = transition(marks, Event.EDITED)
    return marks
