"""An assessment's working language travels in its packages: the other side works in it too, a change of it
merges as the other metadata do, and packages without it (English ones, older ones) read as English."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pydantic
import pytest

from mgi_desktop.exchange import receive, send, snapshot
from mgi_desktop.exchange.format import DATA, AssessmentData, PackageData
from mgi_desktop.exchange.merge import merge
from mgi_desktop.export import sources
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, review

from .conftest import Side


def _data_json(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        data: dict[str, Any] = json.loads(archive.read(DATA))
    return data


def test_a_french_assessment_imported_on_the_other_side_is_french(side_a: Side, side_b: Side, mini: Framework,
                                                                   tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="SEN", language="fr").id
        answers.set_answer(a, aid, "Q3", 12)
        assessments.set_status(a, aid, "submitted")
        p1 = send.export_package(a, aid, tmp_path / "p1.mgi").path
    assert _data_json(p1)["assessment"]["language"] == "fr"
    assert sources.from_package(p1).meta.language == "fr"  # what the exports of the package show it in
    assert receive.verify(p1)["language"] == "fr"

    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        assert assessments.get(b, aid).language == "fr"
        review.return_answer(b, aid, "Q3", "Quelle année ?")
        assessments.set_status(b, aid, "returned", note="Q3")
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi").path

    with side_a.acting() as a:
        receive.apply_import(a, q1, {})
        assert assessments.get(a, aid).language == "fr"  # unchanged by the reviewer's package
        assessments.set_language(a, aid, "es")  # the focal point changes it while it is returned
        assessments.set_status(a, aid, "resubmitted")
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path

    with side_b.acting() as b:
        preview = receive.preview_import(b, p2)
        assert not preview.conflicts
        receive.apply_import(b, p2, {})
        assert assessments.get(b, aid).language == "es"


def test_an_english_package_reads_as_before_the_language_existed(side_a: Side, mini: Framework,
                                                                 tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        path = send.export_package(a, aid, tmp_path / "p.mgi").path
        with a.reading() as session:
            data = snapshot.read(session, aid)
    assert "language" not in _data_json(path)["assessment"]
    assert data.assessment.language == "en" and data.assessment.model_dump()["language"] == "en"
    older = json.loads(data.assessment.model_dump_json())  # what an older app wrote: no such field
    assert "language" not in older
    assert AssessmentData.model_validate(older).language == "en"
    french = data.assessment.model_copy(update={"language": "fr"})
    assert AssessmentData.model_validate_json(french.model_dump_json()).language == "fr"


@pytest.mark.parametrize("bad", ["FR", "french", "f", "fr-CA", "", 1])
def test_a_package_with_a_malformed_language_is_refused(side_a: Side, mini: Framework, bad: object) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        with a.reading() as session:
            dumped = snapshot.read(session, aid).assessment.model_dump(mode="json")
    with pytest.raises(pydantic.ValidationError):
        AssessmentData.model_validate(dumped | {"language": bad})


_ASSESSMENT = AssessmentData(
    id="00000000-0000-0000-0000-000000000001", questionnaire_sha256="0" * 64, framework_id="mini",
    framework_version="1.0", level="national", country="KGZ", round=1, title="t", status="draft",
    revision=1, created_at="2026-01-01T00:00:00Z", updated_at="2026-01-01T00:00:00Z")


def _in(language: str) -> PackageData:
    return PackageData(assessment=_ASSESSMENT.model_copy(update={"language": language}))


def test_the_merge_takes_the_language_as_other_metadata() -> None:
    taken = merge(_in("en"), _in("en"), _in("fr"))  # changed on their side only
    assert not taken.conflicts and taken.result({}, "me").assessment.language == "fr"
    kept = merge(_in("en"), _in("ar"), _in("en"))  # changed on mine only
    assert not kept.conflicts and kept.result({}, "me").assessment.language == "ar"
    both = merge(_in("en"), _in("ru"), _in("fr"))  # changed on both sides to different languages
    (conflict,) = both.conflicts
    assert (conflict.key, conflict.kind, conflict.mine, conflict.theirs, conflict.base) == (
        "assessment:language", "assessment", "ru", "fr", "en")
    assert both.result({"assessment:language": "theirs"}, "me").assessment.language == "fr"
    assert both.result({"assessment:language": "mine"}, "me").assessment.language == "ru"
    assert [c.key for c in merge(None, _in("en"), _in("fr")).conflicts] == ["assessment:language"]
    assert not merge(None, _in("fr"), _in("fr")).conflicts
