"""What changed between two questionnaire versions (`questionnaire.diff`) as a workbook a person reads.

One sheet of changes, a row per question added, removed or changed, with its domain (filter on it), what
changed in a few words, both places and texts, and the details (choices, type, conditions) spelled out;
an "About" sheet names both versions.  Every text passes through `xlsx_safe`: a question text that starts
with "=" stays text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mgi_desktop.export.xlsx_safe import Column, SafeSheet, new_workbook, save
from mgi_desktop.questionnaire.diff import Place, QuestionChange, QuestionnaireDiff, TextChange

COLUMNS = (
    Column("Domain", 8), Column("Question code", 12, key=True), Column("Status", 10),
    Column("What changed", 24, wrap=True), Column("Old place", 22), Column("New place", 22),
    Column("Old text", 50, wrap=True), Column("New text", 50, wrap=True), Column("Details", 60, wrap=True),
)


def _place(place: Place | None) -> str:
    if place is None:
        return ""
    return f"domain {place.domain}, indicator {place.indicator}, question {place.position + 1}"


def _languages(change: TextChange) -> str:
    return ", ".join(change.languages)


def details(change: QuestionChange) -> list[str]:
    """The change spelled out, one line per thing (also what the command line prints)."""
    lines = []
    if change.text is not None:
        lines.append(f"text reworded ({_languages(change.text)})")
    for name in ("hint", "guidance", "unit"):
        text: TextChange | None = getattr(change, name)
        if text is not None:
            lines.append(f"{name} changed ({_languages(text)})" if text.old and text.new
                         else f"{name} {'added' if text.new else 'removed'}")
    if change.type is not None:
        lines.append(f"type {change.type[0]} -> {change.type[1]}")
    if change.choices:
        c = change.choices
        if c.added:
            lines.append("choices added: " + ", ".join(c.added))
        if c.removed:
            lines.append("choices removed: " + ", ".join(c.removed))
        if c.relabelled:
            lines.append("choice labels changed: " + ", ".join(x.code for x in c.relabelled))
        if c.rescored:
            lines.append("choice scores changed: " + ", ".join(f"{x.code} {x.old_score} -> {x.new_score}"
                                                              for x in c.rescored))
        if c.reordered:
            lines.append("choices in another order")
    for rule in change.conditions:
        lines.append(f"{rule.field}: {_shown(rule.old)} -> {_shown(rule.new)}")
    return lines


def _shown(value: Any) -> str:
    if value is None or value == []:
        return "none"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _row(change: QuestionChange) -> list[Any]:
    return [change.domain, change.code, change.status, ", ".join(change.kinds()), _place(change.old_place),
            _place(change.new_place), change.old_text, change.new_text, "\n".join(details(change))]


def export_xlsx(result: QuestionnaireDiff, target: Path) -> None:
    workbook = new_workbook()
    used: set[str] = set()
    sheet = SafeSheet(workbook, "Changes", COLUMNS, used)
    for changes in result.by_domain().values():
        sheet.extend(_row(c) for c in changes)
    about = SafeSheet(workbook, "About", [Column("Item", 20), Column("Value", 70, wrap=True)], used,
                      autofilter=False)
    counts = result.counts()
    about.extend([["Old questionnaire", f"{result.old.id} {result.old.version}"],
                  ["Old SHA-256", result.old.sha256],
                  ["New questionnaire", f"{result.new.id} {result.new.version}"],
                  ["New SHA-256", result.new.sha256],
                  ["Questions added", counts["added"]], ["Questions removed", counts["removed"]],
                  ["Questions changed", counts["changed"]]])
    save(workbook, target, [sheet, about])
