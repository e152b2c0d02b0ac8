"""``questionnaire diff|crosswalk``, and follow-up rounds on a revised questionnaire from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from python_calamine import CalamineWorkbook

NATIONAL = Path(__file__).resolve().parents[3] / "questionnaires" / "mgi-national.yaml"


@pytest.fixture
def revised(tmp_path: Path) -> Path:
    """The national questionnaire 2027.1: 1.1.1.a reworded, 1.1.2.b removed, 1.1.1.c gains "partially"."""
    data = yaml.safe_load(NATIONAL.read_text(encoding="utf-8"))
    data["version"] = "2027.1"
    indicators = data["domains"][0]["sub_areas"][0]["indicators"]
    indicators[0]["questions"][0]["text"] = "=Does the law give every migrant access to public health care?"
    indicators[0]["questions"][2]["type"] = "yes_partial_no"
    assert indicators[1]["questions"][1]["code"] == "1.1.2.b"
    del indicators[1]["questions"][1]
    path = tmp_path / "national-2027.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_diff(run: Any, revised: Path, tmp_path: Path) -> None:
    out, _ = run("questionnaire", "diff", "mgi-national", str(revised))
    assert out.splitlines()[0].endswith("0 added, 1 removed, 2 changed")
    assert "  1.1.1.a  text reworded (en)" in out and "  1.1.2.b  removed" in out
    assert "  1.1.1.c  type yes_no -> yes_partial_no; choices added: partially" in out
    target = tmp_path / "diff.xlsx"
    out, _ = run("questionnaire", "diff", "mgi-national", str(revised), "--json", "-o", str(target))
    data = json.loads(out)
    assert data["counts"] == {"added": 0, "removed": 1, "changed": 2}
    book = CalamineWorkbook.from_path(str(target))
    rows = book.get_sheet_by_name("Changes").to_python()
    assert rows[0][:4] == ["Domain", "Question code", "Status", "What changed"]
    by_code = {r[1]: r for r in rows[1:]}
    assert by_code["1.1.1.a"][3] == "reworded" and by_code["1.1.2.b"][2] == "removed"
    assert by_code["1.1.1.a"][7].startswith("=Does the law")  # text, never a formula
    out, _ = run("questionnaire", "diff", "mgi-national", "mgi-national")
    assert "0 added, 0 removed, 0 changed" in out


def test_crosswalk_draft_and_check(run: Any, revised: Path, tmp_path: Path) -> None:
    target = tmp_path / "cw.yaml"
    _, err = run("questionnaire", "crosswalk", "mgi-national", str(revised), "-o", str(target))
    assert "174 questions carried (2 to confirm), 1 not carried" in err
    out, _ = run("questionnaire", "crosswalk", "mgi-national", str(revised), "--check", str(target))
    assert out.startswith(f"{target}: OK: 175 questions")
    broken = tmp_path / "broken.yaml"
    text = target.read_text(encoding="utf-8").replace("{from: 1.1.1.b, to: 1.1.1.b", "{from: 1.1.1.b, to: 9.9.9")
    broken.write_text(text.replace("version: '2027.1'", "version: '2028.1'"), encoding="utf-8")
    _, err = run("questionnaire", "crosswalk", "mgi-national", str(revised), "--check", str(broken), expect=1)
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{broken}:") for line in lines)
    assert "'2028.1', but the questionnaire's is '2027.1'" in lines[0] and "no question '9.9.9'" in lines[1]
    out, _ = run("questionnaire", "crosswalk", "mgi-national", str(revised), "--check", str(broken), "--json",
                 expect=1)
    assert [p["code"] for p in json.loads(out)["problems"]] == ["crosswalk.header_mismatch",
                                                                "crosswalk.unknown_new_code"]
    out, _ = run("questionnaire", "crosswalk", "mgi-national", str(revised))
    assert out.startswith("# A crosswalk from mgi-national")


def _round_one(run: Any) -> str:
    out, _ = run("assessment", "new", "--framework", "mgi-national", "--country", "KGZ")
    aid = out.strip()
    run("answer", "set", aid, "1.1.1.a", "yes", "--justification", "Health Law 2015")
    run("answer", "set", aid, "1.1.1.c", "no")
    run("answer", "set", aid, "1.1.2.a", "yes")
    run("answer", "set", aid, "1.1.2.b", "all_migrants")
    return aid


def test_assessment_new_previous_on_a_revised_questionnaire(run: Any, revised: Path, tmp_path: Path) -> None:
    first = _round_one(run)
    walk = tmp_path / "cw.yaml"
    run("questionnaire", "crosswalk", "mgi-national", str(revised), "-o", str(walk))
    out, err = run("assessment", "new", "--previous", first[:8], "--framework", str(revised), "--country", "KGZ",
                   "--crosswalk", str(walk))
    second = out.strip()
    assert "carried over, to confirm or change as usual: 1 answers" in err
    assert "1.1.1.a (reworded), 1.1.1.c (answers_changed)" in err and "not carried: 1: 1.1.2.b (removed)" in err
    assert "drafted" not in err
    out, _ = run("answer", "list", second, "--json")
    rows = {r["code"]: r for r in json.loads(out)}
    assert rows["1.1.1.a"]["value"] == "yes" and rows["1.1.1.a"]["carried_over"]
    assert rows["1.1.1.a"]["justification"] == "Health Law 2015" and rows["1.1.2.a"]["carried_over"]
    assert "1.1.2.b" not in rows
    out, _ = run("round", "compare", first, second, "--json")
    pairs = {(r["before_code"], r["after_code"]): r for r in json.loads(out)["rows"]}
    assert pairs[("1.1.1.a", "1.1.1.a")]["reworded"] and pairs[("1.1.2.b", None)]["before"] == "All migrants, " \
        "whatever their immigration status"


def test_round_start_on_a_revised_questionnaire_drafts_the_crosswalk(run: Any, revised: Path) -> None:
    first = _round_one(run)
    out, _ = run("round", "start", first, "--framework", str(revised), "--json")
    data = json.loads(out)
    assert data["round"] == 2 and data["version"] == "2027.1" and data["plan"]["drafted"]
    assert data["plan"]["counts"] == {"carried": 1, "to_confirm": 2, "not_carried": 1, "evidence": 0,
                                      "new_questions": 0}
    _, err = run("round", "start", first, expect=1)  # round 2 exists already
    assert "already follows" in err


def test_a_follow_up_elsewhere_or_a_crosswalk_alone_is_refused(run: Any, revised: Path, tmp_path: Path) -> None:
    first = _round_one(run)
    _, err = run("assessment", "new", "--previous", first, "--framework", str(revised), "--country", "KAZ",
                 expect=1)
    assert "same country and place" in err
    _, err = run("assessment", "new", "--framework", str(revised), "--country", "KGZ", "--crosswalk",
                 str(tmp_path / "cw.yaml"), expect=1)
    assert "give --previous too" in err
    wrong = tmp_path / "wrong.yaml"
    run("questionnaire", "crosswalk", "mgi-national", "mgi-national", "-o", str(wrong))
    _, err = run("round", "start", first, "--framework", str(revised), "--crosswalk", str(wrong), expect=1)
    assert "crosswalk has 3 problems" in err and "but the questionnaire's is '2027.1'" in err
    assert "no question '1.1.2.b' in the new questionnaire mgi-national 2027.1" in err
    out, _ = run("assessment", "list", "--json")
    assert len(json.loads(out)) == 1  # nothing was created
