"""Progress counts per domain, and the SDG 10.7.2 scores.

The MGI publishes no score: the percentages here are completion measures and
are labelled "indicative" wherever they are shown.  SDG indicator 10.7.2 is
scored exactly as the UN metadata publishes it (see `sdg_scores`), in two ways
that differ only on a sub-category left unanswered: the app's completeness-aware
value gives a domain no value until its five sub-categories are answered; the
official method (UN metadata, IMPUTATION) counts a missing sub-category as 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.questionnaire.model import DONT_KNOW, NO, NOT_APPLICABLE, PARTIALLY, YES

if TYPE_CHECKING:  # imported by the SDG 10.7.2 scores, which alone need exact fractions
    from fractions import Fraction

INDICATIVE_LABEL = "indicative completion measure, not an official MGI score"


@dataclass
class Tally:
    questions: int = 0
    relevant: int = 0
    answered: int = 0
    required_missing: int = 0
    yes: int = 0
    partially: int = 0
    no: int = 0
    dont_know: int = 0
    not_applicable: int = 0

    @property
    def completion(self) -> float:
        """Answered relevant questions as a percentage (100 when nothing is relevant)."""
        return 100.0 if self.relevant == 0 else round(100.0 * self.answered / self.relevant, 1)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"completion": self.completion}


@dataclass
class Progress:
    domains: dict[int, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    relevance: dict[str, bool] = field(default_factory=dict)


_CODE_FIELDS = {YES: "yes", PARTIALLY: "partially", NO: "no", DONT_KNOW: "dont_know",
                NOT_APPLICABLE: "not_applicable"}


def progress(framework: Framework, values: Mapping[str, AnswerValue]) -> Progress:
    """Count questions per domain; answers to questions that are not relevant are left out."""
    relevance = framework.relevance(values)
    result = Progress(domains={d.number: Tally() for d in framework.model.domains}, relevance=relevance)
    for code, placement in framework.placements.items():
        tally = result.domains[placement.domain.number]
        tally.questions += 1
        if not relevance[code]:
            continue
        tally.relevant += 1
        value = values.get(code)
        if value is None:
            if placement.question.required:
                tally.required_missing += 1
            continue
        tally.answered += 1
        if isinstance(value, str) and value in _CODE_FIELDS:
            name = _CODE_FIELDS[value]
            setattr(tally, name, getattr(tally, name) + 1)
    for tally in result.domains.values():
        result.overall.add(tally)
    return result


# -- SDG 10.7.2 -------------------------------------------------------------------

#: (category code, label) by value band: below 40, 40 to below 80, 80 to below
#: 100, exactly 100 (UN SDG metadata for 10.7.2).
SDG_CATEGORIES = {
    1: "Requires further progress",
    2: "Partially meets",
    3: "Meets",
    4: "Fully meets",
}


def sdg_category(value: float | Fraction) -> int:
    if not 0 <= value <= 100:
        raise ValueError(f"an SDG 10.7.2 value lies between 0 and 100, not {value}")
    if value < 40:
        return 1
    if value < 80:
        return 2
    if value < 100:
        return 3
    return 4


@dataclass(frozen=True)
class SdgScore:
    value: float | None  # 0-100; completeness-aware: None until every sub-category is answered
    category: int | None
    #: the sub-categories left unanswered (under the official method they counted as 0)
    missing: tuple[str, ...]

    @property
    def category_label(self) -> str:
        return SDG_CATEGORIES[self.category] if self.category else ""

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "category": self.category, "category_label": self.category_label,
                "missing": list(self.missing)}


@dataclass(frozen=True)
class SdgResult:
    domains: dict[int, SdgScore]
    overall: SdgScore

    def as_dict(self) -> dict[str, Any]:
        return {"domains": {str(k): v.as_dict() for k, v in self.domains.items()}, "overall": self.overall.as_dict()}


@dataclass(frozen=True)
class SdgValues:
    """Both values of one assessment: the app's completeness-aware one and the official method's."""

    completeness_aware: SdgResult
    official: SdgResult

    def as_dict(self) -> dict[str, Any]:
        return {"completeness_aware": {"label": SDG_COMPLETENESS_AWARE_LABEL} | self.completeness_aware.as_dict(),
                "official": {"label": SDG_OFFICIAL_LABEL} | self.official.as_dict()}


#: what each value is, in the words every front end and export uses for it (English here; the exports
#: and the window have their own translated copies)
SDG_COMPLETENESS_AWARE_LABEL = "MGI Desktop's value: a domain has a value once its five sub-categories are answered"
SDG_OFFICIAL_LABEL = "the UN SDG metadata's method: a missing sub-category counts as 0"


def _score(values: list[Fraction], missing: list[str], missing_as_zero: bool) -> SdgScore:
    from fractions import Fraction

    if missing_as_zero:
        values = values + [Fraction(0)] * len(missing)
    elif missing:
        return SdgScore(None, None, tuple(missing))
    if not values:
        return SdgScore(None, None, tuple(missing))
    exact = sum(values, Fraction(0)) * 100 / len(values)  # exact, so 80 is 80, not 79.999...
    return SdgScore(float(exact), sdg_category(exact), tuple(missing))


def sdg_values(framework: Framework, values: Mapping[str, AnswerValue]) -> SdgValues:
    """The completeness-aware and the official-method values of the same answers."""
    return SdgValues(sdg_scores(framework, values), sdg_scores(framework, values, missing_as_zero=True))


def sdg_scores(framework: Framework, values: Mapping[str, AnswerValue], *,
               missing_as_zero: bool = False) -> SdgResult:
    """Domain value = mean of its five sub-category values x 100; overall = mean of all 30.

    A sub-category's value is the score of the answer chosen (domain 1: 1 for
    regardless of status, 0.5 for legal status only, 0 for no; domains 2-6: 1
    for yes, 0 for no).  By default (the app's completeness-aware value) a
    domain with an unanswered sub-category has no value, and neither has the
    overall value; with `missing_as_zero` (the official method, UN SDG metadata
    IMPUTATION: "missing values are assigned a value of 0") it counts as 0.
    "Don't know" or any answer without a score is unanswered here.
    """
    from fractions import Fraction

    per_domain: dict[int, tuple[list[Fraction], list[str]]] = {}
    for code, placement in framework.placements.items():
        sub_category = placement.question.sdg_1072
        if sub_category is None:
            continue
        scores, missing = per_domain.setdefault(int(sub_category[0]), ([], []))
        value = values.get(code)
        choice = placement.choice(value) if isinstance(value, str) else None
        if choice is None or choice.score is None:
            missing.append(sub_category)
        else:
            scores.append(Fraction(str(choice.score)))
    domains = {n: _score(*per_domain[n], missing_as_zero) for n in sorted(per_domain)}
    all_values = [v for scores, _ in per_domain.values() for v in scores]
    all_missing = [m for _, missing in per_domain.values() for m in missing]
    return SdgResult(domains, _score(all_values, all_missing, missing_as_zero))
