"""Cascading choices: a choice with a condition is offered only while the condition holds."""

from __future__ import annotations

from pathlib import Path

from mgi_desktop.questionnaire.loader import check_text, load_text

FORM = (Path(__file__).resolve().parents[2] / "data" / "cascade.yaml").read_text(encoding="utf-8")


def test_only_the_choices_of_the_earlier_answer_are_offered() -> None:
    framework = load_text(FORM, "cascade.yaml")
    assert [c.code for c in framework.offered("city", {"region": "north"})] == ["n1", "capital"]
    assert [c.code for c in framework.offered("city", {"region": "south"})] == ["s1", "capital"]
    assert [c.code for c in framework.offered("city", {})] == ["capital"]
    assert [c.code for c in framework.offered("region", {})] == ["north", "south"]


def test_a_choice_no_longer_offered_is_flagged_not_dropped() -> None:
    framework = load_text(FORM, "cascade.yaml")
    assert framework.constraint_messages("city", ["n1", "capital"], {"region": "north"}) == []
    (message,) = framework.constraint_messages("city", ["n1", "capital"], {"region": "south"})
    assert message.code == "answer.not_offered" and message.params["value"] == "'n1'"
    assert framework.check_value("city", ["n1"]) == ["n1"]  # the value itself stays a valid answer


def test_choice_conditions_are_checked_like_the_others() -> None:
    broken = FORM.replace("${region} = 'south'", "${nowhere} = 'south'").replace(
        "${region} = 'north'", "${city} = 'x'")
    framework, problems = check_text(broken, "cascade.yaml")
    assert framework is None
    assert sorted(p.msg.code for p in problems) == ["questionnaire.cycle", "questionnaire.missing_reference"]
