"""The merge rules on package data alone (no database)."""

from __future__ import annotations

from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.exchange.format import AnswerData, AssessmentData, PackageData
from mgi_desktop.exchange.merge import merge, reachable

_ASSESSMENT = AssessmentData(
    id="00000000-0000-0000-0000-000000000001", questionnaire_sha256="0" * 64, framework_id="mini",
    framework_version="1.0", level="national", country="KGZ", round=1, title="t", status="submitted",
    revision=1, created_at="2026-01-01T00:00:00Z", updated_at="2026-01-01T00:00:00Z")


def _data(status: str = "submitted", **values: object) -> PackageData:
    return PackageData(assessment=_ASSESSMENT.model_copy(update={"status": AssessmentStatus(status)}),
                       answers=[AnswerData(code=c, value=v) for c, v in values.items()])


def test_reachable_follows_the_workflow() -> None:
    assert reachable("submitted", "returned") and reachable("returned", "validated")
    assert not reachable("validated", "draft") and not reachable("approved", "returned")


def test_one_sided_changes_are_taken_and_both_sided_ones_conflict() -> None:
    base = _data(Q1="yes", Q3=1, Q4="a")
    mine = _data(Q1="no", Q3=1, Q4="b")
    theirs = _data(Q1="yes", Q3=2, Q4="c", Q5="2001-01-01")
    result = merge(base, mine, theirs)
    assert [c.key for c in result.conflicts] == ["answer:Q4"]
    merged = {a.code: a.value for a in result.result({"answer:Q4": "mine"}, "me").answers}
    assert merged == {"Q1": "no", "Q3": 2, "Q4": "b", "Q5": "2001-01-01"}


def test_status_moves_only_along_the_workflow() -> None:
    assert not merge(_data("submitted"), _data("submitted"), _data("returned")).conflicts
    assert [c.key for c in merge(_data("validated"), _data("validated"), _data("draft")).conflicts] == ["status"]
    assert [c.key for c in merge(_data("submitted"), _data("in_review"), _data("returned")).conflicts] == [
        "status"]


def test_without_a_base_every_difference_is_a_conflict() -> None:
    result = merge(None, _data(Q1="yes", Q3=1), _data(Q1="yes", Q3=2))
    assert [c.key for c in result.conflicts] == ["answer:Q3"]
