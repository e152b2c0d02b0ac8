"""A validated questionnaire with its lookups, skip logic and answer checks.

`Framework` is what the rest of the core works with: the pydantic model plus
the file text and hash it came from, an index of questions in order, and the
compiled expressions.  Build one through `loader.load_file` or `load_text`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mgi_desktop.errors import ValidationError
from mgi_desktop.questionnaire import conditions
from mgi_desktop.questionnaire.model import (
    NO,
    NOT_APPLICABLE,
    PARTIALLY,
    SPECIAL_CODES,
    YES,
    AnswerType,
    Choice,
    Constraint,
    Domain,
    Indicator,
    Question,
    Questionnaire,
    SubArea,
    builtin_choice,
)

#: The longest text answer or justification we accept (1 MB of UTF-8 is far
#: beyond any real justification and keeps exports and packages sane).
MAX_TEXT_BYTES = 1_000_000

#: A JSON-compatible answer value: a code, codes, a number, text or ISO date.
AnswerValue = str | int | float | list[str] | None


@dataclass(frozen=True)
class Placement:
    """Where a question stands, with its resolved choices."""

    question: Question
    indicator: Indicator
    sub_area: SubArea
    domain: Domain
    position: int
    choices: tuple[Choice, ...]

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)


class Framework:
    def __init__(self, model: Questionnaire, *, source: str, text: str, sha256: str) -> None:
        self.model = model
        self.source = source
        self.text = text
        self.sha256 = sha256
        self.placements: dict[str, Placement] = {}
        self._relevance: dict[str, conditions.Expression] = {}
        self._constraints: dict[str, list[tuple[conditions.Expression, Constraint]]] = {}
        for domain in model.domains:
            for sub_area in domain.sub_areas:
                for indicator in sub_area.indicators:
                    for question in indicator.questions:
                        self.placements[question.code] = Placement(
                            question, indicator, sub_area, domain, len(self.placements),
                            self._resolve_choices(question),
                        )
                        if question.relevant:
                            self._relevance[question.code] = conditions.parse(question.relevant)
                        self._constraints[question.code] = [
                            (conditions.parse(c.expression), c) for c in question.constraints
                        ]

    # -- identity ---------------------------------------------------------

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def version(self) -> str:
        return self.model.version

    @property
    def label(self) -> str:
        return f"{self.model.title.get('en', self.model.source_language)} ({self.model.version})"

    def __repr__(self) -> str:
        return f"<Framework {self.id} {self.version} {self.sha256[:8]}>"

    # -- lookups ----------------------------------------------------------

    def _resolve_choices(self, question: Question) -> tuple[Choice, ...]:
        if question.type in (AnswerType.YES_NO, AnswerType.YES_PARTIAL_NO):
            codes = [YES, PARTIALLY, NO] if question.type is AnswerType.YES_PARTIAL_NO else [YES, NO]
            overrides = {c.code: c for c in question.choices or []}
            base = [overrides.get(code, builtin_choice(code)) for code in codes]
        elif question.choice_list is not None:
            base = list(self.model.choice_lists[question.choice_list])
        else:
            base = list(question.choices or [])
        if question.allow_dont_know:
            base.append(builtin_choice(SPECIAL_CODES[0]))
        if question.allow_not_applicable:
            base.append(builtin_choice(NOT_APPLICABLE))
        return tuple(base)

    def placement(self, code: str) -> Placement:
        try:
            return self.placements[code]
        except KeyError:
            raise ValidationError(f"no question {code!r} in {self.id} {self.version}") from None

    def codes(self) -> list[str]:
        return list(self.placements)

    def domain_codes(self, domain: Domain) -> list[str]:
        return [p.question.code for p in self.placements.values() if p.domain.number == domain.number]

    # -- skip logic ---------------------------------------------------------

    def relevance(self, values: Mapping[str, Any]) -> dict[str, bool]:
        """Which questions are relevant given the answers, in questionnaire order.

        The answer to a question that is itself not relevant counts as missing
        in later conditions, so skipping cascades the way a reader expects.
        """
        effective: dict[str, Any] = {}
        result: dict[str, bool] = {}
        for code in self.placements:
            expression = self._relevance.get(code)
            relevant = expression.evaluate(effective) if expression is not None else True
            result[code] = relevant
            if relevant and code in values:
                effective[code] = values[code]
        return result

    def relevance_reason(self, code: str) -> str | None:
        expression = self._relevance.get(code)
        return expression.source if expression is not None else None

    # -- answers --------------------------------------------------------------

    def check_value(self, code: str, value: Any) -> AnswerValue:
        """Return the value in canonical form, or raise `ValidationError` naming the problem."""
        placement = self.placement(code)
        question = placement.question
        if value is None or value == "" or value == []:
            return None
        kind = question.type
        codes = [c.code for c in placement.choices]
        if kind in (AnswerType.YES_NO, AnswerType.YES_PARTIAL_NO, AnswerType.SINGLE_CHOICE):
            if not isinstance(value, str) or value not in codes:
                raise ValidationError(f"{code}: {value!r} is not one of the answers ({', '.join(codes)})")
            return value
        if kind is AnswerType.MULTIPLE_CHOICE:
            items = value.split(",") if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                raise ValidationError(f"{code}: a multiple choice answer is a list of codes")
            items = [v.strip() for v in items if v.strip()]
            unknown = [v for v in items if v not in codes]
            if unknown:
                raise ValidationError(f"{code}: {', '.join(map(repr, unknown))} not among the answers "
                                      f"({', '.join(codes)})")
            specials = [v for v in items if v in SPECIAL_CODES]
            if specials and len(items) > 1:
                raise ValidationError(f"{code}: {specials[0]!r} cannot be combined with other answers")
            return [c for c in codes if c in items]  # choice order, no duplicates
        if kind is AnswerType.NUMBER:
            number = _number(code, value)
            self._check_range(code, question, number)
            return number
        if kind is AnswerType.YEAR:
            year = _number(code, value)
            if not float(year).is_integer() or not 1000 <= year <= 9999:
                raise ValidationError(f"{code}: {value!r} is not a year")
            self._check_range(code, question, year)
            return int(year)
        if kind is AnswerType.DATE:
            if isinstance(value, dt.date):
                return value.isoformat()
            try:
                return dt.date.fromisoformat(str(value).strip()).isoformat()
            except ValueError:
                raise ValidationError(f"{code}: {value!r} is not a date (YYYY-MM-DD)") from None
        if not isinstance(value, str):
            raise ValidationError(f"{code}: a text answer must be text")
        check_text_size(code, value)
        return value

    @staticmethod
    def _check_range(code: str, question: Question, number: float | int) -> None:
        if question.minimum is not None and number < question.minimum:
            raise ValidationError(f"{code}: {number} is below the minimum {question.minimum:g}")
        if question.maximum is not None and number > question.maximum:
            raise ValidationError(f"{code}: {number} is above the maximum {question.maximum:g}")

    def constraint_messages(self, code: str, value: Any, values: Mapping[str, Any],
                            language: str = "en") -> list[str]:
        """Messages of the constraints that `value` breaks (empty when it satisfies them all)."""
        if value is None:
            return []
        messages = []
        for expression, constraint in self._constraints.get(code, []):
            if not expression.evaluate(values, value):
                messages.append(constraint.message.get(language, self.model.source_language))
        return messages

    def label_of(self, code: str, value: AnswerValue, language: str = "en") -> str:
        """The answer as a reader sees it (choice labels rather than codes)."""
        if value is None:
            return ""
        placement = self.placement(code)
        lang = self.model.source_language

        def one(v: str) -> str:
            choice = placement.choice(v)
            return choice.label.get(language, lang) if choice else v

        if isinstance(value, list):
            return "; ".join(one(v) for v in value)
        if placement.question.type.has_choices and isinstance(value, str):
            return one(value)
        if placement.question.unit is not None and isinstance(value, (int, float)):
            return f"{value:g} {placement.question.unit.get(language, lang)}"
        return str(value)


def _number(code: str, value: Any) -> int | float:
    if isinstance(value, bool):
        raise ValidationError(f"{code}: {value!r} is not a number")
    if isinstance(value, (int, float)):
        number: int | float = value
    else:
        try:
            text = str(value).strip().replace(",", ".") if str(value).count(",") == 1 and "." not in str(
                value) else str(value).strip()
            number = int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            raise ValidationError(f"{code}: {value!r} is not a number") from None
    if isinstance(number, float) and (math.isnan(number) or math.isinf(number)):
        raise ValidationError(f"{code}: {value!r} is not a number")
    return number


def check_text_size(what: str, text: str) -> None:
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise ValidationError(f"{what}: text is too long ({size:,} bytes; the limit is {MAX_TEXT_BYTES:,})")
