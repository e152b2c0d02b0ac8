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

A profile is built in a language (`build_profile`'s ``language``, the
assessment's working language): its fixed words are ``export.profile.*``
templates put into that language by `wording`, the questionnaire's texts
come from its model in that language, dates and numbers are formatted for it,
and the writers follow its direction (right to left for Arabic).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mgi_desktop import wording
from mgi_desktop.enums import EvidenceKind, FindingCategory, ValidationMark
from mgi_desktop.export import labels as L
from mgi_desktop.export.dataset import AssessmentDataset
from mgi_desktop.messages import Template
from mgi_desktop.services.findings import default_description, default_introduction
from mgi_desktop.services.validation import Trust, Validation
from mgi_desktop.services.views import AssessmentMeta, EvidenceRow
from mgi_desktop.storage.db import Database


def _t(name: str, text: str, plural: str | None = None, count: str | None = None) -> Template:
    return Template(f"export.profile.{name}", text, plural, count)


WELL_DEVELOPED_HEADING = _t("well_developed", "Migration governance: examples of well-developed areas")
POTENTIAL_HEADING = _t("potential", "Areas with potential for further development")
DEVELOPMENTS_HEADING = _t("developments", "Developments since the previous round")
SOURCES_HEADING = _t("sources", "Annex: key sources")
ABOUT_HEADING = _t("about", "About the Migration Governance Indicators")
INTRODUCTION_HEADING = _t("introduction", "Introduction")
DOMAINS_HEADING = _t("six_domains", "The six domains")
DOMAIN_HEADING = _t("domain", "Domain {n}: {title}")
VALIDATION_LINE = _t("validation", "Validation: {validation}")
NONE_RECORDED = _t("none_recorded", "None recorded.")
#: the one line of a domain without findings (instead of two empty lists)
NO_FINDINGS = _t("no_findings", "No findings have been recorded for this domain yet.")
#: the running footer of the PDF and DOCX ({n}: this page, {total}: the pages)
PAGE_OF = _t("page_of", "Page {n} of {total}")
#: On every page of a profile exported before the assessment is validated (HTML, PDF, DOCX).
DRAFT_MARK = _t("draft_mark", "DRAFT — not validated")

TITLE = _t("title", "Migration Governance Profile: {place}")
TITLE_LOCAL = _t("title_local", "Migration Governance Local Profile: {place}")
SUBTITLE = _t("subtitle", "National MGI · {round} · {date}")
SUBTITLE_LOCAL = _t("subtitle_local", "Local MGI · {round} · {date}")
PLACE_ROUND = _t("place_round", "{place} — round {n}")
QUESTIONNAIRE = _t("questionnaire", "Questionnaire: {framework}")
FRAMEWORK = _t("framework", "{title}, version {version}")
_ORDINALS = {
    1: _t("first", "First Profile"), 2: _t("second", "Second Profile"), 3: _t("third", "Third Profile"),
    4: _t("fourth", "Fourth Profile"), 5: _t("fifth", "Fifth Profile"), 6: _t("sixth", "Sixth Profile"),
}
ROUND_N = _t("round_n", "Profile, round {n}")

ABOUT_MGI = _t("about_text", (
    "The Migration Governance Indicators (MGI) are a policy-benchmarking tool led by the International "
    "Organization for Migration (IOM). They help governments take stock of their migration governance "
    "structures. The MGI look at policy and institutional frameworks: the laws, policies, strategies and "
    "institutions that are in place, not how they are implemented in practice or what results they achieve. "
    "The MGI are not a ranking: they show well-developed areas and areas with potential for further "
    "development, to support a dialogue on migration governance and on progress towards target 10.7 of the "
    "Sustainable Development Goals."))
ABOUT_LOCAL_MGI = _t("about_local_text", (
    "The Local MGI adapt the indicators to cities, municipalities and provinces, within the competences of "
    "local authorities."))

NOT_ANSWERED = _t("not_answered", "not answered")
INTERVIEW = _t("interview", "Interview: {citation}")
PREVIOUS_MISSING = _t("previous_missing", "The previous round is not in this database, so the answers cannot be "
                      "compared here.")
UNCHANGED = _t("unchanged", "No answer changed since the previous round.")
UNCHANGED_SINCE = _t("unchanged_since", "No answer changed since round {round}.")
CHANGED = _t("changed", "{n} answer changed since the previous round (the previous answer, then the answer now):",
             "{n} answers changed since the previous round (the previous answer, then the answer now):", "n")
CHANGED_SINCE = _t("changed_since", "{n} answer changed since round {round} (the previous answer, then the answer "
                   "now):", "{n} answers changed since round {round} (the previous answer, then the answer now):", "n")
TEXT_COLUMN = _t("text_column", "Text")
ROUND_COLUMN = _t("round_column", "Round {round}")
PREVIOUS_COLUMN = _t("previous_column", "Previous round")
NOW_COLUMN = _t("now_column", "Now")
WHEEL_TITLE = _t("wheel_title", "The six domains of the Migration Governance Indicators")
WHEEL_CENTRE = _t("wheel_centre", "MGI")


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
    language: str = "en"  # what the writers write the profile's own words in
    subtitle: str = ""  # "National MGI · First Profile · December 2023"
    country_name: str = ""  # the country as the title prints it ("The Kyrgyz Republic (Kyrgyzstan)")
    credits: str = ""  # the partners credited, as typed (paragraphs)
    author: str = ""  # the institution (the DOCX's author)
    created: dt.datetime | None = None
    modified: dt.datetime | None = None

    def say(self, template: Template, /, **params: object) -> str:
        """One of the profile's fixed labels in its language."""
        return wording.text(template, self.language, **params)

    @property
    def validation_line(self) -> str:
        """The title page's line on the validation ("Validation: validated by ..."); empty without one."""
        if self.validation is None:
            return ""
        return self.say(VALIDATION_LINE, validation=wording.translate(self.validation.message, self.language))

    @property
    def draft(self) -> bool:
        """Whether the profile is a draft: its assessment does not claim a validation (a claimed one that
        does not hold carries its own warning, `validation_warning`)."""
        return self.validation is None or self.validation.mark is ValidationMark.NOT_VALIDATED

    @property
    def draft_mark(self) -> str:
        """"DRAFT — not validated" in the profile's language, or "" for a validated profile."""
        return self.say(DRAFT_MARK) if self.draft else ""

    @property
    def direction(self) -> str:
        """The HTML ``dir`` of the profile's language: ``rtl`` (Arabic...) or ``ltr``."""
        return wording.direction(self.language)

    @property
    def validation_warning(self) -> bool:
        return self.validation is not None and self.validation.warning

    @property
    def running_header(self) -> str:
        """What the PDF and DOCX print at the top of every page after the first: the title, and the place
        when the title does not name it."""
        if not self.place or self.place in self.title:
            return self.title
        return f"{self.title} · {self.place}"

    def page_label(self, n: object, total: object) -> str:
        """"Page 3 of 12" in the profile's language."""
        return self.say(PAGE_OF, n=n, total=total)

    @property
    def wheel_labels(self) -> list[tuple[int, str]]:
        return [(d.number, d.title) for d in self.domains]


def round_label(number: int, language: str = "en") -> str:
    template = _ORDINALS.get(number)
    return wording.text(template, language) if template else wording.text(ROUND_N, language, n=number)


def cite(item: EvidenceRow, language: str = "en") -> str:
    """A source as a reader cites it: title, reference, issuing body, year."""
    parts = [item.title.strip()]
    if item.reference.strip():
        parts.append(item.reference.strip())
    detail = [p for p in (item.issuing_body.strip(), str(item.year) if item.year else (item.date or "")) if p]
    text = ", ".join(parts)
    if detail:
        text += f" ({', '.join(detail)})"
    if item.kind == EvidenceKind.INTERVIEW:
        text = wording.text(INTERVIEW, language, citation=text)
    return text


def _source_key(item: EvidenceRow) -> tuple[str, str, str, str]:
    return (" ".join(item.title.casefold().split()), " ".join(item.reference.casefold().split()),
            str(item.year or item.date or ""), item.url.strip().rstrip("/").casefold())


@dataclass(frozen=True)
class TitlePage:
    """What the title page says, each setting of `services.profile_settings` or its default."""

    title: str
    country_name: str
    place: str  # the country, or "Osh, <country>" for a local profile
    date: dt.date
    date_label: str
    round_label: str
    credits: str


def default_country_name(country: str, language: str) -> str:
    """The country's official name in English when ISO 3166 gives one ("Kyrgyz Republic"), else its
    name in the language."""
    from mgi_desktop.services.countries import official_name

    return (official_name(country) if wording.is_english(language) else None) or L.country_in(country, language)


def title_page(meta: AssessmentMeta, language: str, *, date: dt.date | None = None) -> TitlePage:
    """The title page of `meta`'s profile in `language`: its settings where set, else their defaults (the
    level's title, the official country name, the month of the last change, the round's ordinal)."""
    from mgi_desktop.services.profile_settings import parse_date

    def say(template: Template, **params: object) -> str:
        return wording.text(template, language, **params)

    country_name = meta.profile_country_name or default_country_name(meta.country, language)
    place = f"{meta.locality}{'، ' if language == 'ar' else ', '}{country_name}" if meta.locality else country_name
    if date is None and meta.profile_date:
        when, day_given = parse_date(meta.profile_date)
        label = wording.date(when, language) if day_given else wording.month_year(when, language)
    else:
        when = date or meta.updated_at.date()
        label = wording.month_year(when, language)
    return TitlePage(
        title=meta.profile_title or say(TITLE_LOCAL if meta.is_local else TITLE, place=place),
        country_name=country_name, place=place, date=when, date_label=label,
        round_label=meta.profile_round_label or round_label(meta.round, language), credits=meta.profile_credits or "")


def _as_written_or_translated(text: str | None, defaults: set[str], translated: str) -> str:
    """An introduction or domain description the author left as the questionnaire has it is printed in
    the profile's language (its translation); one the author edited is printed as written."""
    return translated if not text or text in defaults else text


def build_profile(data: AssessmentDataset, *, date: dt.date | None = None, trust: Trust | None = None,
                  language: str = "en") -> Profile:
    """The profile's content; its validation is checked against `trust` (the exporting user's keys).  Its
    own words (headings, labels, the date) are in `language`, and so is the questionnaire's text (its
    translation where it has one); the findings and introduction are the assessment's, as written.  The
    title page follows the assessment's profile settings (`title_page`); `date` overrides its date."""
    m = data.meta
    model = data.framework.model
    source = model.source_language

    def say(template: Template, **params: object) -> str:
        return wording.text(template, language, **params)

    domains = []
    for domain in model.domains:
        lists: dict[FindingCategory, list[str]] = {c: [] for c in FindingCategory}
        for finding in data.findings:  # already in profile order
            if finding.domain_number == domain.number:
                lists[finding.category].append(finding.text)
        title = model.text(domain.title, language)
        domains.append(ProfileDomain(
            domain.number, title, model.text(domain.long_title, language) or title,
            _as_written_or_translated(data.domain_texts.get(domain.number), {
                default_description(data.framework, domain.number, lang) for lang in (None, m.language)},
                default_description(data.framework, domain.number, language)),
            lists[FindingCategory.WELL_DEVELOPED], lists[FindingCategory.POTENTIAL]))
    page = title_page(m, language, date=date)
    about = say(ABOUT_MGI) + (" " + say(ABOUT_LOCAL_MGI) if m.is_local else "")
    profile = Profile(
        title=page.title, place=page.place, level_label=wording.label(m.level, language), round=m.round,
        round_label=page.round_label, date_label=page.date_label,
        framework_label=say(FRAMEWORK, title=model.text(model.title, language), version=m.framework_version),
        notice=model.text(model.notice, language),
        about=about, introduction=_as_written_or_translated(data.introduction, {
            default_introduction(data.framework, lang) for lang in (None, m.language)},
            default_introduction(data.framework, language)),
        domains=domains, follow_up=m.round > 1 or m.previous_id is not None, validation=data.validation(trust),
        language=language,
        subtitle=say(SUBTITLE_LOCAL if m.is_local else SUBTITLE, round=page.round_label, date=page.date_label),
        country_name=page.country_name, credits=page.credits, author=m.institution,
        created=m.created_at, modified=m.updated_at)
    if data.previous is not None:
        profile.previous_round = data.previous.round
        profile.previous_available = True
        before = data.previous
        for code, view in data.answers.items():
            # an answer cleared since the previous round is a development, as the round comparison counts it
            if view.value is None and not before.labels.get(code):
                continue
            # compared as the previous round's labels were made (English), shown in the profile's language
            if view.value is not None and data.answer_label(code) == before.labels.get(code, ""):
                continue
            placement = data.framework.placements[code]
            profile.developments.append(Development(
                placement.domain.number, code, placement.question.text.get(language, source),
                before.label(code, language) or say(NOT_ANSWERED),
                data.answer_label(code, language) if view.value is not None else say(NOT_ANSWERED)))
    seen: set[tuple[str, str, str, str]] = set()
    order = {code: p.position for code, p in data.framework.placements.items()}
    for item in sorted(data.evidence, key=lambda e: (order.get(e.question_code, 1 << 30), e.created_at)):
        where = data.framework.placements.get(item.question_code)
        key = _source_key(item)
        if where is None or key in seen:
            continue
        seen.add(key)
        profile.sources.setdefault(where.domain.number, []).append(Source(cite(item, language), item.url.strip()))
    return profile


def profile_for(db: Database, assessment_id: str, *, date: dt.date | None = None, language: str = "en") -> Profile:
    """The profile of an assessment in a database, ready for any of the writers, its validation checked
    against the keys that database's user trusts, its labels in `language`."""
    from mgi_desktop.export.sources import from_database  # sources reads packages too: only when asked
    from mgi_desktop.services.validation import trust_of

    return build_profile(from_database(db, assessment_id), date=date, trust=trust_of(db), language=language)
