"""Limits on what a person can type: checked wherever text enters (services, imports), named by field."""

from __future__ import annotations

from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Template

#: The longest text answer or justification we accept (1 MB of UTF-8 is far
#: beyond any real justification and keeps exports and packages sane).
MAX_TEXT_BYTES = 1_000_000

TOO_LONG = Template("text.too_long", "the text is too long ({size} bytes; the limit is {limit})")
INVALID = Template("text.invalid",
                   "the text is not valid Unicode at character {position} (it may have been pasted or passed "
                   "from a program in another encoding)")


def first_invalid(text: str) -> int | None:
    """The 1-based position of the first character of `text` that is not valid Unicode (a lone
    surrogate, U+D800 to U+DFFF, as ``surrogateescape`` or a JSON ``\\ud800`` escape makes), or None."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start + 1
    return None


def check_text(what: str, text: str) -> None:
    """Refuse, naming the field (`what`), text that is not valid Unicode (saying where, never echoing
    it: it cannot be shown or stored) or that is over `MAX_TEXT_BYTES` of UTF-8."""
    if text.isascii():  # the common case, and a size that is the length
        size = len(text)
    else:
        try:
            size = len(text.encode("utf-8"))
        except UnicodeEncodeError as exc:
            raise ValidationError(INVALID(what, position=exc.start + 1)) from None
    if size > MAX_TEXT_BYTES:
        raise ValidationError(TOO_LONG(what, size=size, limit=MAX_TEXT_BYTES))


def replacing_invalid(text: str) -> str:
    """`text` with every character that is not valid Unicode replaced by U+FFFD: for a name that is
    only a label (an attached file's, which POSIX lets hold any bytes), not for text a person typed."""
    if first_invalid(text) is None:
        return text
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
