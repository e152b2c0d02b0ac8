"""An assessment's working language: chosen when it is created, changed later through `update_metadata`'s
rules (audited, refused once the assessment cannot be edited), inherited by its follow-up round."""

from __future__ import annotations

import pytest

from mgi_desktop.enums import ChangeKind
from mgi_desktop.errors import PermissionDenied, StateError, ValidationError
from mgi_desktop.messages import english
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, review, rounds
from mgi_desktop.storage.db import Database


def _language_events(db: Database, aid: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.old_value, e.new_value, e.actor) for e in audit.events(db, aid, entity="assessment")
            if e.field == "language"]


def test_an_assessment_is_english_unless_another_language_is_chosen(db: Database, mini: Framework) -> None:
    english_one = assessments.create(db, mini, country="KGZ")
    french = assessments.create(db, mini, country="SEN", language="fr")
    assert english_one.language == "en" and french.language == "fr"
    assert assessments.get(db, english_one.id).language == "en"
    assert assessments.get(db, french.id).language == "fr"
    assert {a.id: a.language for a in assessments.headers(db)} == {english_one.id: "en", french.id: "fr"}
    assert {s.assessment.id: s.as_dict()["language"] for s in assessments.list_all(db)} == {
        english_one.id: "en", french.id: "fr"}
    (created,) = [e for e in audit.events(db, french.id) if e.field == "created"]
    assert '"language": "fr"' in (created.new_value or "")


def test_a_language_is_given_as_a_code_and_stored_as_one(db: Database, mini: Framework) -> None:
    assert assessments.create(db, mini, country="KGZ", language=" RU ").language == "ru"
    assert assessments.create(db, mini, country="KGZ", language="iw").language == "he"  # withdrawn: its successor
    for code in ("es", "ar", "fil"):
        assert assessments.check_language(code) == code


@pytest.mark.parametrize("code", ["", "f", "french", "zz", "qq", "pt-BR", "pt_BR", "und", "e1", "fr;"])
def test_an_unknown_language_is_refused_with_its_code(db: Database, mini: Framework, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        assessments.create(db, mini, country="KGZ", language=code)
    assert refused.value.code == "assessment.unknown_language"
    assert refused.value.msg.params["language"] == repr(code)
    assert english(refused.value.msg, with_subject=False).startswith(f"{code!r} is not a language code")
    assert assessments.headers(db) == []  # nothing was created

    aid = assessments.create(db, mini, country="KGZ").id
    revision = assessments.get(db, aid).revision
    with pytest.raises(ValidationError) as again:
        assessments.set_language(db, aid, code)
    assert again.value.code == "assessment.unknown_language"
    assert assessments.get(db, aid).language == "en"
    assert assessments.get(db, aid).revision == revision  # refused before anything was written
    assert _language_events(db, aid) == []


def test_set_language_is_audited_and_bumps_the_revision(db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    before = assessments.get(db, aid)
    changes = assessments.set_language(db, aid, "fr")
    after = assessments.get(db, aid)
    assert after.language == "fr"
    assert after.revision == before.revision + 1 and after.updated_at >= before.updated_at
    assert changes.assessment_id == aid and ChangeKind.ASSESSMENT in changes.kinds
    assert _language_events(db, aid) == [("en", "fr", "Amina Focal")]
    rows = [r for r in audit.trail(db, aid) if r.field == "language"]
    assert [(r.entity, r.old_value, r.new_value) for r in rows] == [("assessment", "en", "fr")]

    assessments.set_language(db, aid, "fr")  # the same language: nothing to record
    assert _language_events(db, aid) == [("en", "fr", "Amina Focal")]
    assessments.update_metadata(db, aid, language="es", title="Évaluation")  # the one write path
    assert assessments.get(db, aid).language == "es"
    assert _language_events(db, aid) == [("en", "fr", "Amina Focal"), ("fr", "es", "Amina Focal")]
    with pytest.raises(ValidationError) as refused:
        assessments.update_metadata(db, aid, language="klingon")
    assert refused.value.code == "assessment.unknown_language"


def _validated(become, db: Database, mini: Framework) -> str:
    aid = assessments.create(db, mini, country="KGZ", language="fr").id
    for code, value in (("Q1", "no"), ("Q3", 12), ("Q5", "2001-02-03"), ("Q7", "yes")):
        answers.set_answer(db, aid, code, value)
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    for code in ("Q1", "Q3", "Q5", "Q7"):
        review.accept(db, aid, code)
    assessments.set_status(db, aid, "validated")
    return aid


def test_a_validated_assessment_keeps_its_language(become, db: Database, mini: Framework) -> None:
    aid = _validated(become, db, mini)
    with pytest.raises(PermissionDenied) as reviewer:  # a reviewer never changes it
        assessments.set_language(db, aid, "en")
    assert reviewer.value.code == "workflow.reviewer_cannot_edit"
    become(db, "Amina Focal", "Ministry", "focal_point")
    revision = assessments.get(db, aid).revision
    with pytest.raises(StateError) as refused:
        assessments.set_language(db, aid, "en")
    assert refused.value.code == "workflow.not_editable"
    assert assessments.get(db, aid).language == "fr" and assessments.get(db, aid).revision == revision
    assert _language_events(db, aid) == []


def test_a_submitted_assessment_keeps_its_language_until_it_is_returned(become, db: Database,
                                                                       mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 12)
    assessments.set_status(db, aid, "submitted")
    with pytest.raises(StateError):
        assessments.set_language(db, aid, "ar")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    review.return_answer(db, aid, "Q3", "Which year?")
    assessments.set_status(db, aid, "returned", note="see Q3")
    become(db, "Amina Focal", "Ministry", "focal_point")
    assessments.set_language(db, aid, "ar")
    assert assessments.get(db, aid).language == "ar"


def test_a_follow_up_round_inherits_the_language(db: Database, mini: Framework) -> None:
    first = assessments.create(db, mini, country="KGZ", language="ru").id
    answers.set_answer(db, first, "Q3", 40)
    plan = rounds.plan_follow_up(db, first)
    assert plan.language == "ru" and plan.as_dict()["language"] == "ru"
    second = rounds.start_follow_up(db, first)
    assert second.language == "ru"
    assessments.set_language(db, second.id, "en")  # its own from then on
    assert assessments.get(db, second.id).language == "en"
    assert assessments.get(db, first).language == "ru"
    third = rounds.start_follow_up(db, second.id)
    assert third.language == "en"
