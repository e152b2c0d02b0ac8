"""Export then import gives back the same questionnaire, and pyxform converts every exported form."""

from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from mgi_desktop.export.xlsform import write_xlsform
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.questionnaire.xlsform.read import check_xlsform

ROOT = Path(__file__).resolve().parents[4]
SOURCES = [*[ROOT / "questionnaires" / name for name in catalogue.BUNDLED],
           ROOT / "tests" / "data" / "mini.yaml", ROOT / "tests" / "data" / "cascade.yaml"]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_export_then_import_gives_back_the_same_questionnaire(source: Path, tmp_path: Path) -> None:
    original = load_file(source)
    form = tmp_path / f"{source.stem}.xlsx"
    write_xlsform(original, form)
    result = check_xlsform(form)
    assert result.problems == [] and result.notes == []
    assert result.framework is not None
    # every code, text, translation, condition, choice and score: the whole model compares equal
    assert result.framework.model == original.model
    assert result.framework.codes() == original.codes()


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_pyxform_converts_every_exported_form(source: Path, tmp_path: Path) -> None:
    from defusedxml import ElementTree
    from pyxform.xls2xform import convert

    original = load_file(source)
    form = tmp_path / f"{source.stem}.xlsx"
    write_xlsform(original, form)
    converted = convert(xlsform=str(form), validate=False)
    assert converted.warnings == []
    root = ElementTree.fromstring(converted.xform)
    xforms = "{http://www.w3.org/2002/xforms}"
    instance = root.find(f".//{xforms}instance/{xforms}data")
    assert instance is not None
    assert (instance.get("id"), instance.get("version")) == (original.id, original.version)
    binds = {b.get("nodeset", "").rsplit("/", 1)[-1]: b for b in root.iter(f"{xforms}bind")}
    survey = CalamineWorkbook.from_path(str(form)).get_sheet_by_name("survey").to_python()
    header = [str(h) for h in survey[0]]
    rows = [dict(zip(header, r, strict=False)) for r in survey[1:]]
    questions = {str(r["mgi_code"] or r["name"]): str(r["name"]) for r in rows if r["mgi_type"]}
    assert list(questions) == original.codes()
    for code, name in questions.items():  # each question is a field, its condition and rule in XPath
        question = original.placement(code).question
        assert (binds[name].get("relevant") is not None) == bool(question.relevant)
        assert binds[name].get("required") == ("true()" if question.required else "false()")
        assert (binds[name].get("constraint") is not None) == bool(question.constraints or question.minimum
                                                                  is not None or question.maximum is not None)


def test_the_workbook_reads_as_a_person_expects(tmp_path: Path, mini) -> None:
    form = tmp_path / "mini.xlsx"
    write_xlsform(mini, form)
    book = CalamineWorkbook.from_path(str(form))
    assert book.sheet_names == ["survey", "choices", "settings"]
    survey = book.get_sheet_by_name("survey").to_python()
    header = [str(h) for h in survey[0]]
    assert header[:4] == ["type", "name", "label::English (en)", "label::Français (fr)"]
    rows = {str(r[1]): dict(zip(header, r, strict=False)) for r in survey[1:]}
    q1 = rows["Q1"]
    assert q1["type"] == "select_one yes_partial_no_dk" and q1["mgi_type"] == "yes_partial_no"
    assert q1["label::Français (fr)"] == "Les migrants ont-ils accès aux soins ?"
    assert rows["Q1b"]["relevant"] == "${Q1} != 'no'"
    assert rows["Q3"]["constraint"] == ". >= 0 and . <= 100000"  # the range, so ODK enforces it too
    assert rows["Q6"]["type"] == "integer" and rows["Q6"]["mgi_type"] == "year"
    settings = book.get_sheet_by_name("settings").to_python()
    assert dict(zip(settings[0], settings[1], strict=False))["default_language"] == "English (en)"


def test_codes_that_are_not_xml_names_keep_their_code(tmp_path: Path, national) -> None:
    form = tmp_path / "national.xlsx"
    write_xlsform(national, form)
    survey = CalamineWorkbook.from_path(str(form)).get_sheet_by_name("survey").to_python()
    header = [str(h) for h in survey[0]]
    rows = [dict(zip(header, r, strict=False)) for r in survey[1:]]
    first = next(r for r in rows if r["mgi_code"] == "1.1.1.a")
    assert first["name"] == "q1.1.1.a"
    later = next(r for r in rows if r["mgi_code"] == "1.1.1.b")
    assert "${q1.1.1.a}" in later["relevant"]


def test_a_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    import openpyxl
    import yaml

    from mgi_desktop.questionnaire.loader import load_text

    data = yaml.safe_load((ROOT / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8"))
    formula = '=HYPERLINK("http://example.org")'
    data["domains"][0]["sub_areas"][0]["indicators"][0]["questions"][0]["hint"] = formula
    form = tmp_path / "formula.xlsx"
    write_xlsform(load_text(yaml.safe_dump(data), "formula.yaml"), form)
    (cell,) = [c for row in openpyxl.load_workbook(form)["survey"].iter_rows() for c in row if c.value == formula]
    assert cell.data_type == "s"  # a string, not a formula Excel would run
    again = check_xlsform(form).framework
    assert again is not None and str(next(again.model.questions()).hint) == formula
