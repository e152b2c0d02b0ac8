"""An assessment as package data: read from the database, checked against its questionnaire."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlmodel import Session, col, select

from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.exchange.format import (
    PROFILE_FIELDS,
    AnswerData,
    AssessmentData,
    AttestationData,
    AuditData,
    CommentData,
    DecisionData,
    DomainTextData,
    EvidenceData,
    FindingData,
    KeyData,
    PackageData,
    PartyData,
    PublicKeyData,
)
from mgi_desktop.exchange.package import refused
from mgi_desktop.limits import check_text
from mgi_desktop.links import url_problem
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services.assessments import NO_ASSESSMENT
from mgi_desktop.storage.tables import (
    Answer,
    Assessment,
    AssessmentParty,
    Attestation,
    AuditEvent,
    Comment,
    DomainText,
    Evidence,
    Finding,
    KnownKey,
    ReviewDecision,
)


def _decode(value_json: str | None) -> object:
    return None if value_json is None else json.loads(value_json)


def assessment_data(assessment: Assessment) -> AssessmentData:
    return AssessmentData(
        id=assessment.id, questionnaire_sha256=assessment.questionnaire_sha256,
        framework_id=assessment.framework_id, framework_version=assessment.framework_version,
        level=assessment.level, country=assessment.country, locality=assessment.locality,
        round=assessment.round, previous_id=assessment.previous_id, title=assessment.title,
        status=assessment.status, focal_point=assessment.focal_point, institution=assessment.institution,
        introduction=assessment.introduction, revision=assessment.revision,
        created_at=assessment.created_at, updated_at=assessment.updated_at, crosswalk_json=assessment.crosswalk_json,
        language=assessment.language, **{name: getattr(assessment, name) for name in PROFILE_FIELDS})


def read(session: Session, assessment_id: str, *, with_audit: bool = True) -> PackageData:
    """Everything of one assessment, in a stable order."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise NotFoundError(NO_ASSESSMENT(id=assessment_id))
    answers = session.exec(select(Answer).where(Answer.assessment_id == assessment_id)
                           .order_by(col(Answer.question_code))).all()
    codes = {a.id: a.question_code for a in answers}

    def by_answer(table: type[Evidence] | type[Comment] | type[ReviewDecision], order: str) -> list[object]:
        return list(session.exec(select(table).join(Answer, col(Answer.id) == table.answer_id)
                                 .where(Answer.assessment_id == assessment_id)
                                 .order_by(getattr(table, order), table.id)).all())

    evidence = [e for e in by_answer(Evidence, "created_at") if isinstance(e, Evidence)]
    comments = [c for c in by_answer(Comment, "created_at") if isinstance(c, Comment)]
    decisions = [d for d in by_answer(ReviewDecision, "decided_at") if isinstance(d, ReviewDecision)]
    findings = session.exec(select(Finding).where(Finding.assessment_id == assessment_id)
                            .order_by(col(Finding.domain_number), col(Finding.position), col(Finding.id))).all()
    texts = session.exec(select(DomainText).where(DomainText.assessment_id == assessment_id)
                         .order_by(col(DomainText.domain_number))).all()
    attestations = session.exec(select(Attestation).where(Attestation.assessment_id == assessment_id)
                                .order_by(col(Attestation.at), col(Attestation.id))).all()
    party_rows = session.exec(select(AssessmentParty).where(AssessmentParty.assessment_id == assessment_id)
                              .order_by(col(AssessmentParty.seq))).all()
    # The public keys of everyone who signed something here, so the receiver can check it.
    signers = ({p.fingerprint for p in party_rows} | {a.signer for a in attestations}
               | {d.signer for d in decisions if d.signer})
    known = [session.get(KnownKey, fingerprint) for fingerprint in sorted(signers)]
    events: Iterable[AuditEvent] = ()
    if with_audit:
        events = session.exec(select(AuditEvent).where(AuditEvent.assessment_id == assessment_id)
                              .order_by(col(AuditEvent.seq))).all()
    return PackageData(
        assessment=assessment_data(assessment),
        answers=[AnswerData(code=a.question_code, value=_decode(a.value_json), justification=a.justification,
                            carried_over=a.carried_over, flagged=a.flagged, review_state=a.review_state,
                            revision=a.revision, updated_at=a.updated_at, updated_by=a.updated_by)
                 for a in answers],
        evidence=[EvidenceData(id=e.id, question=codes[e.answer_id], kind=e.kind, title=e.title,
                               reference=e.reference, issuing_body=e.issuing_body, year=e.year, date=e.date,
                               url=e.url, note=e.note, file_sha256=e.file_sha256, file_name=e.file_name,
                               file_size=e.file_size, created_at=e.created_at, created_by=e.created_by,
                               updated_at=e.updated_at) for e in evidence],
        comments=[CommentData(id=c.id, question=codes[c.answer_id], author=c.author, role=c.role, text=c.text,
                              created_at=c.created_at, resolved=c.resolved, resolved_at=c.resolved_at,
                              resolved_by=c.resolved_by) for c in comments],
        decisions=[DecisionData(id=d.id, question=codes[d.answer_id], decision=d.decision, reviewer=d.reviewer,
                                reason=d.reason, decided_at=d.decided_at, signer=d.signer, signature=d.signature)
                   for d in decisions],
        findings=[FindingData(id=f.id, domain_number=f.domain_number, category=f.category, text=f.text,
                              position=f.position, question_codes=json.loads(f.question_codes or "[]"),
                              drafted=f.drafted, carried_over=f.carried_over, created_at=f.created_at,
                              updated_at=f.updated_at)
                  for f in findings],
        domain_texts=[DomainTextData(domain_number=t.domain_number, description=t.description) for t in texts],
        audit=[AuditData(id=e.id, at=e.at, actor=e.actor, role=e.role, entity=e.entity, entity_id=e.entity_id,
                         field=e.field, old_value=e.old_value, new_value=e.new_value, reason=e.reason)
               for e in events],
        attestations=[AttestationData(id=a.id, status=a.status, at=a.at, signer=a.signer,
                                      answers_digest=a.answers_digest, signature=a.signature) for a in attestations],
        parties=sorted({(p.fingerprint, p.role): PartyData(fingerprint=p.fingerprint, role=p.role)
                        for p in party_rows}.values(), key=lambda p: (p.role, p.fingerprint)),
        keys=[PublicKeyData(fingerprint=k.fingerprint, key=KeyData(signing_key=k.signing_key,
                                                                   encryption_key=k.encryption_key),
                            name=k.name, institution=k.institution, role=k.role) for k in known if k is not None],
    )


def without_audit(data: PackageData) -> PackageData:
    return data.model_copy(update={"audit": []})


def comparable(data: PackageData) -> PackageData:
    """The data as a merge compares it: who is bound and which keys are known are not content."""
    return data.model_copy(update={"parties": [], "keys": []})


# -- checking received data against its questionnaire -----------------------------------------

# Closed sets (statuses, roles, review states, kinds, categories) and times were checked by pydantic
# when the package was read; what is left is what only the questionnaire can tell.
MISMATCH = Template("snapshot.mismatch", "the assessment does not match the questionnaire in the package")
UNKNOWN_QUESTION = Template("snapshot.unknown_question",
                            "{item} refers to question {code}, which {framework} {version} does not have")
INVALID_ANSWER = Template("snapshot.invalid_answer", "invalid answer: {problem}")
BAD_CROSSWALK = Template("snapshot.bad_crosswalk",
                         "the crosswalk the assessment was made through is not one for its questionnaire")
NOT_CANONICAL = Template("snapshot.not_canonical", "{code}: the answer {value} is not in canonical form")
UNKNOWN_DOMAIN = Template("snapshot.unknown_domain", "finding {id}: unknown domain {number}")
UNKNOWN_DOMAIN_TEXT = Template("snapshot.unknown_domain_text",
                               "a description of domain {number}, which the questionnaire does not have")
TWICE = {kind: Template(f"snapshot.twice_{kind}", text) for kind, text in {
    "answer": "the answer to {item} appears twice",
    "evidence": "the evidence item {item} appears twice",
    "comment": "the comment {item} appears twice",
    "decision": "the review decision {item} appears twice",
    "finding": "the finding {item} appears twice",
    "domain_text": "the description of domain {item} appears twice",
    "audit": "the audit event {item} appears twice",
}.items()}


def _unique(items: Iterable[str], kind: str, source: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise refused(source, TWICE[kind](item=item))
        seen.add(item)


def _check_crosswalk(text: str, framework: Framework, source: str) -> None:
    """A follow-up's crosswalk must lead to the package's questionnaire and name only its questions (the
    earlier questionnaire is the previous round's: the receiver may not have it, and only reads it then)."""
    from mgi_desktop.questionnaire.crosswalk import Crosswalk

    try:
        walk = Crosswalk.from_json(text)
    except ValueError:  # json.JSONDecodeError is one
        raise refused(source, BAD_CROSSWALK()) from None
    codes = set(framework.codes())
    if walk.new.sha256 != framework.sha256 or any(c not in codes for m in walk.mappings for c in m.new):
        raise refused(source, BAD_CROSSWALK())


def check(data: PackageData, framework: Framework, source: str) -> None:
    """Refuse data that the questionnaire or the data model would not allow."""
    a = data.assessment
    if (a.framework_id, a.framework_version, a.level) != (framework.id, framework.version, framework.model.level):
        raise refused(source, MISMATCH())
    codes = set(framework.codes())
    domains = {d.number for d in framework.model.domains}

    def question(code: str, item: str) -> None:
        if code not in codes:
            raise refused(source, UNKNOWN_QUESTION(item=item, code=repr(code), framework=framework.id,
                                                   version=framework.version))

    def text(what: str, *values: str | None) -> None:
        try:
            for value in values:
                if value:
                    check_text(what, value)
        except ValidationError as exc:
            raise refused(source, exc.msg) from None

    if a.crosswalk_json is not None:
        _check_crosswalk(a.crosswalk_json, framework, source)
    _unique((x.code for x in data.answers), "answer", source)
    for answer in data.answers:
        question(answer.code, answer.code)
        try:
            canonical = framework.check_value(answer.code, answer.value)
        except ValidationError as exc:
            raise refused(source, INVALID_ANSWER(problem=exc.msg)) from None
        if json.dumps(canonical) != json.dumps(answer.value):
            raise refused(source, NOT_CANONICAL(code=answer.code, value=repr(answer.value)))
        text(f"{answer.code} justification", answer.justification)
    _unique((x.id for x in data.evidence), "evidence", source)
    for item in data.evidence:
        question(item.question, f"evidence {item.id}")
        text(f"evidence {item.id}", item.title, item.reference, item.issuing_body, item.url, item.note)
        if (bad_url := url_problem(f"evidence {item.id}", item.url)) is not None:  # http, https, mailto
            raise refused(source, bad_url)
    _unique((x.id for x in data.comments), "comment", source)
    for comment in data.comments:
        question(comment.question, f"comment {comment.id}")
        text(f"comment {comment.id}", comment.text)
    _unique((x.id for x in data.decisions), "decision", source)
    for decision in data.decisions:
        question(decision.question, f"decision {decision.id}")
        text(f"decision {decision.id}", decision.reason)
    _unique((x.id for x in data.findings), "finding", source)
    for finding in data.findings:
        if finding.domain_number not in domains:
            raise refused(source, UNKNOWN_DOMAIN(id=finding.id, number=finding.domain_number))
        for code in finding.question_codes:
            question(code, f"finding {finding.id}")
        text(f"finding {finding.id}", finding.text)
    _unique((str(x.domain_number) for x in data.domain_texts), "domain_text", source)
    for domain_text in data.domain_texts:
        if domain_text.domain_number not in domains:
            raise refused(source, UNKNOWN_DOMAIN_TEXT(number=domain_text.domain_number))
        text(f"domain {domain_text.domain_number}", domain_text.description)
    _unique((x.id for x in data.audit), "audit", source)
    text("assessment", a.title, a.introduction)
