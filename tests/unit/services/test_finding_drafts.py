"""Drafted findings read as findings: the indicator and what the answer says of it, then the
justification's first sentence; never the question with "— yes"."""

from __future__ import annotations

import pytest

from mgi_desktop.enums import FindingCategory
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, findings
from mgi_desktop.services.findings import draft_text, first_sentence, suggest
from mgi_desktop.storage.db import Database


def _scored(national: Framework) -> list[tuple[str, str]]:
    """Every (question, answer) of the national catalogue that drafts a finding."""
    return [(code, choice.code) for code, p in national.placements.items() for choice in p.choices
            if choice.score is not None]


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar"])
def test_no_draft_of_the_national_catalogue_is_a_question(national: Framework, language: str) -> None:
    pairs = _scored(national)
    assert len(pairs) > 300
    for code, value in pairs:
        placement = national.placements[code]
        text = draft_text(national, code, value, "", language)
        question = national.model.text(placement.question.text, language)
        assert "? — " not in text and "?" not in text and "؟" not in text, text
        assert " ".join(question.split()) not in text
        topic = " ".join(national.model.text(placement.indicator.title, language).split())
        assert text.startswith(topic), text
        assert text.endswith("."), text


def test_the_answer_is_a_statement(national: Framework) -> None:
    topic = "Access to government-funded health care"
    assert draft_text(national, "1.1.1.a", "yes", "") == f"{topic}: in place."
    assert draft_text(national, "1.1.1.a", "partially", "") == f"{topic}: only partly in place."
    assert draft_text(national, "1.1.1.a", "no", "") == f"{topic}: not in place."
    assert draft_text(national, "1.1.1.b", "regular_only", "") == (
        f"{topic}: only migrants with a regular immigration status.")
    assert draft_text(national, "1.6.6.a", "ratified", "") == (
        "ILO Domestic Workers Convention, 2011 (No. 189): ratified or acceded.")
    french = draft_text(national, "1.1.1.a", "partially", "", "fr")
    assert french.endswith(" : en place en partie seulement.") and "Accès" in french


def test_the_justification_adds_its_first_sentence(national: Framework) -> None:
    text = draft_text(national, "1.1.1.a", "partially",
                      "the Health Law No. 12 of 2019 (art. 5) covers permanent residents only. Others pay in "
                      "full.\n\nA second paragraph.")
    assert text == ("Access to government-funded health care: only partly in place. The Health Law No. 12 of 2019 "
                    "(art. 5) covers permanent residents only.")
    assert first_sentence("") == ""
    assert first_sentence("Закон № 5 от 2019 г. действует. Ещё.") == "Закон № 5 от 2019 г. действует."
    long = first_sentence("word " * 200)
    assert len(long) <= findings.DRAFT_CHARS + 1 and long.endswith("…")


def test_suggestions_over_the_national_catalogue_keep_their_category(national: Framework) -> None:
    values = {"1.1.1.a": "yes", "1.1.1.b": "some_categories", "1.1.2.a": "no"}
    found = {s.question_code: (s.category, s.text) for s in suggest(national, values, {})}
    assert found["1.1.1.a"][0] is FindingCategory.WELL_DEVELOPED
    assert found["1.1.1.b"][0] is FindingCategory.POTENTIAL
    assert found["1.1.2.a"] == (FindingCategory.POTENTIAL, "Access to public schooling: not in place.") \
        or found["1.1.2.a"][1].endswith(": not in place.")


def test_drafts_stay_drafts_until_kept_or_edited(db: Database, national: Framework) -> None:
    aid = assessments.create(db, national, country="KGZ").id
    answers.set_answer(db, aid, "1.1.1.a", "yes", justification="The Health Law covers everyone")
    answers.set_answer(db, aid, "1.1.2.a", "no")
    findings.draft(db, aid)
    drafted = findings.list_findings(db, aid)
    assert len(drafted) == 2 and all(f.drafted for f in drafted)
    kept = findings.keep_many(db, [drafted[0].id])
    assert kept.kinds == {"finding"}
    after = {f.id: f for f in findings.list_findings(db, aid)}
    assert not after[drafted[0].id].drafted and after[drafted[0].id].text == drafted[0].text
    assert after[drafted[1].id].drafted
    assert not findings.keep_many(db, [drafted[0].id])  # already kept: nothing changes
    assert any(e.field == "kept" for e in audit.events(db, aid, entity_id=drafted[0].id))
    answers.set_answer(db, aid, "1.1.1.a", "partially")
    findings.draft(db, aid)  # a kept finding is a person's: drafting leaves it
    assert findings.get(db, drafted[0].id).text == drafted[0].text
