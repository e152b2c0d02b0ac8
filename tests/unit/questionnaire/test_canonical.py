"""`conditions.canonical`: one text for expressions that mean the same, and only for those."""

from __future__ import annotations

import pytest

from mgi_desktop.questionnaire.conditions import ExpressionError, canonical, parse
from mgi_desktop.questionnaire.framework import Framework


@pytest.mark.parametrize(("written", "expected"), [
    ("${a}='yes'", "${a} = 'yes'"),
    ('(  ${a}  =  "yes" )', "${a} = 'yes'"),
    ("not (${a} in ('x',\"y\"))", "not (${a} in ('x', 'y'))"),
    ("not ${a} = 'x'", "not (${a} = 'x')"),
    ("not answered(${a})", "not answered(${a})"),
    ("(${a} and ${b}) and ${c}", "${a} and ${b} and ${c}"),
    ("${a} and (${b} or ${c})", "${a} and (${b} or ${c})"),
    ("(${a} or ${b}) and ${c}", "(${a} or ${b}) and ${c}"),
    ("not (${a} and ${b})", "not (${a} and ${b})"),
    ("1 - (2 - 3)", "1 - (2 - 3)"),
    ("(1 - 2) - 3", "1 - 2 - 3"),
    ("-(1+2)*3", "-(1 + 2) * 3"),
    (". >= 1.50 and .<=2100.0", ". >= 1.5 and . <= 2100"),
    ("007 = 7", "7 = 7"),
    ("selected( ${m} , 'law' )", "selected(${m}, 'law')"),
    ("(${a} = 1) = true", "(${a} = 1) = true"),
    ("\"it's\" = ${a}", "\"it's\" = ${a}"),
    ("answered(${x}) or null = ${y}", "answered(${x}) or null = ${y}"),
])
def test_canonical_text(written: str, expected: str) -> None:
    assert canonical(written) == expected
    assert canonical(expected) == expected  # a fixed point


@pytest.mark.parametrize(("one", "other"), [
    ("${a} = 'yes'", "${a} = 'no'"),
    ("${a} and ${b} or ${c}", "${a} and (${b} or ${c})"),
    ("1 - 2 - 3", "1 - (2 - 3)"),
    ("${a} > 1", "${a} >= 1"),
    ("${a} = 1", "${b} = 1"),
])
def test_different_meanings_stay_different(one: str, other: str) -> None:
    assert canonical(one) != canonical(other)


def test_the_canonical_text_evaluates_as_the_original(national: Framework) -> None:
    """Every condition of the national questionnaire: its canonical text parses, evaluates the same
    on a few answers, and is its own canonical text."""
    framework = national
    sources = [q.relevant for q in framework.model.questions() if q.relevant]
    sources += [c.expression for q in framework.model.questions() for c in q.constraints]
    assert sources
    samples = [{}, dict.fromkeys(framework.codes(), "yes"), dict.fromkeys(framework.codes(), "no")]
    for source in sources:
        text = canonical(source)
        assert canonical(text) == text
        for values in samples:
            for current in (None, 5, 2000):
                assert parse(text).evaluate(values, current) == parse(source).evaluate(values, current), source


def test_an_unreadable_expression_is_refused() -> None:
    with pytest.raises(ExpressionError):
        canonical("${a} = ")
