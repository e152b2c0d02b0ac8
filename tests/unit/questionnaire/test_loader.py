"""Every broken file gives all its problems in one run, each naming file, place and line."""

import json
from pathlib import Path

import pytest

from mgi_desktop.cli import main
from mgi_desktop.questionnaire.loader import check_file, check_text

BROKEN = Path(__file__).resolve().parents[2] / "data" / "broken"

# file -> [(place, line, fragment of the message)]
EXPECTED = {
    "unknown_type.yaml": [("question Q1, field 'type'", 18, "unknown answer type 'yesno'"),
                          ("question Q2, field 'colour'", 22, "unknown field 'colour'")],
    "duplicate_code.yaml": [("indicator I1", 19, "duplicate indicator code 'I1' (first used on line 13)"),
                            ("question Q1", 22, "duplicate question code 'Q1' (first used on line 16)")],
    "references.yaml": [("question Q1", 19, "names a later question 'Q3'"),
                        ("question Q2", 23, "names a missing question 'NOPE'")],
    "cycle.yaml": [("question Q1", 19, "cycle in conditions: Q1 -> Q2 -> Q1"),
                   ("question Q3", 27, "cycle in conditions: Q3 -> Q3")],
    "choices.yaml": [("question Q1", 18, "missing choice list"),
                     ("question Q2", 22, "no choice list named 'services'"),
                     ("question Q3", 26, "a number question takes no choices")],
    "language.yaml": [("domain D1", 12, "undeclared language 'de'"),
                      ("question Q1", 23, "undeclared language 'es'")],
    "empty_domain.yaml": [("domain D1", 6, "empty domain"),
                          ("sub-area S2", 14, "empty sub-area")],
    "bad_yaml.yaml": [("", 9, "not valid YAML")],
    "expression.yaml": [("question Q2", 22, "cannot read expression \"${Q1} == 'yes'\""),
                        ("question Q2", 24, "cannot read expression '. >= 1900 and'")],
    "many.yaml": [("level", 5, "'national' or 'local'"),
                  ("question Q1, field 'type'", 19, "unknown answer type 'checkbox'"),
                  ("question Q1", 20, "duplicate question code 'Q1'"),
                  ("question Q1", 22, "missing choice list"),
                  ("question Q3", 26, "minimum 2000 is greater than maximum 1990"),
                  ("question Q3", 28, "names a missing question 'Q9'")],
}


def test_every_broken_file_is_covered():
    assert {p.name for p in BROKEN.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_all_problems_in_one_pass(name):
    framework, problems = check_file(BROKEN / name)
    assert framework is None
    found = [(p.place, p.line, p.message) for p in problems]
    for place, line, fragment in EXPECTED[name]:
        assert any(pl == place and ln == line and fragment in msg for pl, ln, msg in found), (
            f"{name}: expected {place!r} line {line} {fragment!r} in {found}")
    assert len(problems) == len(EXPECTED[name]), found
    assert all(p.file.endswith(name) for p in problems)


def test_cli_validate_reports_every_file_and_fails(capsys):
    files = [str(BROKEN / n) for n in sorted(EXPECTED)]
    assert main(["questionnaire", "validate", *files, "--json"]) == 1
    results = json.loads(capsys.readouterr().out)
    assert [r["valid"] for r in results] == [False] * len(files)
    for result in results:
        name = Path(result["file"]).name
        assert len(result["problems"]) == len(EXPECTED[name])
        assert all(p["file"] == result["file"] for p in result["problems"])


def test_cli_validate_text_output_names_file_and_line(capsys):
    assert main(["questionnaire", "validate", str(BROKEN / "references.yaml")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{BROKEN / 'references.yaml'}:19: question Q1: condition names a later question 'Q3': "
        "conditions may only use earlier answers",
        f"{BROKEN / 'references.yaml'}:23: question Q2: condition names a missing question 'NOPE'",
    ]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "the file is empty"), (b"\xff\xfe\x00garbage", "not a text file"),
     (b"- just\n- a list\n", "must hold a mapping"), (b"id: [unclosed\n", "not valid YAML")],
)
def test_files_that_are_not_questionnaires(tmp_path, content, fragment):
    path = tmp_path / "q.yaml"
    path.write_bytes(content)
    framework, problems = check_file(path)
    assert framework is None
    assert fragment in problems[0].message


def test_missing_file(tmp_path):
    _, problems = check_file(tmp_path / "nope.yaml")
    assert problems[0].message == "file not found"


def test_duplicate_yaml_keys_are_reported():
    text = "id: a\nid: b\nversion: '1'\ntitle: T\nlevel: national\ndomains: []\n"
    framework, problems = check_text(text, "dup.yaml")
    assert framework is None
    assert any(p.line == 2 and "key 'id' appears twice" in p.message for p in problems)
    assert any("no domains" in p.message for p in problems)


def test_translations_fall_back_to_the_source_language(mini):
    q1 = mini.placement("Q1").question
    assert q1.text.get("fr") == "Les migrants ont-ils accès aux soins ?"
    assert q1.text.get("es") == "Do migrants have access to health care?"
    q2 = mini.placement("Q2").question
    assert q2.text.get("fr") == q2.text.get("en") == "Which kinds of sources exist?"
