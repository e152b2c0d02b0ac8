import pytest

from mgi_desktop.questionnaire.conditions import ExpressionError, parse


@pytest.mark.parametrize(
    ("source", "values", "current", "expected"),
    [
        ("${a} = 'yes'", {"a": "yes"}, None, True),
        ("${a} = 'yes'", {"a": "no"}, None, False),
        ("${a} = 'yes'", {}, None, False),  # unanswered is not 'yes'
        ("${a} != 'no'", {}, None, True),  # ...and is not 'no' either, as in XLSForm
        ("${a} in ('yes', 'partially')", {"a": "partially"}, None, True),
        ("${a} in ('yes', 'partially')", {"a": "dont_know"}, None, False),
        ("not (${a} = 'no') and ${b} > 3", {"a": "yes", "b": 4}, None, True),
        ("${a} = 'no' or ${b} > 3", {"a": "yes", "b": 2}, None, False),
        (". >= 1900 and . <= 2100", {}, 1950, True),
        (". >= 1900 and . <= 2100", {}, 1850, False),
        ("selected(${m}, 'law')", {"m": ["law", "policy"]}, None, True),
        ("selected(${m}, 'law')", {"m": ["policy"]}, None, False),
        ("${m} = 'law'", {"m": ["law"]}, None, True),  # a multiple choice equals a code it contains
        ("count(${m}) >= 2", {"m": ["a", "b"]}, None, True),
        ("answered(${q})", {"q": 0}, None, True),  # zero is an answer
        ("answered(${q})", {}, None, False),
        ("length(.) <= 5", {}, "short", True),
        ("${n} * 2 + 1 = 7", {"n": 3}, None, True),
        ("${n} / 0 = 1", {"n": 3}, None, False),  # division by zero is missing, not a crash
        ("${t} > 3", {"t": "text"}, None, False),  # mismatched types compare false
        (". = null", {}, None, True),
        ("-${n} < 0", {"n": 2}, None, True),
    ],
)
def test_evaluation(source, values, current, expected):
    assert parse(source).evaluate(values, current) is expected


def test_references_in_order_of_appearance():
    expression = parse("${b} = 'x' and (${a} = 'y' or ${b} = 'z')")
    assert expression.references == ("b", "a")
    assert not expression.uses_self
    assert parse(". > 1").uses_self


@pytest.mark.parametrize(
    "source",
    ["${a} ==", "foo(1)", "count(1, 2)", "${a b}", "", "__import__('os')", "${a} = 'yes'; drop"],
)
def test_bad_expressions_are_refused(source):
    with pytest.raises(ExpressionError):
        parse(source)
