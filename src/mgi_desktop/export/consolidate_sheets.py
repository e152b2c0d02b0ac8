"""The consolidation's long tables, declared once for the workbook and for the CSV files.

Each table is a `Table` of `Field`s: a field has a stable English name (the CSV
header and the data dictionary's field name, for Power BI, R and Stata), a
`Heading` (the sheet's header and width, in the workbook's language) and a
Frictionless type.  The row functions give one assessment's rows, one list
per row in the fields' order, so that a row goes to the sheet and to the CSV
file alike and the assessment can be dropped before the next is read.

Every table starts with the same assessment keys (`KEYS`): a table joins to
another on its assessment id, and reads on its own by country and round.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from mgi_desktop import wording
from mgi_desktop.enums import AssessmentStatus, EvidenceKind, FindingCategory, Level, ReviewState, ValidationMark
from mgi_desktop.export import labels as L
from mgi_desktop.export.dataset import AssessmentDataset, answer_code
from mgi_desktop.export.labels import Heading
from mgi_desktop.export.summary_xlsx import CHART_TITLE, SDG_COLUMNS, SUMMARY_COLUMNS, summary_rows
from mgi_desktop.export.xlsx_safe import Book, Column, SafeSheet, answer_chart
from mgi_desktop.messages import Template
from mgi_desktop.scoring import Tally
from mgi_desktop.services.findings import CATEGORY_ORDER
from mgi_desktop.services.validation import Validation
from mgi_desktop.services.views import AssessmentMeta


def _t(name: str, text: str) -> Template:
    return Template(f"export.consolidate.{name}", text)


# -- fields and tables ------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str  # the CSV header: stable, English, snake_case, at most 32 characters (Stata's limit)
    heading: Heading
    type: str = "string"  # Frictionless Table Schema: string, integer, number, boolean, date, datetime
    params: tuple[tuple[str, Any], ...] = ()  # for a header template with placeholders ("D{domain} yes")
    values: tuple[str, ...] = ()  # a closed set of codes (the data dictionary's enum constraint)

    def column(self, language: str) -> Column:
        h, params = self.heading, dict(self.params)
        return Column(wording.text(h.header, language, **params), h.width, wrap=h.wrap, kind=h.kind, key=h.key,
                      description=wording.text(h.description, language, **params) if h.description else "")


@dataclass(frozen=True)
class Table:
    name: str  # the CSV file's stem and the data package's resource name
    sheet: Template
    about: Template  # what one row is, for the About sheet and the data dictionary
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    csv: bool = True  # also written as a CSV file

    def columns(self, language: str) -> list[Column]:
        return [f.column(language) for f in self.fields]


def _f(name: str, heading: Heading | Template, type: str = "string", values: type[enum.Enum] | None = None,
       **params: Any) -> Field:
    if isinstance(heading, Template):
        heading = Heading(heading)
    return Field(name, heading, type, tuple(params.items()), tuple(str(v.value) for v in values) if values else ())


# -- the headers this module adds ---------------------------------------------------------------

OFFICIAL_NAME = _t("official_name", "Official name")
OFFICIAL_NAME_ABOUT = _t("official_name_about", "the country's name as its profile prints it when set "
                         "(Profile details), else its official name (ISO 3166, in English)")
ASSESSMENT_TITLE = _t("assessment_title", "Assessment title")
STATUS = _t("status", "Status")
STATUS_ABOUT = _t("status_about", "the assessment's status: draft, submitted, in_review, returned, resubmitted, "
                  "validated or approved")
ARCHIVED = _t("archived", "Archived")
ARCHIVED_ABOUT = _t("archived_about", "TRUE when the assessment is archived in the database it came from")
LEVEL_ABOUT = _t("level_about", "national or local")
LINKED = _t("linked", "Linked questions")
LINKED_ABOUT = _t("linked_about", "the question codes the finding is linked to, separated by ';'")
CATEGORY_ABOUT = _t("category_about", "well_developed or potential (area with potential for further development)")
KIND_ABOUT = _t("kind_about", "law, regulation, policy, plan, agreement, report, website, interview or other")
URL_ABOUT = _t("url_about", "the address as typed, plain text (never a live link)")
D_YES = _t("d_yes", "D{domain} yes")
D_PARTIALLY = _t("d_partially", "D{domain} partially")
D_NO = _t("d_no", "D{domain} no")
D_COMPLETION = _t("d_completion", "D{domain} compl. %")
D_YES_ABOUT = _t("d_yes_about", "relevant questions of domain {domain} answered 'yes'")
D_PARTIALLY_ABOUT = _t("d_partially_about", "relevant questions of domain {domain} answered 'partially'")
D_NO_ABOUT = _t("d_no_about", "relevant questions of domain {domain} answered 'no'")
D_COMPLETION_ABOUT = _t("d_completion_about", "answered / relevant x 100 in domain {domain}; indicative, "
                        "not an official MGI score")
ALL_YES = _t("all_yes", "All yes")
ALL_PARTIALLY = _t("all_partially", "All partially")
ALL_NO = _t("all_no", "All no")
ALL_COMPLETION = _t("all_completion", "All compl. %")

# -- the sheets ---------------------------------------------------------------------------------

SHEET_LONG = _t("sheet_long", "Answers (long)")
SHEET_JUSTIFICATIONS = _t("sheet_justifications", "Justifications")
SHEET_EVIDENCE = _t("sheet_evidence", "Evidence")
SHEET_FINDINGS = _t("sheet_findings", "Findings")
SHEET_DOMAINS = _t("sheet_domains", "Domain summary")
SHEET_COUNTRIES = _t("sheet_countries", "Country summary")
SHEET_TOTALS = _t("sheet_totals", "Domain totals")
LONG_ABOUT = _t("long_about", "a row per assessment and question: the answer code and label, its review status")
JUSTIFICATIONS_ABOUT = _t("justifications_about", "a row per answer with a justification, its full text")
EVIDENCE_ABOUT = _t("evidence_about", "a row per evidence item: kind, title, reference, year, address")
FINDINGS_ABOUT = _t("findings_about", "a row per finding, by assessment and domain, well-developed first, in the "
                    "profile's order")
DOMAINS_ABOUT = _t("domains_about", "a row per assessment and domain (and one for all domains): counts of answers, "
                   "completion, findings; the CSV file leaves out the all-domains rows")
COUNTRIES_ABOUT = _t("countries_about", "a row per assessment, the domains across: counts of yes, partially and no "
                     "answers and the completion per domain")
TOTALS_ABOUT = _t("totals_about", "a row per domain: the answers of every assessment consolidated, added up")

# -- the assessment keys ------------------------------------------------------------------------

KEYS = (
    _f("assessment_id", Heading(L.ASSESSMENT_ID, 36, key=True, description=L.ID_ABOUT)),
    _f("country", Heading(L.COUNTRY, 8, description=_t("country_about", "ISO 3166-1 alpha-3"))),
    _f("country_name", Heading(L.COUNTRY_NAME, 14, wrap=True)),
    _f("official_name", Heading(OFFICIAL_NAME, 20, wrap=True, description=OFFICIAL_NAME_ABOUT)),
    _f("locality", Heading(L.LOCALITY, 12, wrap=True)),
    _f("level", Heading(L.LEVEL, 9, description=LEVEL_ABOUT), values=Level),
    _f("round", Heading(L.ROUND, 6), "integer"),
    _f("title", Heading(ASSESSMENT_TITLE, 22, wrap=True)),
)
STANDING = (
    _f("status", Heading(STATUS, 11, description=STATUS_ABOUT), values=AssessmentStatus),
    _f("archived", Heading(ARCHIVED, 9, description=ARCHIVED_ABOUT), "boolean"),
)
_VALIDATION_ABOUT = _t("validation_about", (
    "what the validation is worth, checked against the keys trusted by whoever consolidated: 'signed' only "
    "when a reviewer key they trust signed it, it is not the focal point's own key, the signature verifies "
    "and the answers are those it signed (the codes are listed below)"))
VALIDATION = _f("validation", Heading(L.VALIDATION, 14, description=_VALIDATION_ABOUT), values=ValidationMark)
FRAMEWORK = (_f("framework", Heading(L.FRAMEWORK, 14)), _f("framework_version", Heading(L.FRAMEWORK_VERSION, 10)))


@functools.cache
def official_name(code: str) -> str:
    """The country's official name (pycountry's, "Kyrgyz Republic"), else its common name."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "official_name", None) or getattr(country, "common_name", None) or country.name)


def keys(m: AssessmentMeta, language: str) -> list[Any]:
    return [m.id, m.country, L.country_in(m.country, language),
            m.profile_country_name or official_name(m.country), m.locality or "",
            str(m.level), m.round, m.title]


def standing(m: AssessmentMeta) -> list[Any]:
    return [str(m.status), m.archived]


# -- Answers (long) -------------------------------------------------------------------------------

ANSWERS = Table("answers", SHEET_LONG, LONG_ABOUT, (
    *KEYS, *STANDING, *FRAMEWORK,
    _f("domain", Heading(L.DOMAIN, 8), "integer"), _f("sub_area", Heading(L.SUB_AREA, 9)),
    _f("question_code", Heading(L.QUESTION_CODE, 10)), _f("question", Heading(L.QUESTION, 60, wrap=True)),
    _f("relevant", Heading(L.RELEVANT, 9), "boolean"), _f("answer_code", Heading(L.ANSWER_CODE, 14)),
    _f("answer_label", Heading(L.ANSWER_LABEL, 28, wrap=True)),
    _f("evidence_count", Heading(L.EVIDENCE_COUNT, 9), "integer"),
    _f("review_status", Heading(L.REVIEW_STATUS, 14), values=ReviewState), VALIDATION,
), primary_key=("assessment_id", "question_code"))


def answer_rows(data: AssessmentDataset, validation: Validation, language: str = "en") -> Iterator[list[Any]]:
    """A row per question of one assessment."""
    m = data.meta
    lead = [*keys(m, language), *standing(m), m.framework_id, m.framework_version]
    relevance = data.framework.relevance(data.values())
    source = data.framework.model.source_language
    for code, view in data.answers.items():
        p = data.framework.placements[code]
        yield [*lead, p.domain.number, p.sub_area.code, code, p.question.text.get(language, source),
               relevance.get(code, True), answer_code(view.value), data.answer_label(code, language),
               view.evidence_count, str(view.review_state), str(validation.mark)]


# -- Justifications ---------------------------------------------------------------------------------

JUSTIFICATIONS = Table("justifications", SHEET_JUSTIFICATIONS, JUSTIFICATIONS_ABOUT, (
    *KEYS, _f("domain", Heading(L.DOMAIN, 8), "integer"),
    _f("question_code", Heading(L.QUESTION_CODE, 10, key=True)), _f("answer_code", Heading(L.ANSWER_CODE, 14)),
    _f("justification", Heading(L.JUSTIFICATION, 80, wrap=True)),
), primary_key=("assessment_id", "question_code"))


def justification_rows(data: AssessmentDataset, language: str = "en") -> Iterator[list[Any]]:
    lead = keys(data.meta, language)
    for code, view in data.answers.items():
        if view.justification.strip():
            yield [*lead, data.framework.placements[code].domain.number, code, answer_code(view.value),
                   view.justification]


# -- Evidence -----------------------------------------------------------------------------------------

EVIDENCE = Table("evidence", SHEET_EVIDENCE, EVIDENCE_ABOUT, (
    *KEYS, _f("domain", Heading(L.DOMAIN, 8), "integer"),
    _f("question_code", Heading(L.QUESTION_CODE, 10, key=True)),
    _f("kind", Heading(L.KIND, 11, description=KIND_ABOUT), values=EvidenceKind),
    _f("evidence_title", Heading(L.TITLE, 40, wrap=True)),
    _f("reference", Heading(L.REFERENCE, 20, wrap=True)), _f("issuing_body", Heading(L.ISSUING_BODY, 20, wrap=True)),
    _f("year", Heading(L.YEAR, 6), "integer"), _f("date", Heading(L.DATE, 11, kind="date"), "date"),
    _f("url", Heading(L.URL, 30, wrap=True, description=URL_ABOUT)), _f("note", Heading(L.NOTE, 30, wrap=True)),
    _f("evidence_id", Heading(L.EVIDENCE_ID, 36, key=True)),
), primary_key=("evidence_id",))


def evidence_rows(data: AssessmentDataset, language: str = "en") -> Iterator[list[Any]]:
    lead = keys(data.meta, language)
    placements = data.framework.placements
    order = {code: n for n, code in enumerate(data.answers)}
    # in questionnaire order, then as added (the source gives them oldest first)
    for e in sorted(data.evidence, key=lambda e: order.get(e.question_code, len(order))):
        where = placements.get(e.question_code)
        yield [*lead, where.domain.number if where else None, e.question_code, str(e.kind), e.title, e.reference,
               e.issuing_body, e.year, e.date or "", e.url, e.note, e.id]


# -- Findings -------------------------------------------------------------------------------------------

FINDINGS = Table("findings", SHEET_FINDINGS, FINDINGS_ABOUT, (
    *KEYS, _f("domain", Heading(L.DOMAIN, 8), "integer"), _f("domain_title", Heading(L.DOMAIN_TITLE, 24, wrap=True)),
    _f("category", Heading(L.CATEGORY, 15, description=CATEGORY_ABOUT), values=FindingCategory),
    _f("position", Heading(L.POSITION, 8), "integer"), _f("finding", Heading(L.FINDING, 80, wrap=True)),
    _f("linked_questions", Heading(LINKED, 14, wrap=True, description=LINKED_ABOUT)),
    _f("drafted", Heading(L.DRAFTED, 8), "boolean"), _f("finding_id", Heading(L.FINDING_ID, 36, key=True)),
), primary_key=("finding_id",))


def finding_rows(data: AssessmentDataset, language: str = "en") -> Iterator[list[Any]]:
    lead = keys(data.meta, language)
    model = data.framework.model
    titles = {d.number: d.title.get(language, model.source_language) for d in model.domains}
    ordered = sorted(data.findings, key=lambda f: (f.domain_number, CATEGORY_ORDER.index(f.category), f.position))
    for f in ordered:
        yield [*lead, f.domain_number, titles.get(f.domain_number, ""), str(f.category), f.position + 1, f.text,
               ";".join(f.question_codes), f.drafted, f.id]


# -- Domain summary ---------------------------------------------------------------------------------------

_SUMMARY_NAMES = ("domain", "domain_title", "questions", "relevant", "answered", "yes", "partially", "no",
                  "dont_know", "not_applicable", "completion", "well_developed_findings", "potential_findings")
_SUMMARY_TYPES = {"domain_title": "string", "completion": "number"}
_SDG_NAMES = (("sdg_value", "number"), ("sdg_category", "integer"), ("sdg_category_label", "string"),
              ("sdg_official_value", "number"), ("sdg_official_category", "integer"),
              ("sdg_official_category_label", "string"))
assert len(_SUMMARY_NAMES) == len(SUMMARY_COLUMNS) and len(_SDG_NAMES) == len(SDG_COLUMNS)


def domains_table(sdg: bool) -> Table:
    summary = [Field(name, h, _SUMMARY_TYPES.get(name, "integer")) for name, h in zip(_SUMMARY_NAMES,
                                                                                       SUMMARY_COLUMNS, strict=True)]
    extra = [Field(name, h, kind) for (name, kind), h in zip(_SDG_NAMES, SDG_COLUMNS, strict=True)] if sdg else []
    return Table("domain_summary", SHEET_DOMAINS, DOMAINS_ABOUT,
                 (*KEYS, *STANDING, *FRAMEWORK, VALIDATION, *summary, *extra), primary_key=("assessment_id", "domain"))


def domain_rows(data: AssessmentDataset, sdg: bool, validation: Validation,
                language: str = "en") -> Iterator[tuple[bool, list[Any]]]:
    """A row per domain, then the all-domains row: (whether it is a domain's, the row)."""
    m = data.meta
    lead = [*keys(m, language), *standing(m), m.framework_id, m.framework_version, str(validation.mark)]
    rows = summary_rows(data, language)
    for n, row in enumerate(rows):
        if sdg and len(row) == len(SUMMARY_COLUMNS):
            row += [None, None, ""]
        yield n < len(rows) - 1, lead + row


# -- Country summary: the assessments down, the domains across -----------------------------------------------


def countries_table(domains: Sequence[int]) -> Table:
    per_domain = [f for n in domains for f in (
        _f(f"d{n}_yes", Heading(D_YES, 7, description=D_YES_ABOUT), "integer", domain=n),
        _f(f"d{n}_partially", Heading(D_PARTIALLY, 9, description=D_PARTIALLY_ABOUT), "integer", domain=n),
        _f(f"d{n}_no", Heading(D_NO, 7, description=D_NO_ABOUT), "integer", domain=n),
        _f(f"d{n}_completion", Heading(D_COMPLETION, 11, description=D_COMPLETION_ABOUT), "number", domain=n))]
    overall = [_f("all_yes", Heading(ALL_YES, 7), "integer"), _f("all_partially", Heading(ALL_PARTIALLY, 9), "integer"),
               _f("all_no", Heading(ALL_NO, 7), "integer"), _f("all_completion", Heading(ALL_COMPLETION, 11), "number")]
    return Table("country_summary", SHEET_COUNTRIES, COUNTRIES_ABOUT,
                 (*KEYS, *STANDING, VALIDATION, *per_domain, *overall), primary_key=("assessment_id",))


def country_row(data: AssessmentDataset, domains: Sequence[int], validation: Validation,
                tallies: dict[int, Tally], language: str = "en") -> list[Any]:
    """One assessment's row; its tallies are added to `tallies` (the domain totals)."""
    tally = data.progress()
    row = [*keys(data.meta, language), *standing(data.meta), str(validation.mark)]
    for n in domains:
        t = tally.domains.get(n)
        if t is None:  # a framework without this domain
            row += [None, None, None, None]
            continue
        row += [t.yes, t.partially, t.no, t.completion]
        tallies.setdefault(n, Tally()).add(t)
    o = tally.overall
    return [*row, o.yes, o.partially, o.no, o.completion]


# -- Domain totals (the chart's data) -----------------------------------------------------------------------------

TOTALS = Table("domain_totals", SHEET_TOTALS, TOTALS_ABOUT, (
    _f("domain", Heading(L.DOMAIN, 8), "integer"), _f("domain_title", Heading(L.DOMAIN_TITLE, 40, wrap=True)),
    _f("yes", Heading(L.BUILTIN_ANSWERS["yes"], 8), "integer"),
    _f("partially", Heading(L.BUILTIN_ANSWERS["partially"], 10), "integer"),
    _f("no", Heading(L.BUILTIN_ANSWERS["no"], 8), "integer"),
    _f("dont_know", Heading(L.BUILTIN_ANSWERS["dont_know"], 11), "integer"),
    _f("not_applicable", Heading(L.BUILTIN_ANSWERS["not_applicable"], 14), "integer"),
    _f("answered", Heading(L.ANSWERED, 10), "integer"), _f("relevant", Heading(L.RELEVANT, 10), "integer"),
    _f("completion", Heading(L.COMPLETION, 22), "number"),
), primary_key=("domain",), csv=False)


@dataclass
class DomainTotals:
    """The answers of every assessment written, added up per domain (a few numbers: memory stays flat)."""

    titles: dict[int, str] = field(default_factory=dict)
    tallies: dict[int, Tally] = field(default_factory=dict)

    def rows(self) -> list[list[Any]]:
        return [[n, self.titles.get(n, ""), t.yes, t.partially, t.no, t.dont_know, t.not_applicable, t.answered,
                 t.relevant, t.completion] for n, t in sorted(self.tallies.items())]


#: a chart of the assessments, one bar each, only up to this many (beyond, bars are too thin to read)
CHART_MAX_ASSESSMENTS = 60
COUNTRY_CHART_TITLE = _t("country_chart_title", "Answers per assessment, all domains")


def add_charts(book: Book, countries: SafeSheet, country_rows: Sequence[Sequence[Any]], totals: SafeSheet,
               total_rows: Sequence[Sequence[Any]], language: str) -> None:
    """The charts, in the answers' fixed colours (`xlsx_safe.answer_chart`): per domain on the totals
    sheet (every assessment added up), per assessment on the country summary when there are at most
    `CHART_MAX_ASSESSMENTS` (`country_rows`: the rows written, kept only while there are that few)."""
    if total_rows:
        answer_chart(book, totals, rows=total_rows, first_row=1, category_column=1,
                     series_columns={code: 2 + n for n, code in
                                     enumerate(("yes", "partially", "no", "dont_know", "not_applicable"))},
                     title=wording.text(CHART_TITLE, language), y_title=wording.text(L.QUESTIONS, language),
                     anchor=(len(total_rows) + 2, 1))
    if 1 <= len(country_rows) <= CHART_MAX_ASSESSMENTS and countries.rows == len(country_rows) + 1:
        first_overall = len(countries.columns) - 4  # all_yes, all_partially, all_no, all_completion
        answer_chart(book, countries, rows=country_rows, first_row=1, category_column=7,  # the title
                     series_columns={"yes": first_overall, "partially": first_overall + 1, "no": first_overall + 2},
                     title=wording.text(COUNTRY_CHART_TITLE, language),
                     y_title=wording.text(L.QUESTIONS, language), anchor=(len(country_rows) + 2, 1),
                     size=(760, 120 + 22 * len(country_rows)), horizontal=True)


def domain_titles(frameworks: Sequence[Any], language: str) -> dict[int, str]:
    """Each domain number's title, from the first framework that has it."""
    titles: dict[int, str] = {}
    for framework in frameworks:
        model = framework.model
        for d in model.domains:
            titles.setdefault(d.number, d.title.get(language, model.source_language))
    return titles


#: the tables written as CSV files, in the data package's order (the domain summary's depends on SDG)
def csv_tables(sdg: bool, domains: Sequence[int]) -> list[Table]:
    return [countries_table(domains), ANSWERS, JUSTIFICATIONS, EVIDENCE, FINDINGS, domains_table(sdg)]

