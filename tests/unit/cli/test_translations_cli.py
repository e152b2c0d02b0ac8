"""``questionnaire translations|translation-export|translation-import`` from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def form(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copyfile(DATA / "mini.yaml", folder / "mini.yaml")
    return folder / "mini.yaml"


def test_a_translator_round_trip_through_the_command_line(run, form: Path, tmp_path: Path) -> None:
    out, _ = run("questionnaire", "translations", str(form), "--language", "es", "--json")
    (report,) = json.loads(out)
    total = report["texts"]
    assert report["id"] == "mini" and report["source_language"] == "en"
    assert report["languages"]["es"] == {"total": total, "translated": 0, "percent": 0.0, "missing": total,
                                         "outdated": 0, "draft": 0, "reviewed": 0, "inline": 0}
    assert report["languages"]["fr"]["inline"] == report["languages"]["fr"]["translated"] > 0

    po_path = tmp_path / "mini.es.po"
    out, _ = run("questionnaire", "translation-export", str(form), "--language", "es", "-o", str(po_path), "--json")
    assert json.loads(out)["texts"] == total
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = "ES " + entry.msgid
    po[0].flags = ["fuzzy"]
    po.save(str(po_path))

    out, _ = run("questionnaire", "translation-import", str(form), str(po_path), "--dry-run")
    assert f"{total} added" in out and "would change" in out
    assert not (form.parent / "translations").exists()
    out, _ = run("questionnaire", "translation-import", str(form), str(po_path))
    assert (form.parent / "translations" / "mini.es.json").is_file()

    out, _ = run("questionnaire", "translations", str(form), "--json")
    es = json.loads(out)[0]["languages"]["es"]
    assert (es["translated"], es["percent"], es["draft"], es["reviewed"], es["outdated"]) == (total, 100.0, 1,
                                                                                              total - 1, 0)
    out, _ = run("questionnaire", "translations", str(form))
    assert f"es: {total}/{total} translated (100%), 0 missing, 0 outdated, 1 draft, {total - 1} reviewed" in out


def test_a_refused_import_names_the_place_and_writes_nothing(run, form: Path, tmp_path: Path) -> None:
    po_path = tmp_path / "mini.es.po"
    run("questionnaire", "translation-export", str(form), "--language", "es", "-o", str(po_path))
    po = polib.pofile(str(po_path))
    po[0].msgctxt = "question:NOPE:text"
    po[0].msgstr = "x"
    po.save(str(po_path))
    out, _ = run("questionnaire", "translation-import", str(form), str(po_path), "--json", expect=1)
    result = json.loads(out)
    assert result["written"] is False and result["problems"] == 1
    (problem,) = result["problem_list"]
    assert (problem["code"], problem["place"], problem["file"]) == ("translations.unknown_text", "question:NOPE:text",
                                                                    str(po_path))
    _, err = run("questionnaire", "translation-import", str(form), str(po_path), expect=1)
    assert "nothing was imported" in err and f"{po_path}:" in err
    assert not (form.parent / "translations").exists()


def test_an_xlsform_for_one_language_and_a_wrong_extension(run, form: Path, tmp_path: Path) -> None:
    out, _ = run("questionnaire", "translation-export", str(form), "--language", "ar", "-o",
                 str(tmp_path / "mini-ar.xlsx"), "--json")
    assert json.loads(out)["languages"] == ["en", "ar"]
    run("questionnaire", "translation-export", str(form), "--language", "ar", "-o", str(tmp_path / "x.docx"),
        expect=2)
    run("questionnaire", "translation-import", str(form), str(tmp_path / "mini-ar.xlsx"), expect=2)  # no --language
