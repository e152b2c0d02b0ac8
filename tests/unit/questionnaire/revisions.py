"""Revised versions of the national questionnaire, made from its file for the diff and crosswalk tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_file

NATIONAL = Path(__file__).resolve().parents[3] / "questionnaires" / "mgi-national.yaml"


def revised(tmp_path: Path, edit: Callable[[dict[str, Any]], None], name: str = "revised.yaml") -> Framework:
    data = yaml.safe_load(NATIONAL.read_text(encoding="utf-8"))
    data["version"] = "2027.1"
    edit(data)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_file(path)


def question(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(q for d in data["domains"] for s in d["sub_areas"] for i in s["indicators"] for q in i["questions"]
                if q["code"] == code)


def indicator_of(data: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return next(i["questions"] for d in data["domains"] for s in d["sub_areas"] for i in s["indicators"]
                if any(q["code"] == code for q in i["questions"]))
