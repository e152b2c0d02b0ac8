"""``mgi-desktop profile set|show``: the profile's title page from the command line, through the same
service as the window (audited, refused when the assessment cannot be edited)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database

TITLE = "Migration Governance Second Profile: The Kyrgyz Republic (Kyrgyzstan)"


@pytest.fixture
def aid(db_path: Path, mini: Framework) -> str:
    with Database.open(db_path) as db:
        db.set_user("Amina Focal", "State Migration Service", "focal_point")
        return assessments.create(db, mini, country="KGZ").id


def test_set_and_show(run, aid: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out, _ = run("profile", "show", aid[:8], "--json")
    shown = json.loads(out)
    assert shown["profile"]["title"] == "Migration Governance Profile: Kyrgyz Republic"
    assert shown["profile"]["round_label"] == "First Profile" and len(shown["defaults"]) == 6
    credits = tmp_path / "credits.txt"
    credits.write_text("\ufeffIOM, with the EIU.\n\nFunded by IOM Member States.\n", encoding="utf-8")
    intro = tmp_path / "intro.txt"
    intro.write_text("This country profile describes Kyrgyzstan.", encoding="utf-8")
    out, _ = run("profile", "set", aid[:8], "--title", TITLE, "--country-name", "The Kyrgyz Republic (Kyrgyzstan)",
                 "--date", "2023-12", "--round-label", "Second Profile", "--credits-file", str(credits),
                 "--intro-file", str(intro))
    assert "Profile settings saved" in out
    out, _ = run("profile", "show", aid)
    assert f"Title: {TITLE}\n" in out and "Date: December 2023\n" in out and "(default)" not in out
    assert "Credits: IOM, with the EIU." in out.replace(":\n  ", ": ")
    out, _ = run("profile", "set", aid, "--title", TITLE)
    assert "Nothing changed" in out
    run("export", "profile", aid, "-o", str(tmp_path / "p.docx"))
    document = Document(str(tmp_path / "p.docx"))
    texts = [p.text for p in document.paragraphs]
    assert TITLE in texts and "Funded by IOM Member States." in texts
    assert "This country profile describes Kyrgyzstan." in texts
    assert document.core_properties.author == "State Migration Service"
    out, _ = run("profile", "set", aid, "--reset", "title", "--reset", "credits", "--json")
    stored = json.loads(out)["stored"]
    assert stored["title"] is None and stored["credits"] is None and stored["date"] == "2023-12"


def test_refusals(run, aid: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, err = run("profile", "set", aid, expect=1)
    assert "give at least one of --title" in err
    _, err = run("profile", "set", aid, "--date", "December 2023", expect=1)
    assert "not a profile date" in err
    _, err = run("profile", "set", aid, "--credits-file", str(tmp_path / "missing.txt"), expect=1)
    assert "missing.txt" in err and "cannot read the text" in err
