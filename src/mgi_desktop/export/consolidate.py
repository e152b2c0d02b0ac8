"""One workbook from many assessments: a long table, a wide matrix, a summary
per domain, the list of inputs and the duplicates found.

It works in two passes so memory stays flat however many assessments go in:
the first reads only each assessment's id and revision from every input (to
keep, of an assessment found twice, its latest revision); the second streams
the kept assessments one at a time into openpyxl's write-only sheets.

Inputs are `Source`s: a database file now (`DatabaseSource`); an exchange
package reader registers its suffix in `SOURCE_OPENERS`, or hands over
ready datasets through `DatasetSource`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlmodel import SQLModel, col, select

from mgi_desktop import __version__
from mgi_desktop.errors import MgiError, StorageError
from mgi_desktop.export.dataset import AssessmentDataset, AssessmentMeta, answer_code
from mgi_desktop.export.summary_xlsx import SDG_COLUMNS, SUMMARY_COLUMNS, summary_rows
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, check_target, discard, new_workbook, save
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.scoring import INDICATIVE_LABEL
from mgi_desktop.services import frameworks
from mgi_desktop.services.answers import AnswerView
from mgi_desktop.services.findings import FindingView
from mgi_desktop.storage.db import SQLITE_HEADER, Database
from mgi_desktop.storage.tables import Assessment, FindingCategory


@dataclass(frozen=True)
class Stub:
    """What the first pass reads of an assessment."""

    id: str
    revision: int
    updated_at: str
    title: str
    questionnaire_sha256: str


class Source(Protocol):
    label: str  # shown in the Inputs sheet (a path)
    kind: str  # "database", "package", ...

    def stubs(self) -> list[Stub]: ...

    def framework(self, sha256: str) -> Framework: ...

    def datasets(self, ids: set[str]) -> Iterator[AssessmentDataset]:
        """The assessments with these ids, one at a time (counts only: no evidence text, audit...)."""
        ...

    def close(self) -> None: ...


class DatabaseSource:
    """An MGI Desktop database, opened read-only (no lock, no migration, nothing written)."""

    kind = "database"

    def __init__(self, path: Path) -> None:
        self.label = str(path)
        self.db = Database.open_read_only(path)

    def stubs(self) -> list[Stub]:
        with self.db.reading() as session:
            rows = session.exec(select(Assessment)).all()
            return [Stub(a.id, a.revision, a.updated_at, a.title, a.questionnaire_sha256) for a in rows]

    def framework(self, sha256: str) -> Framework:
        return frameworks.by_hash(self.db, sha256)

    def datasets(self, ids: set[str]) -> Iterator[AssessmentDataset]:
        with self.db.reading() as session:
            chosen = [a for a in session.exec(select(Assessment).order_by(
                col(Assessment.country), col(Assessment.locality), col(Assessment.round),
                col(Assessment.created_at))).all() if a.id in ids]
        with self.db.engine.connect() as con:
            for assessment in chosen:
                yield self._dataset(con, assessment)

    # Counted per answer in the same query: one round trip per assessment keeps the pass fast.
    _a, _e, _c, _f = (SQLModel.metadata.tables[name] for name in ("answer", "evidence", "comment", "finding"))
    _answers = sa.select(
        _a.c.id, _a.c.question_code, _a.c.value_json, _a.c.justification, _a.c.carried_over, _a.c.flagged,
        _a.c.review_state, _a.c.revision, _a.c.updated_at, _a.c.updated_by,
        sa.select(sa.func.count()).where(_e.c.answer_id == _a.c.id).correlate(_a).scalar_subquery(),
        sa.select(sa.func.count()).where(_c.c.answer_id == _a.c.id).correlate(_a).scalar_subquery(),
    ).where(_a.c.assessment_id == sa.bindparam("aid"))
    _findings = sa.select(_f).where(_f.c.assessment_id == sa.bindparam("aid"))

    def _dataset(self, con: Connection, assessment: Assessment) -> AssessmentDataset:
        framework = self.framework(assessment.questionnaire_sha256)
        views = {code: AnswerView(code) for code in framework.placements}
        for (answer_id, code, value_json, justification, carried, flagged, state, revision, updated_at,
             updated_by, n_evidence, n_comments) in con.execute(self._answers, {"aid": assessment.id}):
            if code in views:
                views[code] = AnswerView(code, json.loads(value_json) if value_json is not None else None,
                                         justification, bool(carried), bool(flagged), state, revision,
                                         updated_at, updated_by, n_evidence, n_comments, 0, answer_id)
        found = []
        for row in con.execute(self._findings, {"aid": assessment.id}).mappings():
            found.append(FindingView(row["id"], row["assessment_id"], row["domain_number"],
                                     FindingCategory(row["category"]), row["text"], row["position"],
                                     tuple(json.loads(row["question_codes"])), bool(row["drafted"]),
                                     row["created_at"], row["updated_at"]))
        return AssessmentDataset(AssessmentMeta.of(assessment), framework, views, found, source=self.label)

    def close(self) -> None:
        self.db.close()


class DatasetSource:
    """Datasets already built (from an exchange package, or in tests)."""

    def __init__(self, label: str, datasets: Sequence[AssessmentDataset], kind: str = "package") -> None:
        self.label, self.kind, self._datasets = label, kind, list(datasets)

    def stubs(self) -> list[Stub]:
        return [Stub(d.meta.id, d.meta.revision, d.meta.updated_at, d.meta.title, d.meta.questionnaire_sha256)
                for d in self._datasets]

    def framework(self, sha256: str) -> Framework:
        return next(d.framework for d in self._datasets if d.framework.sha256 == sha256)

    def datasets(self, ids: set[str]) -> Iterator[AssessmentDataset]:
        return (d for d in self._datasets if d.meta.id in ids)

    def close(self) -> None:
        pass


def _open_package(path: Path) -> Source:
    from mgi_desktop.exchange.dataset import package_source  # the exchange code imports this module

    return package_source(path)


#: Readers for input files that are not databases, by suffix (".mgi" for exchange packages).
SOURCE_OPENERS: dict[str, Callable[[Path], Source]] = {".mgi": _open_package}


def open_source(path: Path) -> Source:
    path = Path(path)
    if not path.is_file():
        raise MgiError(f"{path}: no such file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return DatabaseSource(path)
    opener = SOURCE_OPENERS.get(path.suffix.lower())
    if opener is not None:
        return opener(path)
    raise MgiError(f"{path}: not an MGI Desktop database"
                   + ("" if SOURCE_OPENERS else " (exchange packages cannot be consolidated yet)"))


# -- the workbook ------------------------------------------------------------------------

_ID = Column("Assessment id", 36, key=True, description="stable across copies and exchange packages")
_PLACE = [Column("Country", 9, description="ISO 3166-1 alpha-3"), Column("Country name", 18),
          Column("Locality", 16), Column("Level", 9), Column("Round", 7)]
_FRAMEWORK = [Column("Framework", 14), Column("Framework version", 10)]

LONG_COLUMNS = [
    _ID, *_PLACE, *_FRAMEWORK, Column("Domain", 8), Column("Sub-area", 9), Column("Question code", 10),
    Column("Question", 60), Column("Relevant", 9), Column("Answer code", 14), Column("Answer label", 28),
    Column("Evidence count", 9), Column("Review status", 14),
]
MATRIX_LEAD = [_ID, *_PLACE, *_FRAMEWORK]
DOMAIN_LEAD = [_ID, Column("Country", 9), Column("Locality", 16), Column("Round", 7), *_FRAMEWORK]
INPUT_COLUMNS = [Column("Input", 60), Column("Kind", 10), Column("Assessments found", 12),
                 Column("Assessments used", 12), Column("Duplicates not used", 12)]
DUPLICATE_COLUMNS = [_ID, Column("Title", 40), Column("Kept from", 50), Column("Kept revision", 10),
                     Column("Not used from", 50), Column("Not used revision", 10)]


def _place(m: AssessmentMeta) -> list[Any]:
    return [m.country, m.country_name, m.locality or "", m.level, m.round]


def long_rows(data: AssessmentDataset) -> Iterator[list[Any]]:
    """A row per question of one assessment (the long table)."""
    m = data.meta
    lead = [m.id, *_place(m), m.framework_id, m.framework_version]
    relevance = data.framework.relevance(data.values())
    for code, view in data.answers.items():
        p = data.framework.placements[code]
        yield [*lead, p.domain.number, p.sub_area.code, code, str(p.question.text), relevance.get(code, True),
               answer_code(view.value), data.answer_label(code), view.evidence_count, view.review_state]


def matrix_row(data: AssessmentDataset, codes: Sequence[str]) -> list[Any]:
    m = data.meta
    return [m.id, *_place(m), m.framework_id, m.framework_version,
            *(answer_code(data.answers[c].value) if c in data.answers else None for c in codes)]


def domain_rows(data: AssessmentDataset, sdg: bool) -> Iterator[list[Any]]:
    m = data.meta
    lead = [m.id, m.country, m.locality or "", m.round, m.framework_id, m.framework_version]
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


@dataclass
class ConsolidationReport:
    target: Path
    inputs: list[InputReport] = field(default_factory=list)
    assessments: int = 0
    answer_rows: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.target), "assessments": self.assessments, "answer_rows": self.answer_rows,
                "inputs": [vars(i) for i in self.inputs], "duplicates": [vars(d) for d in self.duplicates]}


def consolidate(inputs: Iterable[Path | Source], target: Path, *,
                now: dt.datetime | None = None) -> ConsolidationReport:
    """Write the consolidated workbook of every assessment in `inputs` to `target`."""
    check_target(target)
    sources: list[Source] = []
    try:
        for item in inputs:
            sources.append(item if not isinstance(item, (str, Path)) else open_source(Path(item)))
        if not sources:
            raise MgiError("nothing to consolidate: give one or more databases")
        return _write(sources, Path(target), now)
    finally:
        for source in sources:
            try:
                source.close()
            except StorageError:
                pass


def _write(sources: list[Source], target: Path, now: dt.datetime | None) -> ConsolidationReport:
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
        raise MgiError(f"{target}: the questionnaires have {len(code_list)} questions in all, more than one "
                       "Excel sheet has columns for; consolidate fewer frameworks at once")

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
        for source, ids in zip(sources, chosen, strict=True):
            if not ids:
                continue
            for data in source.datasets(ids):
                for row in long_rows(data):
                    long.append(row)
                    report.answer_rows += 1
                matrix.append(matrix_row(data, code_list))
                for row in domain_rows(data, any_sdg):
                    domains.append(row)
                report.assessments += 1

        for item in report.inputs:
            inputs_sheet.append([item.label, item.kind, item.found, item.used, item.duplicates])
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
        ]:
            about.append([name, value])
        save(book, target, sheets)
    except BaseException:
        discard(sheets)  # an input failed part way: leave no temporary files behind
        raise
    return report
