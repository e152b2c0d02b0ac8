"""The answer-type registry: every type is one class, with its editor, and the format follows it."""

from __future__ import annotations

import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.questionnaire import answer_types
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.schema import json_schema


def test_mini_has_every_registered_type_and_each_example_is_valid(mini: Framework) -> None:
    seen = set()
    for placement in mini.placements.values():
        kind = placement.kind
        value = kind.example(placement, placement.position)
        assert mini.check_value(placement.question.code, value) == value
        assert mini.label_of(placement.question.code, value)
        seen.add(kind.name)
    assert seen == set(answer_types.names())


def test_the_schema_lists_exactly_the_registered_types() -> None:
    question = json_schema()["$defs"]["Question"]["properties"]["type"]
    assert question["enum"] == list(answer_types.names())


def test_a_new_type_is_one_class() -> None:
    @answer_types.register
    class Percentage(answer_types.Number):
        name = "percentage_test_only"

    try:
        assert answer_types.kind("percentage_test_only").takes_range
        assert "percentage_test_only" in answer_types.names()
        with pytest.raises(ValueError, match="registered twice"):
            answer_types.register(Percentage)
    finally:
        answer_types._REGISTRY.pop("percentage_test_only")


@pytest.mark.parametrize(("code", "value", "message_code", "canonical"), [
    ("Q1", "yes", None, "yes"),
    ("Q1", "maybe", "answer.not_one_of", None),
    ("Q2", "law, website", None, ["law", "website"]),
    ("Q2", "law, poster", "answer.not_among", None),
    ("Q3", "abc", "answer.not_a_number", None),
    ("Q5", "31/12/2020", "answer.not_a_date", None),
    ("Q6", "20x0", "answer.not_a_number", None),
    ("Q4", 12, "answer.not_text", None),
    ("Q8", "4", None, 4),
    ("Q8", 4.0, None, 4),
    ("Q8", "2,5", "answer.not_whole", None),
    ("Q8", "-1", "answer.below_minimum", None),
])
def test_values_are_checked_with_coded_messages(mini: Framework, code: str, value: object,
                                                message_code: str | None, canonical: object) -> None:
    if message_code is None:
        assert mini.check_value(code, value) == canonical
        return
    with pytest.raises(ValidationError) as info:
        mini.check_value(code, value)
    assert info.value.code == message_code and info.value.msg.subject == code
