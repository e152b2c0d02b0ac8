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

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from mgi_desktop.questionnaire.model import LocalizedText, Questionnaire

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

    def text(key: str, value: LocalizedText | None, owner: str, field: str) -> Iterator[Text]:
        if value is not None and any(v.strip() for v in value.values.values()):
            yield Text(key, value, owner, field)

    q = questionnaire
    for field in ("title", "notice", "introduction"):
        yield from text(f"questionnaire:{field}", getattr(q, field), "questionnaire", field)
    for name, choices in q.choice_lists.items():
        for choice in choices:
            yield from text(f"list:{name}:{choice.code}:label", choice.label,
                            f"choice {choice.code} of list {name}", "label")
    for domain in q.domains:
        for field in ("title", "long_title", "description"):
            yield from text(f"domain:{domain.code}:{field}", getattr(domain, field), f"domain {domain.code}", field)
        for sub_area in domain.sub_areas:
            yield from text(f"sub_area:{sub_area.code}:title", sub_area.title, f"sub-area {sub_area.code}", "title")
            for indicator in sub_area.indicators:
                yield from text(f"indicator:{indicator.code}:title", indicator.title,
                                f"indicator {indicator.code}", "title")
                for question in indicator.questions:
                    owner = f"question {question.code}"
                    for field in ("text", "hint", "guidance", "unit"):
                        yield from text(f"question:{question.code}:{field}", getattr(question, field), owner, field)
                    for choice in question.choices or ():
                        yield from text(f"choice:{question.code}:{choice.code}:label", choice.label,
                                        f"choice {choice.code} of question {question.code}", "label")
                    for n, constraint in enumerate(question.constraints, 1):
                        yield from text(f"constraint:{question.code}:{n}:message", constraint.message,
                                        f"constraint {n} of question {question.code}", "message")


def by_key(questionnaire: Questionnaire) -> dict[str, Text]:
    return {t.key: t for t in iter_texts(questionnaire)}
