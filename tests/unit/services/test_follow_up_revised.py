"""A follow-up round on a revised national questionnaire, through a crosswalk drafted and edited by a person.

The revision (version 2027.1) is made here from ``questionnaires/mgi-national.yaml``: two questions
reworded (1.1.1.a, 1.2.1.a), one split in two (1.2.2.b -> 1.2.2.c and 1.2.2.d), one removed (1.3.2.b),
one added (1.5.1.d), one choice list extended (1.1.1.c, a yes / no question, becomes yes / partially /
no), and a range narrowed (1.4.1.b at most 10 years, where round 1 answered 12).  Nothing whose meaning
changed is carried silently: it waits for confirmation, or is listed as not carried.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from python_calamine import CalamineWorkbook

from mgi_desktop.errors import ValidationError
from mgi_desktop.export import round_comparison
from mgi_desktop.questionnaire import crosswalk
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.services import answers, assessments, audit, evidence, rounds
from mgi_desktop.services.rounds import Reason
from mgi_desktop.storage.db import Database

NATIONAL = Path(__file__).resolve().parents[3] / "questionnaires" / "mgi-national.yaml"


def _questions(data: dict[str, Any]) -> dict[str, tuple[list[dict[str, Any]], dict[str, Any]]]:
    """Each question's code -> (the list of its indicator's questions, the question)."""
    return {q["code"]: (i["questions"], q) for d in data["domains"] for s in d["sub_areas"] for i in s["indicators"]
            for q in i["questions"]}


def _revised(tmp_path: Path) -> Framework:
    data = yaml.safe_load(NATIONAL.read_text(encoding="utf-8"))
    data["version"] = "2027.1"
    q = _questions(data)
    q["1.1.1.a"][1]["text"] = "Does the law give every migrant access to government-funded health care?"
    q["1.2.1.a"][1]["text"] = "May foreign residents work on the same terms as nationals?"
    q["1.1.1.c"][1]["type"] = "yes_partial_no"
    q["1.4.1.b"][1]["maximum"] = 10
    siblings, split = q["1.2.2.b"]
    at = siblings.index(split)
    siblings[at:at + 1] = [
        split | {"code": "1.2.2.c", "text": "Does this protection cover migrants working without authorisation?"},
        split | {"code": "1.2.2.d", "text": "Can migrants without authorisation claim unpaid wages in court?"}]
    siblings, removed = q["1.3.2.b"]
    siblings.remove(removed)
    q["1.5.1.c"][0].append({"code": "1.5.1.d", "type": "yes_no",
                            "text": "Does a law guarantee migrants' associations the right to register?"})
    path = tmp_path / "mgi-national-2027.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_file(path)


def _round_one(db: Database, national: Framework, tmp_path: Path) -> str:
    aid = assessments.create(db, national, country="KGZ").id
    law = tmp_path / "health-law.pdf"
    law.write_bytes(b"%PDF health law")
    answers.set_answer(db, aid, "1.1.1.a", "yes", justification="Health Law 2015, art. 4")
    evidence.add(db, aid, "1.1.1.a", kind="law", title="Health Law 2015", file=law)
    answers.set_answer(db, aid, "1.1.1.b", "regular_only")
    answers.set_answer(db, aid, "1.1.1.c", "yes", justification="Emergency care for all, art. 9")
    answers.set_answer(db, aid, "1.2.1.a", "partially")
    answers.set_answer(db, aid, "1.2.1.b", ["refugees", "students"])
    answers.set_answer(db, aid, "1.2.2.a", "yes")
    answers.set_answer(db, aid, "1.2.2.b", "no", justification="Labour Code art. 12 excludes them")
    evidence.add(db, aid, "1.2.2.b", kind="law", title="Labour Code")
    answers.set_answer(db, aid, "1.3.2.b", "yes", justification="Residence Act s. 30")
    evidence.add(db, aid, "1.3.2.b", kind="law", title="Residence Act")
    answers.set_answer(db, aid, "1.4.1.a", "yes")
    answers.set_answer(db, aid, "1.4.1.b", 12)
    return aid


def _edited(national: Framework, new: Framework, tmp_path: Path) -> Path:
    """The drafted crosswalk as a person edits it: the split said, a choice code left out."""
    data = yaml.safe_load(crosswalk.dump_yaml(crosswalk.draft(national, new)))
    entries = {e["from"]: e for e in data["questions"]}
    entries["1.2.2.b"].update({"to": ["1.2.2.c", "1.2.2.d"], "confirm": True, "note": "split in two"})
    entries["1.2.1.b"]["values"] = {"refugees": "refugees", "students": None}
    path = tmp_path / "crosswalk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_a_follow_up_on_a_revised_questionnaire(db: Database, national: Framework, tmp_path: Path) -> None:
    new = _revised(tmp_path)
    first = _round_one(db, national, tmp_path)

    drafted = {m.old: m for m in crosswalk.draft(national, new).mappings}
    assert drafted["1.1.1.b"].new == ("1.1.1.b",) and not drafted["1.1.1.b"].confirm
    assert drafted["1.1.1.a"].confirm and drafted["1.2.1.a"].confirm  # reworded
    assert drafted["1.1.1.c"].confirm and drafted["1.1.1.c"].values == {
        "yes": "yes", "no": "no", "dont_know": "dont_know"}
    assert drafted["1.3.2.b"].new == ()  # removed
    assert not drafted["1.4.1.b"].confirm  # only its range changed

    walk = crosswalk.load_file(_edited(national, new, tmp_path), national, new)
    plan = rounds.plan_follow_up(db, first, new, walk)
    assert not plan.drafted and not plan.same_questionnaire
    assert [a.new_code for a in plan.carried] == ["1.1.1.b", "1.2.2.a", "1.4.1.a"]
    confirm = {a.new_code: a for a in plan.to_confirm}
    assert list(confirm) == ["1.1.1.a", "1.1.1.c", "1.2.1.a", "1.2.1.b", "1.2.2.c", "1.2.2.d"]
    assert confirm["1.1.1.a"].reasons == (Reason.REWORDED,) and confirm["1.2.1.a"].reasons == (Reason.REWORDED,)
    assert confirm["1.1.1.c"].reasons == (Reason.ANSWERS_CHANGED,) and confirm["1.1.1.c"].value == "yes"
    assert confirm["1.2.1.b"].value == ["refugees"]
    assert confirm["1.2.1.b"].reasons == (Reason.RECODED, Reason.UNMAPPED_CHOICE)
    for code in ("1.2.2.c", "1.2.2.d"):
        assert confirm[code].old_code == "1.2.2.b" and confirm[code].value == "no" and confirm[code].evidence == 1
        assert confirm[code].reasons == (Reason.NEW_CODE, Reason.REWORDED, Reason.SPLIT)
    not_carried = [(n.old_code, n.reason, n.value) for n in plan.not_carried]
    assert not_carried == [("1.2.1.b", Reason.UNMAPPED_CHOICE, ["students"]),
                           ("1.3.2.b", Reason.REMOVED, "yes"),
                           ("1.4.1.b", Reason.INVALID_VALUE, 12)]
    invalid = plan.not_carried[2]
    assert invalid.detail is not None and invalid.detail.code == "answer.above_maximum"
    assert plan.new_questions == ["1.5.1.d"]
    data = plan.as_dict()
    assert json.loads(json.dumps(data)) == data  # plain data, for the window to show
    assert data["counts"] == {"carried": 3, "to_confirm": 6, "not_carried": 3, "evidence": 3, "new_questions": 1}
    assert data["not_carried"][2]["detail"] == "12 is above the maximum 10"
    assert assessments.headers(db) and len(assessments.headers(db)) == 1  # the plan wrote nothing

    second = rounds.start_follow_up(db, first, new, walk)
    assert (second.round, second.previous_id, second.framework_version) == (2, first, "2027.1")
    views = answers.list_answers(db, second.id)
    held = {code: v.value for code, v in views.items() if v.value is not None}
    assert held == {"1.1.1.a": "yes", "1.1.1.b": "regular_only", "1.1.1.c": "yes", "1.2.1.a": "partially",
                    "1.2.1.b": ["refugees"], "1.2.2.a": "yes", "1.2.2.c": "no", "1.2.2.d": "no", "1.4.1.a": "yes"}
    assert all(views[code].carried_over and views[code].review_state == "not_reviewed" for code in held)
    assert views["1.4.1.b"].value is None and not views["1.4.1.b"].carried_over  # never carried silently
    assert views["1.2.2.d"].justification == "Labour Code art. 12 excludes them"
    assert [views[c].evidence_count for c in ("1.1.1.a", "1.2.2.c", "1.2.2.d")] == [1, 1, 1]
    assert evidence.for_question(db, second.id, "1.1.1.a")[0].file_sha256 == \
        evidence.for_question(db, first, "1.1.1.a")[0].file_sha256
    # why each answer waits is on its own trail
    notes = {e.entity_id: e.reason for e in audit.events(db, second.id, entity="answer")}
    assert notes["1.1.1.a"] == "to confirm: reworded"
    assert notes["1.2.2.c"] == "to confirm: new_code, reworded, split"
    assert "1.1.1.b" not in notes
    (follow_up,) = [e for e in audit.events(db, second.id) if e.field == "follow_up"]
    recorded = json.loads(follow_up.new_value or "{}")
    assert recorded["answers_carried_over"] == 9 and recorded["crosswalk"] == "given"
    assert recorded["not_carried"] == [{"question": "1.2.1.b", "reason": "unmapped_choice"},
                                       {"question": "1.3.2.b", "reason": "removed"},
                                       {"question": "1.4.1.b", "reason": "invalid_value"}]
    assert rounds.crosswalk_of(db, second.id) == walk
    assert rounds.crosswalk_of(db, first) is None

    comparison = rounds.compare(db, first, second.id)
    rows = {(r.before_code, r.after_code): r for r in comparison.rows}
    assert rows[("1.2.2.b", "1.2.2.c")].split and rows[("1.2.2.b", "1.2.2.d")].split
    assert rows[("1.1.1.a", "1.1.1.a")].reworded and not rows[("1.1.1.a", "1.1.1.a")].answer_changed
    assert not rows[("1.1.1.b", "1.1.1.b")].reworded
    assert rows[("1.3.2.b", None)].before == "Yes" and rows[("1.3.2.b", None)].after == ""
    assert rows[(None, "1.5.1.d")].before == ""
    assert rows[("1.2.1.b", "1.2.1.b")].answer_changed

    target = tmp_path / "rounds.xlsx"
    round_comparison.export(comparison, target)
    book = CalamineWorkbook.from_path(str(target))
    sheet = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    header = [str(h) for h in sheet[0]]
    read = [dict(zip(header, row, strict=True)) for row in sheet[1:]]
    by_pair = {(r["Question code (earlier round)"], r["Question code (later round)"]): r for r in read}
    assert by_pair[("1.2.2.b", "1.2.2.c")]["Split"] == "yes"
    assert by_pair[("1.2.2.b", "1.2.2.d")]["Answer (earlier round)"] == "No"
    assert by_pair[("1.1.1.a", "1.1.1.a")]["Reworded"] == "yes"
    assert by_pair[("1.3.2.b", "")]["Answer (later round)"] == ""
    assert by_pair[("", "1.5.1.d")]["Answer (earlier round)"] == ""
    about = {row[0]: row[1] for row in book.get_sheet_by_name("About").to_python()}
    assert about["Later questionnaire"] == "mgi-national 2027.1"


def test_the_same_questionnaire_without_a_crosswalk_carries_everything(db: Database, national: Framework,
                                                                       tmp_path: Path) -> None:
    first = _round_one(db, national, tmp_path)
    plan = rounds.plan_follow_up(db, first)
    assert plan.same_questionnaire and not plan.drafted and plan.to_confirm == [] and plan.not_carried == []
    assert len(plan.carried) == 10 and plan.new_questions == []
    second = rounds.start_follow_up(db, first)
    assert rounds.crosswalk_of(db, second.id) is None  # the identity is not stored: codes pair
    rows = rounds.compare(db, first, second.id).rows
    assert all(r.before_code == r.after_code for r in rows) and not any(r.reworded or r.split for r in rows)


def test_without_a_crosswalk_the_draft_is_used(db: Database, national: Framework, tmp_path: Path) -> None:
    new = _revised(tmp_path)
    first = _round_one(db, national, tmp_path)
    plan = rounds.plan_follow_up(db, first, new)
    assert plan.drafted
    assert "1.4.1.b" in [n.old_code for n in plan.not_carried]
    second = rounds.start_follow_up(db, first, new)
    assert rounds.crosswalk_of(db, second.id) == plan.crosswalk


def test_a_crosswalk_of_another_pair_is_refused(db: Database, national: Framework, tmp_path: Path) -> None:
    new = _revised(tmp_path)
    first = _round_one(db, national, tmp_path)
    with pytest.raises(ValidationError) as raised:
        rounds.plan_follow_up(db, first, new, crosswalk.identity(national))
    assert raised.value.code == "rounds.wrong_crosswalk"
    assert len(assessments.headers(db)) == 1
