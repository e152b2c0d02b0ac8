"""SDG 10.7.2 scoring exactly as published (mgi.md §4.4), and progress counts."""

from fractions import Fraction

import pytest

from mgi_desktop.scoring import progress, sdg_category, sdg_scores, sdg_values


@pytest.mark.parametrize(
    ("value", "category"),
    [(0, 1), (39.999, 1), (Fraction(39, 1), 1), (40, 2), (79.99, 2), (80, 3), (99.99, 3), (100, 4)],
)
def test_category_boundaries(value, category):
    assert sdg_category(value) == category


def test_category_outside_range():
    with pytest.raises(ValueError):
        sdg_category(100.5)


def _all_yes(sdg):
    return {code: ("yes_all" if code.startswith("1") else "yes") for code in sdg.placements}


def test_worked_example_domain_1_is_80_meets(sdg):
    values = _all_yes(sdg) | {"1c": "yes_legal", "1d": "yes_legal"}  # 1, 1, 0.5, 0.5, 1
    result = sdg_scores(sdg, values)
    assert result.domains[1].value == 80.0
    assert result.domains[1].category == 3
    assert result.domains[1].category_label == "Meets"
    # overall = mean of all 30 = (29 - 1) / 30
    assert result.overall.value == pytest.approx(100 * 29 / 30)
    assert result.overall.category == 3


def test_every_domain_boundary(sdg):
    values = _all_yes(sdg)
    for domain in range(2, 7):
        # 0, 1, 2, 3, 4, 5 yes out of five -> 0, 20, 40, 60, 80, 100
        for yes_count in range(6):
            for i, letter in enumerate("abcde"):
                values[f"{domain}{letter}"] = "yes" if i < yes_count else "no"
            score = sdg_scores(sdg, values).domains[domain]
            assert score.value == 20 * yes_count
            assert score.category == {0: 1, 1: 1, 2: 2, 3: 2, 4: 3, 5: 4}[yes_count]
        values = _all_yes(sdg)


def test_all_fully_meets_and_all_no(sdg):
    assert sdg_scores(sdg, _all_yes(sdg)).overall.category == 4
    none = dict.fromkeys(sdg.placements, "no")
    result = sdg_scores(sdg, none)
    assert result.overall.value == 0 and result.overall.category == 1


def test_domain_1_legal_status_only_is_half(sdg):
    values = _all_yes(sdg) | {f"1{x}": "yes_legal" for x in "abcde"}
    assert sdg_scores(sdg, values).domains[1].value == 50.0


def test_incomplete_domain_has_no_value(sdg):
    values = _all_yes(sdg)
    del values["3b"]
    result = sdg_scores(sdg, values)
    assert result.domains[3].value is None and result.domains[3].missing == ("3b",)
    assert result.overall.value is None
    assert result.domains[2].value == 100.0


def test_progress_counts(mini):
    result = progress(mini, {"Q1": "no", "Q1b": "all", "Q2": ["law"], "Q7": "not_applicable"})
    d1, d2 = result.domains[1], result.domains[2]
    # Q1b is skipped (Q1 = no): its answer is kept but not counted
    assert (d1.questions, d1.relevant, d1.answered, d1.no) == (3, 2, 2, 1)
    assert d1.required_missing == 0 and d1.completion == 100.0
    assert (d2.questions, d2.relevant, d2.answered, d2.not_applicable) == (6, 6, 1, 1)
    assert d2.required_missing == 3  # Q3, Q5, Q6 (Q4 and Q8 are optional)
    assert result.overall.answered == 3 and result.overall.completion == pytest.approx(37.5)


def test_official_method_counts_a_missing_sub_category_as_zero(sdg):
    values = _all_yes(sdg)
    del values["3b"]
    values["1a"] = "yes_legal"
    both = sdg_values(sdg, values)
    app, official = both.completeness_aware, both.official
    assert app.domains[3].value is None and app.domains[3].category is None
    assert official.domains[3].value == 80.0 and official.domains[3].category == 3
    assert official.domains[3].missing == ("3b",)
    # complete domains: the two methods agree
    assert app.domains[1].value == official.domains[1].value == 90.0
    assert app.overall.value is None
    assert official.overall.value == pytest.approx(100 * 28.5 / 30) and official.overall.category == 3


def test_official_method_with_nothing_answered_is_zero(sdg):
    official = sdg_scores(sdg, {}, missing_as_zero=True)
    assert all(s.value == 0 and s.category == 1 for s in official.domains.values())
    assert official.overall.value == 0 and len(official.overall.missing) == 30
    assert sdg_scores(sdg, {}).overall.value is None


def test_both_values_are_labelled(sdg):
    data = sdg_values(sdg, _all_yes(sdg)).as_dict()
    assert "missing sub-category counts as 0" in data["official"]["label"]
    assert "once its five sub-categories are answered" in data["completeness_aware"]["label"]
    assert data["official"]["overall"]["category"] == data["completeness_aware"]["overall"]["category"] == 4
