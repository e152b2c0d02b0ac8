"""The profile's settings and the findings carried over from the round before travel in packages; packages
without them (unset ones, older ones) read with every default."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from mgi_desktop.exchange import receive, send, snapshot
from mgi_desktop.exchange.format import DATA, AssessmentData, FindingData
from mgi_desktop.export import sources
from mgi_desktop.export.profile import build_profile
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, findings, profile_settings, rounds

from .conftest import Side

TITLE = "Migration Governance Second Profile: The Kyrgyz Republic (Kyrgyzstan)"


def _data_json(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        data: dict[str, Any] = json.loads(archive.read(DATA))
    return data


def test_the_settings_reach_the_other_side_and_its_exports(side_a: Side, side_b: Side, mini: Framework,
                                                           tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        profile_settings.set_profile(a, aid, title=TITLE, country_name="The Kyrgyz Republic (Kyrgyzstan)",
                                     date="2023-12", round_label="Second Profile", credits="With thanks.")
        assessments.set_status(a, aid, "submitted")
        path = send.export_package(a, aid, tmp_path / "p.mgi").path
    carried = _data_json(path)["assessment"]
    assert carried["profile_title"] == TITLE and carried["profile_date"] == "2023-12"
    profile = build_profile(sources.from_package(path))
    assert profile.title == TITLE and profile.date_label == "December 2023" and profile.credits == "With thanks."
    with side_b.acting() as b:
        receive.apply_import(b, path, {})
        assert profile_settings.stored(b, aid) == profile_settings.StoredSettings(
            TITLE, "The Kyrgyz Republic (Kyrgyzstan)", "2023-12", "Second Profile", "With thanks.", None)


def test_a_package_without_settings_reads_as_before_they_existed(side_a: Side, mini: Framework,
                                                                 tmp_path: Path) -> None:
    with side_a.acting() as a:
        first = assessments.create(a, mini, country="KGZ").id
        findings.add(a, first, 1, "potential", "Only some migrants may work.")
        second = rounds.start_follow_up(a, first).id
        path = send.export_package(a, second, tmp_path / "p.mgi").path
        with a.reading() as session:
            data = snapshot.read(session, first)
    written = _data_json(path)
    assert not any(name.startswith("profile_") for name in written["assessment"])
    assert [f["carried_over"] for f in written["findings"]] == [True]  # written where it is true
    older = json.loads(data.assessment.model_dump_json())  # what an older app wrote: no such fields
    assert not any(name.startswith("profile_") for name in older)
    assert AssessmentData.model_validate(older).profile_title is None
    finding = json.loads(data.findings[0].model_dump_json())
    assert "carried_over" not in finding and FindingData.model_validate(finding).carried_over is False


def test_a_later_change_of_a_setting_merges_as_the_other_metadata(side_a: Side, side_b: Side, mini: Framework,
                                                                   tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        profile_settings.set_profile(a, aid, round_label="Second Profile")
        p1 = send.export_package(a, aid, tmp_path / "p1.mgi").path
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
    with side_a.acting() as a:
        profile_settings.set_profile(a, aid, title=TITLE, round_label=None)
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path
    with side_b.acting() as b:
        assert not receive.preview_import(b, p2).conflicts
        receive.apply_import(b, p2, {})
        stored = profile_settings.stored(b, aid)
        assert stored.title == TITLE and stored.round_label is None
