"""Broken or hostile packages are refused with their reason, and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import package, receive
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database

from .conftest import file_hash

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "hostile"

EXPECTED = {
    "not-a-zip.mgi": "not a zip file",
    "empty.mgi": "the file is empty",
    "truncated.mgi": "damaged or truncated",
    "wrong-checksum.mgi": "wrong checksum for 'data.json'",
    "newer-format.mgi": "newer MGI Desktop .*format 99",
    "unknown-format.mgi": "no known format version",
    "path-traversal.mgi": r"path traversal \('..'\)",
    "absolute-path.mgi": "absolute path",
    "drive-path.mgi": "absolute path",
    "backslash-path.mgi": "backslash",
    "unexpected-member.mgi": "unexpected member 'run-me.exe'",
    "duplicate-member.mgi": "appears twice",
    "missing-member.mgi": "'data.json' is missing",
    "unlisted-member.mgi": "not listed in the manifest",
    "oversized-member.mgi": "too large",
    "zip-bomb.mgi": "zip bomb",
    "malformed-json.mgi": "data.json is not valid JSON",
    "malformed-manifest.mgi": "manifest.json is not valid JSON",
    "invalid-data.mgi": "data.json is not valid: answers.0.sql",
    "invalid-answer.mgi": "invalid answer: Q1: 'maybe'",
    "unknown-question.mgi": "question 'Q99'",
    "questionnaire-hash-mismatch.mgi": "does not match its stated SHA-256",
    "invalid-questionnaire.mgi": "questionnaire in the package is not valid",
    "orphan-attachment.mgi": "belongs to no evidence item",
    "deep-json.mgi": "data.json is not valid JSON",
    "wrong-password.mgi": "wrong password",
    "bad-time.mgi": r"manifest.json is not valid: created_at: .*'9999' is not an ISO 8601 time",
    "far-time.mgi": r"data.json is not valid: assessment.updated_at: .*not a plausible time \(year 9999\)",
    "naive-time.mgi": r"data.json is not valid: answers.0.updated_at: .*has no time zone",
    "unknown-status.mgi": r"data.json is not valid: assessment.status: Input should be 'draft'",
    "invalid-text.mgi": r"data.json is not valid: answers.0.justification: the text is not valid Unicode at "
                        r"character 4",
    "invalid-text-manifest.mgi": r"manifest.json is not valid: sender.name: the text is not valid Unicode at "
                                 r"character 9",
}


def test_every_hostile_file_has_an_expected_reason() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.mgi")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_package_is_refused_and_changes_nothing(name: str, db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 7)
    store = db.attachments.folder
    files_before = sorted(store.rglob("*"))
    before = file_hash(db.path)
    for attempt in (lambda: receive.preview_import(db, HOSTILE / name, password="wrong horse battery"),
                    lambda: receive.apply_import(db, HOSTILE / name, {"answer:Q1": "theirs"},
                                                 password="wrong horse battery")):
        with pytest.raises(ExchangeError, match=EXPECTED[name]):
            attempt()
    assert file_hash(db.path) == before
    assert sorted(store.rglob("*")) == files_before
    assert [s.assessment.id for s in assessments.list_all(db)] == [aid]


def test_every_refusal_names_the_file_and_says_nothing_was_imported(db: Database) -> None:
    with pytest.raises(ExchangeError) as refused:
        receive.preview_import(db, HOSTILE / "zip-bomb.mgi")
    assert str(HOSTILE / "zip-bomb.mgi") in refused.value.message
    assert "nothing was imported" in refused.value.message


def test_too_many_members(monkeypatch: pytest.MonkeyPatch, db: Database) -> None:
    monkeypatch.setattr(package, "MAX_MEMBERS", 3)
    with pytest.raises(ExchangeError, match="too many members"):
        receive.preview_import(db, HOSTILE / "unexpected-member.mgi")


@pytest.mark.parametrize("name", ["a/../b", "/x", "\\x", "C:x", "a//b", "./a", ""])
def test_unsafe_member_names(name: str) -> None:
    assert package.member_name_problem(name) is not None


@pytest.mark.parametrize("name", ["manifest.json", "attachments/" + "a" * 64])
def test_safe_member_names(name: str) -> None:
    assert package.member_name_problem(name) is None


@pytest.mark.parametrize("name", ["invalid-text.mgi", "invalid-text-manifest.mgi"])
def test_text_that_is_not_unicode_is_refused_without_being_shown(name: str, db: Database) -> None:
    with pytest.raises(ExchangeError) as refused:
        receive.preview_import(db, HOSTILE / name)
    assert refused.value.code == "exchange.refused"
    reason = refused.value.msg.params["reason"]
    assert reason.code == "package.invalid_text"
    message = refused.value.message
    message.encode("utf-8")  # the refusal itself is printable text: the bad character is not quoted
    assert "\\ud" not in message and "nothing was imported" in message


def test_the_data_is_checked_as_text_too(db: Database, mini: Framework) -> None:
    """Below the package's own check, the received data is checked against the same rule (a package
    read by another path than `package.read` would still be refused naming the field)."""
    from mgi_desktop.exchange import snapshot

    contents = package.read(HOSTILE / "invalid-answer.mgi")
    answer = contents.data.answers[0].model_copy(update={"value": "yes", "justification": "law\udcff"})
    data = contents.data.model_copy(update={"answers": [answer, *contents.data.answers[1:]]})
    with pytest.raises(ExchangeError, match="Q1 justification: the text is not valid Unicode at character 4"):
        snapshot.check(data, mini, "test")


def test_escaped_pairs_are_text_and_lone_escapes_are_named_by_their_place() -> None:
    assert package._json(b'{"a": "\\ud83c\\udf0d \\u00e9"}', "data.json", "test") == {"a": "🌍 é"}
    with pytest.raises(ExchangeError, match=r"data.json is not valid: a.1.b: the text is not valid Unicode at "
                                            r"character 2"):
        package._json(b'{"a": ["x", {"b": "x\\uDCFF"}]}', "data.json", "test")
    with pytest.raises(ExchangeError, match=r"data.json is not valid: a: the text is not valid Unicode"):
        package._json(b'{"a": {"\\ud800": 1}}', "data.json", "test")  # a name, too
