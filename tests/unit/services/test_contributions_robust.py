"""Contribution workbooks as people really return them: every problem at once with its cell, typed
answers, formulas, merged and formatted cells, filters, the wrong kind of file, hostile files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill

from mgi_desktop.services import answers, assessments, contribution_read, contributions, contributors, evidence
from mgi_desktop.services import contribution_layout as layout


@pytest.fixture
def aid(db, mini):
    return assessments.create(db, mini, country="kg").id


@pytest.fixture
def person(db, aid):
    made = contributors.add(db, institution="Border Service")
    for code in ("Q1", "Q1b", "Q2", "Q3", "Q6", "Q7"):
        contributors.assign(db, aid, made.id, "question", code)
    return made


@pytest.fixture
def book_path(db, aid, person, tmp_path) -> Path:
    return contributions.export_workbook(db, aid, person.id, tmp_path / "border.xlsx")


def _cols(ws) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value is not None}


def _row(ws, code: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == code)


def _set(path: Path, values: dict[str, dict[str, object]], evidence_rows=()) -> None:
    book = load_workbook(path)
    ws = book["Answers"]
    cols = _cols(ws)
    for code, cells in values.items():
        for header, value in cells.items():
            ws.cell(_row(ws, code), cols[header]).value = value
    ev = book["Evidence"]
    for n, row in enumerate(evidence_rows, start=2):
        for c, value in enumerate(row, start=1):
            ev.cell(n, c).value = value
    book.save(path)


def _problems(db, path: Path) -> list[tuple[str, str, str]]:
    with pytest.raises(contributions.ContributionRejected) as rejected:
        contributions.read(db, path)
    return [(p.sheet, p.cell, p.message.code) for p in rejected.value.problems]


def test_every_problem_is_listed_at_once_with_its_sheet_and_cell(db, aid, book_path):
    _set(book_path, {"Q7": {"Your answer": "Maybe"}, "Q3": {"Your answer": "many"}},
         [("Q1", "law", "Health Law", "", 3021, "https://example.org"),
          ("Q1", "law", None, "No. 5", 2019, ""),
          ("Q3", "website", "Agency site", "", "", "javascript:alert(1)"),
          ("Q9", "report", "Annual report", "", 2020, ""),
          ("Q3", "a rumour", "Heard it", "", "", "")])
    found = _problems(db, book_path)
    assert ("Answers", "F" + str(_row(load_workbook(book_path)["Answers"], "Q7")), "contribution.not_a_choice") in found
    assert any(code == "answer.not_a_number" and cell.startswith("F") for _, cell, code in found)
    assert ("Evidence", "E2", "contribution.year_range") in found  # the year out of range
    assert ("Evidence", "C3", "contribution.evidence_no_title") in found
    assert ("Evidence", "F4", "link.scheme_not_allowed") in found  # the bad address
    assert ("Evidence", "A5", "contribution.unknown_code") in found
    assert ("Evidence", "B6", "contribution.not_a_kind") in found
    assert len(found) == 7
    assert answers.get_answer(db, aid, "Q3").value is None and evidence.for_question(db, aid, "Q1") == []


@pytest.mark.parametrize(("typed", "code"), [("Yes ", "yes"), ("  no", "no"), ("oui", "yes"), ("sí", "yes"),
                                             ("SÍ", "yes"), ("Да", "yes"), ("Not applicable", "not_applicable"),
                                             ("sans objet", "not_applicable"), ("yes", "yes")])
def test_answers_typed_instead_of_picked_in_any_language(db, book_path, typed, code):
    _set(book_path, {"Q7": {"Your answer": typed}})
    changes = contributions.read(db, book_path).changes
    assert [(c.code, c.value) for c in changes] == [("Q7", code)]


def test_choices_by_label_or_code_several_with_semicolons_and_numbers_as_typed(db, book_path):
    _set(book_path, {"Q1": {"Your answer": "PARTIALLY"}, "Q1b": {"Your answer": "regular"},
                     "Q2": {"Your answer": "Website;law"}, "Q3": {"Your answer": "1 250,5".replace(" ", "")},
                     "Q6": {"Your answer": 2019.0}})
    got = {c.code: c.value for c in contributions.read(db, book_path).changes}
    assert got == {"Q1": "partially", "Q1b": "regular", "Q2": ["law", "website"], "Q3": 1250.5, "Q6": 2019}


def test_a_formula_is_read_as_its_text_never_evaluated(db, aid, book_path):
    _set(book_path, {"Q1": {"Justification": "=1+1", "Your answer": "=\"yes\""}})
    found = _problems(db, book_path)
    assert [code for _, _, code in found] == ["contribution.not_a_choice"]  # '="yes"' is not an answer
    _set(book_path, {"Q1": {"Justification": "=1+1", "Your answer": "yes"}})
    preview = contributions.read(db, book_path)
    contributions.apply(db, preview)
    assert answers.get_answer(db, aid, "Q1").justification == "=1+1"


def test_merged_formatted_filtered_cells_and_trailing_spaces(db, aid, book_path):
    book = load_workbook(book_path)
    ws = book["Answers"]
    cols = _cols(ws)
    q1, q1b = _row(ws, "Q1"), _row(ws, "Q1b")
    ws.cell(q1, cols["Justification"]).value = "  Covered by the 2019 law.  "
    ws.merge_cells(start_row=q1, start_column=cols["Justification"], end_row=q1b, end_column=cols["Justification"])
    ws.cell(q1, cols["Your answer"]).value = "Yes"
    ws.cell(q1, cols["Your answer"]).font = Font(bold=True, color="FF0000")
    ws.cell(q1, cols["Your answer"]).fill = PatternFill("solid", fgColor="FFFF00")
    ws.cell(q1, cols["Your answer"]).number_format = "@"
    ws.auto_filter.ref = ws.dimensions
    ws.row_dimensions[q1b].hidden = True  # filtered out
    book.save(book_path)
    preview = contributions.read(db, book_path)
    assert [(c.code, c.field, c.value) for c in preview.changes] == [
        ("Q1", "answer", "yes"), ("Q1", "justification", "Covered by the 2019 law.")]  # Q1b: empty, no change


def test_renamed_sheets_and_headers_are_named(db, book_path):
    book = load_workbook(book_path)
    book["Evidence"].title = "Sources"
    book["Answers"].cell(1, _cols(book["Answers"])["Your answer"]).value = "Réponse"
    book.save(book_path)
    found = _problems(db, book_path)
    assert ("Evidence", "", "contribution.no_sheet") in found
    assert ("Answers", "1", "contribution.no_column") in found


def test_a_workbook_for_another_assessment_contributor_or_questionnaire_is_refused(db, aid, book_path):
    book = load_workbook(book_path)
    meta = book[layout.META]
    meta["B2"] = "00000000-0000-0000-0000-000000000000"
    meta["B4"] = "11111111-0000-0000-0000-000000000000"
    book.save(book_path)
    found = {code for _, _, code in _problems(db, book_path)}
    assert found == {"contribution.other_assessment", "contribution.unknown_contributor"}

    other = contributions.export_workbook(db, aid, contributors.list_all(db)[0].id, book_path.with_name("b.xlsx"))
    book = load_workbook(other)
    book[layout.META]["D3"] = "0" * 64  # another version of the questionnaire
    book.save(other)
    assert {code for _, _, code in _problems(db, other)} == {"contribution.outdated", "contribution.checksum"}

    book = load_workbook(other)
    book[layout.META]["D3"] = assessments.framework_of(db, assessments.get(db, aid)).sha256
    row = next(r for r in range(1, 60) if book[layout.META].cell(r, 1).value == layout.ROW_QUESTION)
    book[layout.META].cell(row, 2).value = "Q8"  # the record of what was sent, edited
    book.save(other)
    assert {code for _, _, code in _problems(db, other)} == {"contribution.checksum"}


def test_the_wrong_kind_of_file_is_refused_saying_how_to_save_it(db, tmp_path, book_path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    ods = tmp_path / "calc.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    plain = tmp_path / "plain.xlsx"
    from openpyxl import Workbook

    Workbook().save(plain)
    missing = tmp_path / "none.xlsx"
    for path, code in ((xls, "contribution.old_xls"), (ods, "contribution.ods"), (text, "contribution.not_xlsx"),
                       (plain, "contribution.not_a_contribution"), (missing, "contribution.file_not_found")):
        with pytest.raises(contributions.ContributionRejected) as rejected:
            contributions.read(db, path)
        assert [p.message.code for p in rejected.value.problems] == [code], path
    with pytest.raises(contributions.ContributionRejected) as rejected:
        contributions.read(db, xls)
    assert "save it as “Excel Workbook (.xlsx)”" in rejected.value.problems[0].text
    with pytest.raises(contributions.ContributionRejected) as rejected:
        contributions.read(db, ods, language="fr")
    assert "Enregistrer sous" in rejected.value.problems[0].text


def test_hostile_workbooks_get_a_message_not_a_hang(db, tmp_path, book_path, monkeypatch):
    # an XML entity (a "billion laughs" in small): defusedxml refuses it
    hostile = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(book_path) as source, zipfile.ZipFile(hostile, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1)
            out.writestr(item, data)
    with pytest.raises(contributions.ContributionRejected) as rejected:
        contributions.read(db, hostile)
    assert rejected.value.problems[0].message.code == "contribution.damaged"
    # too large, and too many rows
    monkeypatch.setattr(contribution_read, "MAX_FILE_BYTES", 1000)
    with pytest.raises(contributions.ContributionRejected) as rejected:
        contributions.read(db, book_path)
    assert rejected.value.problems[0].message.code == "contribution.too_large"
    monkeypatch.undo()
    monkeypatch.setattr(contribution_read, "MAX_ROWS", 20)
    book = load_workbook(book_path)
    for n in range(2, 60):
        book["Evidence"].cell(n, 1).value = "Q1"
        book["Evidence"].cell(n, 3).value = f"Item {n}"
    book.save(book_path)
    assert ("Evidence", "A22", "contribution.too_many_rows") in _problems(db, book_path)


def test_several_answers_by_semicolon_comma_or_line(db, book_path):
    for typed in ("Website;law", "website, LAW", "Law\nWebsite", "law;;website;"):
        _set(book_path, {"Q2": {"Your answer": typed}})
        assert [c.value for c in contributions.read(db, book_path).changes] == [["law", "website"]], typed
    _set(book_path, {"Q2": {"Your answer": "law; gossip"}})
    assert [code for _, _, code in _problems(db, book_path)] == ["contribution.not_a_choice"]
