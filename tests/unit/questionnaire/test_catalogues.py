"""The bundled catalogues: valid, complete, and described by the committed JSON Schema."""

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from mgi_desktop.cli import main
from mgi_desktop.questionnaire import answer_types
from mgi_desktop.questionnaire.model import NO, PARTIALLY, YES
from mgi_desktop.questionnaire.schema import json_schema_text

ROOT = Path(__file__).resolve().parents[3]
FILES = sorted((ROOT / "questionnaires").glob("*.yaml"))
#: the same safe YAML, read by libyaml when PyYAML has it (several times faster on the catalogues)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)


def test_the_three_catalogues_are_there():
    assert [p.name for p in FILES] == ["mgi-local.yaml", "mgi-national.yaml", "sdg-10-7-2.yaml"]


def test_validate_all_as_json(capsys):
    assert main(["questionnaire", "validate", *map(str, FILES), "--json"]) == 0
    results = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert all(r["valid"] and r["problems"] == [] for r in results.values())
    assert {r["domains"] for r in results.values()} == {6}
    assert results["mgi-national"]["indicators"] >= 85
    assert results["mgi-national"]["level"] == "national"
    assert results["mgi-local"]["indicators"] >= 75
    assert results["mgi-local"]["level"] == "local"
    assert results["sdg-10-7-2"]["sdg_subcategories"] == 30
    assert results["sdg-10-7-2"]["questions"] == 30


@pytest.mark.parametrize("fixture", ["national", "local"])
def test_mgi_catalogues_are_indicative_and_guided(fixture, request):
    framework = request.getfixturevalue(fixture)
    assert "indicative" in str(framework.model.notice).lower()
    assert framework.model.scoring == "indicative"
    questions = list(framework.model.questions())
    assert all(q.guidance is not None and str(q.guidance).strip() for q in questions)
    for domain in framework.model.domains:
        assert domain.description is not None and len(str(domain.description)) > 80
        assert sum(len(s.indicators) for s in domain.sub_areas) >= 8


@pytest.mark.parametrize("fixture", ["national", "local"])
def test_yes_partially_no_guidance_says_what_each_answer_means(fixture, request):
    """Every question answered yes / partially / no ends its guidance with what counts as each."""
    framework = request.getfixturevalue(fixture)
    asked = [q for q in framework.model.questions() if answer_types.of(q).fixed_codes == (YES, PARTIALLY, NO)]
    assert len(asked) >= 85
    for question in asked:
        last = str(question.guidance).split("\n")[-1]
        yes, partially, no = last.find("Yes: "), last.find(" Partially: "), last.find(" No: ")
        assert yes == 0 and yes < partially < no, question.code


def test_national_and_local_domain_descriptions_differ(national, local):
    for nat, loc in zip(national.model.domains, local.model.domains, strict=True):
        assert nat.number == loc.number
        assert str(nat.description) != str(loc.description)


def test_sdg_10_7_2_answer_options(sdg):
    for code, placement in sdg.placements.items():
        scores = {c.code: c.score for c in placement.choices}
        if placement.domain.number == 1:
            assert scores == {"yes_all": 1, "yes_legal": 0.5, "no": 0}
        else:
            assert scores == {"yes": 1, "no": 0}
        assert placement.question.sdg_1072 == code
    assert sorted(sdg.placements) == [f"{d}{s}" for d in range(1, 7) for s in "abcde"]


def test_committed_schema_is_in_sync():
    committed = (ROOT / "questionnaires" / "schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(), (
        "questionnaires/schema.json is stale: run `uv run mgi-desktop questionnaire schema "
        "-o questionnaires/schema.json`")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_catalogues_match_the_schema(path):
    schema = json.loads((ROOT / "questionnaires" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(read_yaml(path), schema)


def test_schema_rejects_what_the_loader_rejects():
    schema = json.loads((ROOT / "questionnaires" / "schema.json").read_text(encoding="utf-8"))
    broken = read_yaml(ROOT / "tests" / "data" / "broken" / "unknown_type.yaml")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_show_outline(capsys):
    assert main(["questionnaire", "show", str(ROOT / "questionnaires" / "sdg-10-7-2.yaml")]) == 0
    out = capsys.readouterr().out
    assert "6 domains, 6 sub-areas, 30 indicators, 30 questions" in out
    assert "1. Migrant rights" in out
