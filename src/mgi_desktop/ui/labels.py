"""Translated names for the core's codes (statuses, levels, roles).

The core keeps English codes; the window shows them in the chosen language.
QT_TRANSLATE_NOOP marks each literal for lupdate; `translate` looks it up at
run time, in the language installed then.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
