"""The questionnaire format: one framework version as frozen dataclasses, checked by pydantic.

A questionnaire file (YAML, or JSON, which YAML reads too) is validated into a
`Questionnaire` by `validate`.  Everything here is plain data: conditions and
constraints are strings in the small expression language of `conditions.py`,
never Python code.

The classes are standard dataclasses, not pydantic models, so that a
questionnaire already checked (the JSON that `services.frameworks` keeps) is
rebuilt by `from_checked` without importing pydantic: importing it and
building its validators would cost a window's start or a command more than
all the rest of its work.  Pydantic checks these very classes (`validate`,
`dump_json`, `json_schema`: a `TypeAdapter` built on first use).  What it
checks of a field is written with `Check`, the arguments of `pydantic.Field`
given before pydantic is imported, and each class's pydantic settings are
plain data (``__pydantic_config__``), so the format has this one definition,
its JSON Schema included.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from mgi_desktop.enums import Level
from mgi_desktop.questionnaire import answer_types
from mgi_desktop.questionnaire.answer_types import DONT_KNOW, NO, NOT_APPLICABLE, PARTIALLY, SPECIAL_CODES, YES

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler, TypeAdapter
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = ["DONT_KNOW", "NO", "NOT_APPLICABLE", "PARTIALLY", "SPECIAL_CODES", "YES", "Level"]


class Check:
    """What pydantic checks of a value, and says of it in the JSON Schema: the arguments of
    `pydantic.Field`, ``before=`` a function run on the value read (before the check), ``after=``
    one run on the checked value, ``json_schema=`` a schema that replaces the generated one;
    applied when the validator is first built."""

    __slots__ = ("after", "before", "field", "json_schema")

    def __init__(self, *, before: Callable[[Any], Any] | None = None, after: Callable[[Any], Any] | None = None,
                 json_schema: dict[str, Any] | None = None, **field: Any) -> None:
        self.before, self.after, self.json_schema, self.field = before, after, json_schema, field

    def __repr__(self) -> str:
        return f"Check({self.field})"

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

        annotations: list[Any] = [Field(**self.field)] if self.field else []
        if self.before is not None:
            annotations.append(BeforeValidator(self.before))
        if self.after is not None:
            annotations.append(AfterValidator(self.after))
        if self.json_schema is not None:
            annotations.append(WithJsonSchema(self.json_schema))
        return handler.generate_schema(Annotated[(source, *annotations)])


#: Codes of questions, choices, domains: letters, digits, and . _ - (no spaces),
#: so they can appear inside `${...}` references and spreadsheet headers.
CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
Code = Annotated[str, Check(pattern=CODE_PATTERN, max_length=64)]

#: Refuse fields the format does not have (a typo is reported, not ignored).
_STRICT = {"extra": "forbid"}


@dataclass(frozen=True)
class LocalizedText:
    """A text with translations; falls back to the source language.

    In a file it is either a plain string (the source language) or a mapping
    of language code to text, e.g. ``{en: "Yes", fr: "Oui"}``.
    """

    values: dict[str, str]

    @staticmethod
    def from_file(data: Any) -> Any:
        """The file's forms (a string, language -> string) as the class's own (``{"values": ...}``)."""
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


#: A `LocalizedText` as the format's fields are typed: pydantic reads it in the file's forms.
Text = Annotated[LocalizedText, Check(before=LocalizedText.from_file)]


def _known_type(name: str) -> str:
    if name not in answer_types.names():
        raise ValueError(f"unknown answer type {name!r} (expected one of: {', '.join(answer_types.names())})")
    return name


#: A question's ``type``: the name of a registered answer type (`answer_types`).
AnswerTypeName = Annotated[
    str, Check(after=_known_type, json_schema={"type": "string", "enum": list(answer_types.names())})]


@dataclass(frozen=True, kw_only=True)
class Choice:
    __pydantic_config__ = _STRICT

    code: Code
    label: Text
    score: float | None = None
    relevant: Annotated[str | None, Check(
        description="Condition on earlier answers; the choice is offered only when it holds (a cascading "
                    "choice, XLSForm's choice_filter).")] = None


#: in the languages the window offers, so a French window and French exports do not say "Yes"
_BUILTIN_LABELS = {
    YES: {"en": "Yes", "fr": "Oui", "es": "Sí", "ru": "Да", "ar": "نعم"},
    PARTIALLY: {"en": "Partially", "fr": "Partiellement", "es": "Parcialmente", "ru": "Частично", "ar": "جزئيًا"},
    NO: {"en": "No", "fr": "Non", "es": "No", "ru": "Нет", "ar": "لا"},
    DONT_KNOW: {"en": "Don't know", "fr": "Ne sait pas", "es": "No sabe", "ru": "Не знаю", "ar": "لا أعرف"},
    NOT_APPLICABLE: {"en": "Not applicable", "fr": "Sans objet", "es": "No aplica", "ru": "Неприменимо",
                     "ar": "لا ينطبق"},
}
_BUILTIN_SCORES = {YES: 1.0, PARTIALLY: 0.5, NO: 0.0}


def builtin_choice(code: str) -> Choice:
    return Choice(code=code, label=LocalizedText(dict(_BUILTIN_LABELS[code])), score=_BUILTIN_SCORES.get(code))


@dataclass(frozen=True, kw_only=True)
class Constraint:
    """A rule the answer must satisfy; ``.`` stands for the answer itself."""

    __pydantic_config__ = _STRICT

    expression: Annotated[str, Check(min_length=1)]
    message: Text


@dataclass(frozen=True, kw_only=True)
class Question:
    __pydantic_config__ = _STRICT

    code: Code
    text: Text
    hint: Text | None = None
    guidance: Annotated[Text | None, Check(
        description="What evidence answers this question (laws, policies, sources).")] = None
    type: AnswerTypeName
    choices: Annotated[list[Choice] | None, Check(
        description="Choices for single/multiple choice (or to relabel/rescore yes/no types).")] = None
    choice_list: Annotated[Code | None, Check(description="Name of a shared list in `choice_lists`.")] = None
    allow_dont_know: bool = False
    allow_not_applicable: bool = False
    unit: Text | None = None
    minimum: float | None = None
    maximum: float | None = None
    required: bool = True
    evidence_required: bool = False
    relevant: Annotated[str | None, Check(description="Condition on earlier answers; skipped when false.")] = None
    constraints: list[Constraint] = field(default_factory=list)
    sdg_1072: Annotated[str | None, Check(pattern=r"^[1-6][a-e]$", description="SDG 10.7.2 sub-category, e.g. '1a'.")
                        ] = None
    gcm_objectives: list[Annotated[int, Check(ge=1, le=23)]] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Indicator:
    __pydantic_config__ = _STRICT

    code: Code
    title: Text
    questions: list[Question]


@dataclass(frozen=True, kw_only=True)
class SubArea:
    __pydantic_config__ = _STRICT

    code: Code
    title: Text
    indicators: list[Indicator]


@dataclass(frozen=True, kw_only=True)
class Domain:
    __pydantic_config__ = _STRICT

    number: Annotated[int, Check(ge=1, le=6)]
    code: Code
    title: Text
    long_title: Text | None = None
    description: Annotated[Text | None, Check(description="Shown in the profile report.")] = None
    sub_areas: list[SubArea]


def _nonempty_languages(value: list[str]) -> list[str]:
    if not value:
        raise ValueError("at least one language is needed")
    return value


@dataclass(frozen=True, kw_only=True)
class Questionnaire:
    __pydantic_config__ = _STRICT

    format: Annotated[Literal[1], Check(description="Version of this file format.")] = 1
    id: Code
    version: Annotated[str, Check(min_length=1, max_length=32)]
    title: Text
    level: Level
    scoring: Literal["indicative", "sdg-10-7-2"] = "indicative"
    source_language: str = "en"
    languages: Annotated[list[str], Check(after=_nonempty_languages)] = field(default_factory=lambda: ["en"])
    notice: Annotated[Text | None, Check(
        description="Shown wherever the catalogue is used, e.g. that it is indicative.")] = None
    introduction: Annotated[Text | None, Check(description="Profile introduction.")] = None
    choice_lists: dict[Code, list[Choice]] = field(default_factory=dict)
    domains: list[Domain]

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


# -- checking (pydantic, imported here on first use) ---------------------------------


@functools.cache
def _adapter() -> TypeAdapter[Questionnaire]:
    from pydantic import TypeAdapter

    return TypeAdapter(Questionnaire)


def validate(data: Any) -> Questionnaire:
    """A questionnaire from data read from a file; `pydantic.ValidationError` lists every problem."""
    return _adapter().validate_python(data)


def dump_json(questionnaire: Questionnaire) -> bytes:
    """The questionnaire as JSON, in the shape `validate` and `from_checked` read."""
    return _adapter().dump_json(questionnaire)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the format (what `validate` accepts)."""
    return _adapter().json_schema(mode="validation")


# -- rebuilding what was checked before (no pydantic) ---------------------------------


def from_checked(data: Any) -> Questionnaire:
    """The questionnaire that `dump_json` wrote, rebuilt without checking it again.

    Only for data this app checked itself (its cache, whose integrity the
    caller verifies): a missing or mistyped field raises an ordinary
    exception (KeyError, TypeError...), never a check's message.
    """
    questionnaire: Questionnaire = _decoder(Questionnaire)(data)
    return questionnaire


@functools.cache
def fingerprint() -> str:
    """A hash of the format's definition (every class, field and type): what a cache of rebuilt
    questionnaires depends on, so that a cache written by another version of the format is ignored."""
    parts = [f"{cls.__name__}:{f.name}:{f.type}" for cls in (*QuestionnaireModels, LocalizedText)
             for f in dataclasses.fields(cls)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


Decoder = Callable[[Any], Any]


@functools.cache
def _decoder(cls: type) -> Decoder:
    """How to rebuild one dataclass of the format from its JSON form.

    The instance is made as pickle makes one (`object.__new__`, then its
    ``__dict__``): the values were checked when they were written, and a frozen
    dataclass's ``__init__`` would cost more than all the rest here.
    """
    plain: list[str] = []
    nested: list[tuple[str, Decoder]] = []
    hints = typing.get_type_hints(cls, include_extras=True)  # the annotations as types, once per class
    for f in dataclasses.fields(cls):
        decode_field = _decoder_of(hints[f.name])
        if decode_field is None:
            plain.append(f.name)
        else:
            nested.append((f.name, decode_field))

    def decode(data: dict[str, Any]) -> Any:
        values = {name: data[name] for name in plain}
        for name, decode_field in nested:
            values[name] = decode_field(data[name])
        instance: Any = object.__new__(cls)
        instance.__dict__.update(values)
        return instance

    return decode


def _decoder_of(hint: Any) -> Decoder | None:
    """None when the JSON value is the value (str, int, float, bool, a Literal)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Annotated:  # what pydantic checks of it (`Check`) changes nothing here
        return _decoder_of(args[0])
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _decoder(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    if origin is list:
        each = _decoder_of(args[0])
        if each is None:
            return None
        return lambda value: [each(v) for v in value]
    if origin is dict:
        of_value = _decoder_of(args[1])
        if of_value is None:
            return dict
        return lambda value: {k: of_value(v) for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        (inner,) = (a for a in args if a is not type(None))
        decode_inner = _decoder_of(inner)
        if decode_inner is None:
            return None
        return lambda value: None if value is None else decode_inner(value)
    return None
