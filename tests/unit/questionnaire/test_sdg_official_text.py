"""The SDG 10.7.2 questionnaire says, word for word, what the UN SDG metadata says.

The official strings are in tests/data/sdg-10-7-2-official.json with the repository, path
and commit they were copied from (worldbank/sdg-metadata, mirroring unstats.un.org/sdgs/metadata).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.scoring import SDG_CATEGORIES, sdg_category

OFFICIAL = json.loads((Path(__file__).parents[2] / "data" / "sdg-10-7-2-official.json").read_text(encoding="utf-8"))
LETTERS = "abcde"


def _en(text: object) -> str:
    return str(text)


def test_the_fixture_names_its_source():
    for field in ("STAT_CONC_DEF", "DATA_COMP", "IMPUTATION"):
        source = OFFICIAL["sources"][field]
        assert source["repo"] == "worldbank/sdg-metadata"
        assert source["path"] == f"api/10-7-2/{field}/en.json"
        assert len(source["commit"]) == 40


@pytest.mark.parametrize("official", OFFICIAL["domains"], ids=lambda d: f"domain {d['number']}")
def test_domain_name_proxy_measure_and_question(sdg: Framework, official: dict):
    domain = next(d for d in sdg.model.domains if d.number == official["number"])
    assert _en(domain.title) == official["name"]
    assert _en(domain.description) == official["proxy_measure"]
    (sub_area,) = domain.sub_areas
    assert _en(sub_area.title) == official["question"]


@pytest.mark.parametrize("official", OFFICIAL["domains"], ids=lambda d: f"domain {d['number']}")
def test_the_five_sub_categories(sdg: Framework, official: dict):
    number = official["number"]
    (sub_area,) = next(d for d in sdg.model.domains if d.number == number).sub_areas
    assert [i.code for i in sub_area.indicators] == [f"SDG{number}{x}" for x in LETTERS]
    for letter, indicator in zip(LETTERS, sub_area.indicators, strict=True):
        text = official["sub_categories"][letter]
        assert _en(indicator.title) == f"({letter}) {text}"
        (question,) = indicator.questions
        assert question.code == question.sdg_1072 == f"{number}{letter}"
        assert _en(question.text) == text


def test_thirty_sub_categories_in_all(sdg: Framework):
    assert sum(len(d["sub_categories"]) for d in OFFICIAL["domains"]) == 30
    assert sorted(sdg.placements) == sorted(f"{d}{x}" for d in range(1, 7) for x in LETTERS)


def test_answer_options_and_their_coding(sdg: Framework):
    options = OFFICIAL["answer_options"]
    for code, placement in sdg.placements.items():
        expected = options["domain_1"] if code.startswith("1") else options["domains_2_to_6"]
        assert [(_en(c.label), c.score) for c in placement.choices] == [(o["label"], o["code"]) for o in expected]


def test_categories_and_their_thresholds():
    for category in OFFICIAL["categories"]:
        assert SDG_CATEGORIES[category["code"]] == category["label"]
        assert category["label"] in OFFICIAL["categories_text"]
        assert sdg_category(category["from"]) == category["code"]
        if category["below"] is not None:
            assert sdg_category(category["below"] - 0.001) == category["code"]


def test_the_file_says_where_its_texts_come_from():
    head = (Path(__file__).parents[3] / "questionnaires" / "sdg-10-7-2.yaml").read_text(encoding="utf-8")[:2000]
    assert "worldbank/sdg-metadata" in head and "STAT_CONC_DEF" in head and "DATA_COMP" in head
    assert OFFICIAL["sources"]["STAT_CONC_DEF"]["commit"] in head
