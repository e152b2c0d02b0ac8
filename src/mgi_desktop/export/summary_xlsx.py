"""The Excel summary of one assessment: About, Summary, Answers, Evidence,
Findings, Comments, Audit, in the language asked for (`write_summary`'s ``language``): the sheet names,
headers and codebook through `wording`, the questionnaire's texts from its model in that language.
The codes (answer codes, review states, finding categories) stay codes, whatever the language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from mgi_desktop import __version__, wording
from mgi_desktop.enums import EvidenceKind, FindingCategory, ReviewState
from mgi_desktop.export import labels as L
from mgi_desktop.export.dataset import AssessmentDataset, answer_code
from mgi_desktop.export.labels import Heading
from mgi_desktop.export.sdg_files import BOTH_VALUES_COLUMNS, value_cells
from mgi_desktop.export.xlsx_safe import Book, Column, SafeSheet, answer_chart, check_target, new_workbook, save
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.model import SPECIAL_CODES
from mgi_desktop.scoring import SDG_CATEGORIES
from mgi_desktop.services.findings import CATEGORY_ORDER


def _t(name: str, text: str) -> Template:
    return Template(f"export.summary.{name}", text)


# -- the sheets' names and what their columns mean ----------------------------------------------

SHEET_SUMMARY = _t("sheet_summary", "Summary")
SHEET_ANSWERS = _t("sheet_answers", "Answers")
SHEET_EVIDENCE = _t("sheet_evidence", "Evidence")
SHEET_FINDINGS = _t("sheet_findings", "Findings")
SHEET_COMMENTS = _t("sheet_comments", "Comments")
SHEET_AUDIT = _t("sheet_audit", "Audit")
CHART_TITLE = _t("chart_title", "Answers per domain")
ALL = _t("all", "All")
ALL_DOMAINS = _t("all_domains", "All domains")

DOMAIN_NUMBER = _t("domain_about", "domain number (1-6)")
QUESTIONS_ABOUT = _t("questions_about", "questions in the questionnaire")
RELEVANT_ABOUT = _t("relevant_about", "questions that apply given the answers (skip logic)")
ANSWERED_ABOUT = _t("answered_about", "relevant questions with an answer")
COMPLETION_ABOUT = _t("completion_about",
                      "answered / relevant x 100; indicative completion measure, not an official MGI score")
CODE_ABOUT = _t("code_about", "question code")
RELEVANT_ANSWER_ABOUT = _t("relevant_answer_about", "TRUE when the question applies given the earlier answers")
ANSWER_CODE_ABOUT = _t("answer_code_about", "the stored answer: a code (see the answer codes below), codes joined "
                       "by ';', a number, a date or text")
ANSWER_LABEL_ABOUT = _t("answer_label_about", "the answer as the questionnaire words it")
REVIEW_STATUS_ABOUT = _t("review_status_about", "see the review status codes below")
CARRIED_OVER_ABOUT = _t("carried_over_about", "taken from the previous round, not yet confirmed")
CATEGORY_ABOUT = _t("category_about", "well_developed or potential (for further development)")
POSITION_ABOUT = _t("position_about", "order within its list, from 1")
LINKED_ABOUT = _t("linked_about", "linked question codes, ';'")
DRAFTED_ABOUT = _t("drafted_about", "TRUE while the finding is a draft from the answers not yet edited")

#: the completion column's English header
COMPLETION_HEADER = L.COMPLETION.text

SUMMARY_COLUMNS = [
    Heading(L.DOMAIN, 8, description=DOMAIN_NUMBER),
    Heading(L.DOMAIN_TITLE, 34, wrap=True),
    Heading(L.QUESTIONS, 11, description=QUESTIONS_ABOUT),
    Heading(L.RELEVANT, 10, description=RELEVANT_ABOUT),
    Heading(L.ANSWERED, 10, description=ANSWERED_ABOUT),
    Heading(L.BUILTIN_ANSWERS["yes"], 7), Heading(L.BUILTIN_ANSWERS["partially"], 10),
    Heading(L.BUILTIN_ANSWERS["no"], 7), Heading(L.BUILTIN_ANSWERS["dont_know"], 11),
    Heading(L.BUILTIN_ANSWERS["not_applicable"], 14),
    Heading(L.COMPLETION, 22, description=COMPLETION_ABOUT),
    Heading(L.WELL_DEVELOPED_FINDINGS, 14), Heading(L.POTENTIAL_FINDINGS, 14),
]
#: both SDG 10.7.2 values, completeness-aware and official method (missing = 0), each labelled
SDG_COLUMNS = BOTH_VALUES_COLUMNS
ANSWER_COLUMNS = [
    Heading(L.DOMAIN, 8), Heading(L.SUB_AREA, 30, wrap=True), Heading(L.INDICATOR, 30, wrap=True),
    Heading(L.CODE, 10, key=True, description=CODE_ABOUT),
    Heading(L.QUESTION, 50, wrap=True),
    Heading(L.RELEVANT, 9, description=RELEVANT_ANSWER_ABOUT),
    Heading(L.ANSWER_CODE, 14, description=ANSWER_CODE_ABOUT),
    Heading(L.ANSWER_LABEL, 24, wrap=True, description=ANSWER_LABEL_ABOUT),
    Heading(L.JUSTIFICATION, 60, wrap=True),
    Heading(L.EVIDENCE_COUNT, 9), Heading(L.COMMENTS, 9),
    Heading(L.REVIEW_STATUS, 14, description=REVIEW_STATUS_ABOUT),
    Heading(L.FLAGGED, 8), Heading(L.CARRIED_OVER, 8, description=CARRIED_OVER_ABOUT),
    Heading(L.LAST_CHANGED, 19, kind="datetime"), Heading(L.CHANGED_BY, 18),
    Heading(L.QUESTIONNAIRE_VERSION, 12),
]
EVIDENCE_COLUMNS = [
    Heading(L.DOMAIN, 8), Heading(L.QUESTION, 10, key=True), Heading(L.KIND, 14), Heading(L.TITLE, 40, wrap=True),
    Heading(L.REFERENCE, 20, wrap=True), Heading(L.ISSUING_BODY, 24, wrap=True), Heading(L.YEAR, 8),
    Heading(L.DATE, 11, kind="date"), Heading(L.URL, 30), Heading(L.NOTE, 40, wrap=True), Heading(L.FILE, 20),
    Heading(L.ADDED, 19, kind="datetime"), Heading(L.ADDED_BY, 18), Heading(L.EVIDENCE_ID, 36, key=True),
]
FINDING_COLUMNS = [
    Heading(L.DOMAIN, 8), Heading(L.DOMAIN_TITLE, 28, wrap=True),
    Heading(L.CATEGORY, 16, description=CATEGORY_ABOUT),
    Heading(L.POSITION, 9, description=POSITION_ABOUT),
    Heading(L.FINDING, 70, wrap=True), Heading(L.QUESTIONS, 16, description=LINKED_ABOUT),
    Heading(L.DRAFTED, 8, description=DRAFTED_ABOUT),
    Heading(L.CREATED, 19, kind="datetime"), Heading(L.UPDATED, 19, kind="datetime"),
    Heading(L.FINDING_ID, 36, key=True),
]
COMMENT_COLUMNS = [
    Heading(L.QUESTION, 10, key=True), Heading(L.AUTHOR, 18), Heading(L.ROLE, 12), Heading(L.COMMENT, 60, wrap=True),
    Heading(L.WRITTEN, 19, kind="datetime"), Heading(L.RESOLVED, 9), Heading(L.RESOLVED_AT, 19, kind="datetime"),
    Heading(L.RESOLVED_BY, 18), Heading(L.COMMENT_ID, 36, key=True),
]
AUDIT_COLUMNS = [
    Heading(L.TIME, 19, kind="datetime"), Heading(L.ACTOR, 18), Heading(L.ROLE, 12), Heading(L.ENTITY, 12),
    Heading(L.ENTITY_ID, 36, key=True), Heading(L.FIELD, 14), Heading(L.OLD_VALUE, 40, wrap=True),
    Heading(L.NEW_VALUE, 40, wrap=True), Heading(L.REASON, 30, wrap=True), Heading(L.EVENT_ID, 36, key=True),
]
ABOUT_COLUMNS = [Heading(L.ITEM, 26), Heading(L.VALUE, 60, wrap=True), Heading(L.MEANING, 70, wrap=True)]

# -- the About sheet ----------------------------------------------------------------------------

COUNTRY_ABOUT = _t("country_about", "ISO 3166-1 alpha-3: {code}")
LEVEL_ABOUT = _t("level_about", "national or local MGI")
PREVIOUS_ROUND = _t("previous_round", "Previous round")
PREVIOUS_ABOUT = _t("previous_about", "assessment id of the round before")
STATUS = _t("status", "Status")
SHA = _t("sha", "Questionnaire SHA-256")
SHA_ABOUT = _t("sha_about", "the exact questionnaire text answered")
SCORING = _t("scoring", "Scoring")
SDG_SCORING = _t("sdg_scoring", "SDG 10.7.2 as published in the UN metadata")
FOCAL_POINT = _t("focal_point", "Focal point")
REVISION = _t("revision", "revision {n}")
NOTICE = _t("notice", "Notice")
OTHER_CODE = _t("other_code", "a choice code of the question; its label is in '{column}'")
REVIEW_STATUS_LIST = _t("review_status_list", "Review status")
FINDING_CATEGORY_LIST = _t("finding_category_list", "Finding category")
EVIDENCE_KIND_LIST = _t("evidence_kind_list", "Evidence kind")
SDG_CATEGORY_LIST = _t("sdg_category_list", "SDG 10.7.2 category")


def summary_rows(data: AssessmentDataset, language: str = "en") -> list[list[Any]]:
    """Per domain, then all domains: the Summary sheet's table (also used by consolidation)."""
    tally = data.progress()
    sdg = data.sdg_values()
    model = data.framework.model
    rows: list[list[Any]] = []
    for domain in model.domains:
        t = tally.domains[domain.number]
        row: list[Any] = [domain.number, domain.title.get(language, model.source_language), t.questions,
                          t.relevant, t.answered, t.yes, t.partially, t.no, t.dont_know, t.not_applicable,
                          t.completion, data.findings_count(domain.number, FindingCategory.WELL_DEVELOPED),
                          data.findings_count(domain.number, FindingCategory.POTENTIAL)]
        if sdg is not None:
            aware, official = sdg.completeness_aware.domains.get(domain.number), sdg.official.domains.get(domain.number)
            row += (value_cells(aware, official, language) if aware and official else [None] * len(SDG_COLUMNS))
        rows.append(row)
    t = tally.overall
    total: list[Any] = [wording.text(ALL, language), wording.text(ALL_DOMAINS, language), t.questions, t.relevant,
                        t.answered, t.yes, t.partially, t.no, t.dont_know, t.not_applicable, t.completion,
                        sum(1 for f in data.findings if f.category is FindingCategory.WELL_DEVELOPED),
                        sum(1 for f in data.findings if f.category is FindingCategory.POTENTIAL)]
    if sdg is not None:
        total += value_cells(sdg.completeness_aware.overall, sdg.official.overall, language)
    rows.append(total)
    return rows


def _about(book: Book, used: set[str], data: AssessmentDataset, exported: dt.datetime,
           sheets: dict[str, list[Column]], language: str) -> SafeSheet:
    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    sheet = SafeSheet(book, t(L.SHEET_ABOUT), L.columns(ABOUT_COLUMNS, language), used,
                      right_to_left=wording.is_rtl(language))
    m = data.meta
    model = data.framework.model
    lang = model.source_language
    items: list[tuple[str, Any, str]] = [
        (t(L.TITLE), m.title, ""), (t(L.ASSESSMENT_ID), m.id, t(L.ID_ABOUT)),
        (t(L.COUNTRY), L.country_in(m.country, language), t(COUNTRY_ABOUT, code=m.country)),
        (t(L.LOCALITY), m.locality or "", ""),
        (t(L.LEVEL), wording.value(m.level, language), t(LEVEL_ABOUT)), (t(L.ROUND), m.round, ""),
        (t(PREVIOUS_ROUND), m.previous_id or "", t(PREVIOUS_ABOUT)),
        (t(STATUS), wording.label(m.status, language), m.status),
        (t(L.FRAMEWORK), model.title.get(language, lang), m.framework_id),
        (t(L.FRAMEWORK_VERSION), m.framework_version, ""),
        (t(SHA), m.questionnaire_sha256, t(SHA_ABOUT)),
        (t(SCORING), model.scoring, t(L.INDICATIVE) if model.scoring == "indicative" else t(SDG_SCORING)),
        (t(FOCAL_POINT), m.focal_point, m.institution), (t(L.CREATED), m.created_at, ""),
        (t(L.LAST_CHANGED), m.updated_at, t(REVISION, n=m.revision)),
        (t(L.EXPORTED), exported, ""), (t(L.EXPORTED_WITH), f"MGI Desktop {__version__}", ""),
        (t(L.LANGUAGE), language, ""),
    ]
    if model.notice:
        items.append((t(NOTICE), model.notice.get(language, lang), ""))
    for name, value, meaning in items:
        sheet.append([name, value, meaning])
    sheet.append([])
    sheet.append_raw([sheet.header_cell(t(L.SHEET)), sheet.header_cell(t(L.COLUMN)),
                      sheet.header_cell(t(L.MEANING))])
    for title, columns in sheets.items():
        for column in columns:
            if column.description:
                sheet.append([title, column.header, column.description])
    sheet.append([])
    sheet.append_raw([sheet.header_cell(t(L.CODE_LIST)), sheet.header_cell(t(L.CODE)),
                      sheet.header_cell(t(L.MEANING))])
    answer_code_label = t(L.ANSWER_CODE)
    for code in ("yes", "partially", "no", *SPECIAL_CODES):
        sheet.append([answer_code_label, code, t(L.BUILTIN_ANSWERS[code])])
    sheet.append([answer_code_label, "(other)", t(OTHER_CODE, column=t(L.ANSWER_LABEL))])
    for state in ReviewState:
        sheet.append([t(REVIEW_STATUS_LIST), state.value, wording.value(state, language)])
    for category in CATEGORY_ORDER:
        sheet.append([t(FINDING_CATEGORY_LIST), category.value, wording.label(category, language)])
    for kind in EvidenceKind:
        sheet.append([t(EVIDENCE_KIND_LIST), kind.value, wording.label(kind, language)])
    if model.scoring == "sdg-10-7-2":
        for number in SDG_CATEGORIES:
            sheet.append([t(SDG_CATEGORY_LIST), number, L.sdg_category(number, language)])
    return sheet


def write_summary(data: AssessmentDataset, target: Path, *, now: dt.datetime | None = None,
                  language: str = "en") -> Path:
    """Write the Excel summary of one assessment to `target` (atomically), its labels in `language`."""
    check_target(target)
    exported = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
    book = new_workbook(language)
    used: set[str] = set()
    rtl = wording.is_rtl(language)
    model = data.framework.model
    lang = model.source_language

    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    def sheet(title: Template, headings: list[Heading]) -> SafeSheet:
        return SafeSheet(book, t(title), L.columns(headings, language), used, right_to_left=rtl)

    sdg = data.sdg() is not None
    summary_columns = L.columns(SUMMARY_COLUMNS + (SDG_COLUMNS if sdg else []), language)
    codebook = {t(SHEET_SUMMARY): summary_columns, t(SHEET_ANSWERS): L.columns(ANSWER_COLUMNS, language),
                t(SHEET_FINDINGS): L.columns(FINDING_COLUMNS, language)}
    sheets = [_about(book, used, data, exported, codebook, language)]

    summary = SafeSheet(book, t(SHEET_SUMMARY), summary_columns, used, right_to_left=rtl)
    rows = summary_rows(data, language)
    summary.extend(rows)
    # the domains' names along the axis, each answer in its colour (the rows' last is "All domains")
    answer_chart(book, summary, rows=rows[:-1], first_row=1, category_column=1,
                 series_columns={code: 5 + n for n, code in
                                 enumerate(("yes", "partially", "no", "dont_know", "not_applicable"))},
                 title=t(CHART_TITLE), y_title=t(L.QUESTIONS), anchor=(len(rows) + 2, 1))
    sheets.append(summary)

    answers = sheet(SHEET_ANSWERS, ANSWER_COLUMNS)
    relevance = data.progress().relevance
    for code, view in data.answers.items():
        p = data.framework.placements[code]
        answers.append([p.domain.number, f"{p.sub_area.code} {p.sub_area.title.get(language, lang)}",
                        f"{p.indicator.code} {p.indicator.title.get(language, lang)}", code,
                        p.question.text.get(language, lang), relevance.get(code, True), answer_code(view.value),
                        data.answer_label(code, language), view.justification, view.evidence_count,
                        view.comment_count, view.review_state, view.flagged, view.carried_over, view.updated_at,
                        view.updated_by, data.meta.framework_version])
    sheets.append(answers)

    evidence = sheet(SHEET_EVIDENCE, EVIDENCE_COLUMNS)
    for e in data.evidence:
        where = data.framework.placements.get(e.question_code)
        evidence.append([where.domain.number if where else None, e.question_code,
                         kind_label(e.kind, language), e.title, e.reference, e.issuing_body, e.year,
                         e.date, e.url, e.note, e.file_name or "", e.created_at, e.created_by, e.id])
    sheets.append(evidence)

    findings = sheet(SHEET_FINDINGS, FINDING_COLUMNS)
    titles = {d.number: d.title.get(language, lang) for d in model.domains}
    for f in data.findings:
        findings.append([f.domain_number, titles.get(f.domain_number, ""), f.category.value, f.position + 1,
                         f.text, ";".join(f.question_codes), f.drafted, f.created_at, f.updated_at, f.id])
    sheets.append(findings)

    comments = sheet(SHEET_COMMENTS, COMMENT_COLUMNS)
    for c in data.comments:
        comments.append([c.question_code, c.author, c.role, c.text, c.created_at, c.resolved, c.resolved_at,
                         c.resolved_by or "", c.id])
    sheets.append(comments)

    audit = sheet(SHEET_AUDIT, AUDIT_COLUMNS)
    for a in data.audit:
        audit.append([a.at, a.actor, a.role, a.entity, a.entity_id, a.field, a.old_value, a.new_value,
                      a.reason, a.id])
    sheets.append(audit)

    save(book, target, sheets)
    return target


def kind_label(value: str, language: str = "en") -> str:
    try:
        return wording.label(EvidenceKind(value), language)
    except ValueError:  # a kind from a newer version of the app
        return value
