"""One workbook from many assessments: a long table, a wide matrix, a summary
per domain, the list of inputs and the duplicates found.

It works in two passes so memory stays flat however many assessments go in:
the first reads only each assessment's id and revision from every input (to
keep, of an assessment found twice, its latest revision); the second streams
the kept assessments one at a time into openpyxl's write-only sheets.

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

from mgi_desktop import __version__, enums
from mgi_desktop.enums import ValidationMark
from mgi_desktop.errors import MgiError, StorageError
from mgi_desktop.export.dataset import AssessmentDataset, answer_code
from mgi_desktop.export.sources import Source, Stub, open_source
from mgi_desktop.export.summary_xlsx import SDG_COLUMNS, SUMMARY_COLUMNS, summary_rows
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, check_target, discard, new_workbook, save
from mgi_desktop.messages import Template, english
from mgi_desktop.progress import Progress, step
from mgi_desktop.scoring import INDICATIVE_LABEL
from mgi_desktop.services.validation import TRUST_UNKNOWN, Trust, Validation
from mgi_desktop.services.views import AssessmentMeta

NOTHING = Template("consolidate.nothing", "nothing to consolidate: give one or more databases")
TOO_MANY_COLUMNS = Template("consolidate.too_many_columns",
                            "the questionnaires have {n} questions in all, more than one Excel sheet has columns "
                            "for; consolidate fewer frameworks at once")

# -- the workbook ------------------------------------------------------------------------

_ID = Column("Assessment id", 36, key=True, description="stable across copies and exchange packages")
_PLACE = [Column("Country", 9, description="ISO 3166-1 alpha-3"), Column("Country name", 18),
          Column("Locality", 16), Column("Level", 9), Column("Round", 7)]
_FRAMEWORK = [Column("Framework", 14), Column("Framework version", 10)]
_VALIDATION = Column("Validation", 14, description=(
    "what the validation is worth, checked against the keys trusted by whoever consolidated: 'signed' only "
    "when a reviewer key they trust signed it, it is not the focal point's own key, the signature verifies "
    "and the answers are those it signed (the codes are listed below)"))
_VALIDATION_DETAILS = Column("Validation details", 60, wrap=True,
                             description="the validation's standing in words, naming the key's holder or the key")
_VALIDATION_KEY = Column("Validation key", 20, description=(
    "the fingerprint of the key that signed the validation (64 hex digits; people compare the first 20)"))

LONG_COLUMNS = [
    _ID, *_PLACE, *_FRAMEWORK, Column("Domain", 8), Column("Sub-area", 9), Column("Question code", 10),
    Column("Question", 60), Column("Relevant", 9), Column("Answer code", 14), Column("Answer label", 28),
    Column("Evidence count", 9), Column("Review status", 14), _VALIDATION,
]
MATRIX_LEAD = [_ID, *_PLACE, *_FRAMEWORK, _VALIDATION, _VALIDATION_DETAILS, _VALIDATION_KEY]
DOMAIN_LEAD = [_ID, Column("Country", 9), Column("Locality", 16), Column("Round", 7), *_FRAMEWORK, _VALIDATION]
INPUT_COLUMNS = [Column("Input", 60), Column("Kind", 10), Column("Assessments found", 12),
                 Column("Assessments used", 12), Column("Duplicates not used", 12),
                 Column("Validation warnings", 12, description=(
                     "assessments used from this input that claim a validation not backed as 'signed' "
                     "(see the Validation column)"))]
DUPLICATE_COLUMNS = [_ID, Column("Title", 40), Column("Kept from", 50), Column("Kept revision", 10),
                     Column("Not used from", 50), Column("Not used revision", 10)]


def _place(m: AssessmentMeta) -> list[Any]:
    return [m.country, m.country_name, m.locality or "", m.level, m.round]


def long_rows(data: AssessmentDataset, validation: Validation) -> Iterator[list[Any]]:
    """A row per question of one assessment (the long table)."""
    m = data.meta
    lead = [m.id, *_place(m), m.framework_id, m.framework_version]
    relevance = data.framework.relevance(data.values())
    for code, view in data.answers.items():
        p = data.framework.placements[code]
        yield [*lead, p.domain.number, p.sub_area.code, code, str(p.question.text), relevance.get(code, True),
               answer_code(view.value), data.answer_label(code), view.evidence_count, view.review_state,
               validation.mark]


def matrix_row(data: AssessmentDataset, codes: Sequence[str], validation: Validation) -> list[Any]:
    m = data.meta
    return [m.id, *_place(m), m.framework_id, m.framework_version, validation.mark, english(validation.message),
            validation.signer, *(answer_code(data.answers[c].value) if c in data.answers else None for c in codes)]


def domain_rows(data: AssessmentDataset, sdg: bool, validation: Validation) -> Iterator[list[Any]]:
    m = data.meta
    lead = [m.id, m.country, m.locality or "", m.round, m.framework_id, m.framework_version, validation.mark]
    for row in summary_rows(data):
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
                trust: Trust | None = None, progress: Progress | None = None) -> ConsolidationReport:
    """Write the consolidated workbook of every assessment in `inputs` to `target`.

    `trust` is the consolidating user's (`validation.trust_of` their own database); without it the
    workbook says that the validations' signers were not checked.  `progress` hears of each
    assessment and may stop the work before the next (`Cancelled`: no workbook is written)."""
    check_target(target)
    sources: list[Source] = []
    try:
        for item in inputs:
            sources.append(item if not isinstance(item, (str, Path)) else open_source(Path(item)))
        if not sources:
            raise MgiError(NOTHING())
        return _write(sources, Path(target), now, trust, progress)
    finally:
        for source in sources:
            try:
                source.close()
            except StorageError:
                pass


def _write(sources: list[Source], target: Path, now: dt.datetime | None, trust: Trust | None,
           progress: Progress | None = None) -> ConsolidationReport:
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
    book = new_workbook()
    used: set[str] = set()
    about = SafeSheet(book, "About", [Column("Item", 24), Column("Value", 70, wrap=True)], used)
    long = SafeSheet(book, "Answers (long)", LONG_COLUMNS, used)
    matrix = SafeSheet(book, "Matrix (wide)", [*MATRIX_LEAD, *(Column(c, 10) for c in code_list)], used)
    domain_columns = [*DOMAIN_LEAD, *SUMMARY_COLUMNS, *(SDG_COLUMNS if any_sdg else [])]
    domains = SafeSheet(book, "Domain summary", domain_columns, used)
    inputs_sheet = SafeSheet(book, "Inputs", INPUT_COLUMNS, used)
    duplicates = SafeSheet(book, "Duplicates", DUPLICATE_COLUMNS, used)

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
                for row in long_rows(data, validation):
                    long.append(row)
                    report.answer_rows += 1
                matrix.append(matrix_row(data, code_list, validation))
                for row in domain_rows(data, any_sdg, validation):
                    domains.append(row)
                report.assessments += 1

        for item in report.inputs:
            inputs_sheet.append([item.label, item.kind, item.found, item.used, item.duplicates, item.warnings])
        for d in report.duplicates:
            duplicates.append([d.id, d.title, d.kept_from, d.kept_revision, d.skipped_from, d.skipped_revision])
        for name, value in [
            ("Exported (UTC)", exported), ("Exported with", f"MGI Desktop {__version__}"),
            ("Inputs", len(sources)), ("Assessments", report.assessments), ("Answer rows", report.answer_rows),
            ("Duplicates not used", len(report.duplicates)),
            ("Duplicates", "an assessment found in several inputs (same id) is counted once: the copy with the "
                           "latest revision is used, the others are listed in the Duplicates sheet"),
            ("Percentages", f"completion percentages are an {INDICATIVE_LABEL}"),
            ("Matrix (wide)", "a row per assessment, a column per question code; cells hold the answer codes"),
            ("Validations", english(trust.message if trust is not None else TRUST_UNKNOWN())),
            ("Validation warnings", sum(item.warnings for item in report.inputs)),
        ]:
            about.append([name, value])
        about.append([])
        described: set[str] = set()
        for sheet in (long, matrix, domains, inputs_sheet):
            for column in sheet.columns:
                if column.description and column.header not in described:
                    described.add(column.header)
                    about.append([f"Column: {column.header}", column.description])
        for mark in ValidationMark:
            about.append([f"Validation: {mark.value}", enums.english_label(mark)])
        step(progress, report.assessments, len(best))  # the last moment to stop: the file is not touched yet
        save(book, target, sheets)
    except BaseException:
        discard(sheets)  # an input failed part way: leave no temporary files behind
        raise
    return report
