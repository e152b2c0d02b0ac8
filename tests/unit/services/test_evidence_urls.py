"""Evidence addresses are accepted at entry only with http, https or mailto (or no scheme: links.py)."""

from __future__ import annotations

import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, audit, evidence
from mgi_desktop.storage.db import Database

HOSTILE = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(1)",
           "   javascript:alert(1)", "\x01\x1f javascript:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)",
           "file:///etc/passwd"]


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    return assessments.create(db, mini, country="KGZ").id


@pytest.mark.parametrize("url", HOSTILE)
def test_refused_as_new_evidence(url: str, db: Database, aid: str) -> None:
    with pytest.raises(ValidationError) as refused:
        evidence.add(db, aid, "Q1", kind="law", title="Law", url=url)
    assert refused.value.code == "link.scheme_not_allowed"
    assert refused.value.msg.subject == "evidence url"
    assert evidence.for_question(db, aid, "Q1") == []
    assert audit.events(db, aid, entity="evidence") == []


@pytest.mark.parametrize("url", HOSTILE)
def test_refused_as_a_changed_address(url: str, db: Database, aid: str) -> None:
    evidence.add(db, aid, "Q1", kind="law", title="Law", url="https://example.org/law")
    (item,) = evidence.for_question(db, aid, "Q1")
    with pytest.raises(ValidationError, match="is not allowed"):
        evidence.edit(db, item.id, title="Law (amended)", url=url)
    assert evidence.for_question(db, aid, "Q1") == [item]


@pytest.mark.parametrize(("typed", "kept"), [
    ("", ""), ("  https://example.org/law  ", "https://example.org/law"), ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
    ("mailto:focal@example.org", "mailto:focal@example.org"), ("www.example.org", "www.example.org")])
def test_accepted(typed: str, kept: str, db: Database, aid: str) -> None:
    evidence.add(db, aid, "Q1", kind="law", title="Law", url=typed)
    assert [item.url for item in evidence.for_question(db, aid, "Q1")] == [kept]
