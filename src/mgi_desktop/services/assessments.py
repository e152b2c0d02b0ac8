"""Create, open, list, archive assessments; their progress; status changes."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from mgi_desktop import utc, wording
from mgi_desktop.enums import AssessmentStatus, ChangeKind, Level, ReviewState, Role
from mgi_desktop.errors import NotFoundError, StateError, ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.scoring import Progress, progress
from mgi_desktop.services import audit, frameworks, workflow
from mgi_desktop.services.audit import Actor
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.countries import country_name, normalise_country
from mgi_desktop.services.views import ASSESSMENT_COLUMNS, AssessmentMeta, assessment_from_record
from mgi_desktop.storage.db import Database

if TYPE_CHECKING:  # the ORM is imported by the functions that write through it (see services/__init__.py)
    from sqlmodel import Session

    from mgi_desktop.storage.tables import Assessment

__all__ = ["AssessmentMeta", "country_name", "normalise_country"]

NO_ASSESSMENT = Template("assessment.not_found", "no assessment {id}")
#: the title an assessment is given when none is typed, in its working language
DEFAULT_TITLE = {Level.NATIONAL: Template("assessment.default_title_national", "{place} — national MGI, round {round}"),
                 Level.LOCAL: Template("assessment.default_title_local", "{place} — local MGI, round {round}")}
NO_ASSESSMENT_IN = Template("assessment.not_found_in", "no assessment {id} in {database}")
NO_PREFIX = Template("assessment.no_prefix", "no assessment with id {prefix} in {database}")
ID_TOO_SHORT = Template("assessment.id_too_short", "{prefix}: give at least 4 characters of the assessment id")
ID_AMBIGUOUS = Template("assessment.id_ambiguous", "{prefix} matches {n} assessments; give more of the id")
LOCALITY_NEEDED = Template("assessment.locality_needed",
                           "{framework} is a Local MGI questionnaire: give the city or province")
LOCALITY_UNUSED = Template("assessment.locality_unused",
                           "{framework} is a national questionnaire: a locality is not used")
PREVIOUS_ELSEWHERE = Template("assessment.previous_other_place",
                              "the previous round must be an assessment of the same country and place")
ROUND_FROM_ONE = Template("assessment.round_from_one", "the round is a number from 1")
CANNOT_CHANGE = Template("assessment.cannot_change", "cannot change {fields}")
NOT_ALL_ACCEPTED = Template("assessment.not_all_accepted", "{n} answer is not accepted yet ({codes})",
                            plural="{n} answers are not accepted yet ({codes})", count="n")
AND_MORE = Template("assessment.codes_and_more", "{codes} and {n} more", plural="{codes} and {n} more", count="n")
UNKNOWN_LANGUAGE = Template("assessment.unknown_language",
                            "{language} is not a language code (give a code such as en, fr, es, ru or ar)")

#: A working language as stored: a lower-case ISO 639 code of two or three letters.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
DEFAULT_LANGUAGE = "en"


def actor(db: Database, assessment_id: str | None = None) -> Actor:
    """The person using this database; before the profile is set, the OS user as a focal point.

    For an assessment, the role is the one the user's key holds in it (`parties.my_role`), not the
    role setting: a focal point who sets "reviewer" is still the focal point of their own assessment.
    """
    profile = db.user()
    if profile is not None:
        name, role = profile.name, profile.role
    else:
        import getpass  # until a profile is set: a first run, a command before any

        try:
            name = getpass.getuser()
        except Exception:  # no user name in some sandboxes
            name = "unknown"
        role = Role.FOCAL_POINT
    if assessment_id is None:
        return Actor(name, role)
    from mgi_desktop.services import parties

    bound = parties.my_role(db, assessment_id)
    return Actor(name, bound or role, party=bound is not None)


class _Placed(Protocol):
    @property
    def country(self) -> str: ...
    @property
    def locality(self) -> str | None: ...


def place_name(assessment: _Placed) -> str:
    country = country_name(assessment.country)
    return f"{assessment.locality}, {country}" if assessment.locality else country


def touch(assessment: Assessment) -> None:
    assessment.updated_at = utc.now()
    assessment.revision += 1


def get(db: Database, assessment_id: str) -> AssessmentMeta:
    """The assessment's header (no answers), read without the ORM: the window shows it at start."""
    row = db.query_one(f"SELECT {ASSESSMENT_COLUMNS} FROM assessment WHERE id = :id", {"id": assessment_id})
    if row is None:
        raise NotFoundError(NO_ASSESSMENT_IN(id=assessment_id, database=db.path))
    return assessment_from_record(row)


def load(session: Session, assessment_id: str) -> Assessment:
    """The assessment as an ORM object in `session`, to change it there."""
    from mgi_desktop.storage.tables import Assessment

    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise NotFoundError(NO_ASSESSMENT(id=assessment_id))
    return assessment


def resolve_id(db: Database, prefix: str) -> str:
    """A full assessment UUID from a unique prefix of it."""
    prefix = prefix.strip().lower()
    if len(prefix) < 4:
        raise ValidationError(ID_TOO_SHORT(prefix=repr(prefix)))
    rows = db.query("SELECT id FROM assessment WHERE SUBSTR(id, 1, :length) = :prefix",
                    {"length": len(prefix), "prefix": prefix})
    ids = [str(row["id"]) for row in rows]
    if not ids:
        raise NotFoundError(NO_PREFIX(prefix=repr(prefix), database=db.path))
    if len(ids) > 1:
        raise ValidationError(ID_AMBIGUOUS(prefix=repr(prefix), n=len(ids)))
    return ids[0]


class _Started(Protocol):
    @property
    def questionnaire_sha256(self) -> str: ...


def framework_of(db: Database, assessment: _Started) -> Framework:
    return frameworks.by_hash(db, assessment.questionnaire_sha256)


def editable(session: Session, db: Database, assessment_id: str) -> tuple[Assessment, Framework, Actor]:
    """The assessment, its questionnaire and the user, once the user may change it now (or the refusal)."""
    who = actor(db, assessment_id)
    assessment = load(session, assessment_id)
    workflow.check_can_edit(assessment.status, who)
    return assessment, framework_of(db, assessment), who


def check_language(language: str) -> str:
    """The working language `language` names, as stored ("fr"), or the refusal: a lower-case code of two or
    three letters that babel knows (surrounding spaces and capitals are forgiven: " FR " is "fr"; a
    withdrawn code is stored as the one that replaced it: "iw" is "he")."""
    code = language.strip().lower() if isinstance(language, str) else ""
    known = _known_language(code) if LANGUAGE_CODE.fullmatch(code) else None
    if known is None:
        raise ValidationError(UNKNOWN_LANGUAGE(language=repr(language)))
    return known


@functools.cache
def _known_language(code: str) -> str | None:
    from babel import Locale, UnknownLocaleError  # its locale data, only when a language is checked

    if code == "und":  # "undetermined": babel's likely subtags make it English
        return None
    try:
        parsed = Locale.parse(code)
    except (ValueError, LookupError, UnknownLocaleError):
        return None
    return parsed.language if LANGUAGE_CODE.fullmatch(parsed.language) else None


def create(db: Database, framework: Framework, *, country: str, locality: str | None = None,
           round_number: int | None = None, previous_id: str | None = None, title: str | None = None,
           focal_point: str | None = None, institution: str | None = None,
           language: str = DEFAULT_LANGUAGE) -> Assessment:
    with db.transaction() as session:
        return insert(session, db, framework, country=country, locality=locality, round_number=round_number,
                      previous_id=previous_id, title=title, focal_point=focal_point, institution=institution,
                      language=language)


def insert(session: Session, db: Database, framework: Framework, *, country: str, locality: str | None = None,
           round_number: int | None = None, previous_id: str | None = None, title: str | None = None,
           focal_point: str | None = None, institution: str | None = None,
           language: str = DEFAULT_LANGUAGE) -> Assessment:
    """`create` inside a transaction the caller holds (a follow-up round copies its answers in the same one)."""
    from mgi_desktop.storage.tables import Assessment

    _check_texts(country=country, locality=locality, title=title, focal_point=focal_point, institution=institution)
    language = check_language(language)
    country = normalise_country(country)
    locality = (locality or "").strip() or None
    level = framework.model.level
    if level is Level.LOCAL and not locality:
        raise ValidationError(LOCALITY_NEEDED(framework=framework.id))
    if level is Level.NATIONAL and locality:
        raise ValidationError(LOCALITY_UNUSED(framework=framework.id))
    who = actor(db)
    profile = db.user()
    previous = None
    if previous_id:
        previous = load(session, previous_id)
        if previous.country != country or (previous.locality or None) != locality:
            raise ValidationError(PREVIOUS_ELSEWHERE())
    if round_number is None:
        round_number = previous.round + 1 if previous else 1
    if round_number < 1:
        raise ValidationError(ROUND_FROM_ONE())
    frameworks.store(session, framework)
    place = f"{locality}, {country_name(country, language)}" if locality else country_name(country, language)
    assessment = Assessment(
        questionnaire_sha256=framework.sha256, framework_id=framework.id,
        framework_version=framework.version, level=level, country=country, locality=locality,
        round=round_number, previous_id=previous.id if previous else None,
        title=(title or "").strip() or wording.text(DEFAULT_TITLE[level], language, place=place, round=round_number),
        focal_point=(focal_point if focal_point is not None else (profile.name if profile else who.name)),
        institution=(institution if institution is not None else (profile.institution if profile else "")),
        language=language,
    )
    session.add(assessment)
    session.flush()
    from mgi_desktop.services import keys, parties

    # The creator's key is the assessment's focal point: it alone changes the answers (see parties.py).
    keys.ensure_own(session, db)
    parties.bind(session, db, assessment.id, db.own_key.fingerprint, Role.FOCAL_POINT, parties.HOW_CREATED)
    audit.record(session, who, assessment_id=assessment.id, entity="assessment", entity_id=assessment.id,
                 field="created", new={"framework": framework.id, "version": framework.version,
                                       "country": country, "locality": locality, "round": round_number,
                                       "language": language})
    return assessment


def _check_texts(**texts: object) -> None:
    """Refuse any of these fields (by name) that is text a person typed and cannot be stored as it is."""
    for name, text in texts.items():
        if isinstance(text, str):
            check_text(name.replace("_", " "), text)


def update_metadata(db: Database, assessment_id: str, **fields: Any) -> Changes:
    """Change the assessment's title, focal point, institution or working language (`check_language`), each
    change audited, once the user may edit it now (`workflow.check_can_edit`).  The profile's introduction
    and title page are `profile_settings.set_profile`'s."""
    allowed = {"title", "focal_point", "institution", "language"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(CANNOT_CHANGE(fields=sorted(unknown)))
    if "language" in fields:
        fields["language"] = check_language(fields["language"])
    _check_texts(**fields)
    who = actor(db, assessment_id)
    with db.transaction() as session:
        assessment = load(session, assessment_id)
        workflow.check_can_edit(assessment.status, who)
        for name, value in fields.items():
            old = getattr(assessment, name)
            if old != value:
                setattr(assessment, name, value)
                audit.record(session, who, assessment_id=assessment_id, entity="assessment",
                             entity_id=assessment_id, field=name, old=old, new=value)
        touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, kinds={ChangeKind.ASSESSMENT})


def set_language(db: Database, assessment_id: str, language: str) -> Changes:
    """Work the assessment in another language from now on (`update_metadata`'s rules and audit trail)."""
    return update_metadata(db, assessment_id, language=language)


def set_archived(db: Database, assessment_id: str, archived: bool = True) -> Changes:
    who = actor(db, assessment_id)
    with db.transaction() as session:
        assessment = load(session, assessment_id)
        if assessment.archived != archived:
            audit.record(session, who, assessment_id=assessment_id, entity="assessment",
                         entity_id=assessment_id, field="archived", old=assessment.archived, new=archived)
            assessment.archived = archived
            assessment.updated_at = utc.now()
            session.add(assessment)
    return Changes(assessment_id, kinds={ChangeKind.ASSESSMENT})


def values(db: Database, assessment_id: str) -> dict[str, AnswerValue]:
    rows = db.query("SELECT question_code, value_json FROM answer WHERE assessment_id = :aid "
                    "AND value_json IS NOT NULL", {"aid": assessment_id})
    return {row["question_code"]: json.loads(row["value_json"]) for row in rows}


def progress_of(db: Database, assessment_id: str) -> Progress:
    assessment = get(db, assessment_id)
    return progress(framework_of(db, assessment), values(db, assessment_id))


@dataclass(frozen=True)
class Summary:
    assessment: AssessmentMeta
    place: str
    completion: float
    answered: int
    relevant: int

    def as_dict(self) -> dict[str, Any]:
        a = self.assessment
        return {"id": a.id, "title": a.title, "place": self.place, "country": a.country,
                "locality": a.locality, "level": a.level, "round": a.round, "status": a.status,
                "framework": a.framework_id, "version": a.framework_version, "archived": a.archived,
                "answered": self.answered, "relevant": self.relevant,
                "completion": self.completion, "updated_at": a.updated_at, "previous_id": a.previous_id,
                "language": a.language}


def headers(db: Database, *, include_archived: bool = True) -> list[AssessmentMeta]:
    """The header of every assessment (without the archived ones, if asked), the latest changed first."""
    shown = "" if include_archived else "WHERE archived = :archived "
    return [assessment_from_record(row) for row in db.query(
        f"SELECT {ASSESSMENT_COLUMNS} FROM assessment {shown}ORDER BY updated_at DESC", {"archived": False})]


def list_all(db: Database, *, include_archived: bool = False) -> list[Summary]:
    """Every assessment (without the archived ones, unless asked), the latest changed first, with its progress."""
    with db.sql_reading() as sql:  # the headers and the answers of one moment
        assessments = headers(db, include_archived=include_archived)
        rows = sql.all("SELECT assessment_id, question_code, value_json FROM answer WHERE value_json IS NOT NULL")
    by_assessment: dict[str, dict[str, AnswerValue]] = {}
    for row in rows:
        by_assessment.setdefault(row["assessment_id"], {})[row["question_code"]] = json.loads(row["value_json"])
    result = []
    for assessment in assessments:
        tally = progress(framework_of(db, assessment), by_assessment.get(assessment.id, {})).overall
        result.append(Summary(assessment, place_name(assessment), tally.completion, tally.answered,
                              tally.relevant))
    return result


def set_status(db: Database, assessment_id: str, target: AssessmentStatus | str, *, note: str = "") -> Changes:
    """Move the assessment along its workflow; the step and its note are audited."""
    target = AssessmentStatus(target)
    check_text("note", note)
    who = actor(db, assessment_id)
    with db.transaction() as session:
        assessment = load(session, assessment_id)
        current = assessment.status
        workflow.check_transition(current, target, who)
        if target is AssessmentStatus.VALIDATED:
            _check_all_accepted(session, db, assessment)
        assessment.status = target
        touch(assessment)
        session.add(assessment)
        attestation = attest(session, db, assessment_id, target, assessment.updated_at)
        audit.record(session, who, assessment_id=assessment_id, entity="assessment", entity_id=assessment_id,
                     field="status", old=current.value, new=target.value, reason=note.strip() or None)
        audit.record(session, who, assessment_id=assessment_id, entity="attestation", entity_id=attestation.id,
                     field="signed", new={"status": target.value, "signer": attestation.signer})
    return Changes(assessment_id, kinds={ChangeKind.STATUS, ChangeKind.ASSESSMENT})


def check_can_validate(db: Database, assessment_id: str) -> None:
    """Refuse, as `set_status` would, a validation that is not allowed now (before a note is asked for)."""
    who = actor(db, assessment_id)
    with db.reading() as session:
        assessment = load(session, assessment_id)
        workflow.check_transition(assessment.status, AssessmentStatus.VALIDATED, who)
        _check_all_accepted(session, db, assessment)


def attest(session: Session, db: Database, assessment_id: str, status: AssessmentStatus,
           at: Any) -> Any:
    """Sign the step to `status` with the user's key, over a digest of the answers now (`signing`)."""
    from sqlmodel import select

    from mgi_desktop.identity.keys import Purpose
    from mgi_desktop.services import keys, signing
    from mgi_desktop.storage.tables import Answer, Attestation, new_id

    keys.ensure_own(session, db)
    rows = session.exec(select(Answer.question_code, Answer.value_json, Answer.justification)
                        .where(Answer.assessment_id == assessment_id)).all()
    digest = signing.answers_digest(signing.stored_answers(rows))
    attestation_id = new_id()
    statement = signing.status_statement(assessment_id, attestation_id, status, at, digest)
    signer, signature = signing.sign(db.own_key.identity, Purpose.STATUS, statement)
    row = Attestation(id=attestation_id, assessment_id=assessment_id, status=status, at=at, signer=signer,
                      answers_digest=digest, signature=signature)
    session.add(row)
    return row


def _check_all_accepted(session: Session, db: Database, assessment: Assessment) -> None:
    from sqlmodel import select

    from mgi_desktop.storage.tables import Answer

    framework = framework_of(db, assessment)
    answers = session.exec(select(Answer).where(Answer.assessment_id == assessment.id)).all()
    answered = {a.question_code: a for a in answers if a.value_json is not None}
    relevance = framework.relevance({c: json.loads(a.value_json or "null") for c, a in answered.items()})
    open_codes = [code for code, a in answered.items() if relevance.get(code, False)
                  and a.review_state is not ReviewState.ACCEPTED]
    if open_codes:
        shown = sorted(open_codes, key=framework.codes().index)
        codes = AND_MORE(codes=shown[:5], n=len(shown) - 5) if len(shown) > 5 else shown
        raise StateError(NOT_ALL_ACCEPTED(n=len(open_codes), codes=codes))
