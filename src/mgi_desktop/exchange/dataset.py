"""An exchange package as an `AssessmentDataset`, so ``consolidate`` reads ``.mgi`` files.

The package passes every check of `package.read` and `snapshot.check`
first; nothing is written anywhere (no database, no attachment store).
"""

from __future__ import annotations

from pathlib import Path

from mgi_desktop.exchange import package, snapshot
from mgi_desktop.exchange.format import PackageData
from mgi_desktop.export.consolidate import DatasetSource
from mgi_desktop.export.dataset import AssessmentDataset, AssessmentMeta, AuditRow, CommentRow, EvidenceRow
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_text
from mgi_desktop.services import assessments, frameworks
from mgi_desktop.services.answers import AnswerView
from mgi_desktop.services.findings import FindingView, default_description, default_introduction
from mgi_desktop.storage.tables import FindingCategory


def _framework(contents: package.Contents, source: str) -> Framework:
    sha = contents.manifest.framework.sha256
    return frameworks.cached(sha) or frameworks.remember(
        load_text(contents.questionnaire_text, f"{source} (questionnaire in the package)"))


def from_data(data: PackageData, framework: Framework, source: str) -> AssessmentDataset:
    a = data.assessment
    meta = AssessmentMeta(a.id, a.title, a.country, assessments.country_name(a.country), a.locality, a.level,
                          a.round, a.previous_id, a.status, a.framework_id, a.framework_version,
                          a.questionnaire_sha256, a.focal_point, a.institution, a.revision, a.created_at,
                          a.updated_at)
    evidence_counts: dict[str, int] = {}
    for item in data.evidence:
        evidence_counts[item.question] = evidence_counts.get(item.question, 0) + 1
    comment_counts: dict[str, list[bool]] = {}
    for comment in data.comments:
        comment_counts.setdefault(comment.question, []).append(comment.resolved)
    views = {code: AnswerView(code) for code in framework.codes()}
    for answer in data.answers:
        if answer.code in views:
            threads = comment_counts.get(answer.code, [])
            views[answer.code] = AnswerView(
                answer.code, answer.value, answer.justification, answer.carried_over, answer.flagged,
                answer.review_state, answer.revision, answer.updated_at, answer.updated_by,
                evidence_counts.get(answer.code, 0), len(threads), sum(1 for r in threads if not r))
    edited = {t.domain_number: t.description for t in data.domain_texts}
    return AssessmentDataset(
        meta=meta, framework=framework, answers=views,
        findings=[FindingView(f.id, a.id, f.domain_number, FindingCategory(f.category), f.text, f.position,
                              tuple(f.question_codes), f.drafted, f.created_at, f.updated_at)
                  for f in data.findings],
        evidence=[EvidenceRow(e.id, e.question, e.kind, e.title, e.reference, e.issuing_body, e.year, e.date,
                              e.url, e.note, e.file_name, e.created_at, e.created_by) for e in data.evidence],
        comments=[CommentRow(c.id, c.question, c.author, c.role, c.text, c.created_at, c.resolved, c.resolved_at,
                             c.resolved_by) for c in data.comments],
        audit=[AuditRow(e.id, e.at, e.actor, e.role, e.entity, e.entity_id, e.field, e.old_value, e.new_value,
                        e.reason) for e in data.audit],
        introduction=a.introduction or default_introduction(framework),
        domain_texts={d.number: edited.get(d.number) or default_description(framework, d.number)
                      for d in framework.model.domains},
        source=source)


def dataset_from_package(path: Path, password: str | None = None) -> AssessmentDataset:
    """Read and check a package; its assessment as the exports' dataset."""
    source = str(path)
    contents = package.read(Path(path), password)
    framework = _framework(contents, source)
    snapshot.check(contents.data, framework, source)
    return from_data(contents.data, framework, source)


def package_source(path: Path) -> DatasetSource:
    """A consolidation input (``SOURCE_OPENERS['.mgi']``)."""
    return DatasetSource(str(path), [dataset_from_package(path)], kind="package")

