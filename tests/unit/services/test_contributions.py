"""Contribution workbooks: exported for one contributor, edited as a ministry edits them, imported back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mgi_desktop.errors import StateError
from mgi_desktop.services import answers, assessments, audit, contributions, contributors, evidence
from mgi_desktop.services import contribution_layout as layout


@pytest.fixture
def aid(db, mini):
    return assessments.create(db, mini, country="kg").id


@pytest.fixture
def labour(db, aid):
    person = contributors.add(db, institution="Ministry of Labour", person="A. Pérez", language="en")
    contributors.assign(db, aid, person.id, "domain", "1", lead=True, due="2027-01-15")
    contributors.assign(db, aid, person.id, "question", "Q3")
    contributors.assign(db, aid, person.id, "question", "Q7")
    return person


def _columns(ws) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value is not None}


def _row_of(ws, code: str) -> int:
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value == code:
            return row
    raise AssertionError(code)


def _edit_as_a_ministry(path: Path, *, invalid: bool) -> None:
    """What an official does with the workbook in a spreadsheet: answers picked and typed, a
    justification, two evidence rows, the answer sheet sorted and a column of their own added."""
    book = load_workbook(path)
    ws = book["Answers"]
    # sort the rows by question text, descending (rows keep their cells, codes move with them)
    rows = [[ws.cell(r, c).value for c in range(1, ws.max_column + 1)] for r in range(2, ws.max_row + 1)]
    rows.sort(key=lambda r: str(r[1]), reverse=True)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    # a column of their own, inserted before the answers: columns are matched by header, not letter
    ws.insert_cols(2)
    ws.cell(1, 2).value = "Internal reference"
    ws.cell(_row_of(ws, "Q1"), 2).value = "LAB-2026/17"
    cols = _columns(ws)
    answer, justification, comment = cols["Your answer"], cols["Justification"], cols["Comment to the focal point"]
    ws.cell(_row_of(ws, "Q1"), answer).value = "Partially "  # typed, with a trailing space
    ws.cell(_row_of(ws, "Q1"), justification).value = "The health law covers regular migrants only."
    ws.cell(_row_of(ws, "Q1"), comment).value = "Ask the ministry of health for the 2025 decree."
    ws.cell(_row_of(ws, "Q1b"), answer).value = "Regular migrants only"  # picked from the list
    ws.cell(_row_of(ws, "Q3"), answer).value = 120
    ws.cell(_row_of(ws, "Q2"), answer).value = "Law; policy"
    ws.cell(_row_of(ws, "Q7"), answer).value = "Maybe" if invalid else "oui"
    ev = book["Evidence"]
    first = next(r for r in range(2, ev.max_row + 2) if ev.cell(r, 1).value is None)
    for offset, values in enumerate([("Q1", "law", "Health Law", "No. 12/2019", 2019, "https://example.org/health"),
                                     ("Q1", "Regulation", "Decree on access to care", "", "2021", "")]):
        for c, value in enumerate(values, start=1):
            ev.cell(first + offset, c).value = value
    book.save(path)


def test_a_workbook_holds_only_the_contributors_questions_with_drop_downs_and_a_hidden_record(db, aid, labour,
                                                                                            tmp_path):
    answers.set_answer(db, aid, "Q1", "yes", justification="=SUM(A1) is text")
    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour.xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["Instructions", "Answers", "Evidence", layout.LISTS, layout.META]
    assert book[layout.META].sheet_state == "veryHidden" and book[layout.LISTS].sheet_state == "hidden"
    ws = book["Answers"]
    assert [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)] == ["Q1", "Q1b", "Q2", "Q3", "Q7"]
    assert ws.protection.sheet and not ws.protection.password  # locked without a password
    cols = _columns(ws)
    q1 = _row_of(ws, "Q1")
    assert ws.cell(q1, cols["Your answer"]).value == "Yes"
    assert ws.cell(q1, cols["Justification"]).value == "=SUM(A1) is text"  # written as text, not a formula
    assert ws.cell(q1, cols["Justification"]).data_type == "s"
    assert ws.cell(q1, cols["Code"]).protection.locked
    assert not ws.cell(q1, cols["Your answer"]).protection.locked
    assert "asked only when the answer to Q1" in ws.cell(_row_of(ws, "Q1b"), cols["Asked when"]).value
    lists = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    answer_letter = ws.cell(1, cols["Your answer"]).column_letter
    assert lists[f"{answer_letter}{q1}"].startswith(f"'{layout.LISTS}'!$")
    meta = {row[0].value: [c.value for c in row[1:]] for row in book[layout.META].iter_rows()}
    assert meta["assessment"][0] == aid and meta["contributor"][0] == labour.id
    assert meta["questionnaire"][:2] == ["mini", "1.0"]


def test_the_contributors_language_and_a_french_typed_answer(db, aid, tmp_path):
    person = contributors.add(db, institution="Ministère du Travail", language="fr")
    contributors.assign(db, aid, person.id, "question", "Q1")
    target = contributions.export_workbook(db, aid, person.id, tmp_path / "travail.xlsx")
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Consignes", "Réponses", "Sources"]
    ws = book["Réponses"]
    assert ws.cell(2, 2).value == "Les migrants ont-ils accès aux soins ?"
    ws.cell(2, _columns(ws)["Votre réponse"]).value = "  PARTIELLEMENT"
    book.save(target)
    preview = contributions.read(db, target)
    assert [(c.code, c.kind, c.value) for c in preview.changes] == [("Q1", "new", "partially")]


def test_must_show_invalid_cell_reported_then_fixed_applied_attributed_and_audited(db, aid, labour, tmp_path):
    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour.xlsx")
    _edit_as_a_ministry(target, invalid=True)
    with pytest.raises(contributions.ContributionRejected) as rejected:
        contributions.read(db, target)
    problems = rejected.value.problems
    assert len(problems) == 1
    assert problems[0].sheet == "Answers" and problems[0].cell.startswith("G")  # the answer column, moved by one
    assert "'Maybe' is not one of the answers" in problems[0].text and "Yes" in problems[0].text
    assert answers.get_answer(db, aid, "Q7").value is None  # nothing applied

    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour-2.xlsx")
    _edit_as_a_ministry(target, invalid=False)
    preview = contributions.read(db, target)
    got = {(c.code, c.field): (c.kind, c.value) for c in preview.changes}
    assert got[("Q1", "answer")] == ("new", "partially")
    assert got[("Q1b", "answer")] == ("new", "regular")
    assert got[("Q2", "answer")] == ("new", ["law", "policy"])
    assert got[("Q3", "answer")] == ("new", 120)
    assert got[("Q7", "answer")] == ("new", "yes")
    assert got[("Q1", "justification")][0] == "new"
    assert [c.kind for c in preview.changes if c.field == "evidence"] == ["new", "new"]
    result = contributions.apply(db, preview)
    assert len(result.applied) == len(preview.changes)
    assert answers.get_answer(db, aid, "Q1").value == "partially"
    assert answers.get_answer(db, aid, "Q1").justification == "The health law covers regular migrants only."
    items = evidence.for_question(db, aid, "Q1")
    assert [(i.kind.value, i.title, i.year) for i in items] == [("law", "Health Law", 2019),
                                                                 ("regulation", "Decree on access to care", 2021)]
    trail = audit.events(db, aid)
    imported = [e for e in trail if e.entity in ("answer", "evidence", "comment")]
    assert imported and all(e.contributor_id == labour.id for e in imported)
    assert {(e.entity_id, e.field) for e in imported if e.entity == "answer"} >= {
        ("Q1", "value"), ("Q1", "justification"), ("Q1b", "value"), ("Q2", "value"), ("Q3", "value"),
        ("Q7", "value")}


def test_imported_twice_changes_nothing_the_second_time(db, aid, labour, tmp_path):
    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour.xlsx")
    _edit_as_a_ministry(target, invalid=False)
    contributions.apply(db, contributions.read(db, target))
    events = len(audit.events(db, aid))
    again = contributions.read(db, target)
    assert {c.kind for c in again.changes} == {"same"}
    assert contributions.apply(db, again).applied == []
    assert len(audit.events(db, aid)) == events
    assert len(evidence.for_question(db, aid, "Q1")) == 2


def test_a_conflict_with_the_focal_points_own_edit_is_shown_and_not_overwritten(db, aid, labour, tmp_path):
    answers.set_answer(db, aid, "Q1", "yes")
    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour.xlsx")
    _edit_as_a_ministry(target, invalid=False)
    answers.set_answer(db, aid, "Q1", "no")  # the focal point, after the export
    preview = contributions.read(db, target)
    conflict = next(c for c in preview.changes if c.code == "Q1" and c.field == "answer")
    assert (conflict.kind, conflict.before, conflict.after, conflict.exported) == ("conflict", "No", "Partially",
                                                                                   "Yes")
    result = contributions.apply(db, preview)
    assert answers.get_answer(db, aid, "Q1").value == "no"  # not overwritten
    assert [c.code for c in result.kept] == ["Q1"]
    assert answers.get_answer(db, aid, "Q3").value == 120  # the rest applied
    taken = contributions.read(db, target)
    contributions.apply(db, taken, take_conflicts=["Q1"])
    assert answers.get_answer(db, aid, "Q1").value == "partially"


def test_a_change_between_read_and_apply_refuses_the_whole_import(db, aid, labour, tmp_path):
    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour.xlsx")
    _edit_as_a_ministry(target, invalid=False)
    preview = contributions.read(db, target)
    answers.set_answer(db, aid, "Q3", 7)
    with pytest.raises(StateError) as refused:
        contributions.apply(db, preview)
    assert refused.value.code == "contribution.changed_since"
    assert answers.get_answer(db, aid, "Q1").value is None and answers.get_answer(db, aid, "Q3").value == 7
    assert evidence.for_question(db, aid, "Q1") == []


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_must_show_a_workbook_saved_by_libreoffice_imports_the_same(db, aid, labour, tmp_path):
    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour.xlsx")
    _edit_as_a_ministry(target, invalid=False)
    out = tmp_path / "libreoffice"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--convert-to", "xlsx", "--outdir", str(out), str(target)], check=True, capture_output=True,
                   timeout=120)
    saved = out / "labour.xlsx"
    assert saved.read_bytes() != target.read_bytes()
    book = load_workbook(saved)
    assert book["Answers"].data_validations.dataValidation  # the drop-downs survive LibreOffice
    direct = [(c.code, c.field, c.kind, c.value) for c in contributions.read(db, target).changes]
    preview = contributions.read(db, saved)
    assert [(c.code, c.field, c.kind, c.value) for c in preview.changes] == direct
    contributions.apply(db, preview)
    assert answers.get_answer(db, aid, "Q7").value == "yes"
    assert len(evidence.for_question(db, aid, "Q1")) == 2


def test_the_cli_exports_previews_and_imports(db, aid, labour, tmp_path, capsys):
    from mgi_desktop.cli import main

    answers.set_answer(db, aid, "Q1", "yes")
    db.close()
    base = ["--database", str(db.path)]
    target = tmp_path / "out.xlsx"
    assert main([*base, "contribution", "export", aid[:8], "--contributor", labour.id[:8], "-o", str(target)]) == 0
    assert "5 questions for A. Pérez (Ministry of Labour)" in capsys.readouterr().out
    _edit_as_a_ministry(target, invalid=True)
    assert main([*base, "contribution", "import", str(target)]) == 1
    err = capsys.readouterr().err
    assert "1 problem to fix" in err and "Answers!G" in err and "'Maybe' is not one of the answers" in err
    _edit_as_a_ministry(target, invalid=False)
    assert main([*base, "contribution", "import", str(target), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "changed" in out and "Yes" in out and "Partially" in out and "dry run: nothing changed" in out
    assert main([*base, "contribution", "import", str(target)]) == 0
    assert "applied" in capsys.readouterr().out
    assert main([*base, "contribution", "import", str(target)]) == 0
    assert "0 changes" in capsys.readouterr().out


def test_only_the_accepted_questions_are_applied(db, aid, labour, tmp_path):
    target = contributions.export_workbook(db, aid, labour.id, tmp_path / "labour.xlsx")
    _edit_as_a_ministry(target, invalid=False)
    result = contributions.apply(db, contributions.read(db, target), accept=["Q3", "Q7"])
    assert {c.code for c in result.applied} == {"Q3", "Q7"} and result.changes.questions == {"Q3", "Q7"}
    assert answers.get_answer(db, aid, "Q1").value is None and answers.get_answer(db, aid, "Q3").value == 120
    rest = contributions.read(db, target)
    assert {c.code for c in rest.pending} == {"Q1", "Q1b", "Q2"}
    assert answers.get_answer(db, aid, "Q7").review_state.value == "not_reviewed"  # as any fresh answer
