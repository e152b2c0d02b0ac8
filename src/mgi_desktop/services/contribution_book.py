"""Writing a contribution workbook (the layout is `contribution_layout`'s) through `export.xlsx_safe`.

`xlsx_safe` is the one way the app writes a workbook (no typed text ever becomes a formula or a
link); it depends on nothing above the base modules, so this services module imports it (the
import-linter contract names this one import as allowed).

Protection: the instructions and answers sheets are protected without a password, so a click does
not change a code or a question by mistake (Review ▸ Unprotect Sheet in Excel, Tools ▸ Protect
Sheet in LibreOffice, lifts it; nothing is secret).  Sorting, filtering, formatting and adding
columns stay allowed.  The cells a contributor fills in (answer, justification, comment) are
unlocked; the evidence sheet is not protected at all (rows are added to it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_col_to_name

from mgi_desktop import utc, wording
from mgi_desktop.enums import EvidenceKind
from mgi_desktop.export import xlsx_safe  # the one permitted upward import (see the module's docstring)
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire import condition_words
from mgi_desktop.questionnaire.framework import Framework, Placement
from mgi_desktop.services import contribution_layout as layout
from mgi_desktop.services.views import AnswerView, AssessmentMeta, EvidenceRow, encode

INSTRUCTIONS = (
    Template("export.contribution.instructions.intro",
             "This workbook holds the questions of the assessment “{title}” given to {contributor}."),
    Template("export.contribution.instructions.answer",
             "On the sheet “{answers}”, give each answer in the column “{answer}”: pick it from the drop-down "
             "list, or type it. Say why in “{justification}”, citing laws, policies or sources."),
    Template("export.contribution.instructions.evidence",
             "On the sheet “{evidence}”, add one row per source: the question's code, its kind, title, "
             "reference, year and web address. Add as many rows as you need."),
    Template("export.contribution.instructions.asked_when",
             "Some questions are asked only with certain answers to others: “{asked_when}” says when. Leave "
             "a question that is not asked empty."),
    Template("export.contribution.instructions.multiple",
             "Where several answers may be chosen, write them in one cell separated by semicolons (;)."),
    Template("export.contribution.instructions.empty",
             "An empty cell changes nothing: the assessment keeps what it holds."),
    Template("export.contribution.instructions.protection",
             "Codes and questions are protected without a password so they are not changed by mistake; you may "
             "sort, filter, format and add columns. Do not rename the sheets or their column headers."),
    Template("export.contribution.instructions.return",
             "Save the workbook as .xlsx (Excel or LibreOffice) and send it back to the focal point, {focal_point}."),
)
MULTIPLE_HINT = Template("export.contribution.hint.multiple", "Several answers: separate them with ;")
DUE = Template("export.contribution.instructions.due", "Please return it by {due}.")

#: The fill of the headers of the columns a contributor fills in (a light yellow).
INPUT_HEADER = "#FFE699"
#: A year answer, as the app takes it (`answer_types.Year`).
YEAR_RANGE = (1000, 9999)


@dataclass(frozen=True)
class Content:
    """What goes into one workbook (read by `services.contributions`)."""

    assessment: AssessmentMeta
    framework: Framework
    contributor_id: str
    contributor_name: str
    language: str
    codes: Sequence[str]
    answers: Mapping[str, AnswerView]
    evidence: Sequence[EvidenceRow]
    values: Mapping[str, Any]
    due: dt.date | None = None


def choice_labels(placement: Placement, language: str, source_language: str) -> list[str]:
    return [c.label.get(language, source_language) for c in placement.choices]


def write(content: Content, target: Path) -> Path:
    xlsx_safe.check_target(target)
    language = content.language
    fw = content.framework
    source_language = fw.model.source_language

    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    book = xlsx_safe.new_workbook(language)
    wb = book.workbook
    rtl = wording.is_rtl(language)
    used: set[str] = {layout.META, layout.LISTS}
    titles = {key: t(template) for key, template in layout.SHEET_TITLES.items()}
    headers = {sheet: {f.key: t(f.header) for f in fields} for sheet, fields in layout.FIELDS.items()}
    unlocked = book.add_format({"locked": False, "text_wrap": True})
    unlocked_quote = book.add_format({"locked": False, "text_wrap": True, "quote_prefix": True})
    unlocked_date = book.add_format({"locked": False, "num_format": xlsx_safe.DATE_FORMAT})

    def typed(value: Any) -> xlsx_safe.Styled:
        """An input cell: unlocked, its text never a formula."""
        if value is None or value == "":
            return xlsx_safe.Styled(None, unlocked)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return xlsx_safe.Styled(value, unlocked)
        if isinstance(value, dt.date):
            return xlsx_safe.Styled(value, unlocked_date)
        text = xlsx_safe.clean_text(str(value))
        return xlsx_safe.Styled(text, unlocked_quote if xlsx_safe.needs_quote_prefix(text) else unlocked)

    # -- instructions
    intro = xlsx_safe.SafeSheet(book, titles[layout.INSTRUCTIONS],
                                [xlsx_safe.Column(titles[layout.INSTRUCTIONS], 110, wrap=True)], used,
                                freeze=False, autofilter=False, right_to_left=rtl)
    titles[layout.INSTRUCTIONS] = intro.title
    params = {"title": content.assessment.title, "contributor": content.contributor_name,
              "answers": titles[layout.ANSWERS], "answer": headers[layout.ANSWERS]["answer"],
              "justification": headers[layout.ANSWERS]["justification"], "evidence": titles[layout.EVIDENCE],
              "asked_when": headers[layout.ANSWERS]["asked_when"],
              "focal_point": content.assessment.focal_point or content.assessment.institution or "—"}
    for template in INSTRUCTIONS:
        intro.append([t(template, **{k: v for k, v in params.items() if k in template.parameters})])
    if content.due is not None:
        intro.append([t(DUE, due=wording.date(content.due, language))])
    intro.ws.protect("", {"format_cells": True, "format_columns": True, "format_rows": True})

    # -- answers
    answer_columns = [xlsx_safe.Column(headers[layout.ANSWERS][f.key], f.width, wrap=f.wrap)
                      for f in layout.ANSWER_FIELDS]
    sheet = xlsx_safe.SafeSheet(book, titles[layout.ANSWERS], answer_columns, used, right_to_left=rtl)
    titles[layout.ANSWERS] = sheet.title
    column_of = {f.key: i for i, f in enumerate(layout.ANSWER_FIELDS)}
    to_fill = book.variant(book.formats["header"], bg_color=INPUT_HEADER)
    for f in layout.ANSWER_FIELDS:
        if f.input:  # the blank cells of an input column are unlocked too, and its header says "fill me in"
            sheet.ws.set_column(column_of[f.key], column_of[f.key], f.width, unlocked)
            sheet.ws.write_string(0, column_of[f.key], headers[layout.ANSWERS][f.key], to_fill)
    lists: list[list[str]] = []  # the choice lists, one column each of the hidden lists sheet
    for row_number, code in enumerate(content.codes, start=1):
        placement = fw.placement(code)
        question = placement.question
        answer = content.answers.get(code, AnswerView(code))
        guidance = [text.get(language, source_language) for text in (question.guidance, question.hint)
                    if text is not None]
        current = fw.label_of(code, answer.value, language)
        asked = condition_words.explain(fw, code, content.values, language)
        kind = placement.kind
        if placement.choices and kind.has_choices:
            shown: Any = current  # a label, as the drop-down offers it
        elif question.type == "date" and isinstance(answer.value, str):
            shown = dt.date.fromisoformat(answer.value)
        else:
            shown = answer.value
        sheet.append([code, question.text.get(language, source_language), "\n".join(guidance), asked, current,
                      typed(shown), typed(answer.justification), typed(None)])
        _validate_answer(sheet, row_number, column_of["answer"], placement, language, source_language, lists, t)
    intro_and_answers = [intro, sheet]
    sheet.ws.protect("", {"sort": True, "autofilter": True, "format_cells": True, "format_columns": True,
                          "format_rows": True, "insert_columns": True})

    # -- evidence
    evidence_columns = [xlsx_safe.Column(headers[layout.EVIDENCE][f.key], f.width, wrap=f.wrap)
                        for f in layout.EVIDENCE_FIELDS]
    ev = xlsx_safe.SafeSheet(book, titles[layout.EVIDENCE], evidence_columns, used, right_to_left=rtl)
    titles[layout.EVIDENCE] = ev.title
    for index, f in enumerate(layout.EVIDENCE_FIELDS):
        ev.ws.write_string(0, index, headers[layout.EVIDENCE][f.key], to_fill)
    kinds = [wording.label(k, language) for k in EvidenceKind]
    wanted = set(content.codes)
    for item in content.evidence:
        if item.question_code in wanted:
            ev.append([item.question_code, wording.label(item.kind, language), item.title, item.reference,
                       item.year, item.url])
    for _ in range(layout.BLANK_EVIDENCE_ROWS):
        ev.append([None] * len(evidence_columns))
    last = layout.EVIDENCE_VALIDATION_ROWS
    codes_list = _list_range(lists, list(content.codes))
    kinds_list = _list_range(lists, kinds)
    ev_col = {f.key: i for i, f in enumerate(layout.EVIDENCE_FIELDS)}
    ev.ws.data_validation(1, ev_col["code"], last, ev_col["code"],
                          {"validate": "list", "source": codes_list, "error_type": "warning"})
    ev.ws.data_validation(1, ev_col["kind"], last, ev_col["kind"],
                          {"validate": "list", "source": kinds_list, "error_type": "warning"})
    ev.ws.data_validation(1, ev_col["year"], last, ev_col["year"],
                          {"validate": "integer", "criteria": "between", "minimum": layout.years()[0],
                           "maximum": layout.years()[1], "error_type": "warning"})

    # -- the choice lists (hidden) and what was sent (very hidden)
    lists_ws = wb.add_worksheet(layout.LISTS)
    for row in range(max((len(column) for column in lists), default=0)):
        for col, column in enumerate(lists):
            if row < len(column):
                lists_ws.write_string(row, col, xlsx_safe.clean_text(column[row]))
    lists_ws.hide()
    meta = wb.add_worksheet(layout.META)
    rows: list[list[Any]] = [
        [layout.ROW_FORMAT, layout.FORMAT],
        [layout.ROW_ASSESSMENT, content.assessment.id],
        [layout.ROW_QUESTIONNAIRE, fw.id, fw.version, fw.sha256],
        [layout.ROW_CONTRIBUTOR, content.contributor_id],
        [layout.ROW_LANGUAGE, language],
        [layout.ROW_EXPORTED, utc.now_text()],
    ]
    rows += [[layout.ROW_SHEET, key, title] for key, title in titles.items()]
    columns = [(sheet_key, f.key, headers[sheet_key][f.key]) for sheet_key, fields in layout.FIELDS.items()
               for f in fields]
    rows += [[layout.ROW_COLUMN, *column] for column in columns]
    for code in content.codes:
        answer = content.answers.get(code, AnswerView(code))
        rows.append([layout.ROW_QUESTION, code, str(answer.revision), encode(answer.value) or "",
                     answer.justification])
    rows.append([layout.ROW_CHECKSUM, layout.checksum(fw.sha256, content.codes, titles, columns)])
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            text = xlsx_safe.clean_text(str(value))
            if text:
                meta.write_string(r, c, text)
    meta.very_hidden()
    wb.set_properties({"title": content.assessment.title, "comments": "MGI Desktop contribution workbook"})
    intro.ws.activate()
    xlsx_safe.save(book, target, [*intro_and_answers, ev])
    return target


def _list_range(lists: list[list[str]], values: list[str]) -> str:
    """Add `values` as a column of the lists sheet; the range a drop-down reads them from."""
    lists.append(values)
    letter = xl_col_to_name(len(lists) - 1)
    return f"='{layout.LISTS}'!${letter}$1:${letter}${max(1, len(values))}"


def _validate_answer(sheet: xlsx_safe.SafeSheet, row: int, col: int, placement: Placement, language: str,
                     source_language: str, lists: list[list[str]], t: Any) -> None:
    """The answer cell's drop-down or check, as the framework checks the answer.  Warnings, not stops:
    an answer typed as the contributor writes it ("oui", "Yes ") is still read."""
    question = placement.question
    kind = placement.kind
    ws = sheet.ws
    options: dict[str, Any] = {"error_type": "warning"}
    if kind.has_choices and not kind.multiple:
        options |= {"validate": "list", "source": _list_range(lists, choice_labels(placement, language,
                                                                                    source_language))}
    elif kind.multiple:
        labels = "; ".join(choice_labels(placement, language, source_language))
        options |= {"validate": "any", "input_message": (t(MULTIPLE_HINT) + " " + labels)[:255]}
    elif question.type in ("number", "integer", "year"):
        low, high = question.minimum, question.maximum
        if question.type == "year":
            low = max(low if low is not None else YEAR_RANGE[0], YEAR_RANGE[0])
            high = min(high if high is not None else YEAR_RANGE[1], YEAR_RANGE[1])
        options |= {"validate": "decimal" if question.type == "number" else "integer"}
        if low is not None and high is not None:
            options |= {"criteria": "between", "minimum": low, "maximum": high}
        elif low is not None:
            options |= {"criteria": ">=", "value": low}
        elif high is not None:
            options |= {"criteria": "<=", "value": high}
        else:
            options |= {"criteria": "between", "minimum": -1e15, "maximum": 1e15}
    elif question.type == "date":
        options |= {"validate": "date", "criteria": ">=", "value": dt.date(1800, 1, 1)}
    else:
        return
    ws.data_validation(row, col, row, col, options)

