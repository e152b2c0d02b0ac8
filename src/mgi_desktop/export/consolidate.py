"""One workbook from many assessments, for analysts: an About sheet (inputs, filters, what each
sheet holds), a summary per country (the domains across) and per domain (added up, for the chart),
the long tables (answers, justifications, evidence, findings: one row per item, with the assessment
keys), a wide matrix, a summary per assessment and domain, the inputs and the duplicates found.
The sheets' columns and rows are declared in `consolidate_sheets`, once for the workbook and for
the CSV files with their data package (`consolidate_csv`), written alongside on request.

It works in two passes so memory stays flat however many assessments go in:
the first reads only each assessment's id, revision, status and archived flag
from every input (to keep, of an assessment found twice, its latest revision,
and then to apply the filters, `consolidate_filters`, to that copy); the
second streams the kept assessments one at a time into every sheet.

Inputs are `export.sources.Source`s: database files and exchange packages
(`open_source` tells them apart), or datasets already built.

Each assessment's validation is marked (`services.validation.judge`) against
the keys trusted by the person consolidating (`trust`, from their own
database): a "validated" status that no trusted reviewer key signed, or
whose answers changed since, cannot pass as validated in the workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mgi_desktop import __version__, wording
from mgi_desktop.enums import ValidationMark
from mgi_desktop.errors import MgiError, StorageError
from mgi_desktop.export import consolidate_sheets as S
from mgi_desktop.export import labels as L
from mgi_desktop.export.consolidate_csv import CsvFolder
from mgi_desktop.export.consolidate_filters import Excluded, Filters
from mgi_desktop.export.dataset import AssessmentDataset, answer_code
from mgi_desktop.export.labels import Heading
from mgi_desktop.export.sources import Source, Stub, open_source
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, check_target, discard, new_workbook, save
from mgi_desktop.messages import Template
from mgi_desktop.progress import Progress, step
from mgi_desktop.services.validation import TRUST_UNKNOWN, Trust, Validation

NOTHING = Template("consolidate.nothing", "nothing to consolidate: give one or more databases")
TOO_MANY_COLUMNS = Template("consolidate.too_many_columns",
                            "the questionnaires have {n} questions in all, more than one Excel sheet has columns "
                            "for; consolidate fewer frameworks at once")

# -- the workbook ------------------------------------------------------------------------


def _t(name: str, text: str) -> Template:
    return Template(f"export.consolidate.{name}", text)


SHEET_MATRIX = _t("sheet_matrix", "Matrix (wide)")
SHEET_INPUTS = _t("sheet_inputs", "Inputs")
SHEET_DUPLICATES = _t("sheet_duplicates", "Duplicates")
VALIDATION_DETAILS = _t("validation_details", "Validation details")
VALIDATION_DETAILS_ABOUT = _t("validation_details_about",
                              "the validation's standing in words, naming the key's holder or the key")
VALIDATION_KEY = _t("validation_key", "Validation key")
VALIDATION_KEY_ABOUT = _t("validation_key_about", (
    "the fingerprint of the key that signed the validation (64 hex digits; people compare the first 20)"))
INPUT = _t("input", "Input")
FOUND = _t("found", "Assessments found")
USED = _t("used", "Assessments used")
NOT_USED = _t("not_used", "Duplicates not used")
EXCLUDED = _t("excluded", "Excluded by the filters")
WARNINGS = _t("warnings", "Validation warnings")
WARNINGS_ABOUT = _t("warnings_about", (
    "assessments used from this input that claim a validation not backed as 'signed' (see the Validation column)"))
KEPT_FROM = _t("kept_from", "Kept from")
KEPT_REVISION = _t("kept_revision", "Kept revision")
NOT_USED_FROM = _t("not_used_from", "Not used from")
NOT_USED_REVISION = _t("not_used_revision", "Not used revision")
ASSESSMENTS = _t("assessments", "Assessments")
ANSWER_ROWS = _t("answer_rows", "Answer rows")
DUPLICATES_ABOUT = _t("duplicates_about", (
    "an assessment found in several inputs (same id) is counted once: the copy with the latest revision is "
    "used, the others are listed in the Duplicates sheet"))
PERCENTAGES = _t("percentages", "Percentages")
PERCENTAGES_ABOUT = _t("percentages_about",
                       "completion percentages are an indicative completion measure, not an official MGI score")
MATRIX_ABOUT = _t("matrix_about", "a row per assessment, a column per question code; cells hold the answer codes")
INPUTS_ABOUT = _t("inputs_about", "a row per input file: assessments found, used, left out as duplicates or by the "
                  "filters")
ABOUT_ABOUT = _t("about_about", "this sheet: the inputs, the filters, what each sheet holds, what the columns mean")
VALIDATIONS = _t("validations", "Validations")
COLUMN_LINE = _t("column_line", "Column: {header}")
VALIDATION_LINE = _t("validation_line", "Validation: {mark}")
SHEET_LINE = _t("sheet_line", "Sheet: {sheet}")
DOMAIN_LINE = _t("domain_line", "D{domain}")
FILTER_STATUSES = _t("filter_statuses", "Filter: statuses included")
FILTER_ARCHIVED = _t("filter_archived", "Filter: archived assessments")
ARCHIVED_INCLUDED = _t("archived_included", "included")
ARCHIVED_EXCLUDED = _t("archived_excluded", "excluded")
EXCLUDED_BY_STATUS = _t("excluded_by_status", "Excluded by status")
EXCLUDED_AS_ARCHIVED = _t("excluded_as_archived", "Excluded as archived")
EXCLUDED_ABOUT = _t("excluded_about", (
    "each filter's count is what it leaves out on its own (an archived draft counts under both); the total counts "
    "each assessment once, after duplicates are set aside"))
CSV_FILES = _t("csv_files", "CSV files")

_V = S.VALIDATION.heading
_VALIDATION_DETAILS = Heading(VALIDATION_DETAILS, 60, wrap=True, description=VALIDATION_DETAILS_ABOUT)
_VALIDATION_KEY = Heading(VALIDATION_KEY, 20, description=VALIDATION_KEY_ABOUT)
_LEAD = [f.heading for f in (*S.KEYS, *S.STANDING, *S.FRAMEWORK)]

#: the Answers (long) sheet's columns (`consolidate_sheets.ANSWERS`)
LONG_COLUMNS = [f.heading for f in S.ANSWERS.fields]
MATRIX_LEAD = [*_LEAD, _V, _VALIDATION_DETAILS, _VALIDATION_KEY]
DOMAIN_LEAD = [*_LEAD, _V]
INPUT_COLUMNS = [Heading(INPUT, 60, wrap=True), Heading(L.KIND, 10), Heading(FOUND, 12), Heading(USED, 12),
                 Heading(NOT_USED, 12), Heading(EXCLUDED, 12), Heading(WARNINGS, 12, description=WARNINGS_ABOUT)]
DUPLICATE_COLUMNS = [S.KEYS[0].heading, Heading(L.TITLE, 40, wrap=True), Heading(KEPT_FROM, 50, wrap=True),
                     Heading(KEPT_REVISION, 10), Heading(NOT_USED_FROM, 50, wrap=True), Heading(NOT_USED_REVISION, 10)]


def long_rows(data: AssessmentDataset, validation: Validation, language: str = "en") -> Iterator[list[Any]]:
    """A row per question of one assessment (the long table)."""
    return S.answer_rows(data, validation, language)


def matrix_row(data: AssessmentDataset, codes: Sequence[str], validation: Validation,
               language: str = "en") -> list[Any]:
    m = data.meta
    return [*S.keys(m, language), *S.standing(m), m.framework_id, m.framework_version, str(validation.mark),
            wording.translate(validation.message, language), validation.signer,
            *(answer_code(data.answers[c].value) if c in data.answers else None for c in codes)]


def domain_rows(data: AssessmentDataset, sdg: bool, validation: Validation,
                language: str = "en") -> Iterator[list[Any]]:
    return (row for _, row in S.domain_rows(data, sdg, validation, language))


@dataclass
class Duplicate:
    id: str
    title: str
    kept_from: str
    kept_revision: int
    skipped_from: str
    skipped_revision: int


@dataclass
class InputReport:
    label: str
    kind: str
    found: int = 0
    used: int = 0
    duplicates: int = 0
    warnings: int = 0  # assessments used whose validation is not backed (`Validation.warning`)
    excluded: int = 0  # kept copies (not duplicates) that the filters left out


@dataclass
class ConsolidationReport:
    target: Path
    inputs: list[InputReport] = field(default_factory=list)
    assessments: int = 0
    answer_rows: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    #: each assessment's validation as marked, by id
    validations: dict[str, Validation] = field(default_factory=dict)
    filters: Filters = field(default_factory=Filters)
    excluded: Excluded = field(default_factory=Excluded)
    csv_folder: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.target), "assessments": self.assessments, "answer_rows": self.answer_rows,
                "inputs": [vars(i) for i in self.inputs], "duplicates": [vars(d) for d in self.duplicates],
                "validations": {aid: v.as_dict() for aid, v in self.validations.items()},
                "filters": {"statuses": [str(s) for s in self.filters.ordered_statuses()],
                            "include_archived": self.filters.include_archived},
                "excluded": vars(self.excluded),
                "csv_folder": str(self.csv_folder) if self.csv_folder is not None else None}


def consolidate(inputs: Iterable[Path | Source], target: Path, *, filters: Filters | None = None,
                csv_folder: Path | None = None, now: dt.datetime | None = None, trust: Trust | None = None,
                progress: Progress | None = None, language: str = "en") -> ConsolidationReport:
    """Write the consolidated workbook of the assessments in `inputs` that pass `filters` to `target`.

    `filters` (`consolidate_filters.Filters`; by default validated and approved assessments, archived ones
    left out) choose the assessments; the About sheet says which were used and how many each left out.
    With `csv_folder`, the long tables also go there as CSV files with a data package (`consolidate_csv`);
    the workbook and the folder are both written only once every assessment is read.
    `trust` is the consolidating user's (`validation.trust_of` their own database); without it the
    workbook says that the validations' signers were not checked.  `progress` hears of each
    assessment and may stop the work before the next (`Cancelled`: no workbook is written).  The
    workbook's sheet names, headers and notes are in `language`, and so are the questionnaires' texts."""
    check_target(target)
    sources: list[Source] = []
    try:
        for item in inputs:
            sources.append(item if not isinstance(item, (str, Path)) else open_source(Path(item)))
        if not sources:
            raise MgiError(NOTHING())
        return _write(sources, Path(target), now, trust, progress, language, filters or Filters(),
                      Path(csv_folder) if csv_folder is not None else None)
    finally:
        for source in sources:
            try:
                source.close()
            except StorageError:
                pass


def _choose(sources: list[Source], report: ConsolidationReport) -> tuple[list[set[str]], dict[str, int]]:
    """Pass 1: of each assessment the copy to keep (its latest revision), then the filters on the kept copies.

    Returns the ids to read from each source and, per questionnaire used, the source that has it."""
    best: dict[str, tuple[int, Stub]] = {}
    for index, source in enumerate(sources):
        stubs = source.stubs()
        report.inputs.append(InputReport(source.label, source.kind, found=len(stubs)))
        for stub in stubs:
            held = best.get(stub.id)
            if held is None:
                best[stub.id] = (index, stub)
                continue
            held_index, held_stub = held
            newer = (stub.revision, stub.updated_at) > (held_stub.revision, held_stub.updated_at)
            keep, drop = ((index, stub), (held_index, held_stub)) if newer else (held, (index, stub))
            best[stub.id] = keep
            report.duplicates.append(Duplicate(stub.id, keep[1].title, sources[keep[0]].label, keep[1].revision,
                                               sources[drop[0]].label, drop[1].revision))
            report.inputs[drop[0]].duplicates += 1
    chosen: list[set[str]] = [set() for _ in sources]
    shas: dict[str, int] = {}
    for index, stub in best.values():
        if report.excluded.count(report.filters, stub.status, stub.archived):
            report.inputs[index].excluded += 1
            continue
        chosen[index].add(stub.id)
        shas.setdefault(stub.questionnaire_sha256, index)
        report.inputs[index].used += 1
    return chosen, shas


def _write(sources: list[Source], target: Path, now: dt.datetime | None, trust: Trust | None,
           progress: Progress | None, language: str, filters: Filters,
           csv_folder: Path | None) -> ConsolidationReport:
    report = ConsolidationReport(target, filters=filters, csv_folder=csv_folder)
    chosen, shas = _choose(sources, report)
    total = sum(len(ids) for ids in chosen)
    # the matrix's columns: every question of every framework used, in first-seen order
    codes: dict[str, None] = {}
    frameworks = [sources[index].framework(sha) for sha, index in shas.items()]
    any_sdg = any(framework.model.scoring == "sdg-10-7-2" for framework in frameworks)
    for framework in frameworks:
        codes.update(dict.fromkeys(framework.placements))
    code_list = list(codes)
    if len(MATRIX_LEAD) + len(code_list) > 16_384:
        raise MgiError(TOO_MANY_COLUMNS(target, n=len(code_list)))
    totals = S.DomainTotals(S.domain_titles(frameworks, language))
    domain_numbers = sorted(totals.titles)

    exported = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
    # the CSV folder first: a target it refuses (a folder of other files) stops the work before any sheet exists
    csv = CsvFolder(csv_folder, S.csv_tables(any_sdg, domain_numbers), language) if csv_folder else None
    book = new_workbook(language)
    charted: list[list[Any]] = []
    used: set[str] = set()
    rtl = wording.is_rtl(language)

    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    def sheet(title: Template, headings: Sequence[Column]) -> SafeSheet:
        return SafeSheet(book, t(title), headings, used, right_to_left=rtl)

    countries_table, domains_table = S.countries_table(domain_numbers), S.domains_table(any_sdg)
    tables = [countries_table, S.TOTALS, S.ANSWERS, S.JUSTIFICATIONS, S.EVIDENCE, S.FINDINGS]
    about = sheet(L.SHEET_ABOUT, L.columns([Heading(L.ITEM, 28, wrap=True), Heading(L.VALUE, 80, wrap=True)],
                                           language))
    countries, totals_sheet, long, justifications, evidence, findings = (
        sheet(table.sheet, table.columns(language)) for table in tables)
    matrix = sheet(SHEET_MATRIX, [*L.columns(MATRIX_LEAD, language), *(Column(c, 10) for c in code_list)])
    domains = sheet(S.SHEET_DOMAINS, domains_table.columns(language))
    inputs_sheet = sheet(SHEET_INPUTS, L.columns(INPUT_COLUMNS, language))
    duplicates = sheet(SHEET_DUPLICATES, L.columns(DUPLICATE_COLUMNS, language))

    sheets = [about, countries, totals_sheet, long, justifications, evidence, findings, matrix, domains,
              inputs_sheet, duplicates]
    described = [(countries, countries_table.about), (totals_sheet, S.TOTALS_ABOUT), (long, S.LONG_ABOUT),
                 (justifications, S.JUSTIFICATIONS_ABOUT), (evidence, S.EVIDENCE_ABOUT),
                 (findings, S.FINDINGS_ABOUT), (matrix, MATRIX_ABOUT), (domains, S.DOMAINS_ABOUT),
                 (inputs_sheet, INPUTS_ABOUT), (duplicates, DUPLICATES_ABOUT), (about, ABOUT_ABOUT)]
    try:
        # pass 2: stream the kept assessments, each to every sheet (and CSV file), then let it go
        for source, ids, item in zip(sources, chosen, report.inputs, strict=True):
            if not ids:
                continue
            for data in source.datasets(ids):
                step(progress, report.assessments, total)
                validation = data.validation(trust)  # once per assessment: every sheet shows the same mark
                report.validations[data.meta.id] = validation
                item.warnings += validation.warning
                row = S.country_row(data, domain_numbers, validation, totals.tallies, language)
                countries.append(row)
                if len(charted) <= S.CHART_MAX_ASSESSMENTS:  # a few rows for the chart; beyond, none
                    charted.append(row)
                if csv:
                    csv.write(countries_table.name, row)
                for target_sheet, name, rows in (
                        (long, S.ANSWERS.name, S.answer_rows(data, validation, language)),
                        (justifications, S.JUSTIFICATIONS.name, S.justification_rows(data, language)),
                        (evidence, S.EVIDENCE.name, S.evidence_rows(data, language)),
                        (findings, S.FINDINGS.name, S.finding_rows(data, language))):
                    for row in rows:
                        target_sheet.append(row)
                        if csv:
                            csv.write(name, row)
                        if target_sheet is long:
                            report.answer_rows += 1
                matrix.append(matrix_row(data, code_list, validation, language))
                for per_domain, row in S.domain_rows(data, any_sdg, validation, language):
                    domains.append(row)
                    if csv and per_domain:  # the all-domains rows are sums: the CSV keeps one row per domain
                        csv.write(domains_table.name, row)
                report.assessments += 1

        total_rows = totals.rows()
        totals_sheet.extend(total_rows)
        S.add_charts(book, countries, charted, totals_sheet, total_rows, language)
        for item in report.inputs:
            inputs_sheet.append([item.label, item.kind, item.found, item.used, item.duplicates, item.excluded,
                                 item.warnings])
        for d in report.duplicates:
            duplicates.append([d.id, d.title, d.kept_from, d.kept_revision, d.skipped_from, d.skipped_revision])
        about.extend(_about_rows(report, sources, exported, trust, language, totals.titles,
                                 [(each.title, t(what)) for each, what in described]))
        about.append([])
        seen: set[str] = set()
        for each in (countries, long, justifications, evidence, findings, matrix, domains, inputs_sheet):
            for column in each.columns:
                if column.description and column.header not in seen:
                    seen.add(column.header)
                    about.append([t(COLUMN_LINE, header=column.header), column.description])
        for mark in ValidationMark:
            about.append([t(VALIDATION_LINE, mark=mark.value), wording.label(mark, language)])
        step(progress, report.assessments, total)  # the last moment to stop: the files are not touched yet
        save(book, target, sheets)
        if csv:
            csv.commit(exported.replace(tzinfo=dt.UTC))
    except BaseException:
        discard(sheets, book)  # an input failed part way: leave no temporary files behind
        if csv:
            csv.discard()
        raise
    return report


def _about_rows(report: ConsolidationReport, sources: Sequence[Source], exported: dt.datetime, trust: Trust | None,
                language: str, titles: dict[int, str], sheets: Sequence[tuple[str, str]]) -> list[list[Any]]:
    """The About sheet's first part: when and how it was made, from what, with which filters, and its sheets."""
    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    filters, excluded = report.filters, report.excluded
    rows: list[list[Any]] = [
        [t(L.EXPORTED), exported], [t(L.EXPORTED_WITH), f"MGI Desktop {__version__}"], [t(L.LANGUAGE), language]]
    rows += [[t(INPUT), f"{source.label} ({source.kind})"] for source in sources]
    rows += [
        [t(FILTER_STATUSES), ", ".join(str(s) for s in filters.ordered_statuses())],
        [t(FILTER_ARCHIVED), t(ARCHIVED_INCLUDED if filters.include_archived else ARCHIVED_EXCLUDED)],
        [t(EXCLUDED_BY_STATUS), excluded.status], [t(EXCLUDED_AS_ARCHIVED), excluded.archived],
        [t(EXCLUDED), excluded.total], ["", t(EXCLUDED_ABOUT)],
        [t(ASSESSMENTS), report.assessments], [t(ANSWER_ROWS), report.answer_rows],
        [t(NOT_USED), len(report.duplicates)], [t(SHEET_DUPLICATES), t(DUPLICATES_ABOUT)],
        [t(VALIDATIONS), wording.translate(trust.message if trust is not None else TRUST_UNKNOWN(), language)],
        [t(WARNINGS), sum(item.warnings for item in report.inputs)],
        [t(PERCENTAGES), t(PERCENTAGES_ABOUT)],
    ]
    if report.csv_folder is not None:
        rows.append([t(CSV_FILES), str(report.csv_folder)])
    rows += [[t(SHEET_LINE, sheet=title), what] for title, what in sheets]
    rows += [[t(DOMAIN_LINE, domain=n), title] for n, title in sorted(titles.items())]
    return rows
