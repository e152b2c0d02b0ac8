"""What changed between two versions of a questionnaire, question by question.

`diff(old, new)` pairs questions by code and reports, per domain, the
questions added, removed and changed: moved (another indicator, sub-area or
domain, or another place among the questions both versions have), reworded
(the text in any language; hint, guidance and unit are reported apart), the
answer type, the choices (codes added or removed, labels and scores changed)
and the conditions (relevance, constraints, minimum, maximum, required,
evidence required).

Everything compares by meaning, not by how the file spells it:

- a text keyed "" is the source language's (``{"": "x"}`` is ``{"en": "x"}``
  when the source language is "en"), empty translations count as absent, and
  runs of white space as one space (YAML's folding differs between authors);
- choices are the question's resolved ones (a shared list, the built-in
  yes / no labels, "don't know" and "not applicable" when allowed), so moving
  a list into ``choice_lists`` changes nothing;
- conditions compare as `conditions.canonical` writes them.

Plain data, no Qt and no database: the command line prints it, writes it as
a workbook (`export.questionnaire_diff_xlsx`), and `crosswalk.draft` starts
from it.
"""

from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass, field
from typing import Any

from mgi_desktop.questionnaire import conditions
from mgi_desktop.questionnaire.framework import Framework, Placement
from mgi_desktop.questionnaire.model import LocalizedText


def texts(value: LocalizedText | None, source_language: str) -> dict[str, str]:
    """A text's translations as they mean: "" stands for the source language, white space is folded,
    empty ones are dropped."""
    if value is None:
        return {}
    result: dict[str, str] = {}
    for language, text in value.values.items():
        folded = " ".join(text.split())
        if folded:
            result.setdefault(language or source_language, folded)
    return result


def _condition(source: str | None) -> str | None:
    if source is None:
        return None
    try:
        return conditions.canonical(source)
    except conditions.ExpressionError:  # a checked questionnaire has none: compared as written
        return source


@dataclass(frozen=True)
class Place:
    """Where a question stands in one version."""

    domain: int
    sub_area: str
    indicator: str
    position: int  # its index among all the questions of that version

    @classmethod
    def of(cls, placement: Placement) -> Place:
        return cls(placement.domain.number, placement.sub_area.code, placement.indicator.code, placement.position)


@dataclass(frozen=True)
class TextChange:
    """A text (question, hint, guidance, unit) in both versions, and the languages in which it differs."""

    old: dict[str, str]
    new: dict[str, str]
    languages: list[str]


@dataclass(frozen=True)
class ChoiceChange:
    code: str
    old_label: dict[str, str] | None = None
    new_label: dict[str, str] | None = None
    old_score: float | None = None
    new_score: float | None = None


@dataclass(frozen=True)
class ChoicesChange:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    relabelled: list[ChoiceChange] = field(default_factory=list)
    rescored: list[ChoiceChange] = field(default_factory=list)
    reordered: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.relabelled or self.rescored or self.reordered)


@dataclass(frozen=True)
class FieldChange:
    """A condition or rule (relevant, constraints, minimum, maximum, required, evidence_required)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class QuestionChange:
    """One question that is new, gone, or different."""

    code: str
    status: str  # "added", "removed", "changed"
    domain: int  # the new version's domain (the old one's for a removed question)
    old_place: Place | None = None
    new_place: Place | None = None
    text: TextChange | None = None  # reworded
    hint: TextChange | None = None
    guidance: TextChange | None = None
    unit: TextChange | None = None
    type: tuple[str, str] | None = None
    choices: ChoicesChange | None = None
    conditions: list[FieldChange] = field(default_factory=list)
    #: the question's text in the source language of each version (for a reader)
    old_text: str = ""
    new_text: str = ""
    moved_in_order: bool = False  # among the questions both versions have

    @property
    def moved(self) -> bool:
        if self.old_place is None or self.new_place is None:
            return False
        o, n = self.old_place, self.new_place
        return (o.domain, o.sub_area, o.indicator) != (n.domain, n.sub_area, n.indicator) or self.moved_in_order

    @property
    def reworded(self) -> bool:
        return self.text is not None

    @property
    def meaning_changed(self) -> bool:
        """What makes a carried answer wait for the focal point: the question or its answers changed."""
        return self.reworded or self.type is not None or bool(self.choices)

    def kinds(self) -> list[str]:
        """What changed, as short words (the workbook's and the command line's summary)."""
        if self.status != "changed":
            return [self.status]
        found = [("moved", self.moved), ("reworded", self.reworded), ("hint", self.hint is not None),
                 ("guidance", self.guidance is not None), ("unit", self.unit is not None),
                 ("type", self.type is not None), ("choices", bool(self.choices)),
                 ("conditions", bool(self.conditions))]
        return [name for name, present in found if present]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["type"] = list(self.type) if self.type else None
        return data | {"moved": self.moved, "reworded": self.reworded, "kinds": self.kinds()}


@dataclass(frozen=True)
class Side:
    """One version, as a crosswalk's header names it."""

    id: str
    version: str
    sha256: str

    @classmethod
    def of(cls, framework: Framework) -> Side:
        return cls(framework.id, framework.version, framework.sha256)


@dataclass(frozen=True)
class QuestionnaireDiff:
    old: Side
    new: Side
    changes: list[QuestionChange]  # in the new version's order, then the removed ones in the old order

    def get(self, code: str) -> QuestionChange | None:
        return next((c for c in self.changes if c.code == code), None)

    @property
    def added(self) -> list[QuestionChange]:
        return [c for c in self.changes if c.status == "added"]

    @property
    def removed(self) -> list[QuestionChange]:
        return [c for c in self.changes if c.status == "removed"]

    @property
    def changed(self) -> list[QuestionChange]:
        return [c for c in self.changes if c.status == "changed"]

    def by_domain(self) -> dict[int, list[QuestionChange]]:
        result: dict[int, list[QuestionChange]] = {}
        for change in sorted(self.changes, key=lambda c: c.domain):  # stable: each domain keeps its order
            result.setdefault(change.domain, []).append(change)
        return result

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed)}

    def as_dict(self) -> dict[str, Any]:
        return {"old": asdict(self.old), "new": asdict(self.new), "counts": self.counts(),
                "domains": [{"domain": number, "questions": [c.as_dict() for c in changes]}
                            for number, changes in self.by_domain().items()]}


def _text_change(old: LocalizedText | None, new: LocalizedText | None, old_source: str,
                 new_source: str) -> TextChange | None:
    a, b = texts(old, old_source), texts(new, new_source)
    if a == b:
        return None
    languages = sorted(lang for lang in set(a) | set(b) if a.get(lang) != b.get(lang))
    return TextChange(a, b, languages)


def _choices_change(old: Placement, new: Placement, old_source: str, new_source: str) -> ChoicesChange | None:
    before = {c.code: c for c in old.choices}
    after = {c.code: c for c in new.choices}
    relabelled, rescored = [], []
    for code in (c for c in after if c in before):
        a, b = before[code], after[code]
        label_a, label_b = texts(a.label, old_source), texts(b.label, new_source)
        if label_a != label_b:
            relabelled.append(ChoiceChange(code, old_label=label_a, new_label=label_b))
        if a.score != b.score:
            rescored.append(ChoiceChange(code, old_score=a.score, new_score=b.score))
    kept_old = [c for c in before if c in after]
    kept_new = [c for c in after if c in before]
    change = ChoicesChange(added=[c for c in after if c not in before], removed=[c for c in before if c not in after],
                           relabelled=relabelled, rescored=rescored, reordered=kept_old != kept_new)
    return change or None


def _constraints(placement: Placement) -> list[str]:
    return [_condition(c.expression) or "" for c in placement.question.constraints]


def _field_changes(old: Placement, new: Placement, old_source: str, new_source: str) -> list[FieldChange]:
    a, b = old.question, new.question
    found = []
    if _condition(a.relevant) != _condition(b.relevant):
        found.append(FieldChange("relevant", _condition(a.relevant), _condition(b.relevant)))
    old_rules = [(e, texts(c.message, old_source)) for e, c in zip(_constraints(old), a.constraints, strict=True)]
    new_rules = [(e, texts(c.message, new_source)) for e, c in zip(_constraints(new), b.constraints, strict=True)]
    if old_rules != new_rules:
        found.append(FieldChange("constraints", [e for e, _ in old_rules], [e for e, _ in new_rules]))
    for name in ("minimum", "maximum", "required", "evidence_required"):
        if getattr(a, name) != getattr(b, name):
            found.append(FieldChange(name, getattr(a, name), getattr(b, name)))
    return found


def _moved_in_order(old: Framework, new: Framework) -> set[str]:
    """The codes both versions have whose order among those codes changed: the fewest that explain it
    (those outside the longest run the two orders share)."""
    kept_old = [c for c in old.placements if c in new.placements]
    kept_new = [c for c in new.placements if c in old.placements]
    if kept_old == kept_new:
        return set()
    matcher = difflib.SequenceMatcher(None, kept_old, kept_new, autojunk=False)
    in_order = {kept_old[block.a + i] for block in matcher.get_matching_blocks() for i in range(block.size)}
    return set(kept_old) - in_order


def diff(old: Framework, new: Framework) -> QuestionnaireDiff:
    """Every question that was added, removed or changed from `old` to `new` (as their files say:
    the translations installed for either are no part of a version)."""
    old, new = old.untranslated(), new.untranslated()
    old_source, new_source = old.model.source_language, new.model.source_language
    reordered = _moved_in_order(old, new)
    changes: list[QuestionChange] = []
    for code, placement in new.placements.items():
        new_text = placement.question.text.get(new_source, new_source)
        if code not in old.placements:
            changes.append(QuestionChange(code, "added", placement.domain.number, new_place=Place.of(placement),
                                          new_text=new_text))
            continue
        before = old.placements[code]
        a, b = before.question, placement.question
        change = QuestionChange(
            code, "changed", placement.domain.number, old_place=Place.of(before), new_place=Place.of(placement),
            text=_text_change(a.text, b.text, old_source, new_source),
            hint=_text_change(a.hint, b.hint, old_source, new_source),
            guidance=_text_change(a.guidance, b.guidance, old_source, new_source),
            unit=_text_change(a.unit, b.unit, old_source, new_source),
            type=(a.type, b.type) if a.type != b.type else None,
            choices=_choices_change(before, placement, old_source, new_source),
            conditions=_field_changes(before, placement, old_source, new_source),
            old_text=a.text.get(old_source, old_source), new_text=new_text, moved_in_order=code in reordered)
        if change.kinds():
            changes.append(change)
    for code, placement in old.placements.items():
        if code not in new.placements:
            changes.append(QuestionChange(code, "removed", placement.domain.number, old_place=Place.of(placement),
                                          old_text=placement.question.text.get(old_source, old_source)))
    return QuestionnaireDiff(Side.of(old), Side.of(new), changes)
