"""``package``, ``review``, ``status``, ``round`` and ``audit`` as a script would use them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from mgi_desktop.cli import main
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database


def _run(capsys: pytest.CaptureFixture[str], database: Path, *args: str, expect: int = 0) -> tuple[str, str]:
    code = main(["--database", str(database), *args])
    out, err = capsys.readouterr()
    assert code == expect, (out, err)
    return out, err


def _user(path: Path, name: str, role: str) -> None:
    with Database.open(path) as db:
        db.set_user(name, "", role)


def test_review_loop_on_the_command_line(tmp_path: Path, mini: Framework,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    a_db, b_db = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Database.open(a_db) as db:
        db.set_user("Amina Focal", "Ministry", "focal_point")
        aid = assessments.create(db, mini, country="KGZ").id
        answers.set_answer(db, aid, "Q3", 40)
        answers.set_answer(db, aid, "Q7", "yes")
    _user(b_db, "Rita Reviewer", "reviewer")
    password = tmp_path / "pw.txt"
    password.write_text("long enough secret\n")

    _run(capsys, a_db, "status", aid[:8], "submit", "--note", "first")
    out, _ = _run(capsys, a_db, "package", "export", aid, "-o", str(tmp_path / "p1.mgi"),
                  "--password-file", str(password), "--json")
    assert json.loads(out)["sequence"] == 1 and json.loads(out)["encrypted"]
    _run(capsys, b_db, "package", "import", str(tmp_path / "p1.mgi"), expect=1)  # no password
    out, _ = _run(capsys, b_db, "package", "import", str(tmp_path / "p1.mgi"), "--password-file", str(password))
    assert "added assessment" in out
    out, _ = _run(capsys, b_db, "review", "return", aid, "Q3", "--reason", "source?")
    assert "next to review: Q7" in out
    _, err = _run(capsys, b_db, "review", "return", aid, "Q7", expect=1)
    assert "say why" in err
    out, _ = _run(capsys, b_db, "review", "summary", aid, "--json")
    assert json.loads(out)["overall"]["returned"] == 1
    out, _ = _run(capsys, b_db, "status", aid, "return", "--json")
    assert json.loads(out)["status"] == "returned"
    _run(capsys, b_db, "package", "export", aid, "-o", str(tmp_path / "q1.mgi"))

    _run(capsys, a_db, "package", "import", str(tmp_path / "q1.mgi"))
    out, _ = _run(capsys, a_db, "status", aid, "--json")
    assert json.loads(out) == {"id": aid, "status": "returned", "next_steps": ["resubmit"]}
    out, _ = _run(capsys, a_db, "audit", aid, "--question", "Q3", "--json")
    events = [(e["entity"], e["field"], e["actor"]) for e in json.loads(out)]
    assert ("answer", "review_state", "Rita Reviewer") in events and ("comment", "added", "Rita Reviewer") in events
    assert all(e[0] != "package" for e in events)
    _run(capsys, a_db, "audit", aid, "-o", str(tmp_path / "audit.csv"))
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][0] == "When (UTC)" and any(r[1] == "Rita Reviewer" for r in table[1:])


def test_conflicts_stop_the_import_unless_a_side_is_chosen(tmp_path: Path, mini: Framework,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    a_db, b_db = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Database.open(a_db) as db:
        db.set_user("Amina Focal", "Ministry", "focal_point")
        aid = assessments.create(db, mini, country="KGZ").id
        answers.set_answer(db, aid, "Q3", 40)
    _user(b_db, "Bakyt Colleague", "focal_point")
    _run(capsys, a_db, "package", "export", aid, "-o", str(tmp_path / "p1.mgi"))
    _run(capsys, b_db, "package", "import", str(tmp_path / "p1.mgi"))
    for path, value in ((a_db, 41), (b_db, 42)):
        with Database.open(path) as db:
            answers.set_answer(db, aid, "Q3", value)
    _run(capsys, b_db, "package", "export", aid, "-o", str(tmp_path / "q1.mgi"))

    out, err = _run(capsys, a_db, "package", "import", str(tmp_path / "q1.mgi"), expect=1)
    assert "CONFLICT answer:Q3: mine 41" in out and "1 conflict with changes made here" in err and "--theirs" in err
    out, _ = _run(capsys, a_db, "package", "import", str(tmp_path / "q1.mgi"), "--dry-run", "--json")
    assert json.loads(out)["conflicts"][0]["theirs"]["value"] == 42
    _run(capsys, a_db, "package", "import", str(tmp_path / "q1.mgi"), "--theirs")
    with Database.open(a_db) as db:
        assert answers.get_answer(db, aid, "Q3").value == 42


def test_rounds_on_the_command_line(tmp_path: Path, mini: Framework, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    with Database.open(path) as db:
        db.set_user("Amina Focal", "Ministry", "focal_point")
        aid = assessments.create(db, mini, country="KGZ").id
        answers.set_answer(db, aid, "Q3", 40)
    out, _ = _run(capsys, path, "round", "start", aid, "--json")
    second = json.loads(out)
    assert second["round"] == 2 and second["previous_id"] == aid
    with Database.open(path) as db:
        answers.set_answer(db, second["id"], "Q3", 50)
    out, _ = _run(capsys, path, "round", "compare", aid, second["id"], "--changed", "--json")
    assert [r["code"] for r in json.loads(out)["rows"]] == ["Q3"]
    out, _ = _run(capsys, path, "round", "compare", aid, second["id"], "-o", str(tmp_path / "c.html"))
    assert (tmp_path / "c.html").exists() and "1 of" in out
