"""The SDG 10.7.2 files: the open-sdg and UN global CSV layouts and the transcription workbook.

The worked case is Armenia's 2019 report as its national SDG platform publishes it
(armstat/sdg-data-armenia, data/indicator_10-7-2.csv at commit 59d9597171b04477bef6818f47b77ca64795c1c5):
domain categories 3, 3, 4, 2, 4, 4.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from mgi_desktop.errors import MgiError, ValidationError
from mgi_desktop.export import sdg_files, sources
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.storage.db import Database

from .helpers import cell, read_xlsx, table

#: Armenia's published 2019 rows, byte for byte
ARMENIA_2019 = '''"2019","Domain 1. Migrant rights","3"
"2019","Domain 2. Whole of government/Evidence based policies","3"
"2019","Domain 3. Cooperation and partnerships","4"
"2019","Domain 4. Socioeconomic well being","2"
"2019","Domain 5. Mobility dimensions of crises","4"
"2019","Domain 6. Safe, orderly and regular migration","4"
'''

#: sub-category answers that give Armenia's categories: 80, 80, 100, 60, 100, 100 (overall 26/30 = 86.7: 3)
ARMENIA_ANSWERS = {
    "1a": "yes_all", "1b": "yes_all", "1c": "yes_legal", "1d": "yes_legal", "1e": "yes_all",
    "2a": "yes", "2b": "yes", "2c": "yes", "2d": "no", "2e": "yes",
    **{f"3{x}": "yes" for x in "abcde"},
    "4a": "no", "4b": "yes", "4c": "yes", "4d": "yes", "4e": "no",
    **{f"5{x}": "yes" for x in "abcde"},
    **{f"6{x}": "yes" for x in "abcde"},
}


@pytest.fixture
def armenia(db: Database, sdg: Framework) -> str:
    aid = assessments.create(db, sdg, country="ARM").id
    for code, value in ARMENIA_ANSWERS.items():
        answers.set_answer(db, aid, code, value, justification=f"Law cited for {code}")
    evidence.add(db, aid, "2a", kind="law", title="Law on the Migration Service", year=2017)
    return aid


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def test_armenia_2019_in_the_open_sdg_layout(db: Database, armenia: str, tmp_path: Path) -> None:
    target = tmp_path / "indicator_10-7-2.csv"
    sdg_files.write_sdg(sources.from_database(db, armenia), target, sdg_files.OPEN_SDG, year=2019)
    text = _read(target)
    assert not text.startswith("\ufeff")  # read by open-sdg's build, not by Excel
    header, headline, *domains = text.splitlines(keepends=True)
    assert header == '"Year","Policy area","Value"\n'  # Armenia's header
    assert "".join(domains) == ARMENIA_2019
    assert headline == '"2019","","3"\n'  # the overall value, open-sdg's headline row
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["Value"] for r in rows] == ["3", "3", "3", "4", "2", "4", "4"]


def test_armenia_2019_in_the_un_global_layout(db: Database, armenia: str, tmp_path: Path) -> None:
    target = tmp_path / "SG_CPA_MIGRS.csv"
    sdg_files.write_sdg(sources.from_database(db, armenia), target, sdg_files.UN_GLOBAL, year=2019)
    rows = list(csv.DictReader(_read(target).splitlines()))
    assert list(rows[0]) == list(sdg_files.UN_COLUMNS)
    assert {(r["COMPOSITE_BREAKDOWN"], r["OBS_VALUE"]) for r in rows} == {
        ("_T", "3"), ("PD_1", "3"), ("PD_2", "3"), ("PD_3", "4"), ("PD_4", "2"), ("PD_5", "4"), ("PD_6", "4")}
    for row in rows:
        assert row["SERIES"] == "SG_CPA_MIGRS" and row["REF_AREA"] == "51" and row["TIME_PERIOD"] == "2019"
        assert row["DATAFLOW"].startswith("IAEG-SDGs:DF_SDG_GLH") and row["FREQ"] == "A"
        assert all(row[c] == "_T" for c in ("SEX", "AGE", "URBANISATION", "DISABILITY_STATUS"))
        assert "official method" in row["COMMENT_OBS"]


def test_a_missing_sub_category_counts_as_zero_in_the_official_files(db: Database, armenia: str,
                                                                     tmp_path: Path) -> None:
    answers.set_answer(db, armenia, "3b", None)  # domain 3: 4 of 5 answered yes
    data = sources.from_database(db, armenia)
    official = tmp_path / "official.csv"
    sdg_files.write_sdg(data, official, sdg_files.OPEN_SDG, year=2019)
    assert '"2019","Domain 3. Cooperation and partnerships","3"\n' in _read(official)
    aware = tmp_path / "aware.csv"
    sdg_files.write_sdg(data, aware, sdg_files.OPEN_SDG, year=2019, method=sdg_files.COMPLETENESS_AWARE)
    assert '"2019","Domain 3. Cooperation and partnerships",""\n' in _read(aware)
    assert '"2019","",""\n' in _read(aware)  # no overall value until all 30 are answered
    un = tmp_path / "un.csv"
    sdg_files.write_sdg(data, un, sdg_files.UN_GLOBAL, year=2019, method=sdg_files.COMPLETENESS_AWARE)
    pd3 = next(r for r in csv.DictReader(_read(un).splitlines()) if r["COMPOSITE_BREAKDOWN"] == "PD_3")
    assert pd3["OBS_VALUE"] == "" and pd3["OBS_STATUS"] == "M" and "unanswered: 3b" in pd3["COMMENT_OBS"]


def test_the_transcription_workbook(db: Database, armenia: str, tmp_path: Path) -> None:
    answers.set_answer(db, armenia, "6e", None)
    target = tmp_path / "module-iii.xlsx"
    now = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
    sdg_files.write_sdg(sources.from_database(db, armenia), target, sdg_files.TRANSCRIPTION, now=now)
    book = read_xlsx(target)
    assert list(book) == ["UN Inquiry Module III", "SDG 10.7.2 values", "About"]
    module = table(book["UN Inquiry Module III"])
    assert len(module) == 36  # six questions, each followed by its five sub-categories
    question = module[0]
    assert question["Question (UN Inquiry, Module III)"].startswith("Does the Government provide non-nationals")
    first = module[1]
    assert (first["Sub-category"], first["Policy measure"]) == ("1a", "Essential and/or emergency health care")
    assert first["Answer to transcribe"] == "Yes, regardless of immigration status" and cell(first["Coded value"]) == 1
    legal = next(r for r in module if r["Sub-category"] == "1c")
    assert legal["Answer to transcribe"] == "Yes, only for those with legal immigration status"
    assert legal["Coded value"] == 0.5 and legal["Justification"] == "Law cited for 1c"
    assert cell(next(r for r in module if r["Sub-category"] == "2a")["Evidence count"]) == 1
    missing = next(r for r in module if r["Sub-category"] == "6e")
    assert missing["Answer to transcribe"] == "" and "counts it as 0" in missing["Note"]
    values = table(book["SDG 10.7.2 values"])
    d6, overall = values[5], values[6]
    assert cell(d6["Completeness-aware value (MGI Desktop)"]) is None
    assert cell(d6["Official-method value (missing = 0)"]) == 80 and cell(d6["Official-method category"]) == 3
    assert d6["Unanswered sub-categories"] == "6e"
    assert cell(overall["Official-method category"]) == 3 and cell(overall["Completeness-aware category"]) is None
    about = {row[0]: row for row in book["About"][1:] if row}
    assert "missing sub-category counts as 0" in about["Official-method value (missing = 0)"][2]
    assert "worldbank/sdg-metadata" in about["Texts"][1]


def test_the_transcription_workbook_in_french(db: Database, armenia: str, tmp_path: Path) -> None:
    target = tmp_path / "module-iii.fr.xlsx"
    sdg_files.write_sdg(sources.from_database(db, armenia), target, sdg_files.TRANSCRIPTION, language="fr")
    book = read_xlsx(target)
    assert "SDG 10.7.2 values" not in book and len(book) == 3
    module = next(iter(book.values()))
    assert any(isinstance(v, str) and v.startswith("Oui, quel que soit") for row in module for v in row)


def test_only_an_sdg_assessment_has_sdg_files(db: Database, mini: Framework, tmp_path: Path) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    with pytest.raises(ValidationError) as caught:
        sdg_files.write_sdg(sources.from_database(db, aid), tmp_path / "x.csv", sdg_files.OPEN_SDG)
    assert caught.value.code == "export.sdg.not_sdg"
    assert not (tmp_path / "x.csv").exists()


def test_a_missing_folder_is_refused_before_writing(db: Database, armenia: str, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "indicator_10-7-2.csv"
    with pytest.raises(MgiError) as caught:
        sdg_files.write_sdg(sources.from_database(db, armenia), target, sdg_files.OPEN_SDG)
    assert "nowhere" in str(caught.value.msg.params.get("folder", "")) or "nowhere" in str(caught.value)


def test_the_year_defaults_to_the_last_change(db: Database, armenia: str, tmp_path: Path) -> None:
    data = sources.from_database(db, armenia)
    target = tmp_path / "indicator_10-7-2.csv"
    sdg_files.write_sdg(data, target, sdg_files.OPEN_SDG)
    assert _read(target).splitlines()[1].startswith(f'"{data.meta.updated_at.year}"')
