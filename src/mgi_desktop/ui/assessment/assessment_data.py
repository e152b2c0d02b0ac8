"""What one open assessment view knows: the framework and answers, cached and updated from `Changes`.

Moving between questions reads only this cache; a save re-reads the answers
once and recomputes relevance and progress in memory (90 questions: well
under a millisecond), so nothing re-queries on navigation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mgi_desktop.enums import ReviewState
from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Message
from mgi_desktop.questionnaire.framework import AnswerValue, Framework, Placement
from mgi_desktop.questionnaire.model import SPECIAL_CODES
from mgi_desktop.scoring import Progress, SdgValues, progress, sdg_values
from mgi_desktop.services import answers, assessments, workflow
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.views import AnswerView, AssessmentMeta
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels


class State(enum.StrEnum):
    """The main state of a question, as the navigator shows it (one per question)."""

    NOT_APPLICABLE = "not_applicable"
    INVALID = "invalid"
    RETURNED = "returned"
    REQUIRED_MISSING = "required_missing"
    #: answered, but the question asks for evidence and none is attached (the submit check refuses it)
    EVIDENCE_MISSING = "evidence_missing"
    UNANSWERED = "unanswered"
    ANSWERED = "answered"


@dataclass(frozen=True)
class QuestionStatus:
    state: State
    flagged: bool
    comments: int
    open_comments: int
    messages: tuple[Message, ...]
    returned: bool  # by the reviewer, and not revised since


class AssessmentData:
    def __init__(self, db: Database, assessment_id: str) -> None:
        self.db = db
        self.assessment_id = assessment_id
        #: the assessment's working language: its questions, choices and guidance are shown in it
        self.language = "en"
        self.assessment: AssessmentMeta
        self.framework: Framework
        self.answers: dict[str, AnswerView] = {}
        self.values: dict[str, AnswerValue] = {}
        self.progress: Progress
        #: both SDG 10.7.2 values, for a questionnaire scored that way (None otherwise)
        self.sdg: SdgValues | None = None
        self.statuses: dict[str, QuestionStatus] = {}
        self.reload()

    # -- loading ------------------------------------------------------------

    def reload(self) -> None:
        self.assessment = assessments.get(self.db, self.assessment_id)
        self.language = labels.assessment_language(self.assessment)
        self.framework = assessments.framework_of(self.db, self.assessment)
        self.codes = self.framework.codes()
        self._index = {code: i for i, code in enumerate(self.codes)}
        self.answers = answers.list_answers(self.db, self.assessment_id)
        self._recompute()

    def apply(self, changes: Changes) -> set[str]:
        """Take in a service call's changes; returns the questions whose state may differ."""
        if "status" in changes.kinds or "assessment" in changes.kinds:
            self.assessment = assessments.get(self.db, self.assessment_id)
            self.language = labels.assessment_language(self.assessment)
        if not changes.questions:
            return set()
        fresh = answers.list_answers(self.db, self.assessment_id, changes.questions)
        for code in changes.questions:
            if code in fresh:
                self.answers[code] = fresh[code]
        before = self.statuses
        self._recompute()
        # skip logic and constraints can reach beyond the questions named in Changes
        return set(changes.questions) | {c for c in self.codes if before.get(c) != self.statuses[c]}

    def _recompute(self) -> None:
        self.values = {code: view.value for code, view in self.answers.items() if view.value is not None}
        self.progress = progress(self.framework, self.values)
        self.sdg = (sdg_values(self.framework, self.values) if self.framework.model.scoring == "sdg-10-7-2"
                    else None)
        self.statuses = {code: self._status(code) for code in self.codes}

    def _status(self, code: str) -> QuestionStatus:
        view = self.answers[code]
        question = self.framework.placements[code].question
        messages = tuple(self.messages_for(code, view.value)) if view.answered else ()
        if not self.progress.relevance[code]:
            state = State.NOT_APPLICABLE
        elif messages:
            state = State.INVALID
        elif view.review_state == ReviewState.RETURNED:
            state = State.RETURNED
        elif view.answered and self.needs_evidence(code):
            state = State.EVIDENCE_MISSING
        elif view.answered:
            state = State.ANSWERED
        elif question.required:
            state = State.REQUIRED_MISSING
        else:
            state = State.UNANSWERED
        return QuestionStatus(state, view.flagged, view.comment_count, view.open_comments, messages,
                              view.review_state == ReviewState.RETURNED)

    def needs_evidence(self, code: str) -> bool:
        """Whether the answer to `code` still lacks the evidence its question requires (the submit
        check's rule, `checks.problems`: "don't know" and "not applicable" need none)."""
        view = self.answers[code]
        return (self.framework.placements[code].question.evidence_required and view.evidence_count == 0
                and not (isinstance(view.value, str) and view.value in SPECIAL_CODES))

    def count(self, state: State, domain: int | None = None) -> int:
        """How many questions (of one domain) are in `state`."""
        return sum(1 for code, status in self.statuses.items() if status.state is state
                   and (domain is None or self.framework.placements[code].domain.number == domain))

    # -- questions ------------------------------------------------------------

    def placement(self, code: str) -> Placement:
        return self.framework.placements[code]

    def offered(self, code: str) -> set[str] | None:
        """The choices of question `code` the earlier answers offer (cascading choices), or None when
        all of its choices are always offered."""
        if not self.framework.cascades(code):
            return None
        return {choice.code for choice in self.framework.offered(code, self.values)}

    def messages_for(self, code: str, value: AnswerValue) -> list[Message]:
        """Why this value would not be accepted or breaks a rule (empty when it is fine)."""
        if value is None:
            return []
        try:
            canonical = self.framework.check_value(code, value)
        except ValidationError as exc:
            return [exc.msg]
        return self.framework.constraint_messages(code, canonical, self.values | {code: canonical},
                                                  self.language)

    def neighbour(self, code: str | None, step: int) -> str | None:
        if code is None:
            return self.codes[0] if self.codes else None
        index = self._index[code] + step
        return self.codes[index] if 0 <= index < len(self.codes) else None

    def position(self, code: str) -> int:
        return self._index[code]

    def text(self, localized: object) -> str:
        return labels.content(localized, self.language, self.framework.model.source_language)  # type: ignore[arg-type]

    # -- who may do what ----------------------------------------------------------

    def read_only_cause(self) -> str | None:
        """None when the user may change answers; "reviewer", "not_a_party" (the user's key is not one
        of the assessment's), or the status that forbids it.

        The rule is the workflow's (`workflow.edit_refusal`): this only reads which refusal it is.
        """
        refusal = workflow.edit_refusal(self.assessment.status, assessments.actor(self.db, self.assessment.id))
        if refusal is None:
            return None
        if refusal.code == workflow.NOT_A_PARTY.code:
            return "not_a_party"
        return "reviewer" if refusal.code == workflow.REVIEWER_CANNOT_EDIT.code else self.assessment.status.value
