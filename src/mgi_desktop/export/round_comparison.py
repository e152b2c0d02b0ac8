"""A comparison of two rounds (`services.rounds.compare`) as a workbook or a web page, each round's
validation marked as `services.validation` judged it."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from mgi_desktop import atomic, wording
from mgi_desktop.errors import ValidationError
from mgi_desktop.export import labels as L
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, new_workbook, save
from mgi_desktop.messages import Template
from mgi_desktop.services.rounds import Comparison, ComparisonRow
from mgi_desktop.services.validation import Validation

WRONG_SUFFIX = Template("rounds.wrong_suffix", "a round comparison is exported as .xlsx or .html")
#: the background of a changed row, in the workbook and the web page
CHANGED_FILL = "#FFF4D6"


def _t(name: str, text: str, plural: str | None = None, count: str | None = None) -> Template:
    return Template(f"export.rounds.{name}", text, plural, count)


#: Each round's question code: they differ when the later round's questionnaire is a revision, its
#: answers carried through a crosswalk ("Reworded", "Split" say how the question changed).
HEADERS = (L.DOMAIN, _t("code_before", "Question code (earlier round)"),
           _t("code_after", "Question code (later round)"), L.QUESTION,
           _t("answer_before", "Answer (earlier round)"), _t("answer_after", "Answer (later round)"),
           _t("justification_before", "Justification (earlier round)"),
           _t("justification_after", "Justification (later round)"),
           _t("changed", "Changed"), _t("answer_changed", "Answer changed"),
           _t("justification_changed", "Justification changed"), _t("still_carried_over", "Still carried over"),
           _t("evidence_added", "Evidence added"), _t("evidence_removed", "Evidence removed"),
           _t("reworded", "Reworded"), _t("split", "Split"))
SHEET = _t("sheet", "Round {before} vs {after}")
VALIDATION = _t("validation", "Round {round} validation")
EARLIER = _t("earlier", "Earlier round")
EARLIER_QUESTIONNAIRE = _t("earlier_questionnaire", "Earlier questionnaire")
LATER = _t("later", "Later round")
LATER_QUESTIONNAIRE = _t("later_questionnaire", "Later questionnaire")
QUESTIONS_CHANGED = _t("questions_changed", "Questions changed")
TITLE = _t("title", "{title} — rounds {before} and {after} compared")
SUMMARY = _t("summary", "{changed} of {n} question changed (highlighted).",
             "{changed} of {n} questions changed (highlighted).", "n")


def headers(language: str) -> list[str]:
    return [wording.text(h, language) for h in HEADERS]


def _cells(row: ComparisonRow, language: str = "en") -> list[Any]:
    def yes(flag: bool) -> str:
        return L.yes_no(flag, language)

    return [row.domain, row.before_code or "", row.after_code or "", row.question, row.before, row.after,
            row.before_justification, row.after_justification,
            yes(row.changed), yes(row.answer_changed), yes(row.justification_changed), yes(row.carried_over),
            "; ".join(row.evidence_added), "; ".join(row.evidence_removed), yes(row.reworded), yes(row.split)]


def _validation(checked: Validation | None, language: str) -> str:
    return wording.translate(checked.message, language) if checked is not None else ""


def _validations(comparison: Comparison, language: str) -> list[tuple[str, Validation | None]]:
    return [(wording.text(VALIDATION, language, round=comparison.before.round), comparison.before_validation),
            (wording.text(VALIDATION, language, round=comparison.after.round), comparison.after_validation)]


def export_xlsx(comparison: Comparison, target: Path, language: str = "en") -> None:
    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    widths = (8, 12, 12, 50, 24, 24, 40, 40, 9, 9, 9, 9, 24, 24, 9, 9)
    rtl = wording.is_rtl(language)
    workbook = new_workbook(language)
    used: set[str] = set()
    columns = [Column(h, w, wrap=w >= 24) for h, w in zip(headers(language), widths, strict=True)]
    before, after = comparison.before, comparison.after
    sheet = SafeSheet(workbook, t(SHEET, before=before.round, after=after.round), columns, used,
                      right_to_left=rtl)
    for row in comparison.rows:  # a changed row highlighted, as in the web page
        sheet.append(_cells(row, language), fill=CHANGED_FILL if row.changed else None)
    about = SafeSheet(workbook, t(L.SHEET_ABOUT), [Column(t(L.ITEM), 20), Column(t(L.VALUE), 60, wrap=True)], used,
                      autofilter=False, right_to_left=rtl)
    about.extend([[t(EARLIER), f"{before.title} ({before.id})"],
                  [t(EARLIER_QUESTIONNAIRE), f"{before.framework_id} {before.framework_version}"],
                  [t(LATER), f"{after.title} ({after.id})"],
                  [t(LATER_QUESTIONNAIRE), f"{after.framework_id} {after.framework_version}"],
                  [t(QUESTIONS_CHANGED), sum(1 for r in comparison.rows if r.changed)],
                  *([label, _validation(checked, language)] for label, checked in _validations(comparison, language))])
    save(workbook, target, [sheet, about])


def export_html(comparison: Comparison, target: Path, language: str = "en") -> None:
    e = html.escape
    before, after = comparison.before, comparison.after
    title = wording.text(TITLE, language, title=before.title, before=before.round, after=after.round)
    head = "".join(f"<th>{e(h)}</th>" for h in headers(language))
    validations = "".join(
        f'<p class="{"warning" if checked.warning else "validation"}">{e(label)}: '
        f"{e(_validation(checked, language))}</p>"
        for label, checked in _validations(comparison, language) if checked is not None)
    body = []
    for row in comparison.rows:
        cells = "".join(f"<td>{e(str(v))}</td>" for v in _cells(row, language))
        body.append(f'<tr class="{"changed" if row.changed else "same"}">{cells}</tr>')
    summary = wording.text(SUMMARY, language, changed=sum(1 for r in comparison.rows if r.changed),
                           n=len(comparison.rows))
    page = (
        f'<!DOCTYPE html>\n<html lang="{e(language)}" dir="{wording.direction(language)}"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;vertical-align:top}"
        f"tr.changed{{background:{CHANGED_FILL}}}th{{background:#dce6f1}}"
        ".warning{color:#9c0006;background:#ffe4e1;border:2px solid #9c0006;padding:6px;font-weight:bold}"
        "</style></head><body>"
        f"<h1>{e(title)}</h1>{validations}<p>{e(summary)}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></body></html>\n")
    atomic.write_text(target, page)


def export(comparison: Comparison, target: Path, language: str = "en") -> None:
    """By the file's suffix: .xlsx or .html, its labels in `language` (compare the rounds in the same
    language, `rounds.compare(..., language)`, for the questions and answers to be in it too)."""
    suffix = Path(target).suffix.lower()
    if suffix == ".xlsx":
        export_xlsx(comparison, target, language)
    elif suffix in (".html", ".htm"):
        export_html(comparison, target, language)
    else:
        raise ValidationError(WRONG_SUFFIX(target))
