"""IOM's side marks every validation that no trusted reviewer key backs: consolidation, profile, rounds.

Two people (the focal point A, IOM's reviewer B) and whoever consolidates
at IOM (C, who trusts B's key by hand or from a list): each mark is reached
through the real paths (packages, databases edited as a forger would), and
read back from the files written (openpyxl and calamine, the profile's HTML,
the round comparison).
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from mgi_desktop.enums import AssessmentStatus, ValidationMark
from mgi_desktop.exchange import receive, send
from mgi_desktop.export import round_comparison
from mgi_desktop.export.consolidate import consolidate
from mgi_desktop.export.consolidate_filters import Filters
from mgi_desktop.export.profile import build_profile, profile_for
from mgi_desktop.export.profile_html import render_html
from mgi_desktop.export.sources import from_package
from mgi_desktop.identity.keys import Purpose, short
from mgi_desktop.messages import english
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, keys, review, rounds, signing, validation
from mgi_desktop.storage.db import Database

from .conftest import Side, _side, introduce, submitted

HOLDER = "Rita Reviewer, IOM"


def _validated(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> tuple[str, Path]:
    """A answers and submits, B reviews and validates; A receives the validation. B's package."""
    aid, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        review.accept(b, aid, "Q3")
        review.accept(b, aid, "Q7")
        assessments.set_status(b, aid, "validated")
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi").path
    with side_a.acting() as a:
        receive.apply_import(a, q1, {})
        assert assessments.get(a, aid).status == "validated"
    return aid, q1


@pytest.fixture
def iom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_db, side_b: Side) -> Side:
    """C at IOM headquarters, who compared B's fingerprint by hand."""
    side = _side(tmp_path, "c", "IOM Headquarters", "reviewer", monkeypatch, new_db)
    introduce(side_b, side, tmp_path)
    return side


def read_xlsx(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet as calamine reads it (a second reader: openpyxl wrote the file)."""
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def table(rows: list[list[object]]) -> list[dict[str, object]]:
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, list(row) + [""] * (len(header) - len(row)), strict=True)) for row in rows[1:]]


def _trust(side: Side) -> validation.Trust:
    with side.acting() as db:
        return validation.trust_of(db)


def _sheet_rows(path: Path, sheet: str) -> list[dict[str, object]]:
    """A sheet read by openpyxl, checked against calamine's reading of the same cells."""
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [[c if c is not None else "" for c in row] for row in book[sheet].iter_rows(values_only=True)]
    book.close()
    by_openpyxl, by_calamine = table(rows), table(read_xlsx(path)[sheet])
    for one, other in zip(by_openpyxl, by_calamine, strict=True):
        for key in ("Validation", "Validation details", "Validation key"):
            if key in one:
                assert one[key] == other[key]
    return by_openpyxl


def _edit_answer(db: Database, aid: str, code: str, value: object) -> None:
    """A hand edit of the database file, past every service (what a forger does)."""
    with db.sql_transaction() as sql:
        sql.execute("UPDATE answer SET value_json = :v WHERE assessment_id = :aid AND question_code = :code",
                    {"v": json.dumps(value), "aid": aid, "code": code})


def test_a_validation_signed_by_a_reviewer_key_trusted_by_hand_is_signed(side_a: Side, side_b: Side, iom: Side,
                                                                          mini: Framework, tmp_path: Path) -> None:
    aid, _ = _validated(side_a, side_b, mini, tmp_path)
    b_key = side_b.db.own_key.fingerprint
    trust = _trust(iom)
    with side_a.acting() as a:
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path  # the focal point passes it on
    target = tmp_path / "iom.xlsx"
    report = consolidate([p2], target, trust=trust)
    checked = report.validations[aid]
    assert (checked.mark, checked.signer, checked.warning) == (ValidationMark.SIGNED, b_key, False)
    matrix = _sheet_rows(target, "Matrix (wide)")
    assert [(r["Validation"], r["Validation key"]) for r in matrix] == [("signed", b_key)]
    details = str(matrix[0]["Validation details"])
    assert details.startswith(f"validated by {HOLDER} (key {short(b_key)}) on ")
    assert details.endswith("answers unchanged since")
    assert {r["Validation"] for r in _sheet_rows(target, "Answers (long)")} == {"signed"}
    assert {r["Validation"] for r in _sheet_rows(target, "Domain summary")} == {"signed"}
    inputs = _sheet_rows(target, "Inputs")
    assert [r["Validation warnings"] for r in inputs] == [0]
    about = {row[0]: row[1] for row in read_xlsx(target)["About"] if row and row[0]}
    assert about["Validations"] == f"signers checked against the keys trusted in {iom.db.path}"
    assert "Column: Validation" in about and about["Validation: self_validated"]

    # the profile's title page says so, from the package as from B's database
    page = render_html(build_profile(from_package(p2), trust=trust))
    assert f"Validation: validated by {HOLDER} (key {short(b_key)})" in page
    assert 'class="validation-warning"' not in page and '<p class="validation">' in page
    with side_b.acting() as b:
        assert profile_for(b, aid).validation_line.startswith(f"Validation: validated by {HOLDER}")


def test_a_reviewer_key_from_a_trusted_list_is_signed(side_a: Side, side_b: Side, mini: Framework,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       new_db) -> None:
    """HQ (H) lists B's key; the regional office (C) trusts H by hand, and so B's key from the list."""
    aid, q1 = _validated(side_a, side_b, mini, tmp_path)
    hq = _side(tmp_path, "h", "IOM HQ", "reviewer", monkeypatch, new_db)
    introduce(side_b, hq, tmp_path)
    office = _side(tmp_path, "o", "IOM Office", "reviewer", monkeypatch, new_db)
    introduce(hq, office, tmp_path)
    listed = tmp_path / "iom.mgikeys"
    with hq.acting() as h:
        keys.export_list(h, listed, [side_b.db.own_key.fingerprint])
    with office.acting() as o:
        keys.import_file(o, listed)
        with o.reading() as session:
            row = keys.get(session, side_b.db.own_key.fingerprint)
            assert row is not None and row.trust == "list"
    report = consolidate([q1], tmp_path / "office.xlsx", trust=_trust(office))
    assert report.validations[aid].mark is ValidationMark.SIGNED


def test_a_focal_point_self_validating_with_a_second_key_is_not_trusted(side_a: Side, side_b: Side, iom: Side,
                                                                         mini: Framework, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch,
                                                                         new_db) -> None:
    """A makes a second key "Amina's Other Self", validates with it and confirms it at home."""
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 10)
        answers.set_answer(a, aid, "Q7", "yes")
        assessments.set_status(a, aid, "submitted")
        p1 = send.export_package(a, aid, tmp_path / "p1.mgi").path
    second = _side(tmp_path, "a2", "Amina's Other Self", "reviewer", monkeypatch, new_db)
    with second.acting() as x:
        receive.apply_import(x, p1, {})
        review.accept(x, aid, "Q3")
        review.accept(x, aid, "Q7")
        assessments.set_status(x, aid, "validated")
        self_validated = send.export_package(x, aid, tmp_path / "self.mgi").path
    with side_a.acting() as a:
        receive.apply_import(a, self_validated, {}, confirmed=[second.db.own_key.fingerprint])
        relayed = send.export_package(a, aid, tmp_path / "relayed.mgi").path
    side_a.db.close()  # consolidation reads databases that are not open elsewhere

    target = tmp_path / "iom.xlsx"
    report = consolidate([relayed, side_a.db.path], target, trust=_trust(iom))
    checked = report.validations[aid]
    assert (checked.mark, checked.warning) == (ValidationMark.UNTRUSTED, True)
    assert english(checked.message) == (f"not validated by a trusted reviewer key: validated with key "
                                        f"{short(second.db.own_key.fingerprint)}, which is not a reviewer key "
                                        "trusted here")
    matrix = _sheet_rows(target, "Matrix (wide)")
    assert [r["Validation"] for r in matrix] == ["untrusted"]
    # the same revision in both: the first input's copy is used, the other is a duplicate
    assert [r["Validation warnings"] for r in _sheet_rows(target, "Inputs")] == [1, 0]
    page = render_html(build_profile(from_package(relayed), trust=_trust(iom)))
    assert 'class="validation-warning"' in page and "not validated by a trusted reviewer key" in page


def test_a_validation_signed_with_the_focal_points_own_key_is_self_validated(side_a: Side, side_b: Side,
                                                                              mini: Framework,
                                                                              tmp_path: Path) -> None:
    """A signs a "validated" step with their own key, in their own database (B trusts A's key by hand)."""
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 10)
        with a.transaction() as session:
            row = assessments.load(session, aid)
            row.status = AssessmentStatus.VALIDATED
            assessments.attest(session, a, aid, AssessmentStatus.VALIDATED, row.updated_at)
        forged = send.export_package(a, aid, tmp_path / "forged.mgi").path
    report = consolidate([forged], tmp_path / "x.xlsx", trust=_trust(side_b))
    checked = report.validations[aid]
    assert checked.mark is ValidationMark.SELF_VALIDATED and checked.signer == side_a.db.own_key.fingerprint
    assert "self-validated with the focal point's own key" in english(checked.message)


def test_answers_changed_after_the_validation_are_marked(side_a: Side, side_b: Side, iom: Side, mini: Framework,
                                                         tmp_path: Path) -> None:
    aid, _ = _validated(side_a, side_b, mini, tmp_path)
    with side_a.acting() as a:
        _edit_answer(a, aid, "Q3", 99)
        edited = send.export_package(a, aid, tmp_path / "edited.mgi").path
    side_a.db.close()
    for source in (edited, side_a.db.path):
        report = consolidate([source], tmp_path / "x.xlsx", trust=_trust(iom))
        checked = report.validations[aid]
        assert checked.mark is ValidationMark.CHANGED and checked.warning
        assert [r["Validation"] for r in _sheet_rows(tmp_path / "x.xlsx", "Matrix (wide)")] == ["changed"]
    # a justification counts as much as a value
    with Database.open(side_a.db.path) as a:
        _edit_answer(a, aid, "Q3", 10)
        assert validation.of_assessment(a, aid).mark is ValidationMark.SIGNED  # A trusts B by hand
        with a.sql_transaction() as sql:
            sql.execute("UPDATE answer SET justification = 'a later census' WHERE assessment_id = :aid "
                        "AND question_code = 'Q3'", {"aid": aid})
        assert validation.of_assessment(a, aid).mark is ValidationMark.CHANGED


def test_a_forged_signature_does_not_verify(side_a: Side, side_b: Side, iom: Side, mini: Framework,
                                           tmp_path: Path) -> None:
    """A changes an answer and rewrites the step's digest to match: the signature no longer verifies."""
    aid, _ = _validated(side_a, side_b, mini, tmp_path)
    with side_a.acting() as a:
        _edit_answer(a, aid, "Q3", 99)
        rows = a.query("SELECT question_code, value_json, justification FROM answer WHERE assessment_id = :aid",
                       {"aid": aid})
        digest = signing.answers_digest(signing.stored_answers(
            (r["question_code"], r["value_json"], r["justification"]) for r in rows))
        with a.sql_transaction() as sql:
            sql.execute("UPDATE attestation SET answers_digest = :d WHERE assessment_id = :aid AND "
                        "status = 'validated'", {"d": digest, "aid": aid})
        forged = send.export_package(a, aid, tmp_path / "forged.mgi").path
    report = consolidate([forged], tmp_path / "x.xlsx", trust=_trust(iom))
    checked = report.validations[aid]
    assert checked.mark is ValidationMark.BAD_SIGNATURE and checked.warning
    assert "signature does not verify" in english(checked.message)
    page = render_html(build_profile(from_package(forged), trust=_trust(iom)))
    assert 'class="validation-warning"' in page


def test_a_substituted_key_under_the_reviewers_fingerprint_does_not_verify(side_a: Side, side_b: Side,
                                                                           iom: Side, mini: Framework,
                                                                           tmp_path: Path) -> None:
    """A re-signs the step with A's key, names B's fingerprint, and ships A's public key under it."""
    aid, _ = _validated(side_a, side_b, mini, tmp_path)
    b_key = side_b.db.own_key.fingerprint
    with side_a.acting() as a:
        _edit_answer(a, aid, "Q3", 99)
        row = a.query_one("SELECT id, at, answers_digest FROM attestation WHERE assessment_id = :aid AND "
                          "status = 'validated'", {"aid": aid})
        assert row is not None
        data = from_package(send.export_package(a, aid, tmp_path / "plain.mgi").path)
        step = next(s for s in data.signatures.steps if s.id == row["id"])
        digest = signing.answers_digest(validation.answer_rows(data.answers.values()))
        statement = signing.status_statement(aid, step.id, step.status, step.at, digest)
        _, signature = signing.sign(a.own_key.identity, Purpose.STATUS, statement)
    forged = validation.Signatures(
        (validation.Step(step.id, step.status, step.at, b_key, digest, signature),),
        {b_key: side_a.db.own_key.identity.public}, data.signatures.focal_points)
    for trust in (_trust(iom), None):
        checked = validation.judge(aid, data.meta.status, validation.answer_rows(data.answers.values()), forged,
                                   trust)
        assert checked.mark is ValidationMark.BAD_SIGNATURE


def test_a_validation_without_a_signed_step_is_unsigned(side_a: Side, side_b: Side, iom: Side, mini: Framework,
                                                        tmp_path: Path) -> None:
    """Older data: the status says validated, nothing signed it (written by hand here)."""
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 10)
        submitted = assessments.create(a, mini, country="KAZ").id
        assessments.set_status(a, submitted, "submitted")
        with a.sql_transaction() as sql:
            sql.execute("UPDATE assessment SET status = 'validated' WHERE id = :id", {"id": aid})
    side_a.db.close()
    target = tmp_path / "x.xlsx"
    report = consolidate([side_a.db.path], target, trust=_trust(iom), filters=Filters.everything())
    assert report.validations[aid].mark is ValidationMark.UNSIGNED and report.validations[aid].warning
    assert report.validations[submitted].mark is ValidationMark.NOT_VALIDATED
    assert not report.validations[submitted].warning
    matrix = {r["Assessment id"]: r for r in _sheet_rows(target, "Matrix (wide)")}
    assert matrix[aid]["Validation"] == "unsigned" and matrix[aid]["Validation key"] == ""
    assert matrix[submitted]["Validation details"] == "not validated: the assessment is submitted"


def test_without_a_database_of_trusted_keys_the_signer_is_not_checked(side_a: Side, side_b: Side,
                                                                      mini: Framework, tmp_path: Path) -> None:
    aid, q1 = _validated(side_a, side_b, mini, tmp_path)
    target = tmp_path / "x.xlsx"
    report = consolidate([q1], target)
    assert report.validations[aid].mark is ValidationMark.NOT_CHECKED and report.validations[aid].warning
    about = {row[0]: row[1] for row in read_xlsx(target)["About"] if row and row[0]}
    assert about["Validations"] == "signers not checked: no database of trusted keys was given"
    # what can be checked without trust still is
    with side_a.acting() as a:
        _edit_answer(a, aid, "Q7", "no")
        edited = send.export_package(a, aid, tmp_path / "edited.mgi").path
    assert consolidate([edited], target).validations[aid].mark is ValidationMark.CHANGED


def test_a_trusted_key_of_a_focal_point_does_not_validate(side_a: Side, side_b: Side) -> None:
    """B compared A's fingerprint to exchange packages: that makes A's key trusted, not a reviewer's."""
    trust = _trust(side_b)
    assert side_b.db.own_key.fingerprint in trust.reviewers
    assert side_a.db.own_key.fingerprint in trust.keys and side_a.db.own_key.fingerprint not in trust.reviewers


def test_the_command_line_consolidates_with_the_users_own_trusted_keys(side_a: Side, side_b: Side, iom: Side,
                                                                       mini: Framework, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from mgi_desktop.cli import main

    aid, q1 = _validated(side_a, side_b, mini, tmp_path)
    iom.db.close()
    with iom.acting():
        assert main(["--database", str(iom.db.path), "consolidate", str(q1), "-o", str(tmp_path / "c.xlsx"),
                     "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["validations"][aid]["mark"] == "signed"
    with iom.acting():
        assert main(["--database", str(tmp_path / "none.sqlite"), "consolidate", str(q1), "-o",
                     str(tmp_path / "c.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "signers not checked" in out and f"{aid[:8]}: validated with key" in out
    assert not (tmp_path / "none.sqlite").exists()  # nothing is created to read trust from


def test_the_round_comparison_marks_each_round(side_a: Side, side_b: Side, mini: Framework,
                                               tmp_path: Path) -> None:
    aid, _ = _validated(side_a, side_b, mini, tmp_path)
    with side_a.acting() as a:
        later = rounds.start_follow_up(a, aid).id
        comparison = rounds.compare(a, aid, later)
        assert comparison.before_validation is not None and comparison.after_validation is not None
        assert comparison.before_validation.mark is ValidationMark.SIGNED  # A compared B's key by hand
        assert comparison.after_validation.mark is ValidationMark.NOT_VALIDATED
        round_comparison.export(comparison, tmp_path / "c.html")
        page = (tmp_path / "c.html").read_text()
        assert f"Round 1 validation: validated by {HOLDER}" in page and 'class="warning"' not in page
        _edit_answer(a, aid, "Q3", 99)
        comparison = rounds.compare(a, aid, later)
        assert comparison.before_validation is not None
        assert comparison.before_validation.mark is ValidationMark.CHANGED
        assert comparison.as_dict()["before"]["validation"]["mark"] == "changed"
        round_comparison.export(comparison, tmp_path / "c.html")
        round_comparison.export(comparison, tmp_path / "c.xlsx")
    page = (tmp_path / "c.html").read_text()
    assert '<p class="warning">Round 1 validation: validated with key' in page
    about = {row[0]: row[1] for row in read_xlsx(tmp_path / "c.xlsx")["About"] if row}
    assert "but the answers changed since" in str(about["Round 1 validation"])
    assert about["Round 2 validation"] == "not validated: the assessment is draft"


def test_the_profile_warns_on_its_title_page_in_every_format(side_a: Side, side_b: Side, iom: Side,
                                                             mini: Framework, tmp_path: Path) -> None:
    import shutil
    import subprocess

    from docx import Document

    from mgi_desktop.export import profile_docx
    from mgi_desktop.ui.export import pdf as pdf_writer

    aid, _ = _validated(side_a, side_b, mini, tmp_path)
    with side_a.acting() as a:
        _edit_answer(a, aid, "Q3", 99)
        edited = send.export_package(a, aid, tmp_path / "edited.mgi").path
    profile = build_profile(from_package(edited), trust=_trust(iom))
    assert profile.validation_warning
    line = profile.validation_line
    assert line.startswith("Validation: validated with key ") and "but the answers changed since" in line

    document = Document(str(profile_docx.write_docx(profile, tmp_path / "p.docx")))
    texts = [p.text for p in document.paragraphs]
    assert texts.index(line) < texts.index("About the Migration Governance Indicators")  # the title page
    run = document.paragraphs[texts.index(line)].runs[0]
    assert run.bold and str(run.font.color.rgb) == "9C0006"

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    target = pdf_writer.write_pdf(profile, tmp_path / "p.pdf")
    flat = " ".join(subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    assert 0 <= flat.index(" ".join(line.split())) < flat.index("About the Migration Governance Indicators")
