"""Every translatable text of a questionnaire, under a key that stays put while the text changes.

A key names the text's owner and field, by code: ``question:1.1.1.a:guidance``,
``choice:1.1.1.b:all_migrants:label``, ``list:access_scope:none:label``, ``domain:1:title``.
Codes hold no colon (`model.CODE_PATTERN`), so a key reads back unambiguously.  Translations
(`translations`), their PO and XLSForm exports and the status report all address texts this way,
so a translation follows its text through reordering and survives edits elsewhere in the file.

A text's *fingerprint* is a short hash of its source-language wording with runs of white space
folded (re-wrapping a paragraph in the file is not a change); a translation records the fingerprint
of the text it translates, so a changed source marks it outdated.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from mgi_desktop.questionnaire.model import Choice, Domain, Indicator, LocalizedText, Question, Questionnaire, SubArea

#: Kinds of owner, in the order a questionnaire holds them (what a translator meets first comes first).
KINDS = ("questionnaire", "list", "domain", "sub_area", "indicator", "question", "choice", "constraint")


@dataclass(frozen=True)
class Text:
    """One translatable text: its key, its value (all languages), and where a person finds it."""

    key: str
    value: LocalizedText
    #: the owner as a person names it: "question 1.1.1.a", "choice list access_scope"
    owner: str
    field: str

    def source(self, source_language: str) -> str:
        return self.value.get(source_language, source_language)


def fingerprint(text: str) -> str:
    """12 hex digits of the SHA-256 of the text with its white space folded."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def iter_texts(questionnaire: Questionnaire) -> Iterator[Text]:
    """Every text of the questionnaire that has a value, in file order."""
    found: list[Text] = []

    def collect(text: Text) -> LocalizedText:
        found.append(text)
        return text.value

    _walk(questionnaire, collect)
    return iter(found)


def map_texts(questionnaire: Questionnaire, change: Callable[[Text], LocalizedText]) -> Questionnaire:
    """The questionnaire with each text replaced by what `change` makes of it (the same structure)."""
    return _walk(questionnaire, change)


def by_key(questionnaire: Questionnaire) -> dict[str, Text]:
    return {t.key: t for t in iter_texts(questionnaire)}


_T = TypeVar("_T")


def _walk(q: Questionnaire, change: Callable[[Text], LocalizedText]) -> Questionnaire:
    """The one place that knows where texts are: rebuilds every owner whose texts `change` changes
    (and leaves the others as they are, shared)."""

    def fields(obj: _T, key: str, owner: str, names: tuple[str, ...]) -> _T:
        updates: dict[str, Any] = {}
        for name in names:
            value = getattr(obj, name)
            if value is not None and any(v.strip() for v in value.values.values()):
                new = change(Text(f"{key}:{name}", value, owner, name))
                if new is not value:
                    updates[name] = new
        return dataclasses.replace(obj, **updates) if updates else obj  # type: ignore[type-var]

    def choice(c: Choice, key: str, owner: str) -> Choice:
        return fields(c, key, owner, ("label",))

    def question(x: Question) -> Question:
        owner = f"question {x.code}"
        new = fields(x, f"question:{x.code}", owner, ("text", "hint", "guidance", "unit"))
        updates: dict[str, Any] = {}
        if x.choices:
            choices = [choice(c, f"choice:{x.code}:{c.code}", f"choice {c.code} of question {x.code}")
                       for c in x.choices]
            if any(a is not b for a, b in zip(choices, x.choices, strict=True)):
                updates["choices"] = choices
        if x.constraints:
            constraints = [fields(c, f"constraint:{x.code}:{n}", f"constraint {n} of question {x.code}", ("message",))
                           for n, c in enumerate(x.constraints, 1)]
            if any(a is not b for a, b in zip(constraints, x.constraints, strict=True)):
                updates["constraints"] = constraints
        return dataclasses.replace(new, **updates) if updates else new

    def each(items: list[_T], rebuild: Callable[[_T], _T]) -> list[_T]:
        new = [rebuild(item) for item in items]
        return items if all(a is b for a, b in zip(new, items, strict=True)) else new

    def indicator(i: Indicator) -> Indicator:
        new = fields(i, f"indicator:{i.code}", f"indicator {i.code}", ("title",))
        questions = each(i.questions, question)
        return dataclasses.replace(new, questions=questions) if questions is not i.questions else new

    def sub_area(a: SubArea) -> SubArea:
        new = fields(a, f"sub_area:{a.code}", f"sub-area {a.code}", ("title",))
        indicators = each(a.indicators, indicator)
        return dataclasses.replace(new, indicators=indicators) if indicators is not a.indicators else new

    def domain(d: Domain) -> Domain:
        new = fields(d, f"domain:{d.code}", f"domain {d.code}", ("title", "long_title", "description"))
        sub_areas = each(d.sub_areas, sub_area)
        return dataclasses.replace(new, sub_areas=sub_areas) if sub_areas is not d.sub_areas else new

    new_q = fields(q, "questionnaire", "questionnaire", ("title", "notice", "introduction"))
    lists = {name: each(choices, lambda c, name=name: choice(c, f"list:{name}:{c.code}",  # type: ignore[misc]
                                                             f"choice {c.code} of list {name}"))
             for name, choices in q.choice_lists.items()}
    domains = each(q.domains, domain)
    updates: dict[str, Any] = {}
    if any(lists[n] is not q.choice_lists[n] for n in lists):
        updates["choice_lists"] = lists
    if domains is not q.domains:
        updates["domains"] = domains
    return dataclasses.replace(new_q, **updates) if updates else new_q
