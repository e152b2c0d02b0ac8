"""``questionnaire import-xlsform`` / ``export-xlsform``, and an XLSForm wherever a questionnaire file goes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from mgi_desktop.questionnaire import catalogue


def test_export_then_import_through_the_command_line(run, tmp_path: Path) -> None:
    form, back = tmp_path / "national.xlsx", tmp_path / "national.yaml"
    out, _ = run("questionnaire", "export-xlsform", "mgi-national", "-o", str(form), "--json")
    assert json.loads(out) == {"path": str(form), "questions": 175, "choice_lists": 25,
                               "languages": ["en", "ar", "es", "fr", "ru"]}  # the translations installed for it
    _, err = run("questionnaire", "import-xlsform", str(form), "-o", str(back))
    assert err.strip().endswith("mgi-national 2026.2, 175 questions, languages en, ar, es, fr, ru")
    assert back.read_text(encoding="utf-8").startswith("# Converted by MGI Desktop from the XLSForm national.xlsx.")
    out, _ = run("questionnaire", "validate", str(back), str(form))
    assert out.count("OK: mgi-national 2026.2 (national)") == 2
    national = catalogue.resolve("mgi-national")
    assert catalogue.resolve(str(back)).model == national.model
    # without -o the questionnaire file is printed, for a pipe
    out, _ = run("questionnaire", "import-xlsform", str(form))
    assert "id: mgi-national" in out
    # an assessment starts on the workbook itself
    out, _ = run("assessment", "new", "--framework", str(form), "--country", "KGZ")
    assert len(out.strip()) == 36


def test_a_broken_form_reports_every_cell_and_writes_nothing(run, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in [["type", "name", "label", "relevant"], ["begin group", "d"], ["begin group", "s"],
                ["begin group", "i"], ["geopoint", "where", "Where?"], ["text", "why", "Why?", "${nowhere} = 1"],
                ["end group"], ["end group"], ["end group"]]:
        sheet.append(row)
    form = tmp_path / "broken.xlsx"
    book.save(form)
    target = tmp_path / "out.yaml"
    _, err = run("questionnaire", "import-xlsform", str(form), "-o", str(target), expect=1)
    lines = err.strip().splitlines()
    assert lines[0] == f"{form}: survey!A5: the app has no question of type 'geopoint'"
    assert lines[1] == (f"{form}: survey!D6: question why: the expression names ${{nowhere}}, which is not a "
                        "question of the form")
    assert lines[-1] == f"{form}: 2 problem(s); nothing was written"
    assert not target.exists()
    out, _ = run("questionnaire", "import-xlsform", str(form), "--json", expect=1)
    report = json.loads(out)
    assert report["valid"] is False and [p["cell"] for p in report["problems"]] == ["survey!A5", "survey!D6"]
    _, err = run("questionnaire", "validate", str(form), expect=1)
    assert "survey!A5" in err
