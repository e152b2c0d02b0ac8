"""Text that is not valid Unicode (a lone surrogate: bytes of another encoding passed on by
``surrogateescape``, a JSON escape) is refused where it enters the services, naming the field, and
nothing is changed; before, it reached SQLite and ended in an unexpected UnicodeEncodeError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import english
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, comments, evidence, findings, review
from mgi_desktop.storage.db import Database

BAD = "bad\udcff"  # what Python hands over for the bytes b"bad\xff" in a UTF-8 locale


def contents(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what "nothing changed" compares."""
    tables = [row["name"] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {table: sorted(map(tuple, db.query(f"SELECT * FROM \"{table}\"")), key=repr) for table in tables}


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes", justification="Health Law No. 6 (2019)")
    return aid


def refused(db: Database, change: Callable[[], object], field: str, position: int = 4) -> ValidationError:
    before = contents(db)
    with pytest.raises(ValidationError) as caught:
        change()
    error = caught.value
    assert error.code == "text.invalid", english(error.msg)
    assert (error.msg.subject, error.msg.params) == (field, {"position": position})
    assert contents(db) == before
    return error


def test_a_justification_that_is_not_unicode_is_refused_and_nothing_changes(db: Database, aid: str) -> None:
    error = refused(db, lambda: answers.set_justification(db, aid, "Q1", BAD), "Q1 justification")
    assert error.message == ("Q1 justification: the text is not valid Unicode at character 4 (it may have been "
                             "pasted or passed from a program in another encoding)")
    assert answers.get_answer(db, aid, "Q1").justification == "Health Law No. 6 (2019)"


def test_answers_of_every_kind(db: Database, aid: str) -> None:
    refused(db, lambda: answers.set_answer(db, aid, "Q4", BAD), "Q4")  # a text answer
    refused(db, lambda: answers.set_answer(db, aid, "Q3", "1\udcff", justification="ok"), "Q3", 2)
    refused(db, lambda: answers.set_answer(db, aid, "Q5", "2020\udcff"), "Q5", 5)
    refused(db, lambda: answers.set_answer(db, aid, "Q3", 5, justification=BAD), "Q3 justification")
    refused(db, lambda: answers.set_answer(db, aid, "Q3", 5, reason=BAD), "reason")


@pytest.mark.parametrize(("code", "value", "position"), [
    ("Q1", "ye\udcff", 3),              # a choice: checked before it is quoted in "... is not one of the answers"
    ("Q2", "law,\udcffpolicy", 5),      # a multiple choice, as typed on the command line
    ("Q2", ["law", "p\ud800"], 2),
])
def test_a_choice_that_is_not_unicode_gets_a_clean_message(db: Database, aid: str, code: str, value: Any,
                                                            position: int) -> None:
    error = refused(db, lambda: answers.set_answer(db, aid, code, value), code, position)
    assert "not one of" not in error.message and "not among" not in error.message


def test_comments_reviews_evidence_and_findings(become, db: Database, aid: str) -> None:
    refused(db, lambda: comments.add(db, aid, "Q1", BAD), "comment")
    refused(db, lambda: evidence.add(db, aid, "Q1", kind="law", title=BAD), "evidence title")
    refused(db, lambda: evidence.add(db, aid, "Q1", kind="law", title="Law", url="https://x.org/\udcff"),
            "evidence url", 15)
    refused(db, lambda: evidence.add(db, aid, "Q1", kind="law\udcff", title="Law"), "evidence kind")
    refused(db, lambda: findings.add(db, aid, 1, "well-developed", BAD), "finding")
    refused(db, lambda: findings.set_introduction(db, aid, BAD), "introduction")
    refused(db, lambda: findings.set_domain_description(db, aid, 1, BAD), "domain description")
    refused(db, lambda: assessments.set_status(db, aid, "submitted", note=BAD), "note")
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    refused(db, lambda: review.decide(db, aid, "Q1", "returned", BAD), "reason")


def test_evidence_edits(db: Database, aid: str) -> None:
    item = evidence.add(db, aid, "Q1", kind="law", title="Law").created[0]
    refused(db, lambda: evidence.edit(db, item, note=BAD), "evidence note")


def test_assessment_fields(db: Database, mini: Framework, local: Framework, aid: str) -> None:
    refused(db, lambda: assessments.create(db, mini, country="KGZ", title=BAD), "title")
    refused(db, lambda: assessments.create(db, mini, country="KG\udcff"), "country", 3)
    refused(db, lambda: assessments.create(db, local, country="KGZ", locality=BAD), "locality")
    refused(db, lambda: assessments.create(db, mini, country="KGZ", focal_point=BAD), "focal point")
    refused(db, lambda: assessments.update_metadata(db, aid, institution=BAD), "institution")


def test_the_profile(db: Database) -> None:
    refused(db, lambda: db.set_user(BAD, "IOM", "reviewer"), "name")
    refused(db, lambda: db.set_user("Rita", BAD, "reviewer"), "institution")
    assert db.user() is not None and db.user().name == "Amina Focal"


def test_an_attached_file_keeps_a_name_that_is_not_unicode_as_a_label(db: Database, aid: str, tmp_path) -> None:
    """A POSIX file name may hold any bytes: the file is attached, its name stored with U+FFFD."""
    import os

    try:
        path = tmp_path / os.fsdecode(b"d\xe9cret.pdf")
        path.write_bytes(b"%PDF")
    except (UnicodeError, OSError):
        pytest.skip("this file system does not take such a name")
    evidence.add(db, aid, "Q1", kind="law", title="Decree", file=path)
    (item,) = evidence.for_question(db, aid, "Q1")
    assert item.file_name == "d\ufffdcret.pdf"
