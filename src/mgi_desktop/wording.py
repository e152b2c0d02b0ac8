"""The core's messages in a language, without Qt: what the exports write in an assessment's language.

The window translates a `Message` through Qt (``ui/messages.py``); a file the
core writes (a profile, a workbook) cannot wait for Qt, so it is put into
words here, from the same catalogues the window's ``.qm`` is built from:
``resources/i18n/<language>-messages.json`` (code -> text, or a list of
plural forms in Qt's order), shipped in the wheel and read once::

    wording.translate(WELL_DEVELOPED_HEADING(), "fr")
    wording.text(CHANGED, "ru", n=21, round=1)   # the same, from a template and its values

- A code missing from the language's catalogue (or a language without one) is
  rendered in English, values included, with English's own singular and plural.
- Plurals follow the language's CLDR rules (babel), mapped onto the forms in
  Qt's order (`QT_FORMS`: French and Spanish 2, Russian 3, Arabic 6); ``%n``
  in a form is the count.
- Values are rendered as `messages.render` renders them, in the language:
  numbers through babel, enumeration values through their labels (a
  `Template` per value, ``label.<enumeration>.<value>``, translated like any
  message), messages translated in turn, lists joined.

Dates (`month_year`, `date`), numbers (`number`), the writing direction
(`is_rtl`) and country names (`country_name`) are given here too, so every
export formats them the same way.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import logging
import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from mgi_desktop import enums, messages, paths
from mgi_desktop.messages import Message, Template

if TYPE_CHECKING:
    from babel import Locale

log = logging.getLogger(__name__)

ENGLISH = "en"
#: CLDR's plural categories in their order; Qt's forms of a language follow it
_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")
#: The plural forms a translation lists, in Qt's order, as CLDR categories (a category the
#: language's rules give but Qt does not list, such as French "many", takes the last form)
QT_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("one", "other"),
    "fr": ("one", "other"),
    "es": ("one", "other"),
    "pt": ("one", "other"),
    "ru": ("one", "few", "many"),
    "uk": ("one", "few", "many"),
    "ar": ("zero", "one", "two", "few", "many", "other"),
}


# -- enumeration values -------------------------------------------------------------------


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


#: A template per enumeration value (its English name as `enums.ENGLISH` gives it, lower case as it
#: reads inside a sentence), so that a value is translated like any message
LABELS: dict[enum.Enum, Template] = {
    value: Template(f"label.{_snake(kind.__name__)}.{value.value}", english)
    for kind, names in enums.ENGLISH.items() for value, english in names.items()
}


# -- the catalogues -----------------------------------------------------------------------


def _candidates(language: str) -> list[str]:
    code = language.strip().replace("_", "-")
    base = code.split("-")[0].lower()
    return list(dict.fromkeys([code, base]))


@functools.cache
def catalogue(language: str) -> Mapping[str, str | list[str]]:
    """The language's translations by code (empty for English, or a language without a catalogue)."""
    for code in _candidates(language):
        if code.lower() == ENGLISH:
            return {}
        path = paths.resources_dir() / "i18n" / f"{code}-messages.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:  # a damaged file: English rather than no export at all
            log.warning("cannot read %s (%s); writing English", path, exc)
            return {}
        return {str(k): v for k, v in data.items() if isinstance(v, (str, list))}
    return {}


@functools.cache
def _locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    for code in _candidates(language):
        try:
            return Locale.parse(code.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
    return Locale.parse(ENGLISH)


def _base(language: str) -> str:
    return _candidates(language)[-1]


# -- plurals --------------------------------------------------------------------------------


def plural_forms(language: str) -> tuple[str, ...]:
    """The CLDR categories of the language's plural forms, in the order its translations list them."""
    known = QT_FORMS.get(_base(language))
    if known is not None:
        return known
    tags = _locale(language).plural_form.tags | {"other"}
    return tuple(tag for tag in _CLDR_ORDER if tag in tags)


def plural_index(count: float, language: str) -> int:
    """Which of a translation's forms (Qt's order) says `count` in `language`."""
    category = _locale(language).plural_form(abs(count))
    forms = plural_forms(language)
    return forms.index(category) if category in forms else len(forms) - 1


# -- values -----------------------------------------------------------------------------------


def is_english(language: str) -> bool:
    return _base(language) == ENGLISH


def number(value: float, language: str) -> str:
    """A number as the language writes it (English: as `messages.english` does)."""
    if is_english(language):
        return messages.english_value(value)
    from babel.numbers import format_decimal

    if isinstance(value, int) and abs(value) < 10_000:
        return str(value)
    return format_decimal(value, locale=_locale(language))


def value(item: Any, language: str) -> str:
    """One parameter value in `language`, as `messages.english_value` renders it in English."""
    if isinstance(item, Message):
        return translate(item, language)
    if isinstance(item, enum.Enum):
        template = LABELS.get(item)
        return translate(template(), language) if template is not None else messages.english_value(item)
    if isinstance(item, PurePath):
        return str(item)
    if isinstance(item, (list, tuple, set, frozenset)):
        separator = "، " if _base(language) == "ar" else ", "
        return separator.join(value(v, language) for v in item)
    if isinstance(item, (int, float)) and not isinstance(item, bool):
        return number(item, language)
    return str(item)


def label(item: enum.Enum, language: str) -> str:
    """An enumeration value as a label on its own ("In review", "Policy or strategy")."""
    text = value(item, language)
    return text[:1].upper() + text[1:]


# -- messages ---------------------------------------------------------------------------------


def translate(message: Message, language: str, *, with_subject: bool = True) -> str:
    """`message` in `language`, from the shipped catalogue; English where it has no translation."""
    template = message.template
    found = catalogue(language).get(template.code) if not is_english(language) else None

    def render_value(item: Any) -> str:
        return value(item, language)

    if found is None:  # English throughout (values too): a sentence is not half in one language
        body = messages.english(message, with_subject=False)
    else:
        if isinstance(found, list):
            forms = [str(f) for f in found] or [template.text]
            count = message.count
            index = 0 if count is None else min(plural_index(count, language), len(forms) - 1)
            text = forms[index]
            if count is not None:
                text = text.replace("%n", number(count, language))
        else:
            text = found
        body = messages.render(message, render_value, text)
    return f"{message.subject}: {body}" if with_subject and message.subject else body


def text(template: Template, language: str, /, **params: Any) -> str:
    """``translate(template(**params), language)``: a label or a sentence of an export."""
    return translate(template(**params), language)


# -- dates, direction, places -------------------------------------------------------------------


def month_year(day: dt.date, language: str) -> str:
    """"December 2023", "décembre 2023", "декабрь 2023 г.": a profile's date."""
    if is_english(language):
        return f"{day:%B %Y}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", day, locale=_locale(language))


def date(day: dt.date, language: str, pattern: str = "long") -> str:
    """A date as the language writes it (babel's ``short``, ``medium``, ``long`` or a pattern)."""
    from babel.dates import format_date

    return format_date(day, pattern, locale=_locale(language))


def is_rtl(language: str) -> bool:
    """Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu...)."""
    return bool(_locale(language).character_order == "right-to-left")


def direction(language: str) -> str:
    """The HTML ``dir`` of the language: ``rtl`` or ``ltr``."""
    return "rtl" if is_rtl(language) else "ltr"


@functools.cache
def country_name(alpha3: str, language: str) -> str | None:
    """The country's name in `language` (CLDR's, through babel), None where babel has none."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return None
    name = _locale(language).territories.get(country.alpha_2)
    return str(name) if name else None
