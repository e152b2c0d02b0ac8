"""File -> Receive...: check a package, preview what it changes, import it in one transaction.

`preview_import` reads and checks everything and changes nothing; the window
shows its conflicts side by side.  `apply_import` does the same checks again
(the file may have changed since), then stores the evidence files and writes
everything in one transaction: any failure leaves the database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from mgi_desktop import disk, utc
from mgi_desktop.enums import ChangeKind
from mgi_desktop.errors import ExchangeError, MgiError, QuestionnaireError, ValidationError
from mgi_desktop.exchange import authority, package, snapshot, state
from mgi_desktop.exchange import merge as merging
from mgi_desktop.exchange.authority import Signer, UnsignedPackage, UnverifiedSigner, Verdict
from mgi_desktop.exchange.format import PROFILE_FIELDS, Manifest, PackageData
from mgi_desktop.exchange.incoming import Incoming, incoming
from mgi_desktop.exchange.merge import Conflict, Edited, Resolution
from mgi_desktop.exchange.package import refused
from mgi_desktop.limits import check_text, replacing_invalid
from mgi_desktop.messages import Message, Template
from mgi_desktop.progress import Cancelled, Progress, step
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_text
from mgi_desktop.services import assessments, audit, frameworks, parties
from mgi_desktop.services.audit import Actor
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Assessment, StoredQuestionnaire, new_id

CONFLICTS = Template("receive.conflicts",
                     "{n} conflict with changes made here; nothing was imported. Resolve it (keep mine, take "
                     "theirs, or edit), or import with --mine or --theirs",
                     plural="{n} conflicts with changes made here; nothing was imported. Resolve them (keep "
                     "mine, take theirs, or edit), or import with --mine or --theirs", count="n")
CONFLICT = Template("receive.conflict", "mine {mine} | theirs {theirs}")
BAD_QUESTIONNAIRE = Template("receive.bad_questionnaire", "the questionnaire in the package is not valid ({problem})")
OTHER_QUESTIONNAIRE = Template("receive.other_questionnaire",
                               "the manifest names questionnaire {named} {named_version} but the package holds "
                               "{held} {held_version}")
OWN_PACKAGE = Template("receive.own_package",
                       "this package was sent from this database; it is received by the other side")
ALREADY_RECEIVED = Template("receive.already_received",
                            "this package was already received (package {sequence} from {sender})")
OLDER = Template("receive.older",
                 "this is package {sequence} from {sender}, older than package {last} already received from them "
                 "for this assessment (an old copy or a replay)")
OTHER_VERSION = Template("receive.other_version",
                         "the assessment here uses another version of the questionnaire ({here} {here_version}) "
                         "than the package ({there} {there_version})")
FIRST_EXCHANGE = Template("receive.first_exchange",
                          "this database has not exchanged this assessment with the sender before: every difference "
                          "is shown as a conflict")
PREVIOUS_MISSING = Template("receive.previous_missing",
                            "the previous round this assessment follows is not in this database; the link to it is "
                            "not kept")
NOT_BUNDLED = Template("receive.not_bundled",
                       "the package uses questionnaire {framework} {version} ({sha}), which this installation does "
                       "not include; the copy carried in the package will be used")
BAD_SIDE = Template("receive.bad_side", "{side}: a conflict is resolved with mine or theirs")
ONLY_ANSWERS_EDITED = Template("receive.only_answers_edited", "only answers can be edited; keep mine or take theirs")
NOT_A_RESOLUTION = Template("receive.not_a_resolution", "{resolution} is not a resolution (mine, theirs or edited)")
NOTHING_IMPORTED = Template("receive.nothing_imported", "nothing was imported; the database is as it was")
FAILED = Template("receive.failed", "the import failed and was undone ({detail})")


class ConflictError(MgiError):
    """The package changes answers this database also changed; each needs a resolution."""

    def __init__(self, source: str, conflicts: list[Conflict]) -> None:
        super().__init__(CONFLICTS(source, n=len(conflicts)), details=[describe(c) for c in conflicts])
        self.conflicts = conflicts


def describe(conflict: Conflict) -> Message:
    def show(side: Any) -> str:
        if isinstance(side, dict) and "value" in side:
            text = json.dumps(side["value"], ensure_ascii=False)
            if side.get("justification"):
                text += f" ({side['justification'][:60]})"
            return f"{text} by {side.get('updated_by') or '?'}"
        return json.dumps(side, ensure_ascii=False, default=str)[:100]

    return CONFLICT(conflict.key, mine=show(conflict.mine), theirs=show(conflict.theirs))


@dataclass
class ImportPreview:
    """What receiving a package would do; nothing has changed yet."""

    path: Path
    manifest: Manifest
    encrypted: bool
    is_new: bool
    title: str
    questionnaire_bundled: bool
    conflicts: list[Conflict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    status: tuple[str, str] | None = None  # (now, after)
    #: what it brings, by kind (conflicts counted as kept mine)
    incoming: Incoming = field(default_factory=Incoming)
    notes: list[Message] = field(default_factory=list)
    #: Who signed it (None: unsigned, format 1), and how it was encrypted ("key", "password" or "").
    signer: Signer | None = None
    encryption: str = ""
    #: Importing needs the user to confirm that the package is unsigned...
    unsigned: bool = False
    #: ... or these keys' fingerprints (compared with their holders); `refusal` says why.
    unverified: list[str] = field(default_factory=list)
    refusal: Message | None = None

    def as_dict(self) -> dict[str, Any]:
        m = self.manifest
        return {"file": str(self.path), "package_id": m.package_id, "assessment_id": m.assessment_id,
                "title": self.title, "new": self.is_new, "encrypted": self.encrypted, "encryption": self.encryption,
                "sender": m.sender.model_dump(mode="json", exclude={"key"}),
                "signer": self.signer.as_dict() if self.signer else None, "signed": self.signer is not None,
                "unsigned_needs_confirmation": self.unsigned, "unverified_keys": self.unverified,
                "refusal": str(self.refusal) if self.refusal else None, "created_at": utc.text(m.created_at),
                "sequence": m.sequence,
                "framework": m.framework.model_dump(), "questionnaire_bundled": self.questionnaire_bundled,
                "status": list(self.status) if self.status else None, "counts": self.counts,
                "conflicts": [c.as_dict() for c in self.conflicts], "notes": [str(n) for n in self.notes]}


@dataclass
class Imported(Changes):
    """What an import changed (for the views), and what it brought (for the person: `incoming`)."""

    incoming: Incoming = field(default_factory=Incoming)


@dataclass
class _Prepared:
    path: Path
    contents: package.Contents
    framework: Framework
    framework_stored: bool
    me: str | None
    mine: PackageData | None
    merge: merging.Merge | None
    notes: list[Message]
    verdict: Verdict


_EMPTY_COUNTS = ("answers", "flags_changed", "evidence_added", "evidence_removed", "evidence_changed",
                 "comments_added", "comments_changed", "decisions_accepted", "decisions_returned",
                 "findings_added", "findings_removed", "findings_changed", "domain_texts_changed",
                 "audit_events_added")


def _framework(contents: package.Contents, source: str) -> Framework:
    sha = contents.manifest.framework.sha256
    try:
        framework = frameworks.cached(sha) or load_text(contents.questionnaire_text,
                                                        f"{source} (questionnaire in the package)")
    except QuestionnaireError as exc:
        raise refused(source, BAD_QUESTIONNAIRE(problem=exc.details[0] if exc.details else exc.msg)) from None
    framework = frameworks.remember(framework)
    fw = contents.manifest.framework
    if (framework.id, framework.version) != (fw.id, fw.version):
        raise refused(source, OTHER_QUESTIONNAIRE(named=fw.id, named_version=fw.version, held=framework.id,
                                                  held_version=framework.version))
    return framework


#: The steps `_prepare` reports, and `apply_import` after it (storing files, writing).
PREPARE_STEPS = 4
APPLY_STEPS = PREPARE_STEPS + 3


def _prepare(db: Database, path: Path, password: str | None, confirmed: Collection[str] = (),
             accept_unsigned: bool = False, progress: Progress | None = None) -> _Prepared:
    path = Path(path)
    source = str(path)
    own = db.own_key
    step(progress, 0, PREPARE_STEPS)
    contents = package.read(path, password, (own.identity, *own.retired))
    step(progress, 1, PREPARE_STEPS)
    manifest = contents.manifest
    framework = _framework(contents, source)
    step(progress, 2, PREPARE_STEPS)
    snapshot.check(contents.data, framework, source)
    step(progress, 3, PREPARE_STEPS)
    notes: list[Message] = []
    with db.reading() as session:
        me = state.peek_replica_id(session)
        if me is not None and manifest.sender.replica_id == me:
            raise refused(source, OWN_PACKAGE())
        if state.known_package(session, manifest.package_id) is not None:
            raise refused(source, ALREADY_RECEIVED(sequence=manifest.sequence, sender=manifest.sender.name))
        last = state.last_received(session, manifest.assessment_id, manifest.sender.replica_id)
        if last is not None and manifest.sequence <= last.sequence:
            raise refused(source, OLDER(sequence=manifest.sequence, sender=manifest.sender.name, last=last.sequence))
        stored = session.get(StoredQuestionnaire, manifest.framework.sha256) is not None
        existing = session.get(Assessment, manifest.assessment_id)
        mine: PackageData | None = None
        result: merging.Merge | None = None
        if existing is not None:
            if existing.questionnaire_sha256 != manifest.framework.sha256:
                raise refused(source, OTHER_VERSION(here=existing.framework_id, here_version=existing.framework_version,
                                                    there=manifest.framework.id,
                                                    there_version=manifest.framework.version))
            mine = snapshot.read(session, existing.id)
        # Before anything is merged: may this sender, and each signer inside, change what they would?
        verdict = authority.judge_before_merge(session, db, contents, mine, confirmed, accept_unsigned, source)
        theirs = snapshot.comparable(verdict.theirs)
        if mine is not None:
            mine = snapshot.comparable(mine)
            base = state.base_for(session, manifest, me)
            if base is None:
                notes.append(FIRST_EXCHANGE())
            result = merging.merge(snapshot.comparable(base) if base else None, mine, theirs)
        previous = contents.data.assessment.previous_id
        if existing is None and previous and session.get(Assessment, previous) is None:
            notes.append(PREVIOUS_MISSING())
    notes.extend(verdict.notes)
    bundled = _bundled(manifest.framework.sha256)
    if not bundled and not stored:
        notes.append(NOT_BUNDLED(framework=framework.id, version=framework.version, sha=manifest.framework.sha256[:12]))
    return _Prepared(path, contents, framework, stored, me, mine, result, notes, verdict)


def _bundled(sha256: str) -> bool:
    try:
        return any(f.sha256 == sha256 for f in catalogue.bundled())
    except MgiError:
        return False


def _counts(mine: PackageData | None, final: PackageData, came: Incoming) -> dict[str, int]:
    """What an import changes here, by kind; an answer counts only when its value or justification changes
    (a decision moves its review state: it is counted as a decision)."""
    counts = dict.fromkeys(_EMPTY_COUNTS, 0)
    old = mine or PackageData(assessment=final.assessment)

    def diff(attr: str, key: str, prefix: str, *, removals: bool = True) -> None:
        before = {getattr(x, key): x for x in getattr(old, attr)}
        after = {getattr(x, key): x for x in getattr(final, attr)}
        counts[f"{prefix}_added"] = sum(1 for k in after if k not in before)
        counts[f"{prefix}_changed"] = sum(1 for k in after if k in before and after[k] != before[k])
        if removals:
            counts[f"{prefix}_removed"] = sum(1 for k in before if k not in after)

    counts["answers"] = len(came.answers)
    counts["flags_changed"] = len(came.flags)
    diff("evidence", "id", "evidence")
    diff("comments", "id", "comments", removals=False)
    diff("findings", "id", "findings")
    counts["decisions_accepted"] = len(came.accepted)
    counts["decisions_returned"] = len(came.returned)
    counts["domain_texts_changed"] = len(
        {(t.domain_number, t.description) for t in final.domain_texts}
        ^ {(t.domain_number, t.description) for t in old.domain_texts})
    counts["audit_events_added"] = len({e.id for e in final.audit} - {e.id for e in old.audit})
    counts.pop("comments_removed", None)
    return counts


def preview_import(db: Database, path: Path, password: str | None = None, confirmed: Collection[str] = (),
                   accept_unsigned: bool = False, progress: Progress | None = None) -> ImportPreview:
    """Check a package and say what importing it would do (conflicts side by side); changes nothing.

    A package that needs a confirmation (unsigned, or a key to compare) is still previewed, as it
    would be once confirmed, with `unsigned` / `unverified` and the `refusal` saying what is needed.
    `progress` (see `mgi_desktop.progress`) hears of each step and may stop the work between them.
    """
    unsigned, unverified, refusal = False, list[str](), None
    confirmed = list(confirmed)
    while True:
        try:
            prepared = _prepare(db, path, password, confirmed, accept_unsigned or unsigned, progress)
            break
        except UnsignedPackage as exc:
            unsigned, refusal = True, exc.msg
        except UnverifiedSigner as exc:
            if set(exc.fingerprints) <= set(confirmed):
                raise
            unverified.extend(f for f in exc.fingerprints if f not in unverified)
            confirmed.extend(exc.fingerprints)
            refusal = refusal or exc.msg
    data = prepared.verdict.theirs
    if prepared.merge is None:
        final = data
        status = None
    else:
        keep_mine: dict[str, Resolution] = {c.key: "mine" for c in prepared.merge.conflicts}
        final = prepared.merge.result(keep_mine, "")
        now = prepared.mine.assessment.status if prepared.mine else data.assessment.status
        status = (now, final.assessment.status) if final.assessment.status != now else None
    authority.judge_after_merge(prepared.verdict, prepared.mine, final, str(prepared.path))
    step(progress, PREPARE_STEPS, PREPARE_STEPS)
    came = incoming(prepared.mine, final, prepared.framework.codes())
    return ImportPreview(prepared.path, prepared.contents.manifest, prepared.contents.encrypted,
                         prepared.merge is None, data.assessment.title,
                         _bundled(prepared.contents.manifest.framework.sha256),
                         list(prepared.merge.conflicts) if prepared.merge else [],
                         _counts(prepared.mine, final, came), status, came, prepared.notes,
                         prepared.verdict.signer,
                         prepared.contents.encryption, unsigned, unverified, refusal)


def resolutions_for(conflicts: list[Conflict], side: str) -> dict[str, Resolution]:
    """The same resolution for every conflict (``--mine`` / ``--theirs``)."""
    if side not in ("mine", "theirs"):
        raise ValidationError(BAD_SIDE(side=repr(side)))
    return {c.key: "mine" if side == "mine" else "theirs" for c in conflicts}


def apply_import(db: Database, path: Path, resolutions: Mapping[str, Resolution] | None = None,
                 password: str | None = None, confirmed: Collection[str] = (),
                 accept_unsigned: bool = False, progress: Progress | None = None) -> Imported:
    """Import a package in one transaction; conflicts need a resolution each (`ConflictError` lists them).

    `confirmed`: fingerprints the user compared with their holders (a reviewer's key met for the
    first time); `accept_unsigned`: the user's yes to a package of format 1.  `progress` may stop
    the import at any step until the transaction commits (`Cancelled`: nothing was imported).
    """
    prepared = _prepare(db, path, password, confirmed, accept_unsigned, progress)
    source = str(prepared.path)
    resolutions = dict(resolutions or {})
    who = assessments.actor(db)
    conflicts = prepared.merge.conflicts if prepared.merge else []
    unresolved = [c for c in conflicts if c.key not in resolutions]
    if unresolved:
        raise ConflictError(source, unresolved)
    for conflict in conflicts:
        resolution = resolutions[conflict.key]
        if isinstance(resolution, Edited):
            if conflict.question is None or conflict.kind != "answer":
                raise ValidationError(ONLY_ANSWERS_EDITED(conflict.key))
            value = prepared.framework.check_value(conflict.question, resolution.value)
            check_text(f"{conflict.question} justification", resolution.justification)
            resolutions[conflict.key] = Edited(value, resolution.justification)
        elif resolution not in ("mine", "theirs"):
            raise ValidationError(NOT_A_RESOLUTION(conflict.key, resolution=repr(resolution)))
    data = prepared.verdict.theirs
    final = data if prepared.merge is None else prepared.merge.result(resolutions, who.name)
    authority.judge_after_merge(prepared.verdict, prepared.mine, final, source)
    came = incoming(prepared.mine, final, prepared.framework.codes())
    counts = _counts(prepared.mine, final, came)
    # Evidence files go into the database's content-addressed store first: the database never
    # points at a file that is not there; a failed import removes the ones it stored.
    manifest = prepared.contents.manifest
    changes = Imported(manifest.assessment_id, kinds=set(ChangeKind), incoming=came)
    stored: set[str] = set()
    name = replacing_invalid(prepared.path.name)  # logged as a label: a POSIX name may hold any bytes
    try:
        step(progress, PREPARE_STEPS, APPLY_STEPS)
        for sha, content in prepared.contents.attachments.items():
            if not db.attachments.has(sha):
                stored.add(sha)
                db.attachments.store_bytes(content)
        step(progress, PREPARE_STEPS + 1, APPLY_STEPS)
        with db.transaction() as session:
            if prepared.mine is None:
                frameworks.store(session, prepared.framework)
                _insert_assessment(session, final)
            elif (any(counts.values()) or final.answers != prepared.mine.answers
                  or final.assessment != prepared.mine.assessment):
                final = final.model_copy(update={"assessment": final.assessment.model_copy(update={
                    "revision": max(final.assessment.revision, prepared.mine.assessment.revision) + 1})})
            _write(session, prepared.mine, final)
            authority.apply(session, db, prepared.verdict, manifest.assessment_id)
            parties.bind_receiver(session, db, manifest.assessment_id)
            for conflict in conflicts:
                _audit_resolution(session, who, manifest, conflict, resolutions[conflict.key])
            audit.record(session, who, assessment_id=manifest.assessment_id, entity="package",
                         entity_id=manifest.package_id, field="received",
                         new={"file": name, "sender": manifest.sender.name,
                              "signer": manifest.sender.fingerprint or "unsigned",
                              "sequence": manifest.sequence, "new": prepared.mine is None,
                              "conflicts": len(conflicts)} | {k: v for k, v in counts.items() if v})
            state.record(session, manifest, state.RECEIVED, data, name)
            # The last moment to stop: past it the transaction commits and Cancel no longer applies.
            step(progress, APPLY_STEPS - 1, APPLY_STEPS)
    except BaseException as exc:
        # All or nothing: the files this import stored go at once (a killed import's, at the next opening).
        db.collect_attachments(only=stored)
        full = disk.retold(exc, db.path.parent, NOTHING_IMPORTED(), subject=source)
        if full is not None:
            raise full from None
        if isinstance(exc, (MgiError, Cancelled)) or not isinstance(exc, Exception):
            raise
        # e.g. an integrity error from a package that passed every check
        raise ExchangeError(FAILED(source, detail=f"{type(exc).__name__}: {exc}")) from exc
    changes.questions = {a.code for a in final.answers}
    changes.messages = list(prepared.notes)
    if progress is not None:
        progress(APPLY_STEPS, APPLY_STEPS)
    return changes


def _audit_resolution(session: Session, who: Actor, manifest: Manifest, conflict: Conflict,
                      resolution: Resolution) -> None:
    if isinstance(resolution, Edited):
        new: Any = {"value": resolution.value, "justification": resolution.justification}
        how = "edited"
    else:
        new = conflict.mine if resolution == "mine" else conflict.theirs
        how = "kept mine" if resolution == "mine" else "took theirs"
    entity, _, entity_id = conflict.key.partition(":")
    audit.record(session, who, assessment_id=manifest.assessment_id, entity=entity,
                 entity_id=conflict.question or entity_id or manifest.assessment_id, field="conflict",
                 old={"mine": conflict.mine, "theirs": conflict.theirs}, new=new,
                 reason=f"conflict with package {manifest.sequence} from {manifest.sender.name}: {how}")


def _insert_assessment(session: Session, final: PackageData) -> None:
    a = final.assessment
    previous = a.previous_id if a.previous_id and session.get(Assessment, a.previous_id) else None
    session.add(Assessment(**(a.model_dump(exclude={"previous_id"}) | {"previous_id": previous})))
    session.flush()


def _rows(session: Session, statement: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(statement, rows)


def _write(session: Session, mine: PackageData | None, final: PackageData) -> None:
    """Bring the database from `mine` to `final`: only what differs is written.

    Core statements with many rows each, not ORM objects: receiving a package
    is a bulk load, and building an ORM object per row would cost most of it.
    """
    t = SQLModel.metadata.tables
    answer_t, evidence_t, comment_t = t["answer"], t["evidence"], t["comment"]
    decision_t, finding_t, text_t, audit_t = t["review_decision"], t["finding"], t["domain_text"], t["audit_event"]
    aid = final.assessment.id
    session.flush()
    if mine is not None:
        fields = {name: getattr(final.assessment, name) for name in (
            "title", "status", "focal_point", "institution", "introduction", "language", *PROFILE_FIELDS,
            "revision", "updated_at")}
        previous = final.assessment.previous_id
        if (mine.assessment.previous_id is None and previous
                and session.get(Assessment, previous) is not None):
            fields["previous_id"] = previous
        if mine.assessment.crosswalk_json is None and final.assessment.crosswalk_json is not None:
            fields["crosswalk_json"] = final.assessment.crosswalk_json  # set once, when the round was made
        session.execute(sa.update(t["assessment"]).where(t["assessment"].c.id == aid).values(**fields))
        session.expire_all()
    old = mine or PackageData(assessment=final.assessment)

    ids: dict[str, str] = dict(session.execute(
        sa.select(answer_t.c.question_code, answer_t.c.id).where(answer_t.c.assessment_id == aid)).all())
    before = {a.code: a for a in old.answers}
    inserts, updates = [], []
    for answer in final.answers:
        if before.get(answer.code) == answer and answer.code in ids:
            continue
        row = {"value_json": None if answer.value is None else json.dumps(answer.value, ensure_ascii=False),
               **{name: getattr(answer, name) for name in (
                   "justification", "carried_over", "flagged", "review_state", "revision", "updated_at",
                   "updated_by")}}
        if answer.code in ids:
            updates.append(row | {"_id": ids[answer.code]})
        else:
            ids[answer.code] = new_id()
            inserts.append(row | {"id": ids[answer.code], "assessment_id": aid, "question_code": answer.code})
    needed = ({e.question for e in final.evidence} | {c.question for c in final.comments}
              | {d.question for d in final.decisions}) - set(ids)
    for code in sorted(needed):
        ids[code] = new_id()
        inserts.append({"id": ids[code], "assessment_id": aid, "question_code": code, "value_json": None,
                        "justification": "", "carried_over": False, "flagged": False,
                        "review_state": "not_reviewed", "revision": 0, "updated_at": final.assessment.updated_at,
                        "updated_by": ""})
    _rows(session, answer_t.insert(), inserts)
    _rows(session, answer_t.update().where(answer_t.c.id == sa.bindparam("_id")), updates)

    def sync(table: sa.Table, old_items: dict[Any, Any], new_items: dict[Any, Any], key: Any,
             values: Any, removals: bool = True) -> None:
        if removals:
            gone = [k for k in old_items if k not in new_items]
            if gone:
                session.execute(table.delete().where(key.in_(gone)))
        added: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for k, item in new_items.items():
            if old_items.get(k) == item:
                continue
            (changed if k in old_items else added).append(values(item))
        _rows(session, table.insert(), added)
        for row in changed:
            session.execute(table.update().where(key == row[key.name]).values(**row))

    sync(evidence_t, {e.id: e for e in old.evidence}, {e.id: e for e in final.evidence}, evidence_t.c.id,
         lambda e: e.model_dump(exclude={"question"}) | {"answer_id": ids[e.question]})
    sync(comment_t, {c.id: c for c in old.comments}, {c.id: c for c in final.comments}, comment_t.c.id,
         lambda c: c.model_dump(exclude={"question"}) | {"answer_id": ids[c.question]}, removals=False)
    known = {d.id for d in old.decisions}
    _rows(session, decision_t.insert(), [d.model_dump(exclude={"question"}) | {"answer_id": ids[d.question]}
                                         for d in final.decisions if d.id not in known])
    sync(finding_t, {f.id: f for f in old.findings}, {f.id: f for f in final.findings}, finding_t.c.id,
         lambda f: f.model_dump(exclude={"question_codes"}) | {"question_codes": json.dumps(f.question_codes),
                                                              "assessment_id": aid})
    old_texts = {x.domain_number: x for x in old.domain_texts}
    new_texts = {x.domain_number: x for x in final.domain_texts}
    for number in set(old_texts) | set(new_texts):
        if old_texts.get(number) == new_texts.get(number):
            continue
        where = (text_t.c.assessment_id == aid) & (text_t.c.domain_number == number)
        session.execute(text_t.delete().where(where))
        if number in new_texts:
            session.execute(text_t.insert().values(assessment_id=aid, domain_number=number,
                                                   description=new_texts[number].description))
    known = {e.id for e in old.audit}
    _rows(session, audit_t.insert(), [e.model_dump() | {"assessment_id": aid} for e in final.audit
                                      if e.id not in known])
    known = {a.id for a in old.attestations}
    _rows(session, t["attestation"].insert(), [a.model_dump() | {"assessment_id": aid} for a in final.attestations
                                               if a.id not in known])
    session.expire_all()


def verify(path: Path, password: str | None = None, database: Path | None = None) -> dict[str, Any]:
    """Check a package completely and say who signed it and what it holds; changes nothing.

    Nothing is written anywhere: not the database (read without its lock, if it exists), not
    even a first key for the user (one that has none opens only unencrypted packages).
    """
    from mgi_desktop import enums
    from mgi_desktop.enums import KeyTrust
    from mgi_desktop.identity import own

    key = own.load(create=False)
    identities = (key.identity, *key.retired) if key is not None else ()
    source = str(path)
    contents = package.read(Path(path), password, identities)
    framework = _framework(contents, source)
    snapshot.check(contents.data, framework, source)
    m, data = contents.manifest, contents.data
    signer: dict[str, Any] | None = None
    if contents.signer is not None:
        trust, bound = KeyTrust.SEEN, None
        if database is not None and Path(database).exists():
            trust, bound = _trust_in(Path(database), m.assessment_id, contents.signer.fingerprint)
        if key is not None and contents.signer.fingerprint == key.fingerprint:
            trust = KeyTrust.OWN
        signer = {"fingerprint": contents.signer.fingerprint, "short": contents.signer.short,
                  "name": m.sender.name, "institution": m.sender.institution, "role": m.sender.role.value,
                  "trust": trust.value, "trust_text": enums.english(trust), "bound_roles": bound}
    return {"file": source, "format_version": m.format_version, "package_id": m.package_id,
            "assessment_id": m.assessment_id, "title": data.assessment.title, "language": data.assessment.language,
            "sequence": m.sequence,
            "created_at": utc.text(m.created_at), "status": data.assessment.status.value, "signer": signer,
            "encryption": contents.encryption, "recipients": m.recipients,
            "framework": m.framework.model_dump(), "answers": len(data.answers), "evidence": len(data.evidence),
            "files": len(contents.attachments), "decisions": len(data.decisions), "steps": len(data.attestations)}


def _trust_in(database: Path, assessment_id: str, fingerprint: str) -> tuple[Any, list[str] | None]:
    """How far `database` trusts a key and its roles there, read without writing a byte: not even
    the write-ahead log that opening a database normally makes (``immutable`` when there is none)."""
    import sqlite3

    from mgi_desktop.enums import KeyTrust

    wal = database.with_name(database.name + "-wal").exists()
    uri = f"file:{database.as_posix()}?mode=ro" + ("" if wal else "&immutable=1")
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            row = con.execute("SELECT trust FROM known_key WHERE fingerprint = ?", (fingerprint,)).fetchone()
            held = con.execute("SELECT role FROM assessment_party WHERE assessment_id = ? AND fingerprint = ?",
                               (assessment_id, fingerprint)).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return KeyTrust.SEEN, None  # an older or damaged database: nothing known about the key
    return (KeyTrust(row[0]) if row else KeyTrust.SEEN), (sorted(str(r[0]) for r in held) or None)
