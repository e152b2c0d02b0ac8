"""A validated questionnaire with its lookups, skip logic and answer checks.

`Framework` is what the rest of the core works with: the pydantic model plus
the file text and hash it came from, an index of questions in order, and the
compiled expressions.  Build one through `loader.load_file` or `load_text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Message, Template
from mgi_desktop.questionnaire import answer_types, conditions
from mgi_desktop.questionnaire.answer_types import AnswerKind, AnswerValue
from mgi_desktop.questionnaire.model import (
    NOT_APPLICABLE,
    SPECIAL_CODES,
    Choice,
    Constraint,
    Domain,
    Indicator,
    Question,
    Questionnaire,
    SubArea,
    builtin_choice,
)

__all__ = ["CONSTRAINT", "NO_SUCH_QUESTION", "AnswerValue", "Framework", "Placement"]

NO_SUCH_QUESTION = Template("questionnaire.no_such_question", "no question {code} in {framework} {version}")
#: A constraint's own message, written in the questionnaire (already in the assessment's language).
CONSTRAINT = Template("answer.constraint", "{text}")
NOT_OFFERED = Template("answer.not_offered", "{value} is not offered with the earlier answers",
                       plural="{value} are not offered with the earlier answers", count="n")



@dataclass(frozen=True)
class Placement:
    """Where a question stands, with its resolved choices."""

    question: Question
    indicator: Indicator
    sub_area: SubArea
    domain: Domain
    position: int
    choices: tuple[Choice, ...]

    @property
    def kind(self) -> AnswerKind:
        return answer_types.of(self.question)

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)


class Framework:
    def __init__(self, model: Questionnaire, *, source: str, text: str, sha256: str,
                 translations_beside: Path | None = None, translate: bool = True) -> None:
        # the questionnaire as its file has it: what is cached and compared; `model` adds the
        # translations installed for it (beside the app's questionnaires, in the user's folder, or
        # in `translations_beside`, the folder of the file it came from), which are not part of its
        # identity: an assessment keeps the hash of `text`, and shows translations added later.
        from mgi_desktop.questionnaire import translations  # it reads files through the loader

        self.source_model = model
        self.translations = translations.available(model.id, translations_beside) if translate else {}
        self.model = translations.apply(model, self.translations.values())
        self._untranslated: Framework | None = None if self.translations else self
        model = self.model
        self.source = source
        self.text = text
        self.sha256 = sha256
        self.placements: dict[str, Placement] = {}
        self._relevance: dict[str, conditions.Expression] = {}
        self._constraints: dict[str, list[tuple[conditions.Expression, Constraint]]] = {}
        #: per question, the conditions of its cascading choices (choice code -> condition)
        self._choice_conditions: dict[str, dict[str, conditions.Expression]] = {}
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
                        offered = {c.code: conditions.parse(c.relevant)
                                   for c in self.placements[question.code].choices if c.relevant}
                        if offered:
                            self._choice_conditions[question.code] = offered

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

    def untranslated(self) -> Framework:
        """The questionnaire as its file says it, without the translations installed for it (what
        two versions are compared on: a translation is no change of the questionnaire)."""
        if self._untranslated is None:
            self._untranslated = Framework(self.source_model, source=self.source, text=self.text,
                                           sha256=self.sha256, translate=False)
        return self._untranslated

    def __repr__(self) -> str:
        return f"<Framework {self.id} {self.version} {self.sha256[:8]}>"

    # -- lookups ----------------------------------------------------------

    def _resolve_choices(self, question: Question) -> tuple[Choice, ...]:
        fixed = answer_types.of(question).fixed_codes
        if fixed is not None:
            overrides = {c.code: c for c in question.choices or []}
            base = [overrides.get(code, builtin_choice(code)) for code in fixed]
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
            raise ValidationError(NO_SUCH_QUESTION(code=repr(code), framework=self.id, version=self.version)) from None

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

    def cascades(self, code: str) -> bool:
        """Whether some choices of question `code` are offered only with certain earlier answers."""
        return code in self._choice_conditions

    def offered(self, code: str, values: Mapping[str, Any]) -> tuple[Choice, ...]:
        """The choices of question `code` offered given the other answers: a cascading choice is
        offered only while its condition holds (the answers of skipped questions count as missing,
        as in `relevance`)."""
        placement = self.placement(code)
        checks = self._choice_conditions.get(code)
        if not checks:
            return placement.choices
        effective = self._effective(values)
        return tuple(c for c in placement.choices if c.code not in checks or checks[c.code].evaluate(effective))

    def _effective(self, values: Mapping[str, Any]) -> dict[str, Any]:
        relevant = self.relevance(values)
        return {code: value for code, value in values.items() if relevant.get(code, True)}

    def relevance_reason(self, code: str) -> str | None:
        expression = self._relevance.get(code)
        return expression.source if expression is not None else None

    def conditional_count(self) -> int:
        """How many questions are asked only with certain earlier answers (the others are always asked)."""
        return len(self._relevance)

    def relevance_expression(self, code: str) -> conditions.Expression | None:
        """The parsed condition under which question `code` is asked (None: always asked); put into
        words by `condition_words`."""
        return self._relevance.get(code)

    # -- answers --------------------------------------------------------------

    def check_value(self, code: str, value: Any) -> AnswerValue:
        """Return the value in canonical form, or raise `ValidationError` naming the problem."""
        placement = self.placement(code)
        if value is None or value == "" or value == []:
            return None
        return placement.kind.canonical(placement, value)

    def constraint_messages(self, code: str, value: Any, values: Mapping[str, Any],
                            language: str = "en") -> list[Message]:
        """The constraints that `value` breaks (empty when it satisfies them all), each with the
        questionnaire's own message in `language`."""
        if value is None:
            return []
        messages: list[Message] = []
        if code in self._choice_conditions:
            offered = {c.code for c in self.offered(code, values)}
            refused = [v for v in (value if isinstance(value, list) else [value]) if v not in offered]
            if refused:
                messages.append(NOT_OFFERED(code, value=", ".join(repr(v) for v in refused), n=len(refused)))
        for expression, constraint in self._constraints.get(code, []):
            if not expression.evaluate(values, value):
                messages.append(CONSTRAINT(code, text=constraint.message.get(language, self.model.source_language)))
        return messages

    def label_of(self, code: str, value: AnswerValue, language: str = "en") -> str:
        """The answer as a reader sees it (choice labels rather than codes)."""
        if value is None:
            return ""
        placement = self.placement(code)
        return placement.kind.label(placement, value, language, self.model.source_language)
