"""`limits.check_text`: text a person typed is valid Unicode and not too long, or refused naming its field."""

from __future__ import annotations

import pytest

from mgi_desktop import limits
from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import english


@pytest.mark.parametrize("text", ["", "plain ASCII", "ümlaut, 中文, عربي", "emoji 🌍 outside the BMP", "\ufffd"])
def test_valid_text_passes(text: str) -> None:
    limits.check_text("field", text)
    assert limits.first_invalid(text) is None


@pytest.mark.parametrize(("text", "position"), [
    ("bad\udcff", 4),          # a byte 0xff passed through surrogateescape (a Latin-1 shell, a program)
    ("\ud800", 1),             # a JSON "\ud800" escape, as json.loads decodes it
    ("ok é \udfff then \ud800", 6),  # the first bad character is named; positions count characters
    ("🌍\udc80", 2),           # a character outside the BMP counts once
])
def test_a_lone_surrogate_is_refused_with_its_position(text: str, position: int) -> None:
    assert limits.first_invalid(text) == position
    with pytest.raises(ValidationError) as refused:
        limits.check_text("Q4 justification", text)
    error = refused.value
    assert error.code == "text.invalid"
    assert error.msg.subject == "Q4 justification"
    assert error.msg.params == {"position": position}
    line = english(error.msg)
    assert line.startswith(f"Q4 justification: the text is not valid Unicode at character {position} ")
    assert "another encoding" in line
    line.encode("utf-8")  # the message never echoes the text, so it can always be printed and stored


def test_the_size_limit_still_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 10)
    limits.check_text("comment", "x" * 10)
    limits.check_text("comment", "é" * 5)  # 10 bytes of UTF-8
    for text in ("x" * 11, "é" * 6):
        with pytest.raises(ValidationError) as refused:
            limits.check_text("comment", text)
        assert refused.value.code == "text.too_long"
        assert refused.value.msg.params == {"size": len(text.encode()), "limit": 10}


def test_invalid_text_is_named_before_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 10)
    with pytest.raises(ValidationError) as refused:
        limits.check_text("comment", "x" * 20 + "\udcff")
    assert refused.value.code == "text.invalid"


def test_a_label_can_be_made_storable() -> None:
    assert limits.replacing_invalid("doc\udcff.pdf") == "doc\ufffd.pdf"
    assert limits.replacing_invalid("Déclaration.pdf") == "Déclaration.pdf"
