"""A comparison of two rounds (`services.rounds.compare`) as a workbook or a web page, each round's
validation marked as `services.validation` judged it."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from mgi_desktop import atomic
from mgi_desktop.errors import ValidationError
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, new_workbook, save
from mgi_desktop.messages import Template, english
from mgi_desktop.services.rounds import Comparison, ComparisonRow
from mgi_desktop.services.validation import Validation

WRONG_SUFFIX = Template("rounds.wrong_suffix", "a round comparison is exported as .xlsx or .html")

#: Each round's question code: they differ when the later round's questionnaire is a revision, its
#: answers carried through a crosswalk ("Reworded", "Split" say how the question changed).
HEADERS = ("Domain", "Question code (earlier round)", "Question code (later round)", "Question",
           "Answer (earlier round)", "Answer (later round)", "Changed", "Answer changed", "Justification changed",
           "Still carried over", "Evidence added", "Evidence removed", "Reworded", "Split")


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _cells(row: ComparisonRow) -> list[Any]:
    return [row.domain, row.before_code or "", row.after_code or "", row.question, row.before, row.after,
            _yes(row.changed), _yes(row.answer_changed), _yes(row.justification_changed), _yes(row.carried_over),
            "; ".join(row.evidence_added), "; ".join(row.evidence_removed), _yes(row.reworded), _yes(row.split)]


def _validation(checked: Validation | None) -> str:
    return english(checked.message) if checked is not None else ""


def _validations(comparison: Comparison) -> list[tuple[str, Validation | None]]:
    return [(f"Round {comparison.before.round} validation", comparison.before_validation),
            (f"Round {comparison.after.round} validation", comparison.after_validation)]


def export_xlsx(comparison: Comparison, target: Path) -> None:
    widths = (8, 12, 12, 60, 28, 28, 9, 9, 9, 9, 30, 30, 9, 9)
    workbook = new_workbook()
    used: set[str] = set()
    columns = [Column(h, w, wrap=w >= 28) for h, w in zip(HEADERS, widths, strict=True)]
    sheet = SafeSheet(workbook, f"Round {comparison.before.round} vs {comparison.after.round}", columns, used)
    sheet.extend(_cells(r) for r in comparison.rows)
    about = SafeSheet(workbook, "About", [Column("Item", 20), Column("Value", 60, wrap=True)], used,
                      autofilter=False)
    about.extend([["Earlier round", f"{comparison.before.title} ({comparison.before.id})"],
                  ["Earlier questionnaire", f"{comparison.before.framework_id} {comparison.before.framework_version}"],
                  ["Later round", f"{comparison.after.title} ({comparison.after.id})"],
                  ["Later questionnaire", f"{comparison.after.framework_id} {comparison.after.framework_version}"],
                  ["Questions changed", sum(1 for r in comparison.rows if r.changed)],
                  *([label, _validation(checked)] for label, checked in _validations(comparison))])
    save(workbook, target, [sheet, about])


def export_html(comparison: Comparison, target: Path) -> None:
    e = html.escape
    title = f"{comparison.before.title} — round {comparison.before.round} and {comparison.after.round} compared"
    head = "".join(f"<th>{e(h)}</th>" for h in HEADERS)
    validations = "".join(
        f'<p class="{"warning" if checked.warning else "validation"}">{e(label)}: {e(_validation(checked))}</p>'
        for label, checked in _validations(comparison) if checked is not None)
    body = []
    for row in comparison.rows:
        cells = "".join(f"<td>{e(str(v))}</td>" for v in _cells(row))
        body.append(f'<tr class="{"changed" if row.changed else "same"}">{cells}</tr>')
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{e(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;vertical-align:top}"
        "tr.changed{background:#fff4d6}th{background:#dce6f1}"
        ".warning{color:#9c0006;background:#ffe4e1;border:2px solid #9c0006;padding:6px;font-weight:bold}"
        "</style></head><body>"
        f"<h1>{e(title)}</h1>{validations}<p>{sum(1 for r in comparison.rows if r.changed)} of {len(comparison.rows)} "
        "questions changed (highlighted).</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></body></html>\n")
    atomic.write_text(target, page)


def export(comparison: Comparison, target: Path) -> None:
    """By the file's suffix: .xlsx or .html."""
    suffix = Path(target).suffix.lower()
    if suffix == ".xlsx":
        export_xlsx(comparison, target)
    elif suffix in (".html", ".htm"):
        export_html(comparison, target)
    else:
        raise ValidationError(WRONG_SUFFIX(target))
