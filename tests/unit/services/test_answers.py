"""Answers, evidence and comments through the services: typed, audited, role-checked."""

import pytest

from mgi_desktop.errors import NotFoundError, PermissionDenied, StateError, ValidationError
from mgi_desktop.messages import english
from mgi_desktop.services import answers, assessments, audit, comments, evidence


@pytest.fixture
def aid(db, mini):
    return assessments.create(db, mini, country="kg").id  # alpha-2 is accepted and stored as alpha-3


def test_create_assessment_metadata(db, aid, mini):
    a = assessments.get(db, aid)
    assert (a.country, a.level, a.round, a.status) == ("KGZ", "national", 1, "draft")
    assert a.title == "Kyrgyzstan — national MGI, round 1"
    assert a.questionnaire_sha256 == mini.sha256
    assert a.focal_point == "Amina Focal" and a.institution == "Ministry of Labour"


def test_create_refuses_bad_country_and_locality(db, mini, local):
    with pytest.raises(ValidationError, match="not an ISO 3166"):
        assessments.create(db, mini, country="Narnia")
    with pytest.raises(ValidationError, match="locality is not used"):
        assessments.create(db, mini, country="KGZ", locality="Bishkek")
    with pytest.raises(ValidationError, match="give the city or province"):
        assessments.create(db, local, country="KGZ")


def test_follow_up_round_numbering(db, mini, aid):
    second = assessments.create(db, mini, country="KGZ", previous_id=aid)
    assert second.round == 2 and second.previous_id == aid
    with pytest.raises(ValidationError, match="same country"):
        assessments.create(db, mini, country="KAZ", previous_id=aid)


def test_set_answer_saves_and_audits(db, aid):
    changes = answers.set_answer(db, aid, "Q1", "yes", justification="Health Law No. 6 (2019)")
    assert changes.questions == {"Q1", "Q1b"}  # Q1b depends on Q1 through its relevance condition
    assert changes.domains == {1}
    view = answers.get_answer(db, aid, "Q1")
    assert (view.value, view.justification, view.revision, view.updated_by) == (
        "yes", "Health Law No. 6 (2019)", 1, "Amina Focal")
    events = [(e.field, e.old_value, e.new_value, e.actor, e.role) for e in audit.events(db, aid, entity_id="Q1")]
    assert events == [("value", None, "yes", "Amina Focal", "focal_point"),
                      ("justification", "", "Health Law No. 6 (2019)", "Amina Focal", "focal_point")]
    assert assessments.get(db, aid).revision >= 1


def test_unchanged_answer_is_not_a_change(db, aid):
    answers.set_answer(db, aid, "Q3", 5)
    assert not answers.set_answer(db, aid, "Q3", "5")
    assert len(audit.events(db, aid, entity_id="Q3")) == 1


@pytest.mark.parametrize(
    ("code", "value", "error", "fragment"),
    [
        ("Q3", "many", ValidationError, "not a number"),
        ("Q1", "perhaps", ValidationError, "not one of the answers"),
        ("NOPE", "yes", ValidationError, "no question 'NOPE'"),
        ("Q4", "é" * 600_000, ValidationError, "too long"),
    ],
)
def test_bad_answers_change_nothing(db, aid, code, value, error, fragment):
    before = len(audit.events(db, aid))
    with pytest.raises(error, match=fragment):
        answers.set_answer(db, aid, code, value)
    assert len(audit.events(db, aid)) == before
    assert all(v.value is None for v in answers.list_answers(db, aid).values())


def test_over_long_justification_is_refused(db, aid):
    with pytest.raises(ValidationError, match="too long"):
        answers.set_answer(db, aid, "Q1", "yes", justification="x" * 1_000_001)
    assert answers.get_answer(db, aid, "Q1").value is None


def test_unknown_assessment(db):
    with pytest.raises(NotFoundError):
        answers.set_answer(db, "00000000-0000-0000-0000-000000000000", "Q1", "yes")


def test_constraint_breach_is_saved_with_its_message(db, aid):
    changes = answers.set_answer(db, aid, "Q6", 1900)
    assert [english(m) for m in changes.messages] == ["Q6: The year must be between 1950 and 2100."]
    assert answers.get_answer(db, aid, "Q6").value == 1900


def test_irrelevant_answer_is_kept_but_not_counted(db, aid):
    answers.set_answer(db, aid, "Q1b", "all")
    answers.set_answer(db, aid, "Q1", "no")
    assert answers.get_answer(db, aid, "Q1b").value == "all"
    d1 = assessments.progress_of(db, aid).domains[1]
    assert d1.relevant == 2 and d1.answered == 1


def test_reviewer_cannot_change_answers(become, db, aid):
    become(db, "Rita Reviewer", "IOM", "reviewer")
    with pytest.raises(PermissionDenied, match="reviewer cannot change answers"):
        answers.set_answer(db, aid, "Q1", "yes")
    with pytest.raises(PermissionDenied):
        evidence.add(db, aid, "Q1", kind="law", title="Health law")
    # but may comment and flag
    comments.add(db, aid, "Q1", "Which article?")
    answers.set_flag(db, aid, "Q1", True)
    assert answers.get_answer(db, aid, "Q1").flagged


def test_submitted_assessment_is_read_only(db, aid):
    assessments.set_status(db, aid, "submitted", note="first draft")
    with pytest.raises(StateError, match="submitted"):
        answers.set_answer(db, aid, "Q1", "yes")
    event = audit.events(db, aid, entity="assessment")[-1]
    assert (event.field, event.old_value, event.new_value, event.reason) == (
        "status", "draft", "submitted", "first draft")


def test_evidence_lifecycle(db, aid, tmp_path):
    document = tmp_path / "health-law.pdf"
    document.write_bytes(b"%PDF-1.4 pretend law text")
    changes = evidence.add(db, aid, "Q1", kind="law", title="Health Law", reference="No. 6", year="2019",
                           url="https://example.org/law6", file=document)
    item_id = changes.created[0]
    (item,) = evidence.for_question(db, aid, "Q1")
    assert (item.kind, item.title, item.reference, item.year, item.file_name) == (
        "law", "Health Law", "No. 6", 2019, "health-law.pdf")
    assert evidence.attachment_path(db, item.file_sha256).read_bytes() == document.read_bytes()
    assert db.attachments.path(item.file_sha256) == db.path.with_name("mgi.sqlite-attachments") / (
        f"{item.file_sha256[:2]}/{item.file_sha256}")
    evidence.edit(db, item_id, title="Health Law (amended)", year=2021)
    assert evidence.for_question(db, aid, "Q1")[0].title == "Health Law (amended)"
    assert answers.get_answer(db, aid, "Q1").evidence_count == 1
    evidence.remove(db, item_id)
    assert evidence.for_question(db, aid, "Q1") == []
    fields = [e.field for e in audit.events(db, aid, entity="evidence")]
    assert fields == ["added", "title", "year", "removed"]


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [({"kind": "rumour", "title": "x"}, "not a kind of evidence"), ({"kind": "law", "title": "  "}, "needs a title"),
     ({"kind": "law", "title": "x", "year": "20x0"}, "not a year"),
     ({"kind": "law", "title": "x", "date": "31/12/2020"}, "not a date")],
)
def test_bad_evidence(db, aid, fields, fragment):
    with pytest.raises(ValidationError, match=fragment):
        evidence.add(db, aid, "Q1", **fields)
    assert evidence.for_question(db, aid, "Q1") == []


def test_attachment_limits(db, aid, tmp_path, monkeypatch):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        evidence.add(db, aid, "Q1", kind="law", title="x", file=empty)
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:  # sparse: one byte over the limit, in the unit the limit is set in
        handle.truncate(evidence.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError, match=r"too large to attach \(25.1 MiB; the limit is 25 MiB\)"):
        evidence.add(db, aid, "Q1", kind="law", title="x", file=big)
    with big.open("wb") as handle:
        handle.truncate(int(25.4 * 2**20))
    with pytest.raises(ValidationError, match=r"\(25.4 MiB; the limit is 25 MiB\)"):
        evidence.add(db, aid, "Q1", kind="law", title="x", file=big)
    with pytest.raises(ValidationError, match="cannot read"):
        evidence.add(db, aid, "Q1", kind="law", title="x", file=tmp_path / "missing.pdf")
    assert evidence.for_question(db, aid, "Q1") == []


def test_comments_and_resolution(become, db, aid):
    first = comments.add(db, aid, "Q3", "Is this head count or full-time equivalent?").created[0]
    become(db, "Rita Reviewer", "IOM", "reviewer")
    comments.add(db, aid, "Q3", "Please give the source.")
    comments.set_resolved(db, first)
    thread = comments.for_question(db, aid, "Q3")
    assert [(c.author, c.role, c.resolved) for c in thread] == [
        ("Amina Focal", "focal_point", True), ("Rita Reviewer", "reviewer", False)]
    view = answers.get_answer(db, aid, "Q3")
    assert (view.comment_count, view.open_comments) == (2, 1)
    with pytest.raises(ValidationError):
        comments.add(db, aid, "Q3", "   ")


def test_list_and_archive(db, aid, mini):
    other = assessments.create(db, mini, country="KAZ")
    answers.set_answer(db, other.id, "Q1", "yes")
    listed = assessments.list_all(db)
    assert [s.assessment.id for s in listed] == [other.id, aid]  # most recently changed first
    assert listed[0].answered == 1 and listed[0].place == "Kazakhstan"
    assessments.set_archived(db, other.id)
    assert [s.assessment.id for s in assessments.list_all(db)] == [aid]
    assert len(assessments.list_all(db, include_archived=True)) == 2


def test_unique_prefix(db, aid):
    assert assessments.resolve_id(db, aid[:8]) == aid
    with pytest.raises(NotFoundError):
        assessments.resolve_id(db, "ffffffff-nope")
    with pytest.raises(ValidationError, match="at least 4"):
        assessments.resolve_id(db, "ab")


def test_assessment_opens_after_the_questionnaire_file_changes(db, tmp_path):
    source = (tmp_path / "q.yaml")
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "data" / "mini.yaml").read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    from mgi_desktop.questionnaire.loader import load_file
    from mgi_desktop.services import frameworks

    framework = load_file(source)
    a = assessments.create(db, framework, country="KGZ")
    source.write_text("id: broken", encoding="utf-8")
    frameworks._parsed.clear()  # as after a restart
    assert assessments.framework_of(db, assessments.get(db, a.id)).sha256 == framework.sha256


def test_stored_questionnaire_cache_round_trips(db, aid, mini, data_dir):
    from mgi_desktop.services import frameworks

    frameworks._parsed.clear()
    first = assessments.framework_of(db, assessments.get(db, aid))  # parsed, and cached as JSON
    cached = list((data_dir / "cache" / "questionnaires").glob("*.json"))
    assert [p.stem for p in cached] == [mini.sha256]
    frameworks._parsed.clear()
    again = assessments.framework_of(db, assessments.get(db, aid))  # read from the cache
    assert again.model == first.model == mini.model
    assert again.relevance({"Q1": "no"}) == mini.relevance({"Q1": "no"})
    cached[0].write_text("{broken")
    frameworks._parsed.clear()
    assert assessments.framework_of(db, assessments.get(db, aid)).model == mini.model  # rebuilt


@pytest.mark.parametrize("damage", ["digest", "other questionnaire", "other format", "older cache", "empty"])
def test_a_cached_questionnaire_that_does_not_prove_itself_is_rebuilt(db, aid, mini, data_dir, monkeypatch,
                                                                       damage):
    """The cache is rebuilt without checks (model.from_checked), so it must show it is intact, of this
    questionnaire and of this version of the format; anything else is read again from the database."""
    from mgi_desktop.questionnaire import loader
    from mgi_desktop.services import frameworks

    frameworks._parsed.clear()
    assessments.framework_of(db, assessments.get(db, aid))
    (cached,) = (data_dir / "cache" / "questionnaires").glob("*.json")
    header, payload = cached.read_bytes().split(b"\n", 1)
    magic_sha, _fingerprint, digest = header.rsplit(b" ", 2)
    if damage == "digest":  # a changed byte in the JSON: it no longer matches its digest
        cached.write_bytes(header + b"\n" + payload.replace(b'"Q1"', b'"Q9"', 1))
    elif damage == "other questionnaire":
        cached.write_bytes(header.replace(mini.sha256.encode(), b"0" * 64) + b"\n" + payload)
    elif damage == "other format":
        cached.write_bytes(b" ".join((magic_sha, b"f" * 64, digest)) + b"\n" + payload)
    elif damage == "older cache":  # what earlier versions wrote: the model's JSON alone
        cached.write_bytes(payload)
    else:
        cached.write_bytes(b"")
    reads: list[str] = []
    real = loader.load_trusted
    monkeypatch.setattr(loader, "load_trusted", lambda *a: (reads.append(a[1]), real(*a))[1])
    frameworks._parsed.clear()
    assert assessments.framework_of(db, assessments.get(db, aid)).model == mini.model
    assert len(reads) == 1  # read from the database again...
    frameworks._parsed.clear()
    assert assessments.framework_of(db, assessments.get(db, aid)).model == mini.model
    assert len(reads) == 1  # ...and cached again, soundly


def test_list_answers_of_some_questions(db, aid):
    answers.set_answer(db, aid, "Q1", "yes")
    evidence.add(db, aid, "Q1", kind="law", title="Health Law")
    answers.set_answer(db, aid, "Q3", 4)
    some = answers.list_answers(db, aid, ["Q3", "Q1"])
    assert list(some) == ["Q1", "Q3"]  # questionnaire order
    assert (some["Q1"].value, some["Q1"].evidence_count, some["Q3"].value) == ("yes", 1, 4)
    assert answers.list_answers(db, aid)["Q1"] == some["Q1"]
