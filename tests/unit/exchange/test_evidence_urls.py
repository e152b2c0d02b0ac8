"""A package carrying an evidence address with another scheme than http, https or mailto is refused,
naming the item, and nothing changes: the sender's database may be older than the check at entry (the
address is put there with raw SQL, as an old database may hold it) or the package written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import receive, send
from mgi_desktop.services import assessments, evidence

from .conftest import Side, file_hash

HOSTILE = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(1)",
           "   javascript:alert(1)", "\x01\x1f javascript:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)",
           "file:///etc/passwd"]


@pytest.mark.parametrize("url", HOSTILE)
def test_refused_on_import_naming_the_item(url: str, side_a: Side, side_b: Side, mini, tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        evidence.add(a, aid, "Q1", kind="law", title="Law", url="https://example.org/law")
        (item,) = evidence.for_question(a, aid, "Q1")
        with a.sql_transaction() as sql:
            sql.execute("UPDATE evidence SET url = :url WHERE id = :id", {"url": url, "id": item.id})
        path = send.export_package(a, aid, tmp_path / "old.mgi").path
    with side_b.acting() as b:
        before = file_hash(b.path)
        for attempt in (lambda: receive.preview_import(b, path), lambda: receive.apply_import(b, path, {})):
            with pytest.raises(ExchangeError) as refused:
                attempt()
            assert refused.value.code == "exchange.refused"
            reason = refused.value.msg.params["reason"]
            assert (reason.code, reason.subject) == ("link.scheme_not_allowed", f"evidence {item.id}")
            assert f"evidence {item.id}: a web address starting with " in refused.value.message
            assert "nothing was imported" in refused.value.message
        assert file_hash(b.path) == before
        assert assessments.list_all(b) == []


def test_an_address_without_a_scheme_or_with_an_allowed_one_comes_in(side_a: Side, side_b: Side, mini,
                                                                     tmp_path: Path) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        for url in ("https://example.org/law", "mailto:focal@example.org", "www.example.org", ""):
            evidence.add(a, aid, "Q1", kind="law", title=f"Law {url}", url=url)
        path = send.export_package(a, aid, tmp_path / "fine.mgi").path
    with side_b.acting() as b:
        receive.apply_import(b, path, {})
        assert sorted(e.url for _, e in evidence.for_assessment(b, aid)) == [
            "", "https://example.org/law", "mailto:focal@example.org", "www.example.org"]
