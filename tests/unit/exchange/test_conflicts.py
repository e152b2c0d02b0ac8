"""Both sides changed the same thing: nothing is overwritten until the user resolves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mgi_desktop.exchange import receive, send
from mgi_desktop.exchange.merge import Edited
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, evidence, parties

from .conftest import Side, file_hash


def _shared(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> str:
    """An assessment both focal points hold after one exchange."""
    with side_b.acting() as b:
        b.set_user("Bakyt Colleague", "Ministry", "focal_point")
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        parties.add_colleague(a, aid, side_b.db.own_key.fingerprint)  # B answers with A
        answers.set_answer(a, aid, "Q3", 10, justification="2020 census")
        answers.set_answer(a, aid, "Q4", "Mandate")
        evidence.add(a, aid, "Q3", kind="report", title="Census report")
        evidence.add(a, aid, "Q3", kind="report", title="Agency report")
        p1 = send.export_package(a, aid, tmp_path / "p1.mgi").path
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
    return aid


def test_same_answer_changed_on_both_sides_is_a_conflict(side_a: Side, side_b: Side, mini: Framework,
                                                         tmp_path: Path) -> None:
    aid = _shared(side_a, side_b, mini, tmp_path)
    with side_b.acting() as b:
        answers.set_answer(b, aid, "Q3", 12, justification="2022 survey")
        answers.set_answer(b, aid, "Q4", "Mandate and budget")  # only B changes Q4
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi").path
    with side_a.acting() as a:
        answers.set_answer(a, aid, "Q3", 11)
        answers.set_answer(a, aid, "Q6", 2018)  # only A changes Q6
        preview = receive.preview_import(a, q1)
        assert [c.key for c in preview.conflicts] == ["answer:Q3"]
        conflict = preview.conflicts[0]
        assert conflict.mine["value"] == 11 and conflict.theirs["value"] == 12
        assert conflict.base["value"] == 10 and conflict.theirs["justification"] == "2022 survey"

        before = file_hash(a.path)
        with pytest.raises(receive.ConflictError) as refused:
            receive.apply_import(a, q1)
        assert refused.value.code == "receive.conflicts" and refused.value.details[0].subject == "answer:Q3"
        assert file_hash(a.path) == before
        assert answers.get_answer(a, aid, "Q3").value == 11

        receive.apply_import(a, q1, {"answer:Q3": "theirs"})
        assert answers.get_answer(a, aid, "Q3").value == 12
        assert answers.get_answer(a, aid, "Q3").justification == "2022 survey"
        assert answers.get_answer(a, aid, "Q4").value == "Mandate and budget"
        assert answers.get_answer(a, aid, "Q6").value == 2018
        resolved = [e for e in audit.events(a, aid, entity_id="Q3") if e.field == "conflict"]
        assert len(resolved) == 1 and "took theirs" in (resolved[0].reason or "")
        # B's own edits arrive with B's name in A's trail
        assert any(e.actor == "Bakyt Colleague" and e.entity_id == "Q4" for e in audit.events(a, aid))


def test_edited_resolution_and_keep_mine(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> None:
    aid = _shared(side_a, side_b, mini, tmp_path)
    with side_b.acting() as b:
        answers.set_answer(b, aid, "Q3", 12)
        answers.set_answer(b, aid, "Q4", "B's mandate")
        q1 = send.export_package(b, aid, tmp_path / "q1.mgi").path
    with side_a.acting() as a:
        answers.set_answer(a, aid, "Q3", 11)
        answers.set_answer(a, aid, "Q4", "A's mandate")
        with pytest.raises(Exception, match="above the maximum"):
            receive.apply_import(a, q1, {"answer:Q3": Edited(10**9, ""), "answer:Q4": "mine"})
        receive.apply_import(a, q1, {"answer:Q3": Edited("13", "agreed by phone"), "answer:Q4": "mine"})
        assert answers.get_answer(a, aid, "Q3").value == 13
        assert answers.get_answer(a, aid, "Q4").value == "A's mandate"


def test_evidence_removal_and_edit_merge_as_sets(side_a: Side, side_b: Side, mini: Framework,
                                                tmp_path: Path) -> None:
    aid = _shared(side_a, side_b, mini, tmp_path)
    with side_a.acting() as a:
        census, agency = (e.id for e in evidence.for_question(a, aid, "Q3"))
        evidence.remove(a, census)
        evidence.remove(a, agency)
        evidence.add(a, aid, "Q4", kind="law", title="Agency statute")
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path
    with side_b.acting() as b:
        evidence.edit(b, agency, note="page 12")  # B edits what A removed: the edit wins
        receive.apply_import(b, p2, {})
        titles = sorted(e.title for _, e in evidence.for_assessment(b, aid))
        assert titles == ["Agency report", "Agency statute"]
