"""A questionnaire as an XLSForm workbook (``survey``, ``choices``, ``settings``), for IOM to edit
in Excel and bring back (`questionnaire.xlsform.read`), or to run in ODK and KoboToolbox.

The layout is the one `docs/xlsform.md` describes: domains, sub-areas and indicators are nested
groups (``mgi_level`` says which), each question a row, the app's own fields in ``mgi_`` columns
that other tools ignore.  Every text is written in every language of the questionnaire, one
column each (``label::Français (fr)``), and every expression in XLSForm's XPath
(`questionnaire.xlsform.xpath`), so that pyxform converts the workbook to an XForm as it is.

Cells pass through `xlsx_safe`: a question text that starts with ``=`` stays text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mgi_desktop.export import xlsx_safe
from mgi_desktop.export.xlsx_safe import Column, SafeSheet
from mgi_desktop.questionnaire import answer_types
from mgi_desktop.questionnaire.answer_types import SPECIAL_CODES
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.model import Choice, LocalizedText, Question, builtin_choice
from mgi_desktop.questionnaire.xlsform import columns as col
from mgi_desktop.questionnaire.xlsform import xpath

#: The XLSForm type of each answer type (the ``mgi_type`` column says the app's own).
XLSFORM_TYPES = {"yes_no": "select_one", "yes_partial_no": "select_one", "single_choice": "select_one",
                 "multiple_choice": "select_multiple", "number": "decimal", "integer": "integer",
                 "year": "integer", "date": "date", "text": "text"}
#: The suffix of a list that adds "don't know" and "not applicable" to another (`questionnaire.xlsform.read`
#: reads a list so named back as the list it extends).
SPECIAL_SUFFIXES = {(True, False): "_dk", (False, True): "_na", (True, True): "_dk_na"}

_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")
_PREFIX = {"domain": "d", "sub_area": "s", "indicator": "i", "question": "q"}


@dataclass(frozen=True)
class XlsformWritten:
    path: Path
    questions: int
    choice_lists: int
    languages: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "questions": self.questions, "choice_lists": self.choice_lists,
                "languages": self.languages}


class _Names:
    """XLSForm names for the questionnaire's codes: the code itself where it is a valid XML name,
    else a prefix by level (``1.1.1.a`` -> ``q1.1.1.a``); unique across the form."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.of: dict[tuple[str, str], str] = {}

    def add(self, level: str, code: str) -> str:
        # codes are letters, digits and . _ - (model.CODE_PATTERN): only a leading digit or . _ - is not XML
        name = code if _XML_NAME.match(code) else _PREFIX[level] + code
        base, n = name, 2
        while name.lower() in self.used or name.lower() in ("meta", "instanceid"):
            name, n = f"{base}_{n}", n + 1
        self.used.add(name.lower())
        self.of[(level, code)] = name
        return name

    def question(self, code: str) -> str:
        return self.of[("question", code)]

    def questions(self) -> dict[str, str]:
        return {code: name for (level, code), name in self.of.items() if level == "question"}

    def reserve(self, wanted: str) -> str:
        """A name for a row that is no questionnaire element (a note)."""
        name, n = wanted, 2
        while name.lower() in self.used:
            name, n = f"{wanted}_{n}", n + 1
        self.used.add(name.lower())
        return name


def write_xlsform(framework: Framework, target: Path, languages: Sequence[str] | None = None) -> XlsformWritten:
    """Write `framework` as an XLSForm to `target` (atomically), with a column per language for each
    text: the source language and `languages` (default: every language the questionnaire has)."""
    xlsx_safe.check_target(target)
    model = framework.model
    others = model.languages if languages is None else languages
    languages = [model.source_language, *dict.fromkeys(code for code in others if code != model.source_language)]
    headers = {code: col.language_header(code) for code in languages}
    names = _Names()
    for domain in model.domains:
        names.add("domain", domain.code)
        for sub_area in domain.sub_areas:
            names.add("sub_area", sub_area.code)
            for indicator in sub_area.indicators:
                names.add("indicator", indicator.code)
                for question in indicator.questions:
                    names.add("question", question.code)
    multiple = {q.code for q in model.questions() if answer_types.of(q).multiple}

    lists: dict[str, list[Choice]] = {name: list(choices) for name, choices in model.choice_lists.items()}
    question_lists: dict[str, str] = {}
    for question in model.questions():
        if answer_types.of(question).has_choices:
            question_lists[question.code] = _list_of(framework, question, names, lists)

    def texts(base: str) -> list[Column]:
        return [Column(f"{base}::{headers[code]}", width=40 if base == col.LABEL else 24, wrap=True)
                for code in languages]

    survey_columns = [Column(col.TYPE, 22), Column(col.NAME, 16), *texts(col.LABEL), *texts(col.HINT),
                      *texts(col.GUIDANCE), Column(col.REQUIRED, 9), Column(col.RELEVANT, 30),
                      Column(col.CONSTRAINT, 24), *texts(col.CONSTRAINT_MESSAGE), Column(col.CHOICE_FILTER, 24),
                      Column(col.MGI_CODE, 12), Column(col.MGI_TYPE, 14), Column(col.MGI_LEVEL, 10),
                      Column(col.MGI_NUMBER, 8), Column(col.MGI_FIELD, 12), *texts(col.MGI_LONG_TITLE),
                      *texts(col.MGI_UNIT), Column(col.MGI_MINIMUM, 10), Column(col.MGI_MAXIMUM, 10),
                      Column(col.MGI_EVIDENCE_REQUIRED, 10), Column(col.MGI_SDG, 10), Column(col.MGI_GCM, 12)]
    index = {c.header: i for i, c in enumerate(survey_columns)}

    def row(**cells: Any) -> list[Any]:
        values: list[Any] = [None] * len(survey_columns)
        for key, value in cells.items():
            if isinstance(value, LocalizedText):
                for code in languages:
                    values[index[f"{key}::{headers[code]}"]] = _in(value, code, model.source_language)
            elif value is not None:
                values[index[key]] = value
        return values

    question_names = names.questions()

    def translate(source: str) -> str:
        return xpath.xpath_text(xpath.app_to_xpath(xpath.from_app(source), question_names, multiple.__contains__))

    workbook = xlsx_safe.new_workbook()
    used: set[str] = set()
    survey = SafeSheet(workbook, col.SURVEY, survey_columns, used)
    if model.notice is not None:
        survey.append(row(type="note", name=names.reserve("mgi_notice"), label=model.notice, mgi_field="notice"))
    if model.introduction is not None:
        survey.append(row(type="note", name=names.reserve("mgi_introduction"), label=model.introduction,
                          mgi_field="introduction"))
    for domain in model.domains:
        name = names.of[("domain", domain.code)]
        survey.append(row(type="begin group", name=name, label=domain.title, mgi_code=_code_cell(name, domain.code),
                          mgi_level="domain", mgi_number=domain.number, mgi_long_title=domain.long_title))
        if domain.description is not None:
            survey.append(row(type="note", name=names.reserve(f"{name}_description"),
                              label=domain.description, mgi_field="description"))
        for sub_area in domain.sub_areas:
            sname = names.of[("sub_area", sub_area.code)]
            survey.append(row(type="begin group", name=sname, label=sub_area.title,
                              mgi_code=_code_cell(sname, sub_area.code), mgi_level="sub_area"))
            for indicator in sub_area.indicators:
                iname = names.of[("indicator", indicator.code)]
                survey.append(row(type="begin group", name=iname, label=indicator.title,
                                  mgi_code=_code_cell(iname, indicator.code), mgi_level="indicator"))
                for question in indicator.questions:
                    survey.append(row(**_question_cells(framework, question, names.question(question.code),
                                                        question_lists.get(question.code), translate)))
                survey.append(row(type="end group", name=iname))
            survey.append(row(type="end group", name=sname))
        survey.append(row(type="end group", name=name))

    choice_columns = [Column(col.LIST_NAME, 18), Column(col.NAME, 16),
                      *[Column(f"{col.LABEL}::{headers[code]}", 36, wrap=True) for code in languages],
                      Column(col.MGI_SCORE, 9)]
    choices = SafeSheet(workbook, col.CHOICES, choice_columns, used)
    for list_name, items in lists.items():
        for choice in items:
            choices.append([list_name, choice.code, *[_in(choice.label, code, model.source_language)
                                                      for code in languages],
                            choice.score])

    settings_columns = [Column(col.FORM_TITLE, 40), Column(col.FORM_ID, 16), Column(col.VERSION, 10),
                        Column(col.DEFAULT_LANGUAGE, 16), Column(col.MGI_LEVEL, 10), Column(col.MGI_SCORING, 12),
                        *[Column(f"{col.MGI_TITLE}::{headers[code]}", 40) for code in languages[1:]]]
    settings = SafeSheet(workbook, col.SETTINGS, settings_columns, used, autofilter=False)
    settings.append([_in(model.title, model.source_language, model.source_language), model.id, model.version,
                     headers[model.source_language], model.level.value, model.scoring,
                     *[_in(model.title, code, model.source_language) for code in languages[1:]]])
    xlsx_safe.save(workbook, target, [survey, choices, settings])
    return XlsformWritten(Path(target), len(framework.placements), len(lists), languages)


def _code_cell(name: str, code: str) -> str | None:
    return code if name != code else None


def _in(text: LocalizedText | None, language: str, source_language: str) -> str | None:
    """The text in exactly that language (no fallback: an empty cell is a missing translation)."""
    if text is None:
        return None
    value = text.values.get(language)
    if value is None and language == source_language:
        value = text.values.get("")
    return value or None


def _is_builtin(choice: Choice) -> bool:
    builtin = builtin_choice(choice.code)
    return choice.label.values == builtin.label.values and choice.score == builtin.score and not choice.relevant


def _list_of(framework: Framework, question: Question, names: _Names, lists: dict[str, list[Choice]]) -> str:
    """The name of the choices-sheet list a question selects from (added to `lists` if new)."""
    kind = answer_types.of(question)
    resolved = framework.placements[question.code].choices
    plain = [c for c in resolved if c.code not in SPECIAL_CODES]
    specials = [c for c in resolved if c.code in SPECIAL_CODES]
    if kind.fixed_codes is not None and all(_is_builtin(c) for c in plain):
        base = kind.name
    elif question.choice_list is not None:
        base = question.choice_list
    else:
        base = names.question(question.code)
    lists.setdefault(base, plain)
    if not specials:
        return base
    flags = (question.allow_dont_know, question.allow_not_applicable)
    name = base + SPECIAL_SUFFIXES[flags]
    lists.setdefault(name, [*plain, *specials])
    return name


def _question_cells(framework: Framework, question: Question, name: str, list_name: str | None,
                    translate: Any) -> dict[str, Any]:
    kind = answer_types.of(question)
    xls_type = XLSFORM_TYPES.get(kind.name, "text")
    if list_name is not None:
        xls_type = f"{xls_type} {list_name}"
    constraint, message = _constraint(question, translate)
    return {
        "type": xls_type, "name": name, "label": question.text, "hint": question.hint,
        "guidance_hint": question.guidance, "required": "yes" if question.required else "no",
        "relevant": translate(question.relevant) if question.relevant else None,
        "constraint": constraint, "constraint_message": message,
        "choice_filter": _choice_filter(framework, question, translate),
        "mgi_code": _code_cell(name, question.code), "mgi_type": kind.name, "mgi_unit": question.unit,
        "mgi_minimum": question.minimum, "mgi_maximum": question.maximum,
        "mgi_evidence_required": "yes" if question.evidence_required else "no",
        "mgi_sdg_10_7_2": question.sdg_1072,
        "mgi_gcm_objectives": " ".join(str(n) for n in question.gcm_objectives) or None,
    }


def _constraint(question: Question, translate: Any) -> tuple[str | None, LocalizedText | None]:
    """One XLSForm constraint: the app's constraints and the range, all of which must hold; the
    message is the first constraint's (or, if there are several, all of them in turn)."""
    parts = [translate(c.expression) for c in question.constraints]
    bounds = col.range_xpath(question.minimum, question.maximum)
    if bounds:
        parts.append(bounds)
    if not parts:
        return None, None
    cell = parts[0] if len(parts) == 1 else " and ".join(f"({p})" for p in parts)
    if not question.constraints:
        return cell, None
    if len(question.constraints) == 1:
        return cell, question.constraints[0].message
    languages: set[str] = set().union(*(c.message.values.keys() for c in question.constraints))
    return cell, LocalizedText({code: " ".join(c.message.values.get(code, "") for c in question.constraints).strip()
                                for code in sorted(languages)})


def _choice_filter(framework: Framework, question: Question, translate: Any) -> str | None:
    """Cascading choices as one XLSForm choice filter: each choice by its name, with its condition."""
    choices = framework.placements[question.code].choices
    if not any(c.relevant for c in choices):
        return None
    parts: list[xpath.Node] = []
    for choice in choices:
        named = xpath.Node("cmp", (xpath.Node("name", value="name"), xpath.Node("str", value=choice.code)), op="=")
        if choice.relevant:
            condition = xpath.parse_xpath(translate(choice.relevant))
            named = xpath.Node("and", (named, condition))
        parts.append(named)
    return xpath.xpath_text(xpath.Node("or", tuple(parts)) if len(parts) > 1 else parts[0])
