"""Translated names for the core's codes (statuses, levels, roles).

The core keeps English codes; the window shows them in the chosen language,
so each literal must appear here for lupdate to find it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status(code: str) -> str:
    names = {
        "draft": _t("Draft"), "submitted": _t("Submitted"), "in_review": _t("In review"),
        "returned": _t("Returned"), "resubmitted": _t("Resubmitted"), "validated": _t("Validated"),
        "approved": _t("Approved"),
    }
    return names.get(code, code)


def level(code: str) -> str:
    return {"national": _t("National"), "local": _t("Local")}.get(code, code)


def role(code: str) -> str:
    return {"focal_point": _t("Focal point"), "reviewer": _t("Reviewer")}.get(code, code)
