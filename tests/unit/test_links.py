"""Which evidence addresses are accepted, and which become links: the scheme as a browser reads it."""

from __future__ import annotations

import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.links import SCHEMES, check_url, href, scheme, url_problem

#: (address, the scheme a browser reads in it): every one refused at entry and on import, never a link
HOSTILE = {
    "javascript:alert(1)": "javascript",
    "data:text/html,<script>alert(1)</script>": "data",
    "JaVaScRiPt:alert(1)": "javascript",
    "   javascript:alert(1)": "javascript",
    "\x01\x1f\x00 javascript:alert(1)": "javascript",  # control characters before it, as a browser strips them
    "java\tscr\nipt:alert(1)": "javascript",  # tabs and line breaks inside, as a browser drops them
    "vbscript:msgbox(1)": "vbscript",
    "file:///etc/passwd": "file",
    "FILE:///C:/Windows/win.ini": "file",
}
#: accepted as they are; only those with a scheme become links
ACCEPTED = {
    "https://example.org/law": "https://example.org/law",
    "http://example.org": "http://example.org",
    "HTTPS://EXAMPLE.ORG/": "HTTPS://EXAMPLE.ORG/",
    " https://example.org \x00": "https://example.org",
    "mailto:someone@example.org": "mailto:someone@example.org",
    "www.example.org": None,  # no scheme: accepted, shown as text (a relative link would lead nowhere)
    "//example.org/law": None,
    "": None,
}


@pytest.mark.parametrize("url", sorted(HOSTILE))
def test_other_schemes_are_refused_and_never_links(url: str) -> None:
    assert scheme(url) == HOSTILE[url]
    problem = url_problem("evidence E1", url)
    assert problem is not None and problem.code == "link.scheme_not_allowed"
    assert problem.subject == "evidence E1" and problem.params == {"scheme": HOSTILE[url]}
    with pytest.raises(ValidationError) as refused:
        check_url("evidence url", url)
    assert refused.value.message == (f"evidence url: a web address starting with {HOSTILE[url]}: is not allowed; "
                                     "give an address that starts with http:// or https:// (or mailto: for an "
                                     "e-mail address)")
    assert href(url) is None


@pytest.mark.parametrize("url", sorted(ACCEPTED))
def test_http_https_mailto_and_no_scheme_are_accepted(url: str) -> None:
    assert url_problem("evidence E1", url) is None
    check_url("evidence url", url)
    assert href(url) == ACCEPTED[url]


def test_only_three_schemes() -> None:
    assert frozenset({"http", "https", "mailto"}) == SCHEMES
    assert url_problem("x", None) is None and href(None) is None


def test_a_long_scheme_is_not_quoted_whole() -> None:
    problem = url_problem("evidence url", "a" * 100_000 + ":x")
    assert problem is not None and problem.params["scheme"] == "a" * 24 + "…"
