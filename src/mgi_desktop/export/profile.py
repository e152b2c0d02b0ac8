"""The profile report's content as a plain model, shared by the HTML, DOCX and
PDF writers so they all say the same thing in the same order.

The structure follows IOM's published profiles: a title page, what the MGI
is, an introduction, the six-domain wheel, per domain its description, the
well-developed areas and the areas with potential for further development,
for a follow-up round the developments since the previous round, and an annex
of key sources.

The title page says what the validation is worth (`services.validation`),
checked against the keys trusted by whoever exports the profile: a status
"validated" that no trusted reviewer key signed over these answers is shown
as a warning, never as a validation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mgi_desktop import enums
from mgi_desktop.enums import EvidenceKind, FindingCategory
from mgi_desktop.export.dataset import AssessmentDataset
from mgi_desktop.messages import english
from mgi_desktop.services.validation import Trust, Validation
from mgi_desktop.services.views import EvidenceRow
from mgi_desktop.storage.db import Database

WELL_DEVELOPED_HEADING = "Migration governance: examples of well-developed areas"
POTENTIAL_HEADING = "Areas with potential for further development"
DEVELOPMENTS_HEADING = "Developments since the previous round"
SOURCES_HEADING = "Annex: key sources"
VALIDATION_LABEL = "Validation"

ABOUT_MGI = (
    "The Migration Governance Indicators (MGI) are a policy-benchmarking tool led by the International "
    "Organization for Migration (IOM). They help governments take stock of their migration governance "
    "structures. The MGI look at policy and institutional frameworks: the laws, policies, strategies and "
    "institutions that are in place, not how they are implemented in practice or what results they achieve. "
    "The MGI are not a ranking: they show well-developed areas and areas with potential for further "
    "development, to support a dialogue on migration governance and on progress towards target 10.7 of the "
    "Sustainable Development Goals.")
ABOUT_LOCAL_MGI = (
    " The Local MGI adapt the indicators to cities, municipalities and provinces, within the competences of "
    "local authorities.")


@dataclass(frozen=True)
class ProfileDomain:
    number: int
    title: str
    long_title: str
    description: str
    well_developed: list[str]
    potential: list[str]


@dataclass(frozen=True)
class Development:
    domain: int
    code: str
    question: str
    before: str
    now: str


@dataclass(frozen=True)
class Source:
    text: str  # the citation as printed
    url: str


@dataclass
class Profile:
    title: str
    place: str
    level_label: str  # "National" / "Local"
    round: int
    round_label: str
    date_label: str  # e.g. "December 2023"
    framework_label: str
    notice: str
    about: str
    introduction: str
    domains: list[ProfileDomain]
    follow_up: bool
    previous_round: int | None = None
    previous_available: bool = False
    developments: list[Development] = field(default_factory=list)
    sources: dict[int, list[Source]] = field(default_factory=dict)  # by domain number, first citation wins
    validation: Validation | None = None

    @property
    def validation_line(self) -> str:
        """The title page's line on the validation ("Validation: validated by ..."); empty without one."""
        if self.validation is None:
            return ""
        return f"{VALIDATION_LABEL}: {english(self.validation.message)}"

    @property
    def validation_warning(self) -> bool:
        return self.validation is not None and self.validation.warning

    @property
    def wheel_labels(self) -> list[tuple[int, str]]:
        return [(d.number, d.title) for d in self.domains]


_ORDINALS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth"}


def round_label(number: int) -> str:
    return f"{_ORDINALS[number]} profile" if number in _ORDINALS else f"Profile, round {number}"


def cite(item: EvidenceRow) -> str:
    """A source as a reader cites it: title, reference, issuing body, year."""
    parts = [item.title.strip()]
    if item.reference.strip():
        parts.append(item.reference.strip())
    detail = [p for p in (item.issuing_body.strip(), str(item.year) if item.year else (item.date or "")) if p]
    text = ", ".join(parts)
    if detail:
        text += f" ({', '.join(detail)})"
    if item.kind == EvidenceKind.INTERVIEW:
        text = f"{enums.english_label(EvidenceKind.INTERVIEW)}: {text}"
    return text


def _source_key(item: EvidenceRow) -> tuple[str, str, str, str]:
    return (" ".join(item.title.casefold().split()), " ".join(item.reference.casefold().split()),
            str(item.year or item.date or ""), item.url.strip().rstrip("/").casefold())


def build_profile(data: AssessmentDataset, *, date: dt.date | None = None, trust: Trust | None = None) -> Profile:
    """The profile's content; its validation is checked against `trust` (the exporting user's keys)."""
    m = data.meta
    model = data.framework.model
    lang = model.source_language
    when = date or m.updated_at.date()
    domains = []
    for domain in model.domains:
        lists: dict[FindingCategory, list[str]] = {c: [] for c in FindingCategory}
        for finding in data.findings:  # already in profile order
            if finding.domain_number == domain.number:
                lists[finding.category].append(finding.text)
        domains.append(ProfileDomain(
            domain.number, domain.title.get(lang), model.text(domain.long_title, lang) or domain.title.get(lang),
            data.domain_texts.get(domain.number) or model.text(domain.description, lang),
            lists[FindingCategory.WELL_DEVELOPED], lists[FindingCategory.POTENTIAL]))
    profile = Profile(
        title=f"Migration Governance {'Local ' if m.is_local else ''}Profile: {m.place}",
        place=m.place, level_label="Local" if m.is_local else "National", round=m.round,
        round_label=round_label(m.round), date_label=f"{when:%B %Y}",
        framework_label=f"{model.title.get(lang)}, version {m.framework_version}",
        notice=model.text(model.notice, lang),
        about=ABOUT_MGI + (ABOUT_LOCAL_MGI if m.is_local else ""), introduction=data.introduction,
        domains=domains, follow_up=m.round > 1 or m.previous_id is not None, validation=data.validation(trust))
    if data.previous is not None:
        profile.previous_round = data.previous.round
        profile.previous_available = True
        before = data.previous.labels
        for code, view in data.answers.items():
            if view.value is None:
                continue
            now = data.answer_label(code)
            old = before.get(code, "")
            if now != old:
                placement = data.framework.placements[code]
                profile.developments.append(Development(placement.domain.number, code,
                                                        placement.question.text.get(lang),
                                                        old or "not answered", now))
    seen: set[tuple[str, str, str, str]] = set()
    order = {code: p.position for code, p in data.framework.placements.items()}
    for item in sorted(data.evidence, key=lambda e: (order.get(e.question_code, 1 << 30), e.created_at)):
        where = data.framework.placements.get(item.question_code)
        key = _source_key(item)
        if where is None or key in seen:
            continue
        seen.add(key)
        profile.sources.setdefault(where.domain.number, []).append(Source(cite(item), item.url.strip()))
    return profile


def profile_for(db: Database, assessment_id: str, *, date: dt.date | None = None) -> Profile:
    """The profile of an assessment in a database, ready for any of the writers, its validation checked
    against the keys that database's user trusts."""
    from mgi_desktop.export.sources import from_database  # sources reads packages too: only when asked
    from mgi_desktop.services.validation import trust_of

    return build_profile(from_database(db, assessment_id), date=date, trust=trust_of(db))
