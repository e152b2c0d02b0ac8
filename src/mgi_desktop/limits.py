"""Limits on what a person can type: checked wherever text enters (services, imports), named by field."""

from __future__ import annotations

from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Template

#: The longest text answer or justification we accept (1 MB of UTF-8 is far
#: beyond any real justification and keeps exports and packages sane).
MAX_TEXT_BYTES = 1_000_000

TOO_LONG = Template("text.too_long", "the text is too long ({size} bytes; the limit is {limit})")


def check_text_size(what: str, text: str) -> None:
    """Refuse text over `MAX_TEXT_BYTES`, naming the field (`what`)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEXT_BYTES:
        raise ValidationError(TOO_LONG(what, size=size, limit=MAX_TEXT_BYTES))
