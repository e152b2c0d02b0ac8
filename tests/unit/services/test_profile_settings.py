"""The profile's settings: stored as typed, None for the default the profile works out, set through one
audited service function that the window and the command line share, refused once the assessment cannot be
edited."""

from __future__ import annotations

import datetime as dt

import pytest

from mgi_desktop.enums import ChangeKind
from mgi_desktop.errors import StateError, ValidationError
from mgi_desktop.export.profile import profile_for
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, findings, profile_settings, rounds
from mgi_desktop.storage.db import Database


def test_defaults_until_set_then_as_typed_then_back(db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    profile = profile_for(db, aid)
    today = assessments.get(db, aid).updated_at.date()
    assert profile.title == "Migration Governance Profile: Kyrgyz Republic"  # pycountry's official name
    assert profile.round_label == "First Profile" and profile.credits == ""
    assert profile.date_label == today.strftime("%B %Y")
    changes = profile_settings.set_profile(db, aid, title="  A  title\n", country_name="The Kyrgyz Republic",
                                           date="2023-12-05", round_label="Second Profile",
                                           credits="IOM.\r\n\r\nThe EIU.")
    assert changes.kinds == {ChangeKind.ASSESSMENT, ChangeKind.PROFILE}
    assert profile_settings.stored(db, aid).as_dict() == {
        "title": "A title", "country_name": "The Kyrgyz Republic", "date": "2023-12-05",
        "round_label": "Second Profile", "credits": "IOM.\n\nThe EIU.", "introduction": None}
    profile = profile_for(db, aid)
    assert (profile.title, profile.date_label, profile.round_label) == ("A title", "December 5, 2023",
                                                                        "Second Profile")
    assert profile.running_header == "A title · The Kyrgyz Republic"  # a title without the place: both
    assert not profile_settings.set_profile(db, aid, title="A title")  # nothing changed, nothing audited
    events = [(e.field, e.old_value, e.new_value) for e in audit.events(db, aid, entity="assessment")
              if e.field.startswith("profile_")]
    assert ("profile_title", None, "A title") in events and len(events) == 5
    profile_settings.set_profile(db, aid, title="", date=None, country_name="  ")
    assert profile_for(db, aid).title == "Migration Governance Profile: Kyrgyz Republic"
    assert profile_settings.stored(db, aid).date is None


def test_the_country_name_and_title_in_other_languages(db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ", language="fr").id
    assert profile_for(db, aid, language="fr").title.endswith("Kirghizstan")
    assert profile_for(db, aid, language="fr", date=dt.date(2023, 12, 1)).round_label == "Premier profil"


@pytest.mark.parametrize("bad", ["2023", "2023-13", "2023-02-30", "12/2023", "2023-1"])
def test_a_date_is_a_month_or_a_day(db: Database, mini: Framework, bad: str) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    with pytest.raises(ValidationError) as refused:
        profile_settings.set_profile(db, aid, date=bad)
    assert refused.value.code == "profile.not_a_date"


def test_unknown_settings_and_long_lines_are_refused(db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    with pytest.raises(ValidationError) as unknown:
        profile_settings.set_profile(db, aid, colour="blue")
    assert unknown.value.code == "profile.unknown_setting"
    with pytest.raises(ValidationError) as long:
        profile_settings.set_profile(db, aid, title="x" * 301)
    assert long.value.code == "profile.too_long"
    profile_settings.set_profile(db, aid, credits="x" * 5000)  # credits are paragraphs


def test_a_submitted_assessment_keeps_its_settings(db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    assessments.set_status(db, aid, "submitted")
    with pytest.raises(StateError):
        profile_settings.set_profile(db, aid, title="Too late")
    assert profile_settings.stored(db, aid).title is None


def test_the_introduction_is_one_of_the_settings(db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    findings.set_introduction(db, aid, "Ours.")
    assert profile_settings.stored(db, aid).introduction == "Ours." == findings.introduction(db, aid)
    profile_settings.set_profile(db, aid, introduction=None)
    assert findings.introduction(db, aid) != "Ours."


def test_the_local_introduction_tells_the_author_nothing(db: Database, local: Framework) -> None:
    aid = assessments.create(db, local, country="KGZ", locality="Osh").id
    text = profile_for(db, aid).introduction
    assert text and "should" not in text and "explain" not in text


def test_the_next_round_keeps_the_credits_and_country_name_and_carries_the_findings_over_as_drafts(
        db: Database, mini: Framework) -> None:
    first = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, first, "Q1", "yes")
    profile_settings.set_profile(db, first, credits="IOM and partners.", title="First title", date="2019-05",
                                 country_name="The Kyrgyz Republic (Kyrgyzstan)", round_label="First round")
    findings.add(db, first, 1, "well-developed", "All migrants have access to health care.", question_codes=["Q1"])
    findings.add(db, first, 1, "potential", "Only residents may work.")
    findings.add(db, first, 2, "potential", "No data strategy.")
    assert rounds.plan_follow_up(db, first).findings == 3  # what the window and the command line announce
    second = rounds.start_follow_up(db, first).id
    stored = profile_settings.stored(db, second)
    assert stored.credits == "IOM and partners." and stored.country_name == "The Kyrgyz Republic (Kyrgyzstan)"
    assert stored.title is None and stored.date is None and stored.round_label is None
    assert profile_for(db, second).title == "Migration Governance Profile: The Kyrgyz Republic (Kyrgyzstan)"
    assert profile_for(db, second).round_label == "Second Profile"
    carried = findings.list_findings(db, second)
    assert [(f.domain_number, f.category.value, f.text, f.drafted) for f in carried] == [
        (1, "well_developed", "All migrants have access to health care.", True),
        (1, "potential", "Only residents may work.", True), (2, "potential", "No data strategy.", True)]
    assert carried[0].question_codes == ("Q1",)
    (event,) = [e for e in audit.events(db, second) if e.field == "follow_up"]
    assert '"findings_carried_over": 3' in (event.new_value or "")
    # the round 2 profile starts from round 1's findings, not from empty lists
    profile = profile_for(db, second)
    assert profile.domains[0].well_developed == ["All migrants have access to health care."]
    # drafting from the answers leaves a carried-over draft alone, and does not suggest its question again
    answers.set_answer(db, second, "Q1", "no")
    findings.draft(db, second)
    after = findings.list_findings(db, second)
    assert [f.text for f in after if f.question_codes == ("Q1",)] == ["All migrants have access to health care."]
    # keep, edit or drop each
    findings.keep_many(db, [carried[0].id])
    findings.edit_text(db, carried[1].id, "Only permanent residents may work.")
    findings.remove(db, carried[2].id)
    assert [(f.text, f.drafted) for f in findings.list_findings(db, second)] == [
        ("All migrants have access to health care.", False), ("Only permanent residents may work.", False)]
    assert [f.text for f in findings.list_findings(db, first)][2] == "No data strategy."  # round 1 unchanged
