"""One workbook from many assessments: a long table, a wide matrix, a summary
per domain, the list of inputs and the duplicates found.

It works in two passes so memory stays flat however many assessments go in:
the first reads only each assessment's id and revision from every input (to
keep, of an assessment found twice, its latest revision); the second writes
the kept assessments one at a time into sheets streamed to disk (`xlsx_safe`).

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
from mgi_desktop.export import labels as L
from mgi_desktop.export.dataset import AssessmentDataset, answer_code
from mgi_desktop.export.labels import Heading
from mgi_desktop.export.sources import Source, Stub, open_source
from mgi_desktop.export.summary_xlsx import SDG_COLUMNS, SUMMARY_COLUMNS, summary_rows
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, check_target, discard, new_workbook, save
from mgi_desktop.messages import Template
from mgi_desktop.progress import Progress, step
from mgi_desktop.services.validation import TRUST_UNKNOWN, Trust, Validation
from mgi_desktop.services.views import AssessmentMeta

NOTHING = Template("consolidate.nothing", "nothing to consolidate: give one or more databases")
TOO_MANY_COLUMNS = Template("consolidate.too_many_columns",
                            "the questionnaires have {n} questions in all, more than one Excel sheet has columns "
                            "for; consolidate fewer frameworks at once")

# -- the workbook ------------------------------------------------------------------------


def _t(name: str, text: str) -> Template:
    return Template(f"export.consolidate.{name}", text)


SHEET_LONG = _t("sheet_long", "Answers (long)")
SHEET_MATRIX = _t("sheet_matrix", "Matrix (wide)")
SHEET_DOMAINS = _t("sheet_domains", "Domain summary")
SHEET_INPUTS = _t("sheet_inputs", "Inputs")
SHEET_DUPLICATES = _t("sheet_duplicates", "Duplicates")
COUNTRY_ABOUT = _t("country_about", "ISO 3166-1 alpha-3")
VALIDATION_ABOUT = _t("validation_about", (
    "what the validation is worth, checked against the keys trusted by whoever consolidated: 'signed' only "
    "when a reviewer key they trust signed it, it is not the focal point's own key, the signature verifies "
    "and the answers are those it signed (the codes are listed below)"))
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
VALIDATIONS = _t("validations", "Validations")
COLUMN_LINE = _t("column_line", "Column: {header}")
VALIDATION_LINE = _t("validation_line", "Validation: {mark}")

_ID = Heading(L.ASSESSMENT_ID, 36, key=True, description=L.ID_ABOUT)
_PLACE = [Heading(L.COUNTRY, 9, description=COUNTRY_ABOUT), Heading(L.COUNTRY_NAME, 18),
          Heading(L.LOCALITY, 16), Heading(L.LEVEL, 9), Heading(L.ROUND, 7)]
_FRAMEWORK = [Heading(L.FRAMEWORK, 14), Heading(L.FRAMEWORK_VERSION, 10)]
_VALIDATION = Heading(L.VALIDATION, 14, description=VALIDATION_ABOUT)
_VALIDATION_DETAILS = Heading(VALIDATION_DETAILS, 60, wrap=True, description=VALIDATION_DETAILS_ABOUT)
_VALIDATION_KEY = Heading(VALIDATION_KEY, 20, description=VALIDATION_KEY_ABOUT)

LONG_COLUMNS = [
    _ID, *_PLACE, *_FRAMEWORK, Heading(L.DOMAIN, 8), Heading(L.SUB_AREA, 9), Heading(L.QUESTION_CODE, 10),
    Heading(L.QUESTION, 60), Heading(L.RELEVANT, 9), Heading(L.ANSWER_CODE, 14), Heading(L.ANSWER_LABEL, 28),
    Heading(L.EVIDENCE_COUNT, 9), Heading(L.REVIEW_STATUS, 14), _VALIDATION,
]
MATRIX_LEAD = [_ID, *_PLACE, *_FRAMEWORK, _VALIDATION, _VALIDATION_DETAILS, _VALIDATION_KEY]
DOMAIN_LEAD = [_ID, Heading(L.COUNTRY, 9), Heading(L.LOCALITY, 16), Heading(L.ROUND, 7), *_FRAMEWORK, _VALIDATION]
INPUT_COLUMNS = [Heading(INPUT, 60), Heading(L.KIND, 10), Heading(FOUND, 12), Heading(USED, 12),
                 Heading(NOT_USED, 12), Heading(WARNINGS, 12, description=WARNINGS_ABOUT)]
DUPLICATE_COLUMNS = [_ID, Heading(L.TITLE, 40), Heading(KEPT_FROM, 50), Heading(KEPT_REVISION, 10),
                     Heading(NOT_USED_FROM, 50), Heading(NOT_USED_REVISION, 10)]


def _place(m: AssessmentMeta, language: str) -> list[Any]:
    return [m.country, L.country_in(m.country, language), m.locality or "", m.level, m.round]


def long_rows(data: AssessmentDataset, validation: Validation, language: str = "en") -> Iterator[list[Any]]:
    """A row per question of one assessment (the long table)."""
    m = data.meta
    lead = [m.id, *_place(m, language), m.framework_id, m.framework_version]
    relevance = data.framework.relevance(data.values())
    source = data.framework.model.source_language
    for code, view in data.answers.items():
        p = data.framework.placements[code]
        yield [*lead, p.domain.number, p.sub_area.code, code, p.question.text.get(language, source),
               relevance.get(code, True), answer_code(view.value), data.answer_label(code, language),
               view.evidence_count, view.review_state, validation.mark]


def matrix_row(data: AssessmentDataset, codes: Sequence[str], validation: Validation,
               language: str = "en") -> list[Any]:
    m = data.meta
    return [m.id, *_place(m, language), m.framework_id, m.framework_version, validation.mark,
            wording.translate(validation.message, language), validation.signer,
            *(answer_code(data.answers[c].value) if c in data.answers else None for c in codes)]


def domain_rows(data: AssessmentDataset, sdg: bool, validation: Validation,
                language: str = "en") -> Iterator[list[Any]]:
    m = data.meta
    lead = [m.id, m.country, m.locality or "", m.round, m.framework_id, m.framework_version, validation.mark]
    for row in summary_rows(data, language):
        if sdg and len(row) == len(SUMMARY_COLUMNS):
            row += [None, None, ""]
        yield lead + row


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


@dataclass
class ConsolidationReport:
    target: Path
    inputs: list[InputReport] = field(default_factory=list)
    assessments: int = 0
    answer_rows: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    #: each assessment's validation as marked, by id
    validations: dict[str, Validation] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.target), "assessments": self.assessments, "answer_rows": self.answer_rows,
                "inputs": [vars(i) for i in self.inputs], "duplicates": [vars(d) for d in self.duplicates],
                "validations": {aid: v.as_dict() for aid, v in self.validations.items()}}


def consolidate(inputs: Iterable[Path | Source], target: Path, *, now: dt.datetime | None = None,
                trust: Trust | None = None, progress: Progress | None = None,
                language: str = "en") -> ConsolidationReport:
    """Write the consolidated workbook of every assessment in `inputs` to `target`.

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
        return _write(sources, Path(target), now, trust, progress, language)
    finally:
        for source in sources:
            try:
                source.close()
            except StorageError:
                pass


def _write(sources: list[Source], target: Path, now: dt.datetime | None, trust: Trust | None,
           progress: Progress | None = None, language: str = "en") -> ConsolidationReport:
    report = ConsolidationReport(target)
    # pass 1: which copy of each assessment to keep
    best: dict[str, tuple[int, Stub]] = {}
    shas: dict[str, int] = {}
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
    for index, stub in best.values():
        chosen[index].add(stub.id)
        shas.setdefault(stub.questionnaire_sha256, index)
        report.inputs[index].used += 1
    # the matrix's columns: every question of every framework used, in first-seen order
    codes: dict[str, None] = {}
    any_sdg = False
    for sha, index in shas.items():
        framework = sources[index].framework(sha)
        any_sdg = any_sdg or framework.model.scoring == "sdg-10-7-2"
        codes.update(dict.fromkeys(framework.placements))
    code_list = list(codes)
    if len(MATRIX_LEAD) + len(code_list) > 16_384:
        raise MgiError(TOO_MANY_COLUMNS(target, n=len(code_list)))

    exported = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
    book = new_workbook(language)
    used: set[str] = set()
    rtl = wording.is_rtl(language)

    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    def sheet(title: Template, headings: Sequence[Column]) -> SafeSheet:
        return SafeSheet(book, t(title), headings, used, right_to_left=rtl)

    about = sheet(L.SHEET_ABOUT, L.columns([Heading(L.ITEM, 24), Heading(L.VALUE, 70, wrap=True)], language))
    long = sheet(SHEET_LONG, L.columns(LONG_COLUMNS, language))
    matrix = sheet(SHEET_MATRIX, [*L.columns(MATRIX_LEAD, language), *(Column(c, 10) for c in code_list)])
    domain_columns = [*DOMAIN_LEAD, *SUMMARY_COLUMNS, *(SDG_COLUMNS if any_sdg else [])]
    domains = sheet(SHEET_DOMAINS, L.columns(domain_columns, language))
    inputs_sheet = sheet(SHEET_INPUTS, L.columns(INPUT_COLUMNS, language))
    duplicates = sheet(SHEET_DUPLICATES, L.columns(DUPLICATE_COLUMNS, language))

    sheets = [about, long, matrix, domains, inputs_sheet, duplicates]
    try:
        # pass 2: stream the kept assessments
        for source, ids, item in zip(sources, chosen, report.inputs, strict=True):
            if not ids:
                continue
            for data in source.datasets(ids):
                step(progress, report.assessments, len(best))
                validation = data.validation(trust)  # once per assessment: every sheet shows the same mark
                report.validations[data.meta.id] = validation
                item.warnings += validation.warning
                for row in long_rows(data, validation, language):
                    long.append(row)
                    report.answer_rows += 1
                matrix.append(matrix_row(data, code_list, validation, language))
                for row in domain_rows(data, any_sdg, validation, language):
                    domains.append(row)
                report.assessments += 1

        for item in report.inputs:
            inputs_sheet.append([item.label, item.kind, item.found, item.used, item.duplicates, item.warnings])
        for d in report.duplicates:
            duplicates.append([d.id, d.title, d.kept_from, d.kept_revision, d.skipped_from, d.skipped_revision])
        for name, value in [
            (t(L.EXPORTED), exported), (t(L.EXPORTED_WITH), f"MGI Desktop {__version__}"),
            (t(SHEET_INPUTS), len(sources)), (t(ASSESSMENTS), report.assessments), (t(ANSWER_ROWS), report.answer_rows),
            (t(NOT_USED), len(report.duplicates)), (t(SHEET_DUPLICATES), t(DUPLICATES_ABOUT)),
            (t(PERCENTAGES), t(PERCENTAGES_ABOUT)), (t(SHEET_MATRIX), t(MATRIX_ABOUT)),
            (t(VALIDATIONS), wording.translate(trust.message if trust is not None else TRUST_UNKNOWN(), language)),
            (t(WARNINGS), sum(item.warnings for item in report.inputs)), (t(L.LANGUAGE), language),
        ]:
            about.append([name, value])
        about.append([])
        described: set[str] = set()
        for each in (long, matrix, domains, inputs_sheet):
            for column in each.columns:
                if column.description and column.header not in described:
                    described.add(column.header)
                    about.append([t(COLUMN_LINE, header=column.header), column.description])
        for mark in ValidationMark:
            about.append([t(VALIDATION_LINE, mark=mark.value), wording.label(mark, language)])
        step(progress, report.assessments, len(best))  # the last moment to stop: the file is not touched yet
        save(book, target, sheets)
    except BaseException:
        discard(sheets)  # an input failed part way: leave no temporary files behind
        raise
    return report
