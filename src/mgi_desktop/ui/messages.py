"""The core's messages in the window's language: the one place the window turns a `Message` into text.

A message's English template is the source text of its translation, in the
``Messages`` context with the code as disambiguation (``resources/i18n/
update.py`` writes every template of the catalogue into the ``.ts`` file,
as lupdate cannot see them).  A template with a count is translated with
Qt's plural forms (``%n``).  Parameter values are put in after translation:
enumerations through `labels` in the same language, other messages
rendered the same way, numbers through `QLocale`.

Where no translation is installed (English, or a string still missing from
the catalogue), the core's English rendering is used, with its real
singular and plural.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from mgi_desktop import messages
from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Message, Template
from mgi_desktop.ui import labels

CONTEXT = "Messages"


def source_text(template: Template) -> str:
    """What a translator sees: the template, with Qt's ``%n`` for its count."""
    text = template.plural if template.plural is not None else template.text
    return text.replace("{" + template.count + "}", "%n") if template.count else text


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return text(value)
    if isinstance(value, enum.Enum):
        label = labels.BY_ENUM.get(type(value))
        if label is None:
            return messages.english_value(value)
        shown = label(value.value)  # a label as it stands alone ("Returned"), inside a sentence here
        return shown[:1].lower() + shown[1:]
    if isinstance(value, bool) or isinstance(value, (str, PurePath)):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value) if abs(value) >= 10_000 else str(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(_value(v) for v in value)
    return str(value)


def text(message: Message, *, with_subject: bool = True) -> str:
    """`message` in the installed language (the subject first, as the command line shows it)."""
    template = message.template
    source = source_text(template)
    count = message.count
    translated = QCoreApplication.translate(CONTEXT, source, template.code, -1 if count is None else count)
    untranslated = source if count is None else source.replace("%n", str(count))
    if translated == untranslated:
        body = messages.render(message, _value)  # English, with its own singular and plural
    else:
        body = messages.render(message, _value, translated)
    return f"{message.subject}: {body}" if with_subject and message.subject else body


def lines(items: Iterable[Message]) -> list[str]:
    return [text(m) for m in items]


def error_text(exc: MgiError) -> str:
    return text(exc.msg)


def error_details(exc: MgiError) -> str:
    return "\n".join(lines(exc.details))
