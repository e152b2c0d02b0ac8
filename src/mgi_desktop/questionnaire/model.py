"""The questionnaire format: one framework version as pydantic models.

A questionnaire file (YAML, or JSON, which YAML reads too) is validated into a
`Questionnaire`.  Everything here is plain data: conditions and constraints are
strings in the small expression language of `conditions.py`, never Python code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue

from mgi_desktop.enums import Level
from mgi_desktop.questionnaire import answer_types
from mgi_desktop.questionnaire.answer_types import DONT_KNOW, NO, NOT_APPLICABLE, PARTIALLY, SPECIAL_CODES, YES

__all__ = ["DONT_KNOW", "NO", "NOT_APPLICABLE", "PARTIALLY", "SPECIAL_CODES", "YES", "Level"]

#: Codes of questions, choices, domains: letters, digits, and . _ - (no spaces),
#: so they can appear inside `${...}` references and spreadsheet headers.
CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
Code = Annotated[str, Field(pattern=CODE_PATTERN, max_length=64)]


class LocalizedText(BaseModel):
    """A text with translations; falls back to the source language.

    In a file it is either a plain string (the source language) or a mapping
    of language code to text, e.g. ``{en: "Yes", fr: "Oui"}``.
    """

    model_config = ConfigDict(frozen=True)

    values: dict[str, str]

    @model_validator(mode="before")
    @classmethod
    def _from_file(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"values": {"": data}}
        if isinstance(data, dict) and "values" not in data:
            return {"values": {str(k): v for k, v in data.items()}}
        return data

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        # The file form, not the internal one: a string, or language -> string.
        return {
            "title": "LocalizedText",
            "anyOf": [
                {"type": "string"},
                {"type": "object", "additionalProperties": {"type": "string"},
                 "propertyNames": {"pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)?$"}},
            ],
        }

    def get(self, language: str, source_language: str = "en") -> str:
        for key in (language, source_language, ""):
            if self.values.get(key):
                return self.values[key]
        return next(iter(self.values.values()), "")

    def languages(self) -> set[str]:
        return {k for k in self.values if k}

    def __str__(self) -> str:
        return self.get("")


def _known_type(name: str) -> str:
    if name not in answer_types.names():
        raise ValueError(f"unknown answer type {name!r} (expected one of: {', '.join(answer_types.names())})")
    return name


#: A question's ``type``: the name of a registered answer type (`answer_types`).
AnswerTypeName = Annotated[
    str, AfterValidator(_known_type), WithJsonSchema({"type": "string", "enum": list(answer_types.names())})]


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code
    label: LocalizedText
    score: float | None = None


#: in the languages the window offers, so a French window and French exports do not say "Yes"
_BUILTIN_LABELS = {
    YES: {"en": "Yes", "fr": "Oui"},
    PARTIALLY: {"en": "Partially", "fr": "Partiellement"},
    NO: {"en": "No", "fr": "Non"},
    DONT_KNOW: {"en": "Don't know", "fr": "Ne sait pas"},
    NOT_APPLICABLE: {"en": "Not applicable", "fr": "Sans objet"},
}
_BUILTIN_SCORES = {YES: 1.0, PARTIALLY: 0.5, NO: 0.0}


def builtin_choice(code: str) -> Choice:
    return Choice(code=code, label=LocalizedText.model_validate(_BUILTIN_LABELS[code]),
                  score=_BUILTIN_SCORES.get(code))


class Constraint(BaseModel):
    """A rule the answer must satisfy; ``.`` stands for the answer itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    expression: str = Field(min_length=1)
    message: LocalizedText


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code
    text: LocalizedText
    hint: LocalizedText | None = None
    guidance: LocalizedText | None = Field(
        default=None, description="What evidence answers this question (laws, policies, sources)."
    )
    type: AnswerTypeName
    choices: list[Choice] | None = Field(
        default=None, description="Choices for single/multiple choice (or to relabel/rescore yes/no types)."
    )
    choice_list: Code | None = Field(default=None, description="Name of a shared list in `choice_lists`.")
    allow_dont_know: bool = False
    allow_not_applicable: bool = False
    unit: LocalizedText | None = None
    minimum: float | None = None
    maximum: float | None = None
    required: bool = True
    evidence_required: bool = False
    relevant: str | None = Field(default=None, description="Condition on earlier answers; skipped when false.")
    constraints: list[Constraint] = Field(default_factory=list)
    sdg_1072: str | None = Field(
        default=None, pattern=r"^[1-6][a-e]$", description="SDG 10.7.2 sub-category, e.g. '1a'."
    )
    gcm_objectives: list[Annotated[int, Field(ge=1, le=23)]] = Field(default_factory=list)


class Indicator(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code
    title: LocalizedText
    questions: list[Question]


class SubArea(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code
    title: LocalizedText
    indicators: list[Indicator]


class Domain(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    number: int = Field(ge=1, le=6)
    code: Code
    title: LocalizedText
    long_title: LocalizedText | None = None
    description: LocalizedText | None = Field(default=None, description="Shown in the profile report.")
    sub_areas: list[SubArea]


class Questionnaire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal[1] = Field(default=1, description="Version of this file format.")
    id: Code
    version: str = Field(min_length=1, max_length=32)
    title: LocalizedText
    level: Level
    scoring: Literal["indicative", "sdg-10-7-2"] = "indicative"
    source_language: str = "en"
    languages: list[str] = Field(default_factory=lambda: ["en"])
    notice: LocalizedText | None = Field(
        default=None, description="Shown wherever the catalogue is used, e.g. that it is indicative."
    )
    introduction: LocalizedText | None = Field(default=None, description="Profile introduction.")
    choice_lists: dict[Code, list[Choice]] = Field(default_factory=dict)
    domains: list[Domain]

    @field_validator("languages")
    @classmethod
    def _languages_nonempty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one language is needed")
        return value

    # -- navigation -------------------------------------------------------

    def questions(self) -> Iterator[Question]:
        for domain in self.domains:
            for sub_area in domain.sub_areas:
                for indicator in sub_area.indicators:
                    yield from indicator.questions

    def indicators(self) -> Iterator[Indicator]:
        for domain in self.domains:
            for sub_area in domain.sub_areas:
                yield from sub_area.indicators

    def text(self, value: LocalizedText | None, language: str) -> str:
        return value.get(language, self.source_language) if value is not None else ""


QuestionnaireModels = (Questionnaire, Domain, SubArea, Indicator, Question, Choice, Constraint)
