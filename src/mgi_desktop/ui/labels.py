"""Translated names for the core's enumerations (statuses, levels, roles, review states, kinds...).

The core keeps codes (`mgi_desktop.enums`); the window shows them in the
chosen language, through here only.  QT_TRANSLATE_NOOP marks each literal
for lupdate; `translate` looks it up at run time, in the language installed
then.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mgi_desktop.enums import AssessmentStatus, Decision, EvidenceKind, FindingCategory, Level, ReviewState, Role
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.model import LocalizedText
from mgi_desktop.services.countries import country_name
from mgi_desktop.ui import i18n

STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "in_review": QT_TRANSLATE_NOOP("Labels", "In review"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "resubmitted": QT_TRANSLATE_NOOP("Labels", "Resubmitted"),
    "validated": QT_TRANSLATE_NOOP("Labels", "Validated"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
}
LEVELS = {"national": QT_TRANSLATE_NOOP("Labels", "National"), "local": QT_TRANSLATE_NOOP("Labels", "Local")}
ROLES = {"focal_point": QT_TRANSLATE_NOOP("Labels", "Focal point"),
         "reviewer": QT_TRANSLATE_NOOP("Labels", "Reviewer")}


def _label(table: dict[str, object], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate("Labels", str(text)) if text else code


def status(code: str) -> str:
    return _label(STATUSES, code)


def level(code: str) -> str:
    return _label(LEVELS, code)


def role(code: str) -> str:
    return _label(ROLES, code)


KEY_TRUST = {"seen": QT_TRANSLATE_NOOP("Labels", "not verified yet"),
             "hand": QT_TRANSLATE_NOOP("Labels", "fingerprint compared"),
             "list": QT_TRANSLATE_NOOP("Labels", "on IOM's list of trusted keys"),
             "own": QT_TRANSLATE_NOOP("Labels", "your own key")}


def key_trust(code: str) -> str:
    return _label(KEY_TRUST, code)


REVIEW_STATES = {
    ReviewState.NOT_REVIEWED: QT_TRANSLATE_NOOP("ReviewPanel", "Not reviewed"),
    ReviewState.ACCEPTED: QT_TRANSLATE_NOOP("ReviewPanel", "Accepted"),
    ReviewState.RETURNED: QT_TRANSLATE_NOOP("ReviewPanel", "Returned"),
    ReviewState.REVISED: QT_TRANSLATE_NOOP("ReviewPanel", "Revised since returned"),
}
EVIDENCE_KINDS = {
    EvidenceKind.LAW: QT_TRANSLATE_NOOP("Evidence", "Law"),
    EvidenceKind.REGULATION: QT_TRANSLATE_NOOP("Evidence", "Regulation"),
    EvidenceKind.POLICY: QT_TRANSLATE_NOOP("Evidence", "Policy or strategy"),
    EvidenceKind.PLAN: QT_TRANSLATE_NOOP("Evidence", "Plan"),
    EvidenceKind.AGREEMENT: QT_TRANSLATE_NOOP("Evidence", "Agreement"),
    EvidenceKind.REPORT: QT_TRANSLATE_NOOP("Evidence", "Report"),
    EvidenceKind.WEBSITE: QT_TRANSLATE_NOOP("Evidence", "Website"),
    EvidenceKind.INTERVIEW: QT_TRANSLATE_NOOP("Evidence", "Interview"),
    EvidenceKind.OTHER: QT_TRANSLATE_NOOP("Evidence", "Other"),
}


def review_state(code: str) -> str:
    text = REVIEW_STATES.get(ReviewState(code)) if code in set(ReviewState) else None
    return QCoreApplication.translate("ReviewPanel", str(text)) if text else code


def evidence_kind(code: str) -> str:
    text = EVIDENCE_KINDS.get(EvidenceKind(code)) if code in set(EvidenceKind) else None
    return QCoreApplication.translate("Evidence", str(text)) if text else code


def decision(code: str) -> str:
    return review_state(Decision(code).value)


CATEGORIES = {
    FindingCategory.WELL_DEVELOPED: QT_TRANSLATE_NOOP("Labels", "Well-developed areas"),
    FindingCategory.POTENTIAL: QT_TRANSLATE_NOOP("Labels", "Areas with potential for further development"),
}


def category(code: str) -> str:
    text = CATEGORIES.get(FindingCategory(code)) if code in set(FindingCategory) else None
    return QCoreApplication.translate("Labels", str(text)) if text else code


#: the label of any enumeration value the core may put in a message
BY_ENUM: dict[type[enum.Enum], Callable[[str], str]] = {
    AssessmentStatus: status, Level: level, Role: role, ReviewState: review_state, EvidenceKind: evidence_kind,
    Decision: decision, FindingCategory: category,
}


FOLLOW_UP_REASONS = {
    "reworded": QT_TRANSLATE_NOOP("Labels", "the question was reworded"),
    "answers_changed": QT_TRANSLATE_NOOP("Labels", "its answers changed"),
    "new_code": QT_TRANSLATE_NOOP("Labels", "carried to a question with another code"),
    "split": QT_TRANSLATE_NOOP("Labels", "the question was split in several"),
    "recoded": QT_TRANSLATE_NOOP("Labels", "the answer was recoded"),
    "asked": QT_TRANSLATE_NOOP("Labels", "the crosswalk asks for a confirmation"),
    "removed": QT_TRANSLATE_NOOP("Labels", "the question was removed"),
    "not_in_crosswalk": QT_TRANSLATE_NOOP("Labels", "the crosswalk does not say where it goes"),
    "invalid_value": QT_TRANSLATE_NOOP("Labels", "the new question cannot hold the answer"),
    "unmapped_choice": QT_TRANSLATE_NOOP("Labels", "a choice has no counterpart in the new version"),
}


def follow_up_reason(code: str) -> str:
    """Why a follow-up round carries an answer for confirmation, or not at all (`services.rounds.Reason`)."""
    return _label(FOLLOW_UP_REASONS, code)


# -- questionnaire content ------------------------------------------------------------------------


def content(value: LocalizedText | None, language: str, source_language: str = "en") -> str:
    """A questionnaire text in the assessment's language.  One not yet translated shows in the
    questionnaire's source language behind a mark naming it ("[EN] Do migrants..."), so a person
    sees that it is untranslated, never a blank and never a silent switch of language."""
    if value is None:
        return ""
    text = value.get(language, source_language)
    if language == source_language or not text or value.values.get(language, "").strip():
        return text
    return QCoreApplication.translate("Labels", "[{language}] {text}").replace(
        "{language}", source_language.upper()).replace("{text}", text)


def questionnaire_name(framework: Framework, language: str | None = None) -> str:
    """A questionnaire as a list shows it: its title in `language` (the window's), and its version."""
    model = framework.model
    title = content(model.title, language or i18n.current(), model.source_language)
    return f"{title} ({model.version})"


def place(country: str, locality: str | None) -> str:
    """Where an assessment is, with the country named in the window's language ("Mombasa, Kenya")."""
    name = country_name(country, i18n.current())
    return f"{locality}, {name}" if locality else name


def isolated(text: str) -> str:
    """`text` (a file path, a code) kept in its own direction inside a right-to-left sentence: without
    the isolates a path's slashes jump to the wrong end of it in Arabic."""
    return f"\u2068{text}\u2069"


def assessment_language(assessment: object) -> str:
    """The language an assessment's questionnaire and exports are shown in."""
    return str(getattr(assessment, "language", None) or "en")
