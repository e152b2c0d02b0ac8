"""Relevance conditions in words: every form of the expression language, every bundled catalogue."""

from __future__ import annotations

import pytest

from mgi_desktop.questionnaire import conditions
from mgi_desktop.questionnaire.condition_words import ASKED_ONLY_WHEN, condition, describe, explain, sentence
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.wording import translate

RAW = ("${", "==", "!=", "in (", "selected(", "answered(", "count(", "'")


def words(framework: Framework, source: str, language: str = "en") -> str:
    return sentence(translate(describe(framework, conditions.parse(source), language), language))


@pytest.mark.parametrize(("source", "expected"), [
    ("${Q1} = 'yes'", "only when the answer to Q1 (“Do migrants have access to health care?”) is “Yes”."),
    ("${Q1} != 'no'", "is not “No”."),
    ("not (${Q1} = 'no')", "is not “No”."),
    ("${Q1} in ('yes', 'partially')", "is “Yes” or “Partially”."),
    ("${Q1} in ('yes', 'partially', 'dont_know')", "is “Yes”, “Partially” or “Don't know”."),
    ("not (${Q1} in ('no', 'dont_know'))", "is neither “No” nor “Don't know”."),
    ("${Q3} > 10", "the answer to Q3 (“How many staff work in the migration agency?”) is more than 10."),
    ("${Q3} <= 2.5", "is at most 2.5."),
    ("10 < ${Q3}", "is more than 10."),
    ("selected(${Q2}, 'law')", "the answer to Q2 (“Which kinds of sources exist?”) includes “Law”."),
    ("not selected(${Q2}, 'law')", "does not include “Law”."),
    ("count(${Q2}) >= 2", "the number of choices in the answer to Q2"),
    ("answered(${Q4})", "question Q4 (“Describe the agency's mandate.”) is answered."),
    ("not answered(${Q4})", "is not answered."),
    ("${Q4} = null", "question Q4 (“Describe the agency's mandate.”) is not answered."),
    ("${Q1} = 'yes' and ${Q7} = 'yes'", "is “Yes” and the answer to Q7 (“Is the strategy public?”) is “Yes”."),
    ("${Q1} = 'yes' or ${Q1} = 'partially'", "is “Yes”, or the answer to Q1 is “Partially”."),
])
def test_each_form_reads_as_a_sentence(mini: Framework, source: str, expected: str) -> None:
    text = words(mini, source)
    assert text.startswith("This question is asked only when ")
    assert expected in text
    assert not any(raw in text for raw in RAW if raw != "'"), text


def test_a_form_it_cannot_phrase_names_the_questions_without_syntax(mini: Framework) -> None:
    text = words(mini, "${Q3} + ${Q8} > 10")
    assert text == "This question is asked only with certain answers to Q3, Q8."


def test_the_sentence_says_what_the_answer_is_now(mini: Framework) -> None:
    assert explain(mini, "Q1b", {"Q1": "no"}, "en").endswith("The answer to Q1 is now “No”.")
    assert explain(mini, "Q1b", {}, "en").endswith("Q1 is not answered yet.")
    assert explain(mini, "Q1", {}, "en") == ""


def test_it_is_in_the_assessment_language(mini: Framework) -> None:
    text = explain(mini, "Q1b", {"Q1": "no"}, "fr")
    assert "Les migrants ont-ils accès aux soins" in text
    assert "« Non »" in text
    assert "asked" not in text


@pytest.mark.parametrize("catalogue", ["national", "local"])
@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar"])
def test_every_condition_of_the_bundled_catalogues_reads_without_syntax(
        request: pytest.FixtureRequest, catalogue: str, language: str) -> None:
    framework: Framework = request.getfixturevalue(catalogue)
    checked = 0
    for code in framework.codes():
        expression = framework.relevance_expression(code)
        if expression is None:
            continue
        text = explain(framework, code, {}, language)
        assert not any(raw in text for raw in ("${", "==", "in (", "selected(", "'yes'")), (code, text)
        reason = condition(framework, code, language)
        assert reason is not None and reason.template is ASKED_ONLY_WHEN, text  # not the generic sentence
        for other in expression.references:
            assert other in text
        checked += 1
    assert checked > 20
