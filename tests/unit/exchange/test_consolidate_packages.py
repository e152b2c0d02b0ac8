"""``consolidate`` takes .mgi packages as inputs next to databases."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import send
from mgi_desktop.export.consolidate import consolidate
from mgi_desktop.export.consolidate_filters import Filters
from mgi_desktop.export.sources import from_package
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.storage.db import Database

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "hostile"


def test_a_package_is_a_consolidation_input(db: Database, mini: Framework, tmp_path: Path) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 40)
    evidence.add(db, aid, "Q3", kind="report", title="Census")
    package = send.export_package(db, aid, tmp_path / "kgz.mgi").path
    other = assessments.create(db, mini, country="KAZ").id
    answers.set_answer(db, other, "Q3", 7)
    answers.set_answer(db, aid, "Q3", 41)  # the database now has a newer revision of the packaged one

    data = from_package(package)
    assert data.meta.id == aid and data.answers["Q3"].value == 40 and data.answers["Q3"].evidence_count == 1

    report = consolidate([package], tmp_path / "one.xlsx", filters=Filters.everything())
    assert report.assessments == 1 and report.inputs[0].kind == "package"
    db.close()  # consolidation reads databases that are not open elsewhere
    report = consolidate([package, db.path], tmp_path / "all.xlsx", filters=Filters.everything())
    assert report.assessments == 2
    assert [d.id for d in report.duplicates] == [aid] and report.duplicates[0].kept_from == str(db.path)
    sheets = openpyxl.load_workbook(tmp_path / "all.xlsx").sheetnames
    assert sheets


def test_a_hostile_package_is_refused_as_an_input(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="path traversal"):
        consolidate([HOSTILE / "path-traversal.mgi"], tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
