"""Trust across the exchange, tested as an attacker would: every forgery through the real import path.

Each refused package leaves the database byte for byte as it was (`file_hash`).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from mgi_desktop.errors import ExchangeError, PermissionDenied
from mgi_desktop.exchange import authority, package, receive, send
from mgi_desktop.exchange.format import DATA, MANIFEST, SIGNATURE
from mgi_desktop.identity import own
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, keys, parties, review

from .conftest import Side, file_hash, introduce, submitted


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    path.write_bytes(buffer.getvalue())
    return path


def _rehashed(members: dict[str, bytes]) -> dict[str, bytes]:
    """The manifest's hashes made to match edited members, as a forger would (the signature is kept)."""
    manifest = json.loads(members[MANIFEST])
    for name in manifest["members"]:
        manifest["members"][name] = hashlib.sha256(members[name]).hexdigest()
    return members | {MANIFEST: json.dumps(manifest, indent=1).encode()}


def _refused(side: Side, path: Path, match: str, error: type[Exception] = ExchangeError, **kwargs: object) -> None:
    before = file_hash(side.db.path)
    with side.acting() as db, pytest.raises(error, match=match):
        receive.apply_import(db, path, {}, **kwargs)  # type: ignore[arg-type]
    assert file_hash(side.db.path) == before


def test_a_rehashed_edit_breaks_the_signature(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> None:
    _, p1 = submitted(side_a, mini, tmp_path)
    members = _members(p1)
    data = json.loads(members[DATA])
    data["answers"][0]["value"] = 99  # Q3
    forged = _write(tmp_path / "rehashed.mgi", _rehashed(members | {DATA: json.dumps(data).encode()}))
    _refused(side_b, forged, "altered after it was signed")
    with side_b.acting() as b:
        assert b.query("SELECT id FROM assessment") == []


def test_an_edit_after_signing_without_rehashing_is_a_wrong_checksum(side_a: Side, side_b: Side, mini: Framework,
                                                                      tmp_path: Path) -> None:
    _, p1 = submitted(side_a, mini, tmp_path)
    members = _members(p1)
    forged = _write(tmp_path / "edited.mgi", members | {DATA: members[DATA].replace(b'"2020 census"',
                                                                                     b'"2021 census"')})
    _refused(side_b, forged, "wrong checksum for 'data.json'")


def test_a_stripped_signature_is_refused(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> None:
    _, p1 = submitted(side_a, mini, tmp_path)
    members = _members(p1)
    del members[SIGNATURE]
    _refused(side_b, _write(tmp_path / "stripped.mgi", members), "the signature was removed")
    # ...and passing it off as format 1 (unsigned, which needs a confirmation) breaks nothing either
    manifest = json.loads(members[MANIFEST])
    manifest["format_version"] = 1
    downgraded = _write(tmp_path / "downgraded.mgi", members | {MANIFEST: json.dumps(manifest).encode()})
    _refused(side_b, downgraded, "not signed", authority.UnsignedPackage)


def test_a_signature_by_another_key_over_the_same_manifest_is_refused(side_a: Side, side_b: Side,
                                                                       stranger: Side, mini: Framework,
                                                                       tmp_path: Path) -> None:
    """The stranger signs A's manifest with their own key: the manifest names A's key, not theirs."""
    _, p1 = submitted(side_a, mini, tmp_path)
    members = _members(p1)
    from mgi_desktop.identity.keys import Purpose, b64

    identity = stranger.db.own_key.identity
    signature = {"format_version": 2, "algorithm": "Ed25519", "key": identity.public.as_dict(),
                 "fingerprint": identity.fingerprint,
                 "signature": b64(identity.sign_bytes(Purpose.PACKAGE, members[MANIFEST]))}
    forged = _write(tmp_path / "resigned.mgi", members | {SIGNATURE: json.dumps(signature).encode()})
    _refused(side_b, forged, "names another sender's key")


def test_a_forged_iom_package_from_an_unbound_key_is_refused(side_a: Side, side_b: Side, stranger: Side,
                                                              mini: Framework, tmp_path: Path) -> None:
    """Someone claiming to be IOM's reviewer validates A's assessment with their own key."""
    aid, p1 = submitted(side_a, mini, tmp_path)
    with stranger.acting() as x:
        receive.apply_import(x, p1, {})
        review.accept(x, aid, "Q3")
        review.accept(x, aid, "Q7")
        assessments.set_status(x, aid, "validated")
        forged = send.export_package(x, aid, tmp_path / "forged.mgi").path
    _refused(side_a, forged, "not a reviewer of this assessment", authority.UnverifiedSigner)
    with side_a.acting() as a:
        preview = receive.preview_import(a, forged)
        assert preview.unverified == [stranger.db.own_key.fingerprint]
        assert preview.signer is not None and preview.signer.name == "IOM Regional Office"
        assert assessments.get(a, aid).status == "submitted"


def test_a_replay_with_a_bumped_sequence_is_refused(side_a: Side, side_b: Side, mini: Framework,
                                                     tmp_path: Path) -> None:
    _, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
    members = _members(p1)
    manifest = json.loads(members[MANIFEST])
    manifest["sequence"], manifest["package_id"] = 7, "0" * 8 + manifest["package_id"][8:]
    bumped = _write(tmp_path / "bumped.mgi", members | {MANIFEST: json.dumps(manifest, indent=1).encode()})
    _refused(side_b, bumped, "altered after it was signed")
    _refused(side_b, p1, "already received")


def test_an_older_package_is_refused_after_a_newer_one(side_a: Side, side_b: Side, mini: Framework,
                                                        tmp_path: Path) -> None:
    aid, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        review.return_answer(b, aid, "Q3", "Which census?")
        assessments.set_status(b, aid, "returned")
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi").path
    with side_a.acting() as a:
        receive.apply_import(a, q1, {})
        answers.set_answer(a, aid, "Q3", 11, justification="2021 census")
        assessments.set_status(a, aid, "resubmitted")
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path
    with side_b.acting() as b:
        receive.apply_import(b, p2, {})
    # p1 again, under another name: it is older than p2, and would roll Q3 back
    (tmp_path / "again.mgi").write_bytes(p1.read_bytes())
    _refused(side_b, tmp_path / "again.mgi", "already received")
    with side_b.acting() as b:
        assert answers.get_answer(b, aid, "Q3").value == 11


def test_the_role_setting_gives_the_focal_point_no_review_powers(side_a: Side, mini: Framework,
                                                                  tmp_path: Path) -> None:
    aid, _ = submitted(side_a, mini, tmp_path)
    with side_a.acting() as a:
        a.set_user("Amina Focal", "Ministry", "reviewer")  # the setting says "reviewer"
        before = file_hash(a.path)
        with pytest.raises(PermissionDenied, match="focal point"):
            review.accept(a, aid, "Q3")
        with pytest.raises(PermissionDenied, match="focal point"):
            assessments.set_status(a, aid, "validated")
        assert assessments.get(a, aid).status == "submitted"
        assert file_hash(a.path) == before


def test_a_focal_point_validating_with_a_second_key_is_not_accepted_by_iom(side_a: Side, side_b: Side,
                                                                            mini: Framework, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch,
                                                                            new_db) -> None:
    """A makes a second key, reviews their own package with it, trusts it at home, and sends the
    'validated' assessment to IOM: IOM's reviewer B does not take the validation."""
    aid, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})  # IOM has the submitted assessment
    folder = tmp_path / "a2"
    folder.mkdir()
    monkeypatch.setenv("MGI_DATA_DIR", str(folder))
    second = Side(new_db(folder / "mgi.sqlite", "Amina's Other Self", "IOM", "reviewer"), folder, monkeypatch)
    second.db.use_key(own.load())
    with second.acting() as x:
        receive.apply_import(x, p1, {})
        review.accept(x, aid, "Q3")
        review.accept(x, aid, "Q7")
        assessments.set_status(x, aid, "validated")
        self_validated = send.export_package(x, aid, tmp_path / "self.mgi").path
    with side_a.acting() as a:  # at home, A confirms their own second key
        receive.apply_import(a, self_validated, {}, confirmed=[second.db.own_key.fingerprint])
        assert assessments.get(a, aid).status == "validated"
        relayed = send.export_package(a, aid, tmp_path / "relayed.mgi").path
    _refused(side_b, relayed, "not a reviewer of this assessment", authority.UnverifiedSigner)
    with side_b.acting() as b:
        assert assessments.get(b, aid).status == "submitted"


def test_a_focal_point_cannot_sign_decisions_on_their_own_answers(side_a: Side, side_b: Side, mini: Framework,
                                                                   tmp_path: Path) -> None:
    aid, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
    # A forges an "accepted" decision signed with A's own key, in a package A signs.
    from mgi_desktop.identity.keys import Purpose
    from mgi_desktop.services import signing
    from mgi_desktop.storage.tables import ReviewDecision
    from mgi_desktop.utc import now

    with side_a.acting() as a, a.transaction() as session:
        answer_id = a.query_one("SELECT id FROM answer WHERE question_code = 'Q3'")["id"]
        at = now()
        fp, sig = signing.sign(a.own_key.identity, Purpose.DECISION, signing.decision_statement(
            aid, "11111111-1111-1111-1111-111111111111", "Q3", "accepted", "", at))
        session.add(ReviewDecision(id="11111111-1111-1111-1111-111111111111", answer_id=answer_id,
                                   decision="accepted", reviewer="Rita Reviewer", decided_at=at, signer=fp,
                                   signature=sig))
    with side_a.acting() as a:
        forged = send.export_package(a, aid, tmp_path / "self-decided.mgi").path
    _refused(side_b, forged, "focal point does not review")


def test_a_status_without_its_signed_step_is_refused(side_a: Side, side_b: Side, mini: Framework,
                                                      tmp_path: Path) -> None:
    """A's database says 'validated' (edited by hand), with no reviewer's signed step behind it."""
    aid, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
    with side_a.acting() as a, a.sql_transaction() as sql:
        sql.execute("UPDATE assessment SET status = 'validated' WHERE id = :id", {"id": aid})
    with side_a.acting() as a:
        forged = send.export_package(a, aid, tmp_path / "hand-edited.mgi").path
    _refused(side_b, forged, "without a step signed by its reviewer")


def test_review_end_to_end_with_two_keys_and_the_signer_shown_at_each_step(side_a: Side, side_b: Side,
                                                                            mini: Framework, tmp_path: Path) -> None:
    aid, p1 = submitted(side_a, mini, tmp_path)
    a_key, b_key = side_a.db.own_key.fingerprint, side_b.db.own_key.fingerprint
    with side_b.acting() as b:
        preview = receive.preview_import(b, p1)
        assert preview.signer is not None and (preview.signer.name, preview.signer.fingerprint) == ("Amina Focal",
                                                                                                    a_key)
        receive.apply_import(b, p1, {})
        with b.reading() as session:
            bound = parties.of(session, aid)
        assert bound.focal_points == {a_key} and bound.reviewers == {b_key}
        review.return_answer(b, aid, "Q3", "Which census?")
        review.accept(b, aid, "Q7")
        assessments.set_status(b, aid, "returned")
        recipients = send.recipient_keys(b, aid)
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi", recipients=recipients).path
    with side_a.acting() as a:
        preview = receive.preview_import(a, q1)
        assert preview.signer is not None and preview.signer.fingerprint == b_key
        assert preview.encryption == "key" and preview.status == ("submitted", "returned")
        receive.apply_import(a, q1, {})
        assert answers.get_answer(a, aid, "Q3").review_state == "returned"
        answers.set_answer(a, aid, "Q3", 11, justification="2021 census")
        assessments.set_status(a, aid, "resubmitted")
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi", recipients=send.recipient_keys(a, aid)).path
    with side_b.acting() as b:
        assert receive.preview_import(b, p2).signer.fingerprint == a_key  # type: ignore[union-attr]
        receive.apply_import(b, p2, {})
        review.accept(b, aid, "Q3")
        assessments.set_status(b, aid, "validated")
        q2 = send.export_package(b, aid, tmp_path / "q2.mgi", recipients=send.recipient_keys(b, aid)).path
    with side_a.acting() as a:
        receive.apply_import(a, q2, {})
        assert assessments.get(a, aid).status == "validated"
        assert answers.get_answer(a, aid, "Q3").value == 11


def test_a_package_encrypted_to_keys_opens_only_for_its_recipients(side_a: Side, side_b: Side, stranger: Side,
                                                                     mini: Framework, tmp_path: Path) -> None:
    aid, _ = submitted(side_a, mini, tmp_path)
    with side_a.acting() as a, a.reading() as session:
        row = keys.get(session, side_b.db.own_key.fingerprint)
        assert row is not None
        b_public = keys.public_key(row)
    with side_a.acting() as a:
        sealed = send.export_package(a, aid, tmp_path / "sealed.mgi",
                                     recipients=[b_public, a.own_key.identity.public]).path
    # Read the members as any zip reader would (they are deflated, so the raw file proves little).
    with zipfile.ZipFile(sealed) as archive:
        assert sorted(archive.namelist()) == ["envelope.json", "payload.bin"]
        for name in archive.namelist():
            assert b"2020 census" not in archive.read(name)
    _refused(stranger, sealed, "encrypted for other people's keys")
    with side_b.acting() as b:
        assert receive.preview_import(b, sealed).encryption == "key"
        receive.apply_import(b, sealed, {})
        assert answers.get_answer(b, aid, "Q3").value == 10


def test_a_replaced_key_is_introduced_by_the_old_one(side_a: Side, side_b: Side, mini: Framework,
                                                      tmp_path: Path) -> None:
    aid, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        review.return_answer(b, aid, "Q3", "Which census?")
        assessments.set_status(b, aid, "returned")
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi").path
    with side_a.acting() as a:
        receive.apply_import(a, q1, {})
        old = a.own_key.fingerprint
        parties.replace_own(a)  # a new key, kept in A's config folder, introduced by the old one
        assert a.own_key.fingerprint != old and a.own_key.introduction is not None
        answers.set_answer(a, aid, "Q3", 11)
        assessments.set_status(a, aid, "resubmitted")
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path
    with side_b.acting() as b:
        receive.apply_import(b, p2, {})  # no fingerprint to compare: the old key vouches for the new
        with b.reading() as session:
            assert side_a.db.own_key.fingerprint in parties.of(session, aid).focal_points
        assert answers.get_answer(b, aid, "Q3").value == 11


def test_a_crafted_scrypt_envelope_is_refused_at_once(side_b: Side, tmp_path: Path) -> None:
    import time

    envelope = {"format_version": 2, "cipher": "AES-256-GCM", "nonce": "AAAAAAAAAAAAAAAA",
                "password": {"kdf": {"n": 2**20, "r": 16, "p": 4, "salt": "AAAA"}, "nonce": "AAAAAAAAAAAAAAAA",
                             "wrapped": "AAAA"}, "recipients": []}
    crafted = _write(tmp_path / "scrypt.mgi", {"envelope.json": json.dumps(envelope).encode(),
                                               "payload.bin": b"\0" * 64})
    start = time.perf_counter()
    with side_b.acting() as b, pytest.raises(ExchangeError, match=r"envelope\.json is not valid: password\.kdf"):
        package.read(crafted, "any password", (b.own_key.identity,))
    assert time.perf_counter() - start < 2


def test_an_unsigned_package_needs_a_confirmation_and_brings_no_review_powers(side_a: Side, side_b: Side,
                                                                             mini: Framework,
                                                                             tmp_path: Path) -> None:
    """A package of format 1 (as older versions wrote): shown as unsigned; its status is not applied."""
    aid, p1 = submitted(side_a, mini, tmp_path)
    members = _members(p1)
    del members[SIGNATURE]
    manifest = json.loads(members[MANIFEST])
    manifest["format_version"] = 1
    for name in ("recipients", "introduced_by"):
        manifest.pop(name, None)
    manifest["sender"].pop("key")
    manifest["sender"].pop("fingerprint")
    data = json.loads(members[DATA])
    for name in ("attestations", "parties", "keys"):
        data.pop(name)
    members[DATA] = json.dumps(data).encode()
    manifest["members"][DATA] = hashlib.sha256(members[DATA]).hexdigest()
    old = _write(tmp_path / "old.mgi", members | {MANIFEST: json.dumps(manifest).encode()})
    with side_b.acting() as b:
        preview = receive.preview_import(b, old)
        assert preview.unsigned and preview.signer is None and preview.refusal is not None
    _refused(side_b, old, "not signed", authority.UnsignedPackage)
    with side_b.acting() as b:
        receive.apply_import(b, old, {}, accept_unsigned=True)
        assert answers.get_answer(b, aid, "Q3").value == 10


def test_introduce_helper_really_trusts(side_a: Side, side_b: Side, tmp_path: Path) -> None:
    """The fixtures' key swap is what two people do by hand: export, import, compare, trust."""
    with side_a.acting() as a, a.reading() as session:
        assert keys.is_trusted(session, side_b.db.own_key.fingerprint)
    introduce(side_a, side_b, tmp_path)  # twice is harmless
