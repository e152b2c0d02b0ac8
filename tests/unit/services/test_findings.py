from __future__ import annotations

import pytest

from mgi_desktop.errors import PermissionDenied, StateError, ValidationError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, evidence, findings
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import FindingCategory

WELL, POTENTIAL = FindingCategory.WELL_DEVELOPED, FindingCategory.POTENTIAL


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    return assessments.create(db, mini, country="KGZ").id


def texts(db: Database, aid: str, domain: int, category: FindingCategory) -> list[str]:
    return [f.text for f in findings.list_findings(db, aid, domain=domain) if f.category is category]


def test_draft_from_answers_categorises_and_uses_justification(db: Database, aid: str) -> None:
    answers.set_answer(db, aid, "Q1", "yes", justification="the health law covers all migrants")
    answers.set_answer(db, aid, "Q1b", "regular")
    answers.set_answer(db, aid, "Q7", "no")
    answers.set_answer(db, aid, "Q3", 12)  # a number suggests nothing
    changes = findings.draft(db, aid)
    assert changes.kinds == {"finding"} and changes.domains == {1, 2} and len(changes.created) == 3
    assert texts(db, aid, 1, WELL) == ["Health: in place. The health law covers all migrants."]
    assert texts(db, aid, 1, POTENTIAL) == ["Health: regular migrants only."]
    assert texts(db, aid, 2, POTENTIAL) == ["Agency: not in place."]
    listed = findings.list_findings(db, aid)
    assert all(f.drafted for f in listed)
    assert [f.question_codes for f in listed] == [("Q1",), ("Q1b",), ("Q7",)]


def test_draft_is_idempotent_and_follows_untouched_drafts(db: Database, aid: str) -> None:
    answers.set_answer(db, aid, "Q1", "yes")
    answers.set_answer(db, aid, "Q7", "no")
    findings.draft(db, aid)
    again = findings.draft(db, aid)
    assert not again and len(findings.list_findings(db, aid)) == 2
    # an untouched draft follows its answer into the other list
    answers.set_answer(db, aid, "Q1", "partially")
    findings.draft(db, aid)
    assert texts(db, aid, 1, POTENTIAL) == ["Health: only partly in place."]
    assert texts(db, aid, 1, WELL) == []
    # an edited one is a person's text: drafting leaves it and adds nothing for its question
    q7 = next(f for f in findings.list_findings(db, aid) if f.question_codes == ("Q7",))
    findings.edit_text(db, q7.id, "The strategy is not published.")
    answers.set_answer(db, aid, "Q7", "yes")
    findings.draft(db, aid)
    q7_after = [f for f in findings.list_findings(db, aid) if "Q7" in f.question_codes]
    assert [(f.text, f.category, f.drafted) for f in q7_after] == [
        ("The strategy is not published.", POTENTIAL, False)]
    # a draft whose answer no longer suggests anything goes
    answers.set_answer(db, aid, "Q1", "dont_know")
    findings.draft(db, aid)
    assert [f.question_codes for f in findings.list_findings(db, aid)] == [("Q7",)]


def test_suggestions_list_what_draft_would_add(db: Database, aid: str) -> None:
    answers.set_answer(db, aid, "Q1", "yes")
    findings.add(db, aid, 1, "well-developed", "Health care is open to all.", question_codes=["Q1"])
    answers.set_answer(db, aid, "Q7", "no")
    assert [(s.question_code, s.category) for s in findings.suggestions(db, aid)] == [("Q7", POTENTIAL)]
    page = findings.by_domain(db, aid)
    assert [f.text for f in page[1].well_developed] == ["Health care is open to all."]
    assert [s.question_code for s in page[2].suggestions] == ["Q7"]
    assert page[1].description == "Rights of migrants." and not page[1].description_edited


def test_add_edit_move_reorder_merge_remove(db: Database, aid: str) -> None:
    ids = []
    for text in ("A.", "B.", "C."):
        ids += findings.add(db, aid, 1, "well-developed", text).created
    findings.add(db, aid, 1, "potential", "P.", question_codes=["Q2", "Q1", "Q1"])
    assert texts(db, aid, 1, WELL) == ["A.", "B.", "C."]
    assert findings.list_findings(db, aid)[-1].question_codes == ("Q1", "Q2")  # questionnaire order
    findings.add(db, aid, 1, "well-developed", "First.", position=0)
    assert texts(db, aid, 1, WELL) == ["First.", "A.", "B.", "C."]

    findings.move(db, ids[0], position=3)
    assert texts(db, aid, 1, WELL) == ["First.", "B.", "C.", "A."]
    findings.move(db, ids[1], category="potential", position=0)
    assert texts(db, aid, 1, WELL) == ["First.", "C.", "A."]
    assert texts(db, aid, 1, POTENTIAL) == ["B.", "P."]
    assert [f.position for f in findings.list_findings(db, aid)] == [0, 1, 2, 0, 1]

    well = [f.id for f in findings.list_findings(db, aid) if f.category is WELL]
    findings.reorder(db, aid, 1, WELL, list(reversed(well)))
    assert texts(db, aid, 1, WELL) == ["A.", "C.", "First."]
    with pytest.raises(ValidationError, match="exactly once"):
        findings.reorder(db, aid, 1, WELL, well[:2])

    p = next(f for f in findings.list_findings(db, aid) if f.text == "P.")
    findings.set_questions(db, ids[2], ["Q7"])
    findings.merge(db, [p.id, ids[2]])
    merged = findings.get(db, p.id)
    assert merged.text == "P. C." and merged.question_codes == ("Q1", "Q2", "Q7")
    assert texts(db, aid, 1, WELL) == ["A.", "First."]
    findings.edit_text(db, p.id, "P and C, merged.")
    findings.remove(db, ids[1])
    assert texts(db, aid, 1, POTENTIAL) == ["P and C, merged."]
    trail = [(e.entity, e.field) for e in audit.events(db, aid, entity="finding")]
    for kind in ("added", "moved", "order", "questions", "merged", "text", "removed"):
        assert ("finding", kind) in trail


def test_rules_are_enforced(become, db: Database, aid: str) -> None:
    with pytest.raises(ValidationError, match="no domain 5"):
        findings.add(db, aid, 5, "potential", "x")
    with pytest.raises(ValidationError, match="category"):
        findings.add(db, aid, 1, "great", "x")
    with pytest.raises(ValidationError, match="no question 'Z9'"):
        findings.add(db, aid, 1, "potential", "x", question_codes=["Z9"])
    with pytest.raises(ValidationError, match="needs some text"):
        findings.add(db, aid, 1, "potential", "   ")
    finding_id = findings.add(db, aid, 1, "potential", "x").created[0]
    become(db, "Rita Reviewer", "IOM", "reviewer")
    with pytest.raises(PermissionDenied):
        findings.edit_text(db, finding_id, "y")
    become(db, "Amina Focal", "Ministry", "focal_point")
    assessments.set_status(db, aid, "submitted")
    with pytest.raises(StateError):
        findings.add(db, aid, 1, "potential", "z")


def test_introduction_and_descriptions_default_and_reset(db: Database, aid: str, local: Framework) -> None:
    assert findings.introduction(db, aid) == "A small questionnaire for tests."
    findings.set_introduction(db, aid, "Our own introduction.")
    assert findings.introduction(db, aid) == "Our own introduction."
    findings.set_introduction(db, aid, None)
    assert findings.introduction(db, aid) == "A small questionnaire for tests."
    assert findings.domain_descriptions(db, aid) == {1: "Rights of migrants.", 2: ""}
    findings.set_domain_description(db, aid, 2, "Institutions and coordination.")
    assert findings.domain_descriptions(db, aid)[2] == "Institutions and coordination."
    findings.set_domain_description(db, aid, 2, "")
    assert findings.domain_descriptions(db, aid)[2] == ""
    fields = [e.field for e in audit.events(db, aid) if e.entity in ("assessment", "domain_text")]
    assert fields.count("introduction") == 2 and fields.count("description") == 2
    # a local assessment gets the local framework's texts, which differ from the national ones
    city = assessments.create(db, local, country="KGZ", locality="Bishkek").id
    assert findings.domain_descriptions(db, city)[1] == str(local.model.domains[0].description)


def test_evidence_for_follows_linked_questions(db: Database, aid: str) -> None:
    evidence.add(db, aid, "Q7", title="Strategy 2030")
    evidence.add(db, aid, "Q1", title="Health Law")
    finding_id = findings.add(db, aid, 1, "well-developed", "x", question_codes=["Q7", "Q1"]).created[0]
    assert [(c, e.title) for c, e in findings.evidence_for(db, finding_id)] == [
        ("Q1", "Health Law"), ("Q7", "Strategy 2030")]


def test_draft_of_a_long_justification_keeps_whole_sentences(db: Database, aid: str) -> None:
    sentence = "The Health Law of 2019 grants every migrant access to primary care. "
    answers.set_answer(db, aid, "Q1", "yes", justification=sentence * 40 + "\n\nSecond paragraph.")
    findings.draft(db, aid)
    (finding,) = findings.list_findings(db, aid)
    assert finding.text.endswith("primary care.") and len(finding.text) <= findings.DRAFT_CHARS
    assert "Second paragraph" not in finding.text
