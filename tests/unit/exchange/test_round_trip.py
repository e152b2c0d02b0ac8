"""The whole review loop between two databases that share only files."""

from __future__ import annotations

from pathlib import Path

import pytest

from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import receive, send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, comments, evidence, review
from mgi_desktop.storage.db import Database

from .conftest import Side, file_hash


def _state(db: Database, aid: str) -> dict[str, object]:
    views = answers.list_answers(db, aid)
    return {
        "status": assessments.get(db, aid).status,
        "answers": {c: (v.value, v.justification, v.review_state, v.flagged) for c, v in views.items()},
        "decisions": [(d.id, d.code, d.decision, d.reason) for d in review.history(db, aid)],
        "comments": sorted((c.id, code, c.text, c.resolved) for code, c in comments.for_assessment(db, aid)),
        "evidence": sorted((e.id, code, e.title, e.file_sha256) for code, e in evidence.for_assessment(db, aid)),
        "audit": sorted(e.id for e in audit.events(db, aid) if e.entity != "package"),
    }


def test_review_loop_between_two_databases(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> None:
    out = tmp_path / "mail"
    out.mkdir()
    with side_a.acting() as a:
        assessment = assessments.create(a, mini, country="KGZ")
        aid = assessment.id
        answers.set_answer(a, aid, "Q1", "yes", justification="Health law 2015")
        answers.set_answer(a, aid, "Q1b", "all")
        answers.set_answer(a, aid, "Q3", 40)
        answers.set_answer(a, aid, "Q5", "2010-01-02")
        answers.set_answer(a, aid, "Q6", 2019)
        answers.set_answer(a, aid, "Q7", "yes")
        law = tmp_path / "law.pdf"
        law.write_bytes(b"%PDF-1.4 health law")
        evidence.add(a, aid, "Q1", kind="law", title="Health Law", file=law)
        assessments.set_status(a, aid, "submitted", note="first round")
        p1 = send.export_package(a, aid, out / "p1").path
    assert p1.suffix == ".mgi"

    with side_b.acting() as b:
        preview = receive.preview_import(b, p1)
        assert preview.is_new and not preview.conflicts and preview.counts["answers"] == 6
        receive.apply_import(b, p1, {})
        sha = evidence.for_question(b, aid, "Q1")[0].file_sha256
        assert sha and b.attachments.path(sha).read_bytes() == b"%PDF-1.4 health law"
        assert b.attachments.folder == side_b.data_dir / "mgi.sqlite-attachments"
        for code in ("Q1", "Q1b", "Q7"):
            review.accept(b, aid, code)
        for code in ("Q3", "Q5", "Q6"):
            review.return_answer(b, aid, code, f"please check {code}")
        assessments.set_status(b, aid, "returned", note="three answers to check")
        q1 = send.export_package(b, aid, out / "q1").path

    with side_a.acting() as a:
        preview = receive.preview_import(a, q1)
        assert not preview.is_new and not preview.conflicts
        assert preview.status == ("submitted", "returned")
        receive.apply_import(a, q1, {})
        assert review.attention(a, aid, unresolved=False) == ["Q3", "Q5", "Q6"]
        answers.set_answer(a, aid, "Q3", 45, reason="2023 figure")
        answers.set_answer(a, aid, "Q5", "2010-01-03")
        answers.set_answer(a, aid, "Q6", 2020)
        for _code, comment in comments.for_assessment(a, aid):
            comments.set_resolved(a, comment.id)
        assessments.set_status(a, aid, "resubmitted", note="fixed")
        p2 = send.export_package(a, aid, out / "p2").path

    with side_b.acting() as b:
        preview = receive.preview_import(b, p2)
        assert not preview.conflicts and preview.counts["answers"] == 3
        receive.apply_import(b, p2, {})
        assert review.next_to_review(b, aid) == "Q3"
        while (code := review.next_to_review(b, aid)) is not None:
            review.accept(b, aid, code)
        assessments.set_status(b, aid, "validated", note="all good")
        q2 = send.export_package(b, aid, out / "q2").path

    with side_a.acting() as a:
        receive.apply_import(a, q2, {})
        state_a = _state(a, aid)
    with side_b.acting() as b:
        state_b = _state(b, aid)
    assert state_a == state_b
    assert state_a["status"] == "validated"
    assert all(v[2] == "accepted" for v in state_a["answers"].values() if v[0] is not None)  # type: ignore[attr-defined]
    assert len(state_a["decisions"]) == 9  # type: ignore[arg-type]


def test_a_package_is_received_once_and_never_by_its_sender(side_a: Side, side_b: Side, mini: Framework,
                                                           tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 1)
        p1 = send.export_package(a, aid, tmp_path / "p1.mgi").path
        answers.set_answer(a, aid, "Q3", 2)
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path
        with pytest.raises(ExchangeError, match="sent from this database"):
            receive.preview_import(a, p1)
    with side_b.acting() as b:
        receive.apply_import(b, p2, {})
        before = file_hash(b.path)
        with pytest.raises(ExchangeError, match="older than package 2"):
            receive.apply_import(b, p1, {})
        with pytest.raises(ExchangeError, match="already received"):
            receive.apply_import(b, p2, {})
        assert file_hash(b.path) == before
        assert answers.get_answer(b, aid, "Q3").value == 2


def test_password_protected_package(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, aid, "Q4", "secret mandate")
        p = send.export_package(a, aid, tmp_path / "p.mgi", password="correct horse").path
    assert b"secret mandate" not in p.read_bytes()
    with side_b.acting() as b:
        with pytest.raises(ExchangeError, match="protected by a password"):
            receive.preview_import(b, p)
        with pytest.raises(ExchangeError, match="wrong password"):
            receive.preview_import(b, p, password="wrong horse")
        assert receive.preview_import(b, p, password="correct horse").encrypted
        receive.apply_import(b, p, {}, password="correct horse")
        assert answers.get_answer(b, aid, "Q4").value == "secret mandate"


def test_a_questionnaire_this_install_lacks_comes_with_the_package(side_a: Side, side_b: Side, mini: Framework,
                                                                  tmp_path: Path) -> None:
    from mgi_desktop.questionnaire.loader import load_text
    from mgi_desktop.services import frameworks

    custom = load_text(mini.text.replace('version: "1.0"', 'version: "1.1-pilot"'), "pilot.yaml")
    with side_a.acting() as a:
        aid = assessments.create(a, custom, country="KGZ").id
        answers.set_answer(a, aid, "Q3", 3)
        p = send.export_package(a, aid, tmp_path / "p.mgi").path
    frameworks._parsed.pop(custom.sha256, None)
    with side_b.acting() as b:
        preview = receive.preview_import(b, p)
        assert not preview.questionnaire_bundled
        assert any(note.code == "receive.not_bundled" and note.params["version"] == "1.1-pilot"
                   for note in preview.notes)
        assert any("does not include" in str(note) for note in preview.notes)
        receive.apply_import(b, p, {})
        frameworks._parsed.pop(custom.sha256, None)
        assert assessments.framework_of(b, assessments.get(b, aid)).version == "1.1-pilot"
