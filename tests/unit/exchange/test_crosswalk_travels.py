"""A follow-up round made through a crosswalk travels with it: the receiver compares the rounds as they
were carried, and a package whose crosswalk does not fit its questionnaire is refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from mgi_desktop.errors import MgiError
from mgi_desktop.exchange import receive, send, snapshot
from mgi_desktop.questionnaire import crosswalk
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.services import answers, assessments, rounds

from .conftest import Side

MINI = Path(__file__).resolve().parents[2] / "data" / "mini.yaml"


def _mini_2(tmp_path: Path) -> Framework:
    """mini 2.0: Q7 is now Q7b, with the same text (the draft matches it)."""
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    data["version"] = "2.0"
    for domain in data["domains"]:
        for sub_area in domain["sub_areas"]:
            for indicator in sub_area["indicators"]:
                for question in indicator["questions"]:
                    if question["code"] == "Q7":
                        question["code"] = "Q7b"
    path = tmp_path / "mini-2.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_file(path)


def test_the_receiver_compares_through_the_crosswalk(side_a: Side, side_b: Side, mini: Framework,
                                                     tmp_path: Path) -> None:
    revised = _mini_2(tmp_path)
    with side_a.acting() as a:
        first = assessments.create(a, mini, country="KGZ").id
        answers.set_answer(a, first, "Q7", "yes")
        p1 = send.export_package(a, first, tmp_path / "p1.mgi").path
        second = rounds.start_follow_up(a, first, revised).id
        assert rounds.crosswalk_of(a, second) is not None
        p2 = send.export_package(a, second, tmp_path / "p2.mgi").path
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        receive.apply_import(b, p2, {})
        assert rounds.crosswalk_of(b, second) == rounds.crosswalk_of(side_a.db, second)
        rows = {(r.before_code, r.after_code): r for r in rounds.compare(b, first, second).rows}
        assert rows[("Q7", "Q7b")].before == "Yes" and rows[("Q7", "Q7b")].after == "Yes"
        assert ("Q7", None) not in rows


def test_a_package_without_a_crosswalk_has_no_such_field(side_a: Side, mini: Framework) -> None:
    """Packages of first rounds read as they did before the field existed."""
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        with a.reading() as session:
            dumped = snapshot.read(session, aid).assessment.model_dump_json()
    assert "crosswalk_json" not in dumped


def test_a_crosswalk_that_does_not_lead_to_the_questionnaire_is_refused(side_a: Side, mini: Framework,
                                                                         tmp_path: Path) -> None:
    revised = _mini_2(tmp_path)
    with side_a.acting() as a:
        first = assessments.create(a, mini, country="KGZ").id
        second = rounds.start_follow_up(a, first, revised).id
        with a.reading() as session:
            data = snapshot.read(session, second)
    good = data.assessment.crosswalk_json
    assert good is not None
    snapshot.check(data, revised, "p.mgi")  # as sent
    wrong = json.dumps(crosswalk.identity(mini).as_dict())  # leads to mini 1.0, not to the package's 2.0
    for bad in ('{"format": 1}', "not json", wrong, good.replace('"Q7b"', '"Q99"')):
        tampered = data.model_copy(update={"assessment": data.assessment.model_copy(update={"crosswalk_json": bad})})
        with pytest.raises(MgiError) as refused:
            snapshot.check(tampered, revised, "p.mgi")
        assert refused.value.code == "exchange.refused"
        assert refused.value.msg.params["reason"].code == "snapshot.bad_crosswalk"
