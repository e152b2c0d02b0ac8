"""The format's classes: checked by pydantic, rebuilt without it from what was checked before."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mgi_desktop.questionnaire import model
from mgi_desktop.questionnaire.loader import load_file, load_text
from mgi_desktop.questionnaire.schema import json_schema_text

ROOT = Path(__file__).resolve().parents[3]
FILES = [*sorted((ROOT / "questionnaires").glob("*.yaml")), ROOT / "tests" / "data" / "mini.yaml",
         ROOT / "tests" / "data" / "cascade.yaml"]
#: What the files above leave at its default.
FRENCH = """
id: fr-source
version: "1"
title: {fr: Questionnaire en français}
level: local
source_language: fr
languages: [fr]
domains:
  - number: 1
    code: D1
    title: Domaine
    sub_areas:
      - code: S1
        title: Sous-domaine
        indicators:
          - code: I1
            title: Indicateur
            questions:
              - {code: Q1, text: Une question ?, type: yes_no}
"""


def _checked(source: Path | str) -> model.Questionnaire:
    return load_file(source).model if isinstance(source, Path) else load_text(source, "french.yaml").model


@pytest.mark.parametrize("source", [*FILES, FRENCH], ids=lambda p: p.name if isinstance(p, Path) else "french")
def test_what_was_checked_is_rebuilt_as_it_was(source):
    checked = _checked(source)
    rebuilt = model.from_checked(json.loads(model.dump_json(checked)))
    assert rebuilt == checked
    assert model.dump_json(rebuilt) == model.dump_json(checked)
    assert type(rebuilt.level) is type(checked.level)
    question = next(rebuilt.questions())
    assert isinstance(question.text, model.LocalizedText) and question.text.get("en")
    with pytest.raises(dataclasses.FrozenInstanceError):
        question.code = "changed"  # type: ignore[misc]


def test_every_field_of_the_format_is_in_the_round_trip_above():
    """So that `from_checked` is shown to rebuild each of them (a new field must appear in some file)."""
    used: set[tuple[str, str]] = set()

    def visit(obj: object) -> None:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for f in dataclasses.fields(obj):
                value = getattr(obj, f.name)
                default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
                if value != default:
                    used.add((type(obj).__name__, f.name))
                visit(value)
        elif isinstance(obj, list):
            for item in obj:
                visit(item)
        elif isinstance(obj, dict):
            for item in obj.values():
                visit(item)

    for source in [*FILES, FRENCH]:
        visit(_checked(source))
    every = {(cls.__name__, f.name) for cls in (*model.QuestionnaireModels, model.LocalizedText)
             for f in dataclasses.fields(cls)}
    assert every - used - {("Questionnaire", "format")} == set()  # format has one value, its default


def test_the_fingerprint_follows_the_format(monkeypatch):
    """A cache written by another version of the format (a field's type changed) is not read as this one."""
    before = model.fingerprint()
    model.fingerprint.cache_clear()
    try:
        monkeypatch.setattr(model.Question.__dataclass_fields__["minimum"], "type", "int | None")
        assert model.fingerprint() != before
    finally:
        monkeypatch.undo()
        model.fingerprint.cache_clear()
    assert model.fingerprint() == before


def test_the_json_schema_is_the_committed_one():
    assert json_schema_text() == (ROOT / "questionnaires" / "schema.json").read_text(encoding="utf-8")


def test_rebuilding_needs_no_pydantic(tmp_path):
    """The point of the dataclasses: a checked questionnaire comes back without importing pydantic."""
    checked = tmp_path / "checked.json"
    checked.write_bytes(model.dump_json(load_file(ROOT / "questionnaires" / "mgi-national.yaml").model))
    script = (f"import json, sys\nfrom mgi_desktop.questionnaire import framework, model\n"
              f"q = model.from_checked(json.loads(open({str(checked)!r}, 'rb').read()))\n"
              "framework.Framework(q, source='x', text='', sha256='0' * 64)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core', 'yaml')))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
