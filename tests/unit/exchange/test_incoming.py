"""What a package brings back, counted by kind: a reviewer's decisions are decisions, not changed answers."""

from __future__ import annotations

from pathlib import Path

from mgi_desktop.exchange import receive, send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, comments, review

from .conftest import Side, submitted


def _reviewed(side_a: Side, side_b: Side, mini: Framework, tmp_path: Path) -> tuple[str, Path]:
    """B accepts Q3, returns Q7 with a reason, comments on Q3 and returns the assessment with a note."""
    aid, p1 = submitted(side_a, mini, tmp_path)
    with side_b.acting() as b:
        receive.apply_import(b, p1, {})
        review.accept(b, aid, "Q3")
        review.return_answer(b, aid, "Q7", "which law?")
        comments.add(b, aid, "Q3", "a source for the census, please")
        assessments.set_status(b, aid, "returned", note="two things to look at")
        return aid, send.export_package(b, aid, tmp_path / "q1.mgi").path


def test_a_review_without_answer_changes_counts_no_answer_changed(side_a: Side, side_b: Side, mini: Framework,
                                                                  tmp_path: Path) -> None:
    aid, q1 = _reviewed(side_a, side_b, mini, tmp_path)
    with side_a.acting() as a:
        preview = receive.preview_import(a, q1)
        counts = preview.counts
        assert counts["answers"] == 0 and counts["flags_changed"] == 0
        assert (counts["decisions_accepted"], counts["decisions_returned"]) == (1, 1)
        assert counts["comments_added"] == 2  # the return's reason and the comment
        assert (counts["findings_added"], counts["findings_changed"], counts["evidence_added"]) == (0, 0, 0)
        came = preview.incoming
        assert came.answers == [] and came.accepted == ["Q3"] and came.returned == ["Q7"]
        assert {c.question for c in came.comments} == {"Q3", "Q7"}
        assert came.status == ("submitted", "returned")
        assert came.note is not None and (came.note.status, came.note.actor, came.note.note) == (
            "returned", "Rita Reviewer", "two things to look at")
        imported = receive.apply_import(a, q1, {})
        assert imported.incoming.returned == ["Q7"] and imported.incoming.questions() == ["Q7", "Q3"]
        assert answers.get_answer(a, aid, "Q7").review_state == "returned"


def test_only_changed_content_counts_as_a_changed_answer(side_a: Side, side_b: Side, mini: Framework,
                                                          tmp_path: Path) -> None:
    aid, q1 = _reviewed(side_a, side_b, mini, tmp_path)
    with side_a.acting() as a:
        receive.apply_import(a, q1, {})
        answers.set_answer(a, aid, "Q7", "no", reason="the law was repealed")
        assessments.set_status(a, aid, "resubmitted")
        p2 = send.export_package(a, aid, tmp_path / "p2.mgi").path
    with side_b.acting() as b:
        preview = receive.preview_import(b, p2)
        assert preview.counts["answers"] == 1 and preview.incoming.answers == ["Q7"]
        assert preview.counts["decisions_accepted"] == preview.counts["decisions_returned"] == 0
