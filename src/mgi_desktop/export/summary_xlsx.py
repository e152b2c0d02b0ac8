"""The Excel summary of one assessment: About, Summary, Answers, Evidence,
Findings, Comments, Audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from mgi_desktop import __version__, enums
from mgi_desktop.enums import EvidenceKind, FindingCategory, ReviewState
from mgi_desktop.export.dataset import AssessmentDataset, answer_code
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, check_target, new_workbook, save
from mgi_desktop.questionnaire.model import SPECIAL_CODES, builtin_choice
from mgi_desktop.scoring import INDICATIVE_LABEL, SDG_CATEGORIES
from mgi_desktop.services.findings import CATEGORY_ORDER
from mgi_desktop.services.views import CATEGORY_LABELS

COMPLETION_HEADER = f"Completion % ({INDICATIVE_LABEL})"

SUMMARY_COLUMNS = [
    Column("Domain", 8, description="domain number (1-6)"),
    Column("Domain title", 34, wrap=True),
    Column("Questions", 11, description="questions in the questionnaire"),
    Column("Relevant", 10, description="questions that apply given the answers (skip logic)"),
    Column("Answered", 10, description="relevant questions with an answer"),
    Column("Yes", 7), Column("Partially", 10), Column("No", 7),
    Column("Don't know", 11), Column("Not applicable", 14),
    Column(COMPLETION_HEADER, 22, description="answered / relevant x 100; " + INDICATIVE_LABEL),
    Column("Well-developed findings", 14), Column("Potential findings", 14),
]
SDG_COLUMNS = [
    Column("SDG 10.7.2 value", 12, description="mean of the five sub-category values x 100 (UN metadata)"),
    Column("SDG 10.7.2 category", 10, description="1 requires further progress, 2 partially meets, 3 meets, "
           "4 fully meets"),
    Column("SDG 10.7.2 category label", 24),
]
ANSWER_COLUMNS = [
    Column("Domain", 8), Column("Sub-area", 30, wrap=True), Column("Indicator", 30, wrap=True),
    Column("Code", 10, key=True, description="question code"),
    Column("Question", 50, wrap=True),
    Column("Relevant", 9, description="TRUE when the question applies given the earlier answers"),
    Column("Answer code", 14, description="the stored answer: a code (see the answer codes below), codes "
           "joined by ';', a number, a date or text"),
    Column("Answer label", 24, wrap=True, description="the answer as the questionnaire words it"),
    Column("Justification", 60, wrap=True),
    Column("Evidence count", 9), Column("Comments", 9),
    Column("Review status", 14, description="see the review status codes below"),
    Column("Flagged", 8), Column("Carried over", 8, description="taken from the previous round, not yet confirmed"),
    Column("Last changed (UTC)", 19, kind="datetime"), Column("Changed by", 18),
    Column("Questionnaire version", 12),
]
EVIDENCE_COLUMNS = [
    Column("Domain", 8), Column("Question", 10, key=True), Column("Kind", 14), Column("Title", 40, wrap=True),
    Column("Reference", 20, wrap=True), Column("Issuing body", 24, wrap=True), Column("Year", 8),
    Column("Date", 11, kind="date"), Column("URL", 30), Column("Note", 40, wrap=True), Column("File", 20),
    Column("Added (UTC)", 19, kind="datetime"), Column("Added by", 18), Column("Evidence id", 36, key=True),
]
FINDING_COLUMNS = [
    Column("Domain", 8), Column("Domain title", 28, wrap=True),
    Column("Category", 16, description="well_developed or potential (for further development)"),
    Column("Position", 9, description="order within its list, from 1"),
    Column("Finding", 70, wrap=True), Column("Questions", 16, description="linked question codes, ';'"),
    Column("Drafted", 8, description="TRUE while the finding is a draft from the answers not yet edited"),
    Column("Created (UTC)", 19, kind="datetime"), Column("Updated (UTC)", 19, kind="datetime"),
    Column("Finding id", 36, key=True),
]
COMMENT_COLUMNS = [
    Column("Question", 10, key=True), Column("Author", 18), Column("Role", 12), Column("Comment", 60, wrap=True),
    Column("Written (UTC)", 19, kind="datetime"), Column("Resolved", 9), Column("Resolved (UTC)", 19, kind="datetime"),
    Column("Resolved by", 18), Column("Comment id", 36, key=True),
]
AUDIT_COLUMNS = [
    Column("Time (UTC)", 19, kind="datetime"), Column("Actor", 18), Column("Role", 12), Column("Entity", 12),
    Column("Entity id", 36, key=True), Column("Field", 14), Column("Old value", 40, wrap=True),
    Column("New value", 40, wrap=True), Column("Reason", 30, wrap=True), Column("Event id", 36, key=True),
]
ABOUT_COLUMNS = [Column("Item", 26), Column("Value", 60, wrap=True), Column("Meaning", 70, wrap=True)]


def summary_rows(data: AssessmentDataset) -> list[list[Any]]:
    """Per domain, then all domains: the Summary sheet's table (also used by consolidation)."""
    tally = data.progress()
    sdg = data.sdg()
    rows: list[list[Any]] = []
    for domain in data.framework.model.domains:
        t = tally.domains[domain.number]
        row: list[Any] = [domain.number, str(domain.title), t.questions, t.relevant, t.answered, t.yes,
                          t.partially, t.no, t.dont_know, t.not_applicable, t.completion,
                          data.findings_count(domain.number, FindingCategory.WELL_DEVELOPED),
                          data.findings_count(domain.number, FindingCategory.POTENTIAL)]
        if sdg is not None:
            score = sdg.domains.get(domain.number)
            row += [score.value, score.category, score.category_label] if score else [None, None, ""]
        rows.append(row)
    t = tally.overall
    total: list[Any] = ["All", "All domains", t.questions, t.relevant, t.answered, t.yes, t.partially, t.no,
                        t.dont_know, t.not_applicable, t.completion,
                        sum(1 for f in data.findings if f.category is FindingCategory.WELL_DEVELOPED),
                        sum(1 for f in data.findings if f.category is FindingCategory.POTENTIAL)]
    if sdg is not None:
        total += [sdg.overall.value, sdg.overall.category, sdg.overall.category_label]
    rows.append(total)
    return rows


def _about(book: Workbook, used: set[str], data: AssessmentDataset, exported: dt.datetime,
           sheets: dict[str, list[Column]]) -> SafeSheet:
    sheet = SafeSheet(book, "About", ABOUT_COLUMNS, used)
    m = data.meta
    model = data.framework.model
    items: list[tuple[str, Any, str]] = [
        ("Title", m.title, ""), ("Assessment id", m.id, "stable across copies and exchange packages"),
        ("Country", m.country_name, f"ISO 3166-1 alpha-3: {m.country}"), ("Locality", m.locality or "", ""),
        ("Level", m.level, "national or local MGI"), ("Round", m.round, ""),
        ("Previous round", m.previous_id or "", "assessment id of the round before"),
        ("Status", enums.english(m.status).capitalize(), m.status),
        ("Framework", str(model.title), m.framework_id), ("Framework version", m.framework_version, ""),
        ("Questionnaire SHA-256", m.questionnaire_sha256, "the exact questionnaire text answered"),
        ("Scoring", model.scoring, INDICATIVE_LABEL if model.scoring == "indicative"
         else "SDG 10.7.2 as published in the UN metadata"),
        ("Focal point", m.focal_point, m.institution), ("Created (UTC)", m.created_at, ""),
        ("Last changed (UTC)", m.updated_at, f"revision {m.revision}"),
        ("Exported (UTC)", exported, ""), ("Exported with", f"MGI Desktop {__version__}", ""),
    ]
    if model.notice:
        items.append(("Notice", str(model.notice), ""))
    for name, value, meaning in items:
        if isinstance(value, str) and name.endswith("(UTC)"):
            sheet.append([name, sheet.cell(value, Column("", kind="datetime")), meaning])
        else:
            sheet.append([name, value, meaning])
    sheet.append([])
    sheet.append_raw([sheet.header_cell("Sheet"), sheet.header_cell("Column"), sheet.header_cell("Meaning")])
    for title, columns in sheets.items():
        for column in columns:
            if column.description:
                sheet.append([title, column.header, column.description])
    sheet.append([])
    sheet.append_raw([sheet.header_cell("Code list"), sheet.header_cell("Code"), sheet.header_cell("Meaning")])
    for code in ("yes", "partially", "no", *SPECIAL_CODES):
        sheet.append(["Answer code", code, str(builtin_choice(code).label)])
    sheet.append(["Answer code", "(other)", "a choice code of the question; its label is in 'Answer label'"])
    for state in ReviewState:
        sheet.append(["Review status", state.value, state.value.replace("_", " ")])
    for category in CATEGORY_ORDER:
        sheet.append(["Finding category", category.value, CATEGORY_LABELS[category]])
    for kind, label in ((k, enums.english_label(k)) for k in EvidenceKind):
        sheet.append(["Evidence kind", kind.value, label])
    if model.scoring == "sdg-10-7-2":
        for number, label in SDG_CATEGORIES.items():
            sheet.append(["SDG 10.7.2 category", number, label])
    return sheet


def write_summary(data: AssessmentDataset, target: Path, *, now: dt.datetime | None = None) -> Path:
    """Write the Excel summary of one assessment to `target` (atomically)."""
    check_target(target)
    exported = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
    book = new_workbook()
    used: set[str] = set()
    sdg = data.sdg() is not None
    summary_columns = SUMMARY_COLUMNS + (SDG_COLUMNS if sdg else [])
    codebook = {"Summary": summary_columns, "Answers": ANSWER_COLUMNS, "Findings": FINDING_COLUMNS}
    sheets = [_about(book, used, data, exported, codebook)]

    summary = SafeSheet(book, "Summary", summary_columns, used)
    rows = summary_rows(data)
    summary.extend(rows)
    chart = BarChart()
    chart.type = "col"
    chart.title = "Answers per domain"
    chart.y_axis.title = "Questions"
    chart.grouping = "stacked"
    chart.overlap = 100
    domains = len(rows) - 1
    values = Reference(summary.ws, min_col=6, max_col=8, min_row=1, max_row=1 + domains)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(Reference(summary.ws, min_col=1, min_row=2, max_row=1 + domains))
    chart.height, chart.width = 8, 16
    summary.ws.add_chart(chart, f"B{len(rows) + 4}")  # type: ignore[misc]  # write-only sheets take charts
    sheets.append(summary)

    answers = SafeSheet(book, "Answers", ANSWER_COLUMNS, used)
    relevance = data.progress().relevance
    for code, view in data.answers.items():
        p = data.framework.placements[code]
        answers.append([p.domain.number, f"{p.sub_area.code} {p.sub_area.title}",
                        f"{p.indicator.code} {p.indicator.title}", code, str(p.question.text),
                        relevance.get(code, True), answer_code(view.value), data.answer_label(code),
                        view.justification, view.evidence_count, view.comment_count, view.review_state,
                        view.flagged, view.carried_over, view.updated_at, view.updated_by,
                        data.meta.framework_version])
    sheets.append(answers)

    evidence = SafeSheet(book, "Evidence", EVIDENCE_COLUMNS, used)
    for e in data.evidence:
        where = data.framework.placements.get(e.question_code)
        evidence.append([where.domain.number if where else None, e.question_code,
                         kind_label(e.kind), e.title, e.reference, e.issuing_body, e.year,
                         e.date, e.url, e.note, e.file_name or "", e.created_at, e.created_by, e.id])
    sheets.append(evidence)

    findings = SafeSheet(book, "Findings", FINDING_COLUMNS, used)
    titles = {d.number: str(d.title) for d in data.framework.model.domains}
    for f in data.findings:
        findings.append([f.domain_number, titles.get(f.domain_number, ""), f.category.value, f.position + 1,
                         f.text, ";".join(f.question_codes), f.drafted, f.created_at, f.updated_at, f.id])
    sheets.append(findings)

    comments = SafeSheet(book, "Comments", COMMENT_COLUMNS, used)
    for c in data.comments:
        comments.append([c.question_code, c.author, c.role, c.text, c.created_at, c.resolved, c.resolved_at,
                         c.resolved_by or "", c.id])
    sheets.append(comments)

    audit = SafeSheet(book, "Audit", AUDIT_COLUMNS, used)
    for a in data.audit:
        audit.append([a.at, a.actor, a.role, a.entity, a.entity_id, a.field, a.old_value, a.new_value,
                      a.reason, a.id])
    sheets.append(audit)

    save(book, target, sheets)
    return target


def kind_label(value: str) -> str:
    try:
        return enums.english_label(EvidenceKind(value))
    except ValueError:  # a kind from a newer version of the app
        return value
