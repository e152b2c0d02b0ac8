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


class Person:
    """Someone with their own computer: their data folder (and so their own key) and database."""

    def __init__(self, root: Path, name: str, role: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder, self.database, self.monkeypatch = root / name.split()[0].lower(), None, monkeypatch
        self.folder.mkdir()
        self.database = self.folder / "mgi.sqlite"
        with self.db() as db:
            db.set_user(name, "Ministry" if role == "focal_point" else "IOM", role)

    def db(self) -> Database:
        self.monkeypatch.setenv("MGI_DATA_DIR", str(self.folder))
        return Database.open(self.database)

    def run(self, capsys: pytest.CaptureFixture[str], *args: str, expect: int = 0) -> tuple[str, str]:
        self.monkeypatch.setenv("MGI_DATA_DIR", str(self.folder))
        code = main(["--database", str(self.database), *args])
        out, err = capsys.readouterr()
        assert code == expect, (out, err)
        return out, err


def _swap_keys(capsys: pytest.CaptureFixture[str], one: Person, other: Person, tmp_path: Path) -> None:
    """Each exports their key file, the other imports it and trusts it (fingerprints compared)."""
    for sender, receiver in ((one, other), (other, one)):
        card = tmp_path / f"{sender.folder.name}.mgikey"
        sender.run(capsys, "key", "export", "-o", str(card))
        out, _ = sender.run(capsys, "key", "show", "--json")
        fingerprint = json.loads(out)["fingerprint"]
        out, _ = receiver.run(capsys, "key", "import", str(card))
        assert "not yet trusted" in out
        short = " ".join(fingerprint[i:i + 4].upper() for i in range(0, 20, 4))  # as read out on the phone
        out, _ = receiver.run(capsys, "key", "trust", short)
        assert "fingerprint compared" in out or "hand" in out


def test_review_loop_on_the_command_line(tmp_path: Path, mini: Framework, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    amina = Person(tmp_path, "Amina Focal", "focal_point", monkeypatch)
    rita = Person(tmp_path, "Rita Reviewer", "reviewer", monkeypatch)
    with amina.db() as db:
        aid = assessments.create(db, mini, country="KGZ").id
        answers.set_answer(db, aid, "Q3", 40)
        answers.set_answer(db, aid, "Q7", "yes")
    password = tmp_path / "pw.txt"
    password.write_text("long enough secret\n")

    amina.run(capsys, "status", aid[:8], "submit", "--note", "first")
    out, _ = amina.run(capsys, "package", "export", aid, "-o", str(tmp_path / "p1.mgi"),
                       "--password-file", str(password), "--json")
    assert json.loads(out)["sequence"] == 1 and json.loads(out)["encrypted"]
    rita.run(capsys, "package", "import", str(tmp_path / "p1.mgi"), expect=1)  # no password
    out, _ = rita.run(capsys, "package", "verify", str(tmp_path / "p1.mgi"), "--password-file", str(password),
                      "--json")
    assert json.loads(out)["signer"]["name"] == "Amina Focal" and json.loads(out)["encryption"] == "password"
    out, _ = rita.run(capsys, "package", "import", str(tmp_path / "p1.mgi"), "--password-file", str(password))
    assert "added assessment" in out and "signed by Amina Focal" in out
    out, _ = rita.run(capsys, "review", "return", aid, "Q3", "--reason", "source?")
    assert "next to review: Q7" in out
    _, err = rita.run(capsys, "review", "return", aid, "Q7", expect=1)
    assert "say why" in err
    out, _ = rita.run(capsys, "review", "summary", aid, "--json")
    assert json.loads(out)["overall"]["returned"] == 1
    out, _ = rita.run(capsys, "status", aid, "return", "--json")
    assert json.loads(out)["status"] == "returned"
    rita.run(capsys, "package", "export", aid, "-o", str(tmp_path / "q1.mgi"))

    # Amina has not met Rita's key: the returns wait until she compares the fingerprint.
    out, err = amina.run(capsys, "package", "import", str(tmp_path / "q1.mgi"), expect=1)
    assert "NEEDS YOUR CONFIRMATION" in out and "--confirm-key" in err and "nothing was imported" in err
    out, _ = amina.run(capsys, "status", aid, "--json")
    assert json.loads(out)["status"] == "submitted"
    _swap_keys(capsys, amina, rita, tmp_path)
    amina.run(capsys, "package", "import", str(tmp_path / "q1.mgi"))
    out, _ = amina.run(capsys, "status", aid, "--json")
    assert json.loads(out) == {"id": aid, "status": "returned", "next_steps": ["resubmit"]}
    # Once keys are known, no password travels: encrypted to the other party's key.
    out, _ = amina.run(capsys, "package", "export", aid, "-o", str(tmp_path / "p2.mgi"), "--encrypt", "--json")
    assert json.loads(out)["encrypted"] and len(json.loads(out)["recipients"]) == 2
    out, _ = rita.run(capsys, "package", "verify", str(tmp_path / "p2.mgi"), "--json")
    assert json.loads(out)["encryption"] == "key" and json.loads(out)["signer"]["trust"] == "hand"
    out, _ = amina.run(capsys, "audit", aid, "--question", "Q3", "--json")
    events = [(e["entity"], e["field"], e["actor"]) for e in json.loads(out)]
    assert ("answer", "review_state", "Rita Reviewer") in events and ("comment", "added", "Rita Reviewer") in events
    assert all(e[0] != "package" for e in events)
    amina.run(capsys, "audit", aid, "-o", str(tmp_path / "audit.csv"))
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][0] == "When (UTC)" and any(r[1] == "Rita Reviewer" for r in table[1:])


def test_conflicts_stop_the_import_unless_a_side_is_chosen(tmp_path: Path, mini: Framework,
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    amina = Person(tmp_path, "Amina Focal", "focal_point", monkeypatch)
    bakyt = Person(tmp_path, "Bakyt Colleague", "focal_point", monkeypatch)
    _swap_keys(capsys, amina, bakyt, tmp_path)
    with amina.db() as db:
        aid = assessments.create(db, mini, country="KGZ").id
        answers.set_answer(db, aid, "Q3", 40)
    with bakyt.db() as db:
        colleague = db.own_key.fingerprint
    amina.run(capsys, "key", "colleague", aid, colleague[:20])
    amina.run(capsys, "package", "export", aid, "-o", str(tmp_path / "p1.mgi"))
    bakyt.run(capsys, "package", "import", str(tmp_path / "p1.mgi"))
    for person, value in ((amina, 41), (bakyt, 42)):
        with person.db() as db:
            answers.set_answer(db, aid, "Q3", value)
    bakyt.run(capsys, "package", "export", aid, "-o", str(tmp_path / "q1.mgi"))

    out, err = amina.run(capsys, "package", "import", str(tmp_path / "q1.mgi"), expect=1)
    assert "CONFLICT answer:Q3: mine 41" in out and "1 conflict with changes made here" in err and "--theirs" in err
    out, _ = amina.run(capsys, "package", "import", str(tmp_path / "q1.mgi"), "--dry-run", "--json")
    assert json.loads(out)["conflicts"][0]["theirs"]["value"] == 42
    amina.run(capsys, "package", "import", str(tmp_path / "q1.mgi"), "--theirs")
    with amina.db() as db:
        assert answers.get_answer(db, aid, "Q3").value == 42


def _run(capsys: pytest.CaptureFixture[str], database: Path, *args: str, expect: int = 0) -> tuple[str, str]:
    code = main(["--database", str(database), *args])
    out, err = capsys.readouterr()
    assert code == expect, (out, err)
    return out, err


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
    assert "round 1: not validated: the assessment is draft" in out
