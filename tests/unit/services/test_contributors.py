import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.services import answers, assessments, audit, contributors


@pytest.fixture
def aid(db, mini):
    return assessments.create(db, mini, country="kg").id


def test_contributors_are_assigned_domains_and_questions_with_one_lead(db, aid):
    labour = contributors.add(db, institution="Ministry of Labour", person="A. Pérez", email="a@labour.example",
                              language="fr")
    border = contributors.add(db, institution="Border Service")
    assert [c.institution for c in contributors.list_all(db)] == ["Border Service", "Ministry of Labour"]
    assert contributors.get(db, labour.id[:6]) == labour
    contributors.assign(db, aid, labour.id, "domain", "1", lead=True, due="2026-01-01")
    contributors.assign(db, aid, border.id, "question", "Q2")
    with pytest.raises(ValidationError) as refused:
        contributors.assign(db, aid, border.id, "question", "Q1", lead=True)
    assert refused.value.code == "contributor.lead_taken"
    with pytest.raises(ValidationError):
        contributors.assign(db, aid, border.id, "sub_area", "D9.9")
    assert contributors.questions_of(db, aid, labour.id) == ["Q1", "Q1b", "Q2"]
    assert contributors.questions_of(db, aid, border.id) == ["Q2"]
    shares = contributors.by_question(db, aid)["Q2"]
    assert [(s.contributor_id, s.lead) for s in shares] == [(labour.id, True), (border.id, False)]
    answers.set_answer(db, aid, "Q1", "yes")
    counted = {c.contributor.id: (c.assigned, c.answered, c.overdue) for c in contributors.counts(db, aid)}
    assert counted == {labour.id: (3, 1, 2), border.id: (1, 0, 0)}
    trail = audit.events(db, aid, entity="assignment")
    assert [e.field for e in trail] == ["assigned", "assigned"]
    contributors.unassign(db, aid, border.id, "question", "Q2")
    assert contributors.questions_of(db, aid, border.id) == []


def test_contributor_needs_an_institution_and_a_real_address(db):
    with pytest.raises(ValidationError):
        contributors.add(db, institution="  ")
    with pytest.raises(ValidationError):
        contributors.add(db, institution="Health", email="not an address")


def test_the_cli_adds_lists_and_assigns(db, aid, capsys):
    from mgi_desktop.cli import main

    db.close()
    assert main(["--database", str(db.path), "contributor", "add", "--institution", "Statistics Office"]) == 0
    cid = capsys.readouterr().out.strip()
    assert main(["--database", str(db.path), "contributor", "assign", aid, cid[:8], "--domain", "2"]) == 0
    assert main(["--database", str(db.path), "contributor", "list", aid]) == 0
    out = capsys.readouterr().out
    assert "Statistics Office" in out
