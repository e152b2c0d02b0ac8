"""`crosswalk`: drafting from a diff, the YAML a person edits, and reading it back with every problem."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from revisions import indicator_of, question, revised

from mgi_desktop.questionnaire import crosswalk
from mgi_desktop.questionnaire.crosswalk import Crosswalk, CrosswalkError, Mapping, check_text, draft, dump_yaml
from mgi_desktop.questionnaire.framework import Framework


def _edit(data: dict[str, Any]) -> None:
    question(data, "1.1.1.a")["text"] = "Does the legal framework give migrants access to public health care?"
    question(data, "1.1.1.c")["type"] = "yes_partial_no"
    questions = indicator_of(data, "1.5.1.c")
    old = question(data, "1.5.1.c")
    questions.remove(old)
    # the same text under a new code, and one close enough to be drafted for confirmation
    questions.append(old | {"code": "1.5.1.d"})
    indicator_of(data, "1.2.2.b").remove(question(data, "1.2.2.b"))
    indicator_of(data, "1.2.2.a").append({
        "code": "1.2.2.c", "type": "yes_no",
        "text": "Does this protection also cover migrants who work without authorisation, for example when "
                "they claim unpaid wages?"})
    indicator_of(data, "1.3.2.b").remove(question(data, "1.3.2.b"))  # removed: nothing like it is added
    data["choice_lists"]["access_scope"] = [c for c in data["choice_lists"]["access_scope"]
                                            if c["code"] != "none"]


@pytest.fixture
def new(tmp_path: Path) -> Framework:
    return revised(tmp_path, _edit)


def test_draft(national: Framework, new: Framework) -> None:
    drafted = draft(national, new)
    assert [m.old for m in drafted.mappings] == national.codes()
    m = {x.old: x for x in drafted.mappings}
    assert m["1.1.1.b"].new == ("1.1.1.b",) and not m["1.1.2.a"].confirm  # same code: carried
    assert m["1.1.1.a"].confirm and m["1.1.1.a"].note.startswith("reworded")  # reworded: to confirm
    assert m["1.1.1.c"].confirm and m["1.1.1.c"].values == {"yes": "yes", "no": "no", "dont_know": "dont_know"}
    assert m["1.5.1.c"].new == ("1.5.1.d",) and not m["1.5.1.c"].confirm  # identical text, new code
    assert m["1.2.2.b"].new == ("1.2.2.c",) and m["1.2.2.b"].confirm and "similar text" in m["1.2.2.b"].note
    assert m["1.3.2.b"].new == () and m["1.3.2.b"].note == "not in the new questionnaire"
    # a vanished choice code is listed, mapped to nothing
    assert m["1.1.1.b"].values == {"all_migrants": "all_migrants", "regular_only": "regular_only",
                                   "regional_nationals": "regional_nationals",
                                   "some_categories": "some_categories", "none": None}
    assert m["1.2.1.b"].values is None  # same choices: values carry as they are
    assert drafted.sources("1.5.1.d") == ["1.5.1.c"] and drafted.sources("1.1.1.a") == ["1.1.1.a"]


def test_a_questionnaire_to_itself(national: Framework) -> None:
    same = draft(national, national)
    assert all(m.new == (m.old,) and not m.confirm and m.values is None for m in same.mappings)
    assert same.is_identity() and crosswalk.identity(national) == Crosswalk(same.old, same.new, tuple(
        Mapping(m.old, m.new) for m in same.mappings))


def test_the_yaml_reads_back_as_drafted(national: Framework, new: Framework) -> None:
    drafted = draft(national, new)
    text = dump_yaml(drafted)
    assert text.startswith("# A crosswalk from mgi-national")
    assert "'yes': 'yes'" in text  # quoted: unquoted, YAML would read booleans
    read, problems = check_text(text, "cw.yaml", national, new)
    assert problems == []
    assert read is not None
    assert [m.as_dict() for m in read.mappings] == [m.as_dict() for m in drafted.mappings]
    assert Crosswalk.from_dict(drafted.as_dict()) == drafted


def test_unquoted_yes_and_no_and_numeric_codes(national: Framework, new: Framework) -> None:
    text = _header(national, new) + textwrap.dedent("""\
        questions:
          - from: 1.1.1.c
            to: 1.1.1.c
            values: {yes: partially, no: no}
        """)
    read, problems = check_text(text, "cw.yaml", national, new)
    assert problems == [] and read is not None
    assert read.mappings[0].values == {"yes": "partially", "no": "no"}
    assert read.mappings[0].recode("yes") == ("partially", [])


def _header(old: Framework, new: Framework, **wrong: str) -> str:
    sides = {"from": {"id": old.id, "version": old.version, "sha256": old.sha256},
             "to": {"id": new.id, "version": new.version, "sha256": new.sha256}}
    for key, value in wrong.items():
        side, name = key.split("_")
        sides["from" if side == "old" else "to"][name] = value
    return "format: 1\n" + yaml.safe_dump(sides, sort_keys=False)


def test_every_problem_is_reported_at_once_with_its_line(national: Framework, new: Framework) -> None:
    text = _header(national, new, new_sha256="0" * 64, old_version="1999.1") + textwrap.dedent("""\
        questions:
          - from: 9.9.9.z
            to: 1.4.1.a
          - from: 1.1.1.a
            to: [1.1.1.a, 8.8.8.q]
          - from: 1.1.1.c
            to: 1.1.1.c
            values:
              'maybe': 'yes'
              'yes': 'sometimes'
          - from: 1.3.1.c
            to: 1.3.1.c
            values:
              5: 'many'
          - from: 1.1.1.b
            to: 1.1.1.b
            values: {all_migrants: none}
          - from: 1.1.2.a
            to: 1.1.1.c
          - from: 1.1.1.a
            to: 1.1.2.a
            confirm: perhaps
            colour: blue
        """)
    read, problems = check_text(text, "cw.yaml", national, new)
    assert read is None
    lines = text.splitlines()
    found = [(p.line, p.msg.code) for p in problems]
    assert found == [
        (_at(lines, "version: '1999.1'"), "crosswalk.header_mismatch"),
        (_at(lines, "sha256: '000"), "crosswalk.header_mismatch"),
        (_at(lines, "from: 9.9.9.z"), "crosswalk.unknown_old_code"),
        (_at(lines, "to: [1.1.1.a, 8.8.8.q]"), "crosswalk.unknown_new_code"),
        (_at(lines, "'maybe'"), "crosswalk.not_old_choice"),
        (_at(lines, "'yes': 'sometimes'"), "crosswalk.not_new_choice"),
        (_at(lines, "5: 'many'"), "crosswalk.wrong_type"),
        (_at(lines, "{all_migrants: none}"), "crosswalk.not_new_choice"),  # 'none' is gone from the list
        (_at(lines, "to: 1.1.1.c", 2), "crosswalk.new_code_twice"),
        (_at(lines, "colour: blue"), "crosswalk.unknown_field"),
        (_at(lines, "from: 1.1.1.a", 2), "crosswalk.old_code_twice"),
        (_at(lines, "confirm: perhaps"), "crosswalk.not_a_flag"),
    ]
    assert all(p.file == "cw.yaml" and p.line for p in problems)
    assert "'1999.1'" in str(problems[0]) and repr(national.version) in str(problems[0])


def _at(lines: list[str], text: str, nth: int = 1) -> int:
    found = [i + 1 for i, line in enumerate(lines) if text in line]
    return found[nth - 1]


def test_load_file_raises_with_every_problem(national: Framework, new: Framework, tmp_path: Path) -> None:
    path = tmp_path / "cw.yaml"
    path.write_text(_header(national, new, new_version="2026.9") + "questions:\n  - from: 1.1.1.a\n    to: 9.9\n",
                    encoding="utf-8")
    with pytest.raises(CrosswalkError) as raised:
        crosswalk.load_file(path, national, new)
    assert raised.value.code == "crosswalk.has_problems"
    assert [d.params["message"].code for d in raised.value.details] == [
        "crosswalk.header_mismatch", "crosswalk.unknown_new_code"]
    _, problems = crosswalk.check_file(tmp_path / "missing.yaml", national, new)
    assert [p.msg.code for p in problems] == ["crosswalk.not_found"]
    _, problems = check_text("a: [", "bad.yaml", national, new)
    assert [p.msg.code for p in problems] == ["questionnaire.not_yaml"]
    _, problems = check_text("- 1\n", "list.yaml", national, new)
    assert [p.msg.code for p in problems] == ["crosswalk.not_a_mapping"]


def test_recoding_values() -> None:
    multiple = Mapping("a", ("b",), values={"x": "x", "y": None, "z": "w"})
    assert multiple.recode(["x", "y", "z"]) == (["x", "w"], ["y"])
    single = Mapping("a", ("b",), values={"no": None})
    assert single.recode("no") == (None, ["no"]) and single.recode("yes") == ("yes", [])
    assert Mapping("a", ("b",)).recode(5) == (5, [])
    numbers = Mapping("a", ("b",), values={"5": 6})
    assert numbers.recode(5) == (6, [])
