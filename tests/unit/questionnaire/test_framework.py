import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import english


def test_relevance_cascades(mini):
    assert mini.relevance({"Q1": "no"})["Q1b"] is False
    assert mini.relevance({"Q1": "yes"})["Q1b"] is True


@pytest.mark.parametrize(
    ("code", "given", "canonical"),
    [
        ("Q1", "partially", "partially"),
        ("Q1", "dont_know", "dont_know"),
        ("Q1b", "regular", "regular"),
        ("Q2", "website,law", ["law", "website"]),  # choice order, whatever order given
        ("Q2", ["policy", "policy"], ["policy"]),
        ("Q3", "12", 12),
        ("Q3", "12.5", 12.5),
        ("Q3", "3,5", 3.5),
        ("Q5", "2020-02-29", "2020-02-29"),
        ("Q6", "1999", 1999),
        ("Q7", "not_applicable", "not_applicable"),
        ("Q4", "", None),
    ],
)
def test_values_are_checked_and_made_canonical(mini, code, given, canonical):
    assert mini.check_value(code, given) == canonical


@pytest.mark.parametrize(
    ("code", "given", "fragment"),
    [
        ("Q1", "maybe", "not one of the answers"),
        ("Q7", "dont_know", "not one of the answers"),  # Q7 does not allow don't know
        ("Q2", "law,blog", "'blog' is not among the answers"),
        ("Q3", "twelve", "not a number"),
        ("Q3", -1, "below the minimum 0"),
        ("Q3", float("nan"), "not a number"),
        ("Q3", True, "not a number"),
        ("Q5", "2020-02-30", "not a date"),
        ("Q6", "19999", "not a year"),
        ("Q6", 1999.5, "not a year"),
        ("Q4", 42, "must be text"),
        ("Q4", "x" * 1_000_001, "text is too long"),
        ("NOPE", "yes", "no question 'NOPE'"),
    ],
)
def test_bad_values_are_refused(mini, code, given, fragment):
    with pytest.raises(ValidationError, match=fragment):
        mini.check_value(code, given)


def test_constraint_messages_in_the_language_asked(mini):
    def texts(language: str = "en") -> list[str]:
        return [english(m, with_subject=False) for m in mini.constraint_messages("Q6", 1900, {}, language)]

    assert texts() == ["The year must be between 1950 and 2100."]
    assert texts("fr") == ["L'année doit être entre 1950 et 2100."]
    assert mini.constraint_messages("Q6", 2000, {}) == []


def test_labels(mini):
    assert mini.label_of("Q1b", "all", "fr") == "Tous les migrants"
    assert mini.label_of("Q2", ["law", "website"]) == "Law; Website"
    assert mini.label_of("Q3", 12) == "12 people"
    assert mini.label_of("Q1", None) == ""
