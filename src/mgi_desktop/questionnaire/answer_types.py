"""The answer types a question can have: one class each, registered by name.

A type knows everything the core needs of it: which choices it offers, how
to check a value and put it in canonical form, how to read a stored value
out to a person, what a questionnaire file may say about it, an example
answer (the self-test, benchmarks), and the name of its editor in the
window (``ui/assessment/answer_widgets.EDITORS``).  Adding a type is one
class here, decorated with `register`, plus its editor; the file format,
its JSON Schema, the loader's checks and the exports pick it up from here.
(The pattern is qutebrowser's ``config/configtypes.py``.)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Protocol

from mgi_desktop.errors import ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Message, Template

#: A JSON-compatible answer value: a code, codes, a number, text or ISO date.
AnswerValue = str | int | float | list[str] | None


# What a type needs to know of its question (the questionnaire model and `Framework.Placement` have
# it): protocols, so this module sits below the model that names its types.
class _Text(Protocol):
    def get(self, language: str, source_language: str = "en") -> str: ...


class _Choice(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def label(self) -> _Text: ...


class _Question(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def unit(self) -> _Text | None: ...
    @property
    def minimum(self) -> float | None: ...
    @property
    def maximum(self) -> float | None: ...


class Placement(Protocol):
    @property
    def question(self) -> _Question: ...
    @property
    def choices(self) -> Sequence[_Choice]: ...
    def choice(self, code: str) -> _Choice | None: ...

#: Answer codes shared by every questionnaire.  "dont_know" and
#: "not_applicable" are offered only where a question allows them.
YES, PARTIALLY, NO = "yes", "partially", "no"
DONT_KNOW, NOT_APPLICABLE = "dont_know", "not_applicable"
SPECIAL_CODES = (DONT_KNOW, NOT_APPLICABLE)

NOT_ONE_OF = Template("answer.not_one_of", "{value} is not one of the answers ({choices})")
NOT_A_LIST = Template("answer.not_a_list", "a multiple choice answer is a list of codes")
NOT_AMONG = Template("answer.not_among", "{values} is not among the answers ({choices})",
                     plural="{values} are not among the answers ({choices})", count="n")
NOT_COMBINED = Template("answer.not_combined", "{value} cannot be combined with other answers")
NOT_A_NUMBER = Template("answer.not_a_number", "{value} is not a number")
NOT_A_YEAR = Template("answer.not_a_year", "{value} is not a year")
NOT_WHOLE = Template("answer.not_whole", "{value} is not a whole number")
NOT_A_DATE = Template("answer.not_a_date", "{value} is not a date (YYYY-MM-DD)")
NOT_TEXT = Template("answer.not_text", "a text answer must be text")
BELOW_MINIMUM = Template("answer.below_minimum", "{value} is below the minimum {minimum}")
ABOVE_MAXIMUM = Template("answer.above_maximum", "{value} is above the maximum {maximum}")
NEEDS_CHOICES = Template("questionnaire.needs_choices",
                         "missing choice list: a {type} question needs 'choices' or 'choice_list'")
CHOICE_NOT_ALLOWED = Template("questionnaire.choice_not_allowed",
                              "choice {code} is not an answer of a {type} question (allowed: {allowed})")
TAKES_NO_CHOICES = Template("questionnaire.takes_no_choices", "a {type} question takes no choices")
TAKES_NO_RANGE = Template("questionnaire.takes_no_range", "a {type} question takes no range")


def _check_typed(code: str, value: Any) -> None:
    """Refuse a typed value that is not valid Unicode before it is quoted in a message or stored."""
    if isinstance(value, str):
        check_text(code, value)


def shown(value: Any) -> str:
    """A value a person typed, quoted as it reads in a message."""
    return repr(value) if isinstance(value, str) else str(value)


class AnswerKind:
    """One answer type.  Subclasses set `name` and `editor` and override what differs."""

    #: the ``type:`` of a question in a questionnaire file
    name: ClassVar[str]
    #: the window's editor for it (a key of ``ui.assessment.answer_widgets.EDITORS``)
    editor: ClassVar[str]
    #: offers choices (its own fixed ones, or a question's ``choices`` / ``choice_list``)
    has_choices: ClassVar[bool] = False
    #: the built-in choices it always offers (yes / no types), or None
    fixed_codes: ClassVar[tuple[str, ...] | None] = None
    #: takes ``minimum`` / ``maximum``
    takes_range: ClassVar[bool] = False
    #: the value is a list of codes
    multiple: ClassVar[bool] = False

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        """`value` (never empty) in canonical form, or `ValidationError` naming the problem."""
        raise NotImplementedError

    def label(self, placement: Placement, value: AnswerValue, language: str, source_language: str) -> str:
        """A stored value as a reader sees it (a number with the question's unit, if it has one)."""
        unit = placement.question.unit
        if unit is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
            return f"{value:g} {unit.get(language, source_language)}"
        return str(value)

    def example(self, placement: Placement, position: int) -> AnswerValue:
        """A valid answer, varied by `position`."""
        raise NotImplementedError

    def file_problems(self, question: dict[str, Any], add: Callable[[str, Message], None]) -> None:
        """What a questionnaire file may not say about a question of this type (`add(key, problem)`)."""
        choices, choice_list = question.get("choices"), question.get("choice_list")
        if not self.has_choices and (choices is not None or choice_list is not None):
            add("choices" if choices is not None else "choice_list", TAKES_NO_CHOICES(type=self.name))
        if not self.takes_range and (question.get("minimum") is not None or question.get("maximum") is not None):
            add("minimum", TAKES_NO_RANGE(type=self.name))


_REGISTRY: dict[str, AnswerKind] = {}


def register(cls: type[AnswerKind]) -> type[AnswerKind]:
    if cls.name in _REGISTRY:
        raise ValueError(f"answer type {cls.name!r} is registered twice")
    _REGISTRY[cls.name] = cls()
    return cls


def names() -> tuple[str, ...]:
    """Every answer type's name, in the order they were registered."""
    return tuple(_REGISTRY)


def kind(name: str) -> AnswerKind:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown answer type {name!r}") from None


def of(question: _Question) -> AnswerKind:
    return _REGISTRY[question.type]


# -- choices -------------------------------------------------------------------------------


def _choice_label(placement: Placement, code: str, language: str, source_language: str) -> str:
    choice = placement.choice(code)
    return choice.label.get(language, source_language) if choice else code


class _Choices(AnswerKind):
    has_choices = True
    editor = "choice"

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        codes = [c.code for c in placement.choices]
        _check_typed(placement.question.code, value)
        if not isinstance(value, str) or value not in codes:
            raise ValidationError(NOT_ONE_OF(placement.question.code, value=shown(value), choices=codes))
        return value

    def label(self, placement: Placement, value: AnswerValue, language: str, source_language: str) -> str:
        return _choice_label(placement, str(value), language, source_language)

    def example(self, placement: Placement, position: int) -> AnswerValue:
        codes = [c.code for c in placement.choices if c.code not in SPECIAL_CODES]
        return codes[position % len(codes)]

    def file_problems(self, question: dict[str, Any], add: Callable[[str, Message], None]) -> None:
        choices = question.get("choices")
        if self.fixed_codes is not None:
            if question.get("choice_list") is not None:
                add("choice_list", TAKES_NO_CHOICES(type=self.name))
            for choice in choices if isinstance(choices, list) else []:
                code = choice.get("code") if isinstance(choice, dict) else None
                if code not in self.fixed_codes:
                    add("choices", CHOICE_NOT_ALLOWED(code=shown(code), type=self.name,
                                                      allowed=sorted(self.fixed_codes)))
            return
        if choices is None and question.get("choice_list") is None:
            add("type", NEEDS_CHOICES(type=self.name))


@register
class YesNo(_Choices):
    name = "yes_no"
    fixed_codes = (YES, NO)


@register
class YesPartialNo(_Choices):
    name = "yes_partial_no"
    fixed_codes = (YES, PARTIALLY, NO)


@register
class SingleChoice(_Choices):
    name = "single_choice"


@register
class MultipleChoice(_Choices):
    name = "multiple_choice"
    editor = "multiple_choice"
    multiple = True

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        code = placement.question.code
        codes = [c.code for c in placement.choices]
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise ValidationError(NOT_A_LIST(code))
        for item in [value] if isinstance(value, str) else items:  # as typed: a position counts in it
            _check_typed(code, item)
        items = [v.strip() for v in items if v.strip()]
        unknown = [v for v in items if v not in codes]
        if unknown:
            raise ValidationError(NOT_AMONG(code, values=[shown(v) for v in unknown], choices=codes, n=len(unknown)))
        specials = [v for v in items if v in SPECIAL_CODES]
        if specials and len(items) > 1:
            raise ValidationError(NOT_COMBINED(code, value=shown(specials[0])))
        return [c for c in codes if c in items]  # choice order, no duplicates

    def label(self, placement: Placement, value: AnswerValue, language: str, source_language: str) -> str:
        values: Sequence[str] = value if isinstance(value, list) else [str(value)]
        return "; ".join(_choice_label(placement, v, language, source_language) for v in values)

    def example(self, placement: Placement, position: int) -> AnswerValue:
        codes = [c.code for c in placement.choices if c.code not in SPECIAL_CODES]
        return codes[: 1 + position % min(len(codes), 2)]


# -- numbers, dates, text ------------------------------------------------------------------


def _number(code: str, value: Any) -> int | float:
    if isinstance(value, bool):
        raise ValidationError(NOT_A_NUMBER(code, value=shown(value)))
    if isinstance(value, (int, float)):
        number: int | float = value
    else:
        _check_typed(code, value)
        text = str(value).strip()
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")  # a decimal comma, as typed in French or Russian
        try:
            number = int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            raise ValidationError(NOT_A_NUMBER(code, value=shown(value))) from None
    if isinstance(number, float) and (math.isnan(number) or math.isinf(number)):
        raise ValidationError(NOT_A_NUMBER(code, value=shown(value)))
    return number


def _check_range(placement: Placement, number: float) -> None:
    question = placement.question
    if question.minimum is not None and number < question.minimum:
        raise ValidationError(BELOW_MINIMUM(question.code, value=number, minimum=question.minimum))
    if question.maximum is not None and number > question.maximum:
        raise ValidationError(ABOVE_MAXIMUM(question.code, value=number, maximum=question.maximum))


def _in_range(placement: Placement, number: int) -> int:
    question = placement.question
    if question.minimum is not None:
        number = max(number, math.ceil(question.minimum))
    if question.maximum is not None:
        number = min(number, math.floor(question.maximum))
    return number


@register
class Number(AnswerKind):
    name = "number"
    editor = "number"
    takes_range = True

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        number = _number(placement.question.code, value)
        _check_range(placement, number)
        return number

    def example(self, placement: Placement, position: int) -> AnswerValue:
        return _in_range(placement, 12)


@register
class Integer(AnswerKind):
    """A whole number (a count): XLSForm's ``integer``."""

    name = "integer"
    editor = "integer"
    takes_range = True

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        number = _number(placement.question.code, value)
        if not float(number).is_integer():
            raise ValidationError(NOT_WHOLE(placement.question.code, value=shown(value)))
        _check_range(placement, number)
        return int(number)

    def example(self, placement: Placement, position: int) -> AnswerValue:
        return _in_range(placement, 7 + position % 5)


@register
class Year(AnswerKind):
    name = "year"
    editor = "year"
    takes_range = True

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        year = _number(placement.question.code, value)
        if not float(year).is_integer() or not 1000 <= year <= 9999:
            raise ValidationError(NOT_A_YEAR(placement.question.code, value=shown(value)))
        _check_range(placement, year)
        return int(year)

    def example(self, placement: Placement, position: int) -> AnswerValue:
        return _in_range(placement, 2019)


@register
class Date(AnswerKind):
    name = "date"
    editor = "date"

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        if isinstance(value, dt.date):
            return value.isoformat()
        _check_typed(placement.question.code, value)
        try:
            return dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise ValidationError(NOT_A_DATE(placement.question.code, value=shown(value))) from None

    def example(self, placement: Placement, position: int) -> AnswerValue:
        return "2020-06-30"


@register
class Text(AnswerKind):
    name = "text"
    editor = "text"

    def canonical(self, placement: Placement, value: Any) -> AnswerValue:
        if not isinstance(value, str):
            raise ValidationError(NOT_TEXT(placement.question.code))
        check_text(placement.question.code, value)
        return value

    def example(self, placement: Placement, position: int) -> AnswerValue:
        return f"Self-test answer to {placement.question.code}: ümlaut, 中文, عربي."
