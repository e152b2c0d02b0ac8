from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from python_calamine import CalamineWorkbook

from mgi_desktop.cli import main
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database


@pytest.fixture
def aid(db_path: Path, mini: Framework) -> str:
    with Database.open(db_path) as db:
        db.set_user("Amina Focal", "Ministry", "focal_point")
        assessment_id = assessments.create(db, mini, country="KGZ").id
        answers.set_answer(db, assessment_id, "Q1", "yes", justification="The health law covers everyone")
        answers.set_answer(db, assessment_id, "Q7", "no")
    return assessment_id


def run(db_path: Path, *args: str) -> int:
    return main(["--database", str(db_path), *args])


def test_finding_commands(db_path: Path, aid: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "finding", "draft", aid[:8]) == 0
    assert "Drafted 2 findings;" in capsys.readouterr().out
    assert run(db_path, "finding", "draft", aid[:8]) == 0
    assert "Nothing new to draft" in capsys.readouterr().out
    assert run(db_path, "finding", "add", aid, "--domain", "1", "--category", "potential", "--text",
               "=Only regular migrants may work.", "--question", "Q1b", "--question", "Q1") == 0
    new_id = capsys.readouterr().out.strip()
    assert run(db_path, "finding", "list", aid, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(f["domain"], f["category"], f["text"], f["questions"]) for f in listed] == [
        (1, "well_developed", "Health: in place. The health law covers everyone.", ["Q1"]),
        (1, "potential", "=Only regular migrants may work.", ["Q1", "Q1b"]),
        (2, "potential", "Agency: not in place.", ["Q7"])]
    assert listed[1]["id"] == new_id
    assert run(db_path, "finding", "remove", aid, new_id[:8]) == 0
    assert run(db_path, "finding", "list", aid) == 0
    out = capsys.readouterr().out
    assert "Only regular" not in out and "The health law covers everyone." in out
    assert run(db_path, "finding", "add", aid, "--domain", "9", "--category", "potential", "--text", "x") == 1
    assert "no domain 9" in capsys.readouterr().err


def test_export_commands(db_path: Path, aid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db_path, "finding", "draft", aid)
    capsys.readouterr()
    assert run(db_path, "export", "profile", aid[:8], "-o", str(tmp_path / "p.docx"), "--json") == 0
    assert json.loads(capsys.readouterr().out)["format"] == "docx"
    paragraphs = [p.text for p in Document(str(tmp_path / "p.docx")).paragraphs]
    assert "Health: in place. The health law covers everyone." in paragraphs
    assert run(db_path, "export", "profile", aid, "--format", "html", "-o", str(tmp_path / "p.out")) == 0
    assert "The health law covers everyone." in (tmp_path / "p.out").read_text(encoding="utf-8")
    assert run(db_path, "export", "profile", aid, "-o", str(tmp_path / "p.txt")) == 1
    assert "give --format" in capsys.readouterr().err
    assert run(db_path, "export", "xlsx", aid, "-o", str(tmp_path / "s.xlsx")) == 0
    book = CalamineWorkbook.from_path(str(tmp_path / "s.xlsx"))
    assert book.sheet_names == ["About", "Summary", "Answers", "Evidence", "Findings", "Comments", "Audit"]
    assert run(db_path, "export", "xlsx", aid, "-o", str(tmp_path / "missing" / "s.xlsx")) == 1
    assert "does not exist" in capsys.readouterr().err

    assert run(db_path, "consolidate", str(db_path), str(db_path), "-o", str(tmp_path / "all.xlsx"),
               "--status", "all", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["assessments"] == 1 and report["answer_rows"] == 9 and len(report["duplicates"]) == 1
