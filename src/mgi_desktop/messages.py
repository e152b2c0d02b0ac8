"""What the core tells a person: a stable code and its parameters, never a finished sentence.

The core says *what* happened::

    NOT_EDITABLE = Template("answer.not_editable",
                            "the assessment is {status}: answers can be changed only while it is "
                            "a draft or after it was returned")
    raise StateError(NOT_EDITABLE(status=AssessmentStatus.RETURNED))

and each front end puts it into words in one place: the command line in
English (`english`, also what logs and `str()` give), the window through Qt's
translations (``ui/messages.py``), where the English text of the template is
the source text a translator translates and the code tells two equal texts
apart.  Nothing ever parses a rendered message: a front end that needs to
know what happened reads `Message.code` and `Message.params`.

A message may name its *subject* (the question, file or item it is about,
given as the first argument); the command line prints it before the text
(``Q3: 'x' is not a number``), the window can show it elsewhere, e.g. beside
the question it concerns.

Plurals are real: a template with ``plural`` has a count parameter (``count``
names it); English picks ``text`` for 1 and ``plural`` otherwise, Qt picks
the translator's form for the number (``%n``).

Parameter values are data: strings, numbers, paths, enumerations (rendered
through their labels, in the front end's language), other messages, or lists
of these.  Every template is registered here by code, so the translation
tools and the tests can list them all (`catalogue`).
"""

from __future__ import annotations

import enum
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_REGISTRY: dict[str, Template] = {}


def _placeholders(text: str) -> set[str]:
    names = set()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            # values are rendered by the front end (numbers in its locale), so a template only names them
            raise ValueError(f"{text!r}: write a placeholder as {{name}}, without a format")
        names.add(name)
    return names


@dataclass(frozen=True)
class Template:
    """One kind of message: its code, its English text, and (for counts) its English plural."""

    code: str
    text: str
    plural: str | None = None
    count: str | None = None

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            raise ValueError(f"message code {self.code!r} is not area.name")
        _placeholders(self.text)  # refuses a placeholder with a format: values are rendered by the front end
        if (self.plural is None) != (self.count is None):
            raise ValueError(f"{self.code}: a plural needs its count parameter, and a count its plural")
        if self.plural is not None and _placeholders(self.plural) != _placeholders(self.text):
            raise ValueError(f"{self.code}: the singular and plural take different parameters")
        known = _REGISTRY.setdefault(self.code, self)
        if known != self:
            raise ValueError(f"message code {self.code!r} is defined twice")

    @property
    def parameters(self) -> frozenset[str]:
        """The placeholders, and the count (which picks the plural form even where it is not shown)."""
        return frozenset(_placeholders(self.text) | ({self.count} if self.count else set()))

    def __call__(self, subject: object = None, /, **params: Any) -> Message:
        if set(params) != self.parameters:
            raise TypeError(f"{self.code} takes {sorted(self.parameters)}, not {sorted(params)}")
        return Message(self, None if subject is None else str(subject), params)


@dataclass(frozen=True)
class Message:
    """A template with its values: what the core hands to a front end."""

    template: Template
    subject: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.template.code

    @property
    def count(self) -> int | None:
        name = self.template.count
        return None if name is None else int(self.params[name])

    def __str__(self) -> str:
        return english(self)


def catalogue() -> dict[str, Template]:
    """Every template defined so far, by code (import the modules that define them first)."""
    return dict(_REGISTRY)


# -- English ---------------------------------------------------------------------------------

#: English names of enumeration values, by enumeration: filled in by `mgi_desktop.enums`.
ENGLISH_LABELS: dict[type[enum.Enum], Mapping[Any, str]] = {}


def english_value(value: Any) -> str:
    """One parameter value in English."""
    if isinstance(value, Message):
        return english(value)
    if isinstance(value, enum.Enum):
        labels = ENGLISH_LABELS.get(type(value))
        return labels[value] if labels and value in labels else str(value.value)
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(english_value(v) for v in value)
    return str(value) if not isinstance(value, (int, float)) or isinstance(value, bool) else _number(value)


def _number(value: float) -> str:
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return f"{value:g}"


def render(message: Message, value: Callable[[Any], str], text: str | None = None) -> str:
    """`message` as text: its template (or a translation, `text`) with every value put in by `value`."""
    template = message.template
    if text is None:
        text = template.plural if template.plural is not None and message.count != 1 else template.text
    return text.format_map({name: value(v) for name, v in message.params.items()})


def english(message: Message, *, with_subject: bool = True) -> str:
    text = render(message, english_value)
    return f"{message.subject}: {text}" if with_subject and message.subject else text


def english_lines(messages: Iterable[Message]) -> list[str]:
    return [english(m) for m in messages]


def join(messages: Sequence[Message]) -> str:
    return "; ".join(english(m) for m in messages)


def load_all(*, window: bool = False) -> dict[str, Template]:
    """Import every module of the core (with `window`, of the window too: it needs Qt) so that every
    template is registered, then return the catalogue: for the translation tools and the tests."""
    import importlib
    import pkgutil

    import mgi_desktop

    for info in pkgutil.walk_packages(mgi_desktop.__path__, "mgi_desktop."):
        name = info.name
        if ".migrations" in name:
            continue
        if name.startswith("mgi_desktop.ui") and not window:
            continue
        if name.endswith("__main__"):
            continue
        importlib.import_module(name)
    found = catalogue()
    return found if window else {code: t for code, t in found.items() if not code.startswith("window.")}
