"""`diff.diff`: what changed between two versions of a questionnaire, by meaning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from revisions import indicator_of, question, revised

from mgi_desktop.questionnaire.diff import diff, texts
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.model import LocalizedText


def test_the_same_questionnaire_rewritten_has_no_changes(national: Framework, tmp_path: Path) -> None:
    def respell(data: dict[str, Any]) -> None:
        q = question(data, "1.1.1.b")
        q["text"] = {"en": "  Which migrants   have that access? "}  # a language key, other white space
        q["relevant"] = '(${1.1.1.a} in ("yes","partially"))'  # other quotes and parentheses
        data["version"] = national.version

    result = diff(national, revised(tmp_path, respell))
    assert result.changes == []
    assert result.counts() == {"added": 0, "removed": 0, "changed": 0}


def test_texts_compare_by_meaning() -> None:
    assert texts(LocalizedText({"": "x"}), "en") == texts(LocalizedText({"en": "x"}), "en") == {"en": "x"}
    assert texts(LocalizedText({"": "x", "fr": ""}), "en") == {"en": "x"}
    assert texts(LocalizedText({"": "x"}), "fr") == {"fr": "x"}


def test_every_kind_of_change_is_reported(national: Framework, tmp_path: Path) -> None:
    def edit(data: dict[str, Any]) -> None:
        question(data, "1.1.1.a")["text"] = "Does the law give migrants access to public health care?"
        question(data, "1.1.1.a")["hint"] = "A new hint."
        question(data, "1.1.1.c")["guidance"] = "Cite the emergency care provision."
        question(data, "1.1.1.c")["type"] = "yes_partial_no"  # a yes_no that gains "partially"
        question(data, "1.1.1.b")["relevant"] = "${1.1.1.a} = 'yes'"
        question(data, "1.3.1.c")["minimum"] = 1
        question(data, "1.3.2.b")["evidence_required"] = True
        scope = {c["code"]: c for c in data["choice_lists"]["access_scope"]}
        scope["regular_only"]["label"] = "Only migrants with a regular status"
        scope["some_categories"]["score"] = 0.5
        data["choice_lists"]["access_scope"].append({"code": "refugees_only", "label": "Only refugees", "score": 0.2})
        questions = indicator_of(data, "1.2.1.b")
        questions.append({"code": "1.2.1.d", "text": "Is there a quota on work permits?", "type": "yes_no"})
        removed = indicator_of(data, "1.1.3.b")
        removed[:] = [q for q in removed if q["code"] != "1.1.3.b"]
        # 1.5.1.c moves to the front of its indicator (order), 1.4.4.b to indicator 1.4.2
        trio = indicator_of(data, "1.5.1.c")
        trio.insert(0, trio.pop())
        moving = question(data, "1.4.4.b")
        indicator_of(data, "1.4.4.b").remove(moving)
        indicator_of(data, "1.4.2.a").append(moving)

    new = revised(tmp_path, edit)
    result = diff(national, new)
    assert [c.code for c in result.added] == ["1.2.1.d"]
    assert [c.code for c in result.removed] == ["1.1.3.b"]
    by_code = {c.code: c for c in result.changes}

    a = by_code["1.1.1.a"]
    assert a.reworded and a.text is not None and a.text.languages == ["en"]
    assert a.hint is not None and a.guidance is None and a.kinds() == ["reworded", "hint"]
    assert a.meaning_changed

    c = by_code["1.1.1.c"]
    assert c.type == ("yes_no", "yes_partial_no") and not c.reworded and c.guidance is not None
    assert c.choices is not None and c.choices.added == ["partially"] and c.choices.removed == []

    b = by_code["1.1.1.b"]
    assert [f.field for f in b.conditions] == ["relevant"]
    assert b.conditions[0].new == "${1.1.1.a} = 'yes'"
    assert b.choices is not None and b.choices.added == ["refugees_only"]
    assert [x.code for x in b.choices.relabelled] == ["regular_only"]
    assert [(x.code, x.old_score, x.new_score) for x in b.choices.rescored] == [("some_categories", 0.33, 0.5)]
    assert by_code["1.1.2.b"].choices == b.choices  # every user of the shared list

    assert [(f.field, f.old, f.new) for f in by_code["1.3.1.c"].conditions] == [("minimum", 0, 1)]
    assert [(f.field, f.old, f.new) for f in by_code["1.3.2.b"].conditions] == [("evidence_required", False, True)]

    moved = by_code["1.4.4.b"]
    assert moved.moved and moved.old_place is not None and moved.new_place is not None
    assert (moved.old_place.indicator, moved.new_place.indicator) == ("1.4.4", "1.4.2")
    assert by_code["1.5.1.c"].moved_in_order and by_code["1.5.1.c"].moved  # the fewest moves that explain the order
    assert "1.5.1.a" not in by_code and "1.5.1.b" not in by_code
    assert "1.1.2.a" not in by_code  # only shifted by the questions around it: not reported
    assert not by_code["1.1.1.b"].moved

    data = result.as_dict()
    assert data["counts"] == result.counts() and data["new"]["version"] == "2027.1"
    assert [d["domain"] for d in data["domains"]] == sorted(d["domain"] for d in data["domains"])
    first = data["domains"][0]["questions"][0]
    assert first["code"] == "1.1.1.a" and first["kinds"] == ["reworded", "hint"]
