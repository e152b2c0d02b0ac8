"""One assessment as plain data, the input of every export.

`AssessmentDataset` holds no database handle: `export.sources` builds it
from a database or from an exchange package, so the writers never care where
an assessment came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mgi_desktop.enums import FindingCategory
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.scoring import Progress, SdgResult, SdgValues, progress, sdg_scores, sdg_values
from mgi_desktop.services import validation
from mgi_desktop.services.validation import Signatures, Trust, Validation
from mgi_desktop.services.views import AnswerView, AssessmentMeta, AuditRow, CommentRow, EvidenceRow, FindingView

__all__ = ["AssessmentDataset", "AssessmentMeta", "CommentRow", "EvidenceRow", "PreviousRound"]


@dataclass(frozen=True)
class PreviousRound:
    """The round before a follow-up, as much of it as the profile's developments section needs."""

    id: str
    round: int
    framework_version: str
    updated_at: dt.datetime
    labels: dict[str, str]  # answer label by question code, answered questions only (the source language's)
    #: its questionnaire and answers, to word its answers in another language (`label`)
    framework: Framework | None = None
    values: dict[str, AnswerValue] = field(default_factory=dict)

    def label(self, code: str, language: str) -> str:
        """The answer to `code` in `language` ("" when the round did not answer it)."""
        if self.framework is not None and self.values.get(code) is not None and code in self.framework.placements:
            return self.framework.label_of(code, self.values[code], language)
        return self.labels.get(code, "")


@dataclass
class AssessmentDataset:
    meta: AssessmentMeta
    framework: Framework
    answers: dict[str, AnswerView]  # every question, in questionnaire order
    findings: list[FindingView] = field(default_factory=list)  # profile order
    evidence: list[EvidenceRow] = field(default_factory=list)
    comments: list[CommentRow] = field(default_factory=list)
    audit: list[AuditRow] = field(default_factory=list)
    introduction: str = ""  # the text the profile shows (edited or the framework's)
    domain_texts: dict[int, str] = field(default_factory=dict)  # likewise, per domain
    previous: PreviousRound | None = None
    source: str = ""  # where it was read from, for the consolidation's list of inputs
    #: the signed status steps, their signers' keys and the focal point keys, as the source holds them
    signatures: Signatures = field(default_factory=Signatures)

    def values(self) -> dict[str, AnswerValue]:
        return {code: view.value for code, view in self.answers.items() if view.value is not None}

    def progress(self) -> Progress:
        return progress(self.framework, self.values())

    def sdg(self) -> SdgResult | None:
        """SDG 10.7.2 values when the framework is scored that way, else None."""
        if self.framework.model.scoring != "sdg-10-7-2":
            return None
        return sdg_scores(self.framework, self.values())

    def sdg_values(self) -> SdgValues | None:
        """Both SDG 10.7.2 values (completeness-aware and official method), else None."""
        if self.framework.model.scoring != "sdg-10-7-2":
            return None
        return sdg_values(self.framework, self.values())

    def validation(self, trust: Trust | None) -> Validation:
        """What its validation is worth to the reader whose `trust` this is (`validation.judge`)."""
        return validation.judge(self.meta.id, self.meta.status, validation.answer_rows(self.answers.values()),
                                self.signatures, trust)

    def answer_label(self, code: str, language: str = "en") -> str:
        return self.framework.label_of(code, self.answers[code].value, language)

    def findings_count(self, domain: int, category: FindingCategory) -> int:
        return sum(1 for f in self.findings if f.domain_number == domain and f.category is category)


def answer_code(value: AnswerValue) -> str | int | float:
    """The answer as stored, for a spreadsheet cell: a code, codes joined by ';', a number, text."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return value


def as_jsonable(data: AssessmentDataset) -> dict[str, Any]:
    """A compact description for ``--json`` output of the export commands."""
    return {"id": data.meta.id, "title": data.meta.title, "place": data.meta.place, "round": data.meta.round,
            "framework": data.meta.framework_id, "version": data.meta.framework_version}
