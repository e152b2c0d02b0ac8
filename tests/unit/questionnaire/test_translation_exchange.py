"""A translator's round trip: PO file and XLSForm out, edited as a translator would, checked and read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import polib
import pytest

from mgi_desktop.export.translation_po import write_po
from mgi_desktop.export.xlsform import write_xlsform
from mgi_desktop.questionnaire import loader, translation_import, translations
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.translations import Status

DATA = Path(__file__).resolve().parents[2] / "data"
LINK = "https://www.example.org/health-law"


@pytest.fixture
def form(tmp_path: Path) -> Path:
    """mini.yaml with a guidance that holds a web address, the kind of placeholder a translation must keep."""
    folder = tmp_path / "forms"
    folder.mkdir()
    target = folder / "mini.yaml"
    target.write_text((DATA / "mini.yaml").read_text(encoding="utf-8").replace(
        "guidance: The health law.", f"guidance: 'The health law ({LINK}).'"), encoding="utf-8")
    return target


def _po_with_everything_translated(framework: Framework, path: Path) -> polib.POFile:
    write_po(framework, "es", path)
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = f"ES {entry.msgid}"
        entry.flags = ["fuzzy"]
    po.save(str(path))
    return po


def test_po_export_names_each_text_and_marks_drafts_and_outdated_ones_fuzzy(form: Path, tmp_path: Path) -> None:
    framework = loader.load_file(form)
    target = tmp_path / "mini.es.po"
    po = _po_with_everything_translated(framework, target)
    result = translation_import.from_po(framework, target)
    translation_import.apply(result, translation_import.target_for(framework, "es", form), framework)
    form.write_text(form.read_text(encoding="utf-8").replace("Which migrants?", "Which groups of migrants?"),
                    encoding="utf-8")
    changed = loader.load_file(form)

    written = write_po(changed, "es", target)
    po = polib.pofile(str(target))
    assert po.metadata["Language"] == "es" and po.metadata["X-MGI-Questionnaire"] == "mini"
    assert written.entries == len(po) == written.translated == written.fuzzy
    reworded = next(e for e in po if e.msgctxt == "question:Q1b:text")
    assert reworded.msgid == "Which groups of migrants?" and reworded.msgstr == "ES Which migrants?"
    assert "outdated" in reworded.comment and "question Q1b: text" in reworded.comment


def test_a_po_file_edited_by_a_translator_is_checked_whole_then_applied_and_counted(form: Path, tmp_path: Path) -> None:
    framework = loader.load_file(form)
    target = tmp_path / "mini.es.po"
    _po_with_everything_translated(framework, target)
    first = translation_import.from_po(framework, target)
    assert first.ok and len(first.added) == len(polib.pofile(str(target)))
    translation_import.apply(first, translation_import.target_for(framework, "es", form), framework)
    framework = loader.load_file(form)

    # the translator's edits: one text changed (and reviewed), one removed, one link broken
    po = polib.pofile(str(target))
    by_key = {e.msgctxt: e for e in po}
    by_key["question:Q1:text"].msgstr = "¿Tienen los migrantes acceso a la atención de salud?"
    by_key["question:Q1:text"].flags = []
    by_key["question:Q3:text"].msgstr = ""
    guidance = by_key["question:Q1:guidance"]
    guidance.msgstr = guidance.msgstr.replace(LINK, "https://www.example.org/ley-de-salud")
    po.save(str(target))
    broken_line = next(e for e in polib.pofile(str(target)) if e.msgctxt == "question:Q1:guidance").linenum

    refused = translation_import.from_po(framework, target)
    assert not refused.ok
    (problem,) = refused.problems
    assert (problem.msg.code, problem.place, problem.line) == ("translations.placeholders", "question:Q1:guidance",
                                                               broken_line)
    assert LINK in problem.message
    with pytest.raises(Exception, match="1 problem, nothing was imported"):
        translation_import.apply(refused, translation_import.target_for(framework, "es", form), framework)
    unchanged = loader.load_file(form).placement("Q3").question.text.get("es")
    assert unchanged == "ES How many staff work in the migration agency?"

    guidance.msgstr = f"ES The health law ({LINK})."
    po.save(str(target))
    fixed = translation_import.from_po(framework, target)
    assert fixed.ok
    assert (fixed.changed, fixed.removed) == (["question:Q1:text"], ["question:Q3:text"])
    assert fixed.counts()["unchanged"] == len(po) - 2
    translation_import.apply(fixed, translation_import.target_for(framework, "es", form), framework)

    after = loader.load_file(form)
    assert after.placement("Q1").question.text.get("es") == "¿Tienen los migrantes acceso a la atención de salud?"
    assert after.placement("Q3").question.text.get("es", "en") == "How many staff work in the migration agency?"
    layer = after.translations["es"]
    assert layer.entries["question:Q1:text"].status is Status.REVIEWED
    assert layer.entries["question:Q1b:text"].status is Status.DRAFT
    (coverage,) = [c for c in translations.coverage(after.source_model, after.translations) if c.language == "es"]
    assert (coverage.missing, coverage.reviewed, coverage.outdated) == (1, 1, 0)


@pytest.mark.parametrize(("edit", "code"), [
    (lambda po: setattr(po[0], "msgctxt", "question:Q99:text"), "translations.unknown_text"),
    (lambda po: setattr(po[0], "msgctxt", None), "translations.no_key"),
    (lambda po: setattr(po[0], "msgstr", "   "), "translations.blank"),
    (lambda po: po.metadata.__setitem__("X-MGI-Questionnaire", "mgi-national"), "translations.other_questionnaire"),
])
def test_a_po_file_that_does_not_fit_changes_nothing(form: Path, tmp_path: Path, edit: object, code: str) -> None:
    framework = loader.load_file(form)
    target = tmp_path / "mini.es.po"
    po = _po_with_everything_translated(framework, target)
    edit(po)  # type: ignore[operator]
    po.save(str(target))
    result = translation_import.from_po(framework, target)
    assert code in [p.msg.code for p in result.problems]
    assert result.result is None
    assert not (form.parent / "translations").exists()


def test_a_file_that_is_no_po_file_is_named(form: Path, tmp_path: Path) -> None:
    framework = loader.load_file(form)
    bad = tmp_path / "notes.po"
    bad.write_text("Dear translator,\nhere are my notes.\n", encoding="utf-8")
    result = translation_import.from_po(framework, bad, "es")
    assert [p.msg.code for p in result.problems] == ["translations.not_po"]
    assert str(bad) in str(result.problems[0])


def test_an_xlsform_with_a_language_column_filled_in_comes_back(form: Path, tmp_path: Path) -> None:
    framework = loader.load_file(form)
    workbook_path = tmp_path / "mini-ru.xlsx"
    written = write_xlsform(framework, workbook_path, languages=["ru"])
    assert written.languages == ["en", "ru"]  # only the language asked for besides the source
    book = openpyxl.load_workbook(workbook_path)
    survey = book["survey"]
    headers = [c.value for c in survey[1]]
    names, english, russian = (headers.index(h) + 1 for h in ("name", "label::English (en)", "label::Русский (ru)"))
    for row in range(2, survey.max_row + 1):
        if survey.cell(row, names).value == "Q1":
            survey.cell(row, russian).value = "Имеют ли мигранты доступ к медицинской помощи?"
        if survey.cell(row, names).value == "Q3":
            survey.cell(row, russian).value = "Сколько сотрудников?"
        if survey.cell(row, names).value == "Q2":
            survey.cell(row, russian).value = "  "  # a cell of spaces is an empty cell in a spreadsheet
    assert english
    book.save(workbook_path)

    result = translation_import.from_xlsform(framework, workbook_path, "ru", Status.REVIEWED)
    assert result.ok and sorted(result.added) == ["question:Q1:text", "question:Q3:text"]
    translation_import.apply(result, translation_import.target_for(framework, "ru", form), framework)
    assert loader.load_file(form).placement("Q1").question.text.get("ru") == \
        "Имеют ли мигранты доступ к медицинской помощи?"


def test_an_xlsform_of_another_language_is_refused(form: Path, tmp_path: Path) -> None:
    framework = loader.load_file(form)
    workbook_path = tmp_path / "mini-ru.xlsx"
    write_xlsform(framework, workbook_path, languages=["ru"])
    result = translation_import.from_xlsform(framework, workbook_path, "ar")
    assert [p.msg.code for p in result.problems] == ["translations.other_language"]


def test_the_imports_of_a_bundled_questionnaire_go_to_the_users_folder(national: Framework, data_dir: Path) -> None:
    assert translation_import.target_for(national, "pt", None) == data_dir / "translations" / "mgi-national.pt.json"
    shutil.rmtree(data_dir / "translations", ignore_errors=True)
