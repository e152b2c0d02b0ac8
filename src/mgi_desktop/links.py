"""Web addresses of evidence: which are accepted, and which become links where they are shown.

An evidence item's address is typed by a person or comes in a package from another organisation,
and the profile shows it as a link (HTML, and the PDF drawn from it).  A link is only safe when its
scheme is one that opens a page or an e-mail: ``javascript:``, ``vbscript:`` and ``data:`` run or
show what the address holds, ``file:`` opens a file of the reader's computer.  So:

- An address is accepted (`check_url`, at entry; `url_problem`, on import) when it is empty, when
  its scheme is one of `SCHEMES` (http, https, mailto, in any case), or when it has no scheme at
  all (``www.example.org``, as people type it and as older databases hold it): every other scheme
  is refused, naming the field or the item.
- Where an address is shown, only one with an allowed scheme becomes a link (`href`); anything
  else, an address without a scheme included, is shown as plain (escaped) text.  So an address
  already in an old database or package is never a live link, whatever it says.

The scheme is read as a browser reads it (the WHATWG URL standard): leading and trailing spaces and
control characters do not count, tabs and line breaks anywhere are dropped, and the scheme is what
comes before the first ``:`` when it is a letter followed by letters, digits, ``+``, ``-`` or ``.``;
so ``" JaVaScRiPt:"`` and ``"java\\tscript:"`` are both ``javascript``.
"""

from __future__ import annotations

import re

from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Message, Template

#: The schemes an evidence address may have, and the only ones that become links.
SCHEMES = frozenset({"http", "https", "mailto"})

NOT_ALLOWED = Template("link.scheme_not_allowed",
                       "a web address starting with {scheme}: is not allowed; give an address that starts with "
                       "http:// or https:// (or mailto: for an e-mail address)")

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_EDGES = "".join(map(chr, range(0x21)))  # C0 controls and space: what a browser strips from both ends
_TAB_OR_NEWLINE = re.compile("[\t\n\r]")
_SHOWN = 24  # the longest scheme quoted in a message (an address is up to 1 MB)


def scheme(url: str) -> str | None:
    """The scheme a browser reads in `url`, in lower case, or None when it has none."""
    found = _SCHEME.match(_TAB_OR_NEWLINE.sub("", url.strip(_EDGES)))
    return found.group(1).lower() if found else None


def url_problem(what: str, url: str | None) -> Message | None:
    """Why `url` is not accepted as an evidence address (a message about `what`), or None."""
    found = scheme(url) if url else None
    if found is None or found in SCHEMES:
        return None
    shown = found if len(found) <= _SHOWN else found[:_SHOWN] + "…"
    return NOT_ALLOWED(what, scheme=shown)


def check_url(what: str, url: str | None) -> None:
    """Refuse (`ValidationError`, naming `what`) an address with a scheme other than http, https or mailto."""
    problem = url_problem(what, url)
    if problem is not None:
        raise ValidationError(problem)


def href(url: str | None) -> str | None:
    """The address to link to (`url` without what a browser would strip at its ends), or None when it
    must be shown as text only: it is empty, has no scheme, or a scheme other than http, https, mailto."""
    if not url or scheme(url) not in SCHEMES:
        return None
    return url.strip(_EDGES)
