"""Where the exports read an assessment from: this database, another person's database, a ``.mgi`` package.

`from_database` snapshots one assessment of an open database as an
`AssessmentDataset`, the input of every export.  A consolidation reads many
through `Source`s: `DatabaseSource` (a database opened read-only: no lock,
no migration, nothing written), `PackageSource` (a package that passes every
check of `exchange.package.read` and `exchange.snapshot.check` first;
nothing is written anywhere) and `DatasetSource` (datasets already built).
`open_source` tells them apart by content, not by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlmodel import SQLModel

from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.errors import MgiError, NotFoundError
from mgi_desktop.exchange import package, snapshot
from mgi_desktop.exchange.format import PROFILE_FIELDS, PackageData
from mgi_desktop.export.dataset import AssessmentDataset, CommentRow, EvidenceRow, PreviousRound
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.questionnaire.loader import load_text
from mgi_desktop.services import answers, assessments, audit, comments, evidence, findings, frameworks, validation
from mgi_desktop.services.findings import default_description, default_introduction
from mgi_desktop.services.views import (
    AnswerView,
    AssessmentMeta,
    AuditRow,
    FindingView,
    answer_views,
    finding_from_row,
)
from mgi_desktop.storage import tables  # noqa: F401  (registers the tables on SQLModel's metadata)
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.health import SQLITE_HEADER

NO_SUCH_FILE = Template("sources.no_such_file", "no such file")
NOT_A_SOURCE = Template("sources.not_a_source", "not an MGI Desktop database or package")


# -- one assessment of this database ---------------------------------------------------------


def from_database(db: Database, assessment_id: str, *, detail: bool = True) -> AssessmentDataset:
    """Snapshot one assessment; with ``detail=False`` evidence, comments and audit are left out
    (their counts stay on each answer)."""
    assessment = assessments.get(db, assessment_id)
    framework = assessments.framework_of(db, assessment)
    data = AssessmentDataset(
        meta=assessment, framework=framework,
        answers=answers.list_answers(db, assessment_id),
        findings=findings.list_findings(db, assessment_id),
        introduction=findings.introduction(db, assessment_id),
        domain_texts=findings.domain_descriptions(db, assessment_id),
        source=str(db.path), signatures=validation.signatures_of(db, assessment_id))
    if detail:
        data.evidence = [item for _, item in evidence.for_assessment(db, assessment_id)]
        data.comments = [item for _, item in comments.for_assessment(db, assessment_id)]
        data.audit = audit.trail(db, assessment_id)
        data.previous = _previous(db, assessment)
    return data


def _previous(db: Database, assessment: AssessmentMeta) -> PreviousRound | None:
    if not assessment.previous_id:
        return None
    try:
        before = assessments.get(db, assessment.previous_id)
    except NotFoundError:  # the previous round may live in another database; the section is then left out
        return None
    framework = assessments.framework_of(db, before)
    values = assessments.values(db, before.id)
    return PreviousRound(before.id, before.round, before.framework_version, before.updated_at,
                         _labels(framework, values), framework, {c: v for c, v in values.items() if v is not None})


def _labels(framework: Framework, values: Mapping[str, AnswerValue]) -> dict[str, str]:
    return {code: framework.label_of(code, value) for code, value in values.items()
            if value is not None and code in framework.placements}


# -- many assessments, for a consolidation ---------------------------------------------------


@dataclass(frozen=True)
class Stub:
    """What the first pass reads of an assessment."""

    id: str
    revision: int
    updated_at: dt.datetime
    title: str
    questionnaire_sha256: str
    #: what the consolidation's filters read (`consolidate_filters.Filters`)
    status: AssessmentStatus = AssessmentStatus.DRAFT
    archived: bool = False

    @classmethod
    def of(cls, a: AssessmentMeta) -> Stub:
        return cls(a.id, a.revision, a.updated_at, a.title, a.questionnaire_sha256, a.status, a.archived)


class Source(Protocol):
    label: str  # shown in the Inputs sheet (a path)
    kind: str  # "database", "package", ...

    def stubs(self) -> list[Stub]: ...

    def framework(self, sha256: str) -> Framework: ...

    def datasets(self, ids: set[str]) -> Iterator[AssessmentDataset]:
        """The assessments with these ids, one at a time: answers, findings and evidence (no comments, audit...)."""
        ...

    def close(self) -> None: ...


class DatabaseSource:
    """An MGI Desktop database, opened read-only (no lock, no migration, nothing written)."""

    kind = "database"

    def __init__(self, path: Path) -> None:
        self.label = str(path)
        self.db = Database.open_read_only(path)

    def stubs(self) -> list[Stub]:
        return [Stub.of(a) for a in assessments.headers(self.db)]

    def framework(self, sha256: str) -> Framework:
        return frameworks.by_hash(self.db, sha256)

    def datasets(self, ids: set[str]) -> Iterator[AssessmentDataset]:
        chosen = sorted((a for a in assessments.headers(self.db) if a.id in ids),
                        key=lambda a: (a.country, a.locality or "", a.round, a.created_at))
        with self.db.engine.connect() as con:
            for assessment in chosen:
                yield self._dataset(con, assessment)

    _finding = SQLModel.metadata.tables["finding"]
    _findings = sa.select(_finding).where(_finding.c.assessment_id == sa.bindparam("aid"))

    def _dataset(self, con: Connection, assessment: AssessmentMeta) -> AssessmentDataset:
        framework = self.framework(assessment.questionnaire_sha256)
        # the answers with their evidence and comment counts, in one query (`answers.list_answers`)
        views = answers.list_answers(self.db, assessment.id)
        found = [finding_from_row(row) for row in con.execute(self._findings, {"aid": assessment.id})]
        items = [item for _, item in evidence.for_assessment(self.db, assessment.id)]
        return AssessmentDataset(assessment, framework, views, found, evidence=items, source=self.label,
                                 signatures=validation.signatures_of(self.db, assessment.id))

    def close(self) -> None:
        self.db.close()


class DatasetSource:
    """Datasets already built (from an exchange package, or in tests)."""

    def __init__(self, label: str, datasets: Sequence[AssessmentDataset], kind: str = "package") -> None:
        self.label, self.kind, self._datasets = label, kind, list(datasets)

    def stubs(self) -> list[Stub]:
        return [Stub.of(d.meta) for d in self._datasets]

    def framework(self, sha256: str) -> Framework:
        return next(d.framework for d in self._datasets if d.framework.sha256 == sha256)

    def datasets(self, ids: set[str]) -> Iterator[AssessmentDataset]:
        return (d for d in self._datasets if d.meta.id in ids)

    def close(self) -> None:
        pass


def open_source(path: Path) -> Source:
    """A database or a package, told apart by their first bytes (SQLite's header, a zip's)."""
    path = Path(path)
    if not path.is_file():
        raise MgiError(NO_SUCH_FILE(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return DatabaseSource(path)
    if header.startswith(b"PK\x03\x04"):
        return package_source(path)
    raise MgiError(NOT_A_SOURCE(path))


# -- packages --------------------------------------------------------------------------------


def _framework(contents: package.Contents, source: str) -> Framework:
    sha = contents.manifest.framework.sha256
    return frameworks.cached(sha) or frameworks.remember(
        load_text(contents.questionnaire_text, f"{source} (questionnaire in the package)"))


def from_data(data: PackageData, framework: Framework, source: str) -> AssessmentDataset:
    a = data.assessment
    meta = AssessmentMeta(a.id, a.title, a.country, a.locality, a.level, a.round, a.previous_id, a.status,
                          a.framework_id, a.framework_version, a.questionnaire_sha256, a.focal_point,
                          a.institution, a.revision, a.created_at, a.updated_at, introduction=a.introduction,
                          language=a.language, **{name: getattr(a, name) for name in PROFILE_FIELDS})
    evidence_counts: dict[str, int] = {}
    for item in data.evidence:
        evidence_counts[item.question] = evidence_counts.get(item.question, 0) + 1
    threads: dict[str, list[bool]] = {}
    for comment in data.comments:
        threads.setdefault(comment.question, []).append(comment.resolved)
    views = answer_views(framework, (
        AnswerView(x.code, x.value, x.justification, x.carried_over, x.flagged, x.review_state, x.revision,
                   x.updated_at, x.updated_by) for x in data.answers), evidence=evidence_counts, comments=threads)
    owners = {e.id: e.question for e in data.evidence} | {c.id: c.question for c in data.comments}
    edited = {t.domain_number: t.description for t in data.domain_texts}
    return AssessmentDataset(
        meta=meta, framework=framework, answers=views,
        findings=[FindingView(f.id, a.id, f.domain_number, f.category, f.text, f.position,
                              tuple(f.question_codes), f.drafted, f.created_at, f.updated_at)
                  for f in data.findings],
        evidence=[EvidenceRow(e.id, e.question, e.kind, e.title, e.reference, e.issuing_body, e.year, e.date,
                              e.url, e.note, e.file_name, e.created_at, e.created_by) for e in data.evidence],
        comments=[CommentRow(c.id, c.question, c.author, c.role, c.text, c.created_at, c.resolved, c.resolved_at,
                             c.resolved_by) for c in data.comments],
        audit=[AuditRow(e.at, e.actor, e.role, e.entity, e.entity_id, audit.question_of(e, owners), e.field,
                        e.old_value, e.new_value, e.reason, e.id) for e in data.audit],
        introduction=a.introduction or default_introduction(framework),
        domain_texts={d.number: edited.get(d.number) or default_description(framework, d.number)
                      for d in framework.model.domains},
        source=source, signatures=validation.packaged(data.attestations, data.keys, data.parties))


def from_package(path: Path, password: str | None = None) -> AssessmentDataset:
    """Read and check a package; its assessment as the exports' dataset."""
    source = str(path)
    contents = package.read(Path(path), password)
    framework = _framework(contents, source)
    snapshot.check(contents.data, framework, source)
    return from_data(contents.data, framework, source)


def package_source(path: Path) -> DatasetSource:
    """A package as a consolidation input: read and checked whole when opened (a package is one assessment)."""
    return DatasetSource(str(path), [from_package(path)], kind="package")

