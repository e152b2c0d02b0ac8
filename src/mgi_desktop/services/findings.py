"""Findings per domain (well-developed areas, areas with potential), and the
profile texts (introduction, domain descriptions) edited per assessment.

Findings are drafted from the answers (a yes suggests a well-developed area; a
partially or no suggests potential for further development) and then edited by
a person.  A drafted finding keeps ``drafted=True`` until someone changes it;
drafting again refreshes such untouched drafts from the current answers and
never duplicates a question that a finding already covers.

Every change runs in one transaction, is checked against the role and state
(`workflow.check_can_edit`) and is audited, like an answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from mgi_desktop import utc, wording
from mgi_desktop.enums import ChangeKind
from mgi_desktop.errors import NotFoundError, ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.questionnaire.model import Level
from mgi_desktop.services import assessments, audit
from mgi_desktop.services.audit import Actor
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.views import FindingView, finding_from_row
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import (
    Answer,
    Assessment,
    DomainText,
    Evidence,
    Finding,
    FindingCategory,
)

NOT_A_CATEGORY = Template("finding.not_a_category", "{value} is not a finding category (well-developed or potential)")
NO_FINDING = Template("finding.not_found", "no finding {id}")
NEEDS_TEXT = Template("finding.needs_text", "a finding needs some text")
TOO_LONG = Template("finding.too_long",
                    "a finding is at most {limit} characters (this one has {size}); split it into several findings")
NO_DOMAIN = Template("finding.no_domain", "no domain {number} in {framework} {version}")
NO_DOMAIN_OF = Template("finding.no_domain_of", "no domain {number} in {framework} {version} (domains: {numbers})")
ORDER_INCOMPLETE = Template("finding.order_incomplete",
                            "the new order must list each finding of domain {domain} ({category}) exactly once")
MERGE_NEEDS_TWO = Template("finding.merge_needs_two", "merging needs two or more different findings")
MERGE_ACROSS = Template("finding.merge_across", "findings of different assessments cannot be merged")

#: The order in which the profile shows the two lists.
CATEGORY_ORDER = (FindingCategory.WELL_DEVELOPED, FindingCategory.POTENTIAL)

#: The longest finding we accept: a finding is a sentence or a short paragraph.
MAX_FINDING_CHARS = 5000
#: A draft takes at most this much of a justification (its first sentence).
DRAFT_CHARS = 400

# A drafted finding's lead, from the answer's score (yes, partially, no) or its label (other choices)
DRAFT_IN_PLACE = Template("finding.draft_in_place", "{topic}: in place.")
DRAFT_PARTLY = Template("finding.draft_partly", "{topic}: only partly in place.")
DRAFT_NOT_IN_PLACE = Template("finding.draft_not_in_place", "{topic}: not in place.")
DRAFT_ANSWER = Template("finding.draft_answer", "{topic}: {answer}.")


def parse_category(value: str | FindingCategory) -> FindingCategory:
    """Accept the stored value, the command-line spelling (well-developed) or the label."""
    text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {"well_developed": FindingCategory.WELL_DEVELOPED, "well": FindingCategory.WELL_DEVELOPED,
               "potential": FindingCategory.POTENTIAL,
               "potential_for_further_development": FindingCategory.POTENTIAL}
    try:
        return aliases[text]
    except KeyError:
        raise ValidationError(NOT_A_CATEGORY(value=repr(value))) from None


@dataclass(frozen=True)
class Suggestion:
    """What drafting would write for one answered question."""

    domain_number: int
    category: FindingCategory
    text: str
    question_code: str


@dataclass
class DomainFindings:
    """One domain's page: its texts, its two ordered lists and the drafts not yet taken."""

    number: int
    title: str
    description: str
    description_edited: bool
    well_developed: list[FindingView] = field(default_factory=list)
    potential: list[FindingView] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    def of(self, category: FindingCategory) -> list[FindingView]:
        return self.well_developed if category is FindingCategory.WELL_DEVELOPED else self.potential

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "title": self.title, "description": self.description,
                "description_edited": self.description_edited,
                "well_developed": [f.as_dict() for f in self.well_developed],
                "potential": [f.as_dict() for f in self.potential],
                "suggestions": [{"category": s.category.value, "text": s.text, "question": s.question_code}
                                for s in self.suggestions]}


_view = finding_from_row


def _sort_key(row: Finding | FindingView) -> tuple[int, int, int]:
    return (row.domain_number, CATEGORY_ORDER.index(FindingCategory(row.category)), row.position)


# -- reading -----------------------------------------------------------------------


def list_findings(db: Database, assessment_id: str, *, domain: int | None = None) -> list[FindingView]:
    """Findings in profile order: by domain, well-developed first, then by position."""
    with db.reading() as session:
        query = select(Finding).where(Finding.assessment_id == assessment_id)
        if domain is not None:
            query = query.where(Finding.domain_number == domain)
        rows = session.exec(query).all()
    return sorted((_view(r) for r in rows), key=_sort_key)


def get(db: Database, finding_id: str) -> FindingView:
    with db.reading() as session:
        row = session.get(Finding, finding_id)
    if row is None:
        raise NotFoundError(NO_FINDING(id=finding_id))
    return _view(row)


def by_domain(db: Database, assessment_id: str) -> dict[int, DomainFindings]:
    """Everything the findings page of each domain shows, in one call."""
    assessment = assessments.get(db, assessment_id)
    framework = assessments.framework_of(db, assessment)
    edited = _edited_descriptions(db, assessment_id)
    language = assessment.language
    pages = {d.number: DomainFindings(d.number, framework.model.text(d.title, language),
                                      edited.get(d.number) or default_description(framework, d.number, language),
                                      d.number in edited) for d in framework.model.domains}
    for finding in list_findings(db, assessment_id):
        page = pages.get(finding.domain_number)
        if page is not None:
            page.of(finding.category).append(finding)
    for suggestion in suggestions(db, assessment_id, language):
        pages[suggestion.domain_number].suggestions.append(suggestion)
    return pages


def evidence_for(db: Database, finding_id: str) -> list[tuple[str, Evidence]]:
    """(question code, evidence) behind a finding, through its linked questions."""
    finding = get(db, finding_id)
    if not finding.question_codes:
        return []
    with db.reading() as session:
        rows = session.exec(
            select(Answer.question_code, Evidence).join(Answer, col(Answer.id) == Evidence.answer_id)
            .where(Answer.assessment_id == finding.assessment_id,
                   col(Answer.question_code).in_(finding.question_codes))
            .order_by(col(Evidence.created_at))).all()
    order = {code: n for n, code in enumerate(finding.question_codes)}
    return sorted(((code, item) for code, item in rows), key=lambda pair: order[pair[0]])


# -- drafting ------------------------------------------------------------------------


def suggest(framework: Framework, values: dict[str, AnswerValue],
            justifications: dict[str, str], language: str = "en") -> list[Suggestion]:
    """A suggestion per relevant answered question whose answer has a score.

    A full score (yes, or a choice such as "all migrants") suggests a
    well-developed area; a lower one (partially, no, "regular migrants only")
    suggests potential for further development.  Answers without a score
    (don't know, not applicable, numbers, text) suggest nothing.
    """
    relevance = framework.relevance(values)
    result = []
    for code, placement in framework.placements.items():
        value = values.get(code)
        if not relevance.get(code) or not isinstance(value, str):
            continue
        choice = placement.choice(value)
        if choice is None or choice.score is None:
            continue
        category = FindingCategory.WELL_DEVELOPED if choice.score >= 1 else FindingCategory.POTENTIAL
        result.append(Suggestion(placement.domain.number, category,
                                 draft_text(framework, code, value, justifications.get(code, ""), language),
                                 code))
    return result


def draft_text(framework: Framework, code: str, value: AnswerValue, justification: str, language: str = "en") -> str:
    """A finding as a profile states it, in the assessment's `language`: what the answer says of the
    question's indicator ("Access to government-funded health care: only partly in place."), then the
    first sentence of the justification, which names the law or policy, when there is one.

    The indicator's title is the topic because it is a noun phrase in every catalogue and every
    translation; a question's own text is a question and never becomes a finding.
    """
    placement = framework.placement(code)
    topic = " ".join(framework.model.text(placement.indicator.title, language).split()).rstrip(".:")
    choice = placement.choice(value) if isinstance(value, str) else None
    if placement.kind.fixed_codes is not None and choice is not None and choice.score is not None:
        template = DRAFT_IN_PLACE if choice.score >= 1 else DRAFT_PARTLY if choice.score > 0 else DRAFT_NOT_IN_PLACE
        lead = wording.text(template, language, topic=topic)
    else:
        lead = wording.text(DRAFT_ANSWER, language, topic=topic,
                            answer=_inside_sentence(framework.label_of(code, value, language).rstrip(".")))
    sentence = first_sentence(justification)
    return f"{lead} {sentence}" if sentence else lead


def _inside_sentence(label: str) -> str:
    """A choice's label inside a sentence: "Only migrants…" becomes "only migrants…", "ILO…" stays."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


#: Abbreviations after which a full stop does not end a sentence ("Law No. 6", "Art. 12").
_ABBREVIATIONS = frozenset({"no", "nos", "art", "arts", "para", "paras", "p", "pp", "e.g", "i.e", "cf", "etc",
                            "vol", "ch", "sec", "n", "nr", "núm", "st", "mr", "mrs", "ms", "dr", "ст", "п", "№"})


def first_sentence(text: str) -> str:
    """The justification's first sentence (of its first paragraph), at most `DRAFT_CHARS` long, with a
    capital and a full stop; "" for an empty justification."""
    paragraph = " ".join(text.strip().split("\n\n", 1)[0].split())
    if not paragraph:
        return ""
    end = len(paragraph)
    for match in _SENTENCE_END.finditer(paragraph):
        word = paragraph[: match.start()].rsplit(" ", 1)[-1].casefold().lstrip("([«\"“'")
        if word.rstrip(".") not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha()):
            end = match.start() + 1
            break
    sentence = paragraph[:end].strip()
    if len(sentence) > DRAFT_CHARS:  # a finding is a sentence: cut at a clause, else at a word
        cut = max(sentence.rfind("; ", 0, DRAFT_CHARS), sentence.rfind(", ", 0, DRAFT_CHARS))
        if cut < DRAFT_CHARS // 3:
            cut = sentence.rfind(" ", 0, DRAFT_CHARS - 1)
        sentence = sentence[: max(cut, DRAFT_CHARS // 3)].rstrip(" ,;") + "…"
    sentence = sentence[0].upper() + sentence[1:]
    return sentence if sentence[-1] in ".!?…。؟" else sentence + "."


_SENTENCE_END = re.compile(r"[.!?؟](?=\s+\S)")


def suggestions(db: Database, assessment_id: str, language: str | None = None) -> list[Suggestion]:
    """The drafts that `draft` would add now (questions no finding covers yet), in `language` (the
    assessment's own by default)."""
    assessment = assessments.get(db, assessment_id)
    language = language or assessment.language
    framework = assessments.framework_of(db, assessment)
    with db.reading() as session:
        covered = _covered(session, assessment_id, include_drafted=True)
        answers = _answer_texts(session, assessment_id)
    values = {code: v for code, (v, _) in answers.items()}
    texts = {code: j for code, (_, j) in answers.items()}
    return [s for s in suggest(framework, values, texts, language) if s.question_code not in covered]


def _answer_texts(session: Session, assessment_id: str) -> dict[str, tuple[AnswerValue, str]]:
    rows = session.exec(select(Answer.question_code, Answer.value_json, Answer.justification)
                        .where(Answer.assessment_id == assessment_id)).all()
    return {code: (json.loads(v) if v is not None else None, j) for code, v, j in rows}


def _covered(session: Session, assessment_id: str, *, include_drafted: bool) -> set[str]:
    rows = session.exec(select(Finding).where(Finding.assessment_id == assessment_id)).all()
    return {code for r in rows if include_drafted or not r.drafted for code in json.loads(r.question_codes)}


def draft(db: Database, assessment_id: str) -> Changes:
    """Draft findings from the answers; safe to run again.

    Questions already covered by a finding a person wrote or edited are left
    alone.  Untouched drafts follow the answers: their text and list are
    refreshed, and a draft whose answer no longer suggests anything is removed.
    """
    with db.transaction() as session:
        assessment, framework, who = assessments.editable(session, db, assessment_id)
        answers = _answer_texts(session, assessment_id)
        wanted = {s.question_code: s for s in suggest(
            framework, {c: v for c, (v, _) in answers.items()}, {c: j for c, (_, j) in answers.items()},
            assessment.language)}
        rows = list(session.exec(select(Finding).where(Finding.assessment_id == assessment_id)).all())
        # a finding carried over from the round before is a person's text, if still a draft to look at
        human = {code for r in rows if not r.drafted or r.carried_over for code in json.loads(r.question_codes)}
        changes = Changes(assessment_id, kinds=set())
        drafts_by_code = {}
        for row in rows:
            codes = json.loads(row.question_codes)
            if not row.drafted or row.carried_over or len(codes) != 1:
                continue
            code = codes[0]
            suggestion = wanted.get(code)
            if suggestion is None or code in human or code in drafts_by_code:
                audit.record(session, who, assessment_id=assessment_id, entity="finding", entity_id=row.id,
                             field="removed", old=_snapshot(row), reason="draft no longer suggested")
                session.delete(row)
                changes.domains.add(row.domain_number)
                continue
            drafts_by_code[code] = row
            if row.text != suggestion.text or row.category != suggestion.category \
                    or row.domain_number != suggestion.domain_number:
                audit.record(session, who, assessment_id=assessment_id, entity="finding", entity_id=row.id,
                             field="redrafted", old=_snapshot(row),
                             new={"category": suggestion.category, "text": suggestion.text})
                changes.domains |= {row.domain_number, suggestion.domain_number}
                if row.category != suggestion.category or row.domain_number != suggestion.domain_number:
                    row.position = 1 << 30  # goes to the end of its new list, renumbered below
                row.text, row.category = suggestion.text, suggestion.category
                row.domain_number = suggestion.domain_number
                row.updated_at = utc.now()
                session.add(row)
        session.flush()
        ends = _list_ends(session, assessment_id)
        for code, suggestion in wanted.items():
            if code in human or code in drafts_by_code:
                continue
            key = (suggestion.domain_number, suggestion.category)
            row = Finding(assessment_id=assessment_id, domain_number=suggestion.domain_number,
                          category=suggestion.category, text=suggestion.text, position=ends.get(key, 0),
                          question_codes=json.dumps([code]), drafted=True)
            ends[key] = row.position + 1
            session.add(row)
            audit.record(session, who, assessment_id=assessment_id, entity="finding", entity_id=row.id,
                         field="added", new=_snapshot(row), reason="drafted from the answers")
            changes.created.append(row.id)
            changes.domains.add(row.domain_number)
        if changes.domains:
            session.flush()
            for number in changes.domains:
                for category in CATEGORY_ORDER:
                    _renumber(session, assessment_id, number, category)
            changes.kinds.add(ChangeKind.FINDING)
            assessments.touch(assessment)
            session.add(assessment)
    return changes


# -- editing -----------------------------------------------------------------------------


def _load_finding(session: Session, db: Database,
                  finding_id: str) -> tuple[Finding, Assessment, Framework, Actor]:
    row = session.get(Finding, finding_id)
    if row is None:
        raise NotFoundError(NO_FINDING(id=finding_id))
    assessment, framework, who = assessments.editable(session, db, row.assessment_id)
    return row, assessment, framework, who


def _clean_text(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        raise ValidationError(NEEDS_TEXT())
    if len(stripped) > MAX_FINDING_CHARS:
        raise ValidationError(TOO_LONG(limit=MAX_FINDING_CHARS, size=len(stripped)))
    check_text("finding", text)  # as typed: a bad character's position counts from its start
    return stripped


def _check_domain(framework: Framework, number: int) -> None:
    numbers = [d.number for d in framework.model.domains]
    if number not in numbers:
        raise ValidationError(NO_DOMAIN_OF(number=number, framework=framework.id, version=framework.version,
                                           numbers=numbers))


def _check_codes(framework: Framework, codes: Iterable[str]) -> list[str]:
    result: list[str] = []
    for code in codes:
        framework.placement(code)  # raises naming the unknown code
        if code not in result:
            result.append(code)
    return sorted(result, key=lambda c: framework.placements[c].position)


def _snapshot(row: Finding) -> dict[str, Any]:
    return {"domain": row.domain_number, "category": row.category, "text": row.text,
            "questions": json.loads(row.question_codes), "position": row.position, "drafted": row.drafted}


def _siblings(session: Session, assessment_id: str, domain: int, category: FindingCategory) -> list[Finding]:
    return list(session.exec(select(Finding).where(
        Finding.assessment_id == assessment_id, Finding.domain_number == domain, Finding.category == category)
        .order_by(col(Finding.position), col(Finding.created_at))).all())


def _renumber(session: Session, assessment_id: str, domain: int, category: FindingCategory,
              order: Sequence[Finding] | None = None) -> None:
    rows = list(order) if order is not None else _siblings(session, assessment_id, domain, category)
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position
            session.add(row)


def _list_ends(session: Session, assessment_id: str) -> dict[tuple[int, str], int]:
    ends: dict[tuple[int, str], int] = {}
    for row in session.exec(select(Finding).where(Finding.assessment_id == assessment_id)).all():
        key = (row.domain_number, row.category)
        ends[key] = max(ends.get(key, 0), row.position + 1)
    return ends


def _done(session: Session, assessment: Assessment, domains: Iterable[int], created: list[str] | None = None
          ) -> Changes:
    assessments.touch(assessment)
    session.add(assessment)
    return Changes(assessment.id, domains=set(domains), kinds={ChangeKind.FINDING}, created=created or [])


@dataclass(frozen=True)
class NewFinding:
    """A finding to add: where, what, and the questions it rests on."""

    domain: int
    category: FindingCategory | str
    text: str
    question_codes: tuple[str, ...] = ()
    position: int | None = None


def add(db: Database, assessment_id: str, domain: int, category: str | FindingCategory, text: str, *,
        question_codes: Iterable[str] = (), position: int | None = None) -> Changes:
    """Add a finding written by a person; at the end of its list unless `position` is given."""
    return add_many(db, assessment_id, [NewFinding(domain, category, text, tuple(question_codes), position)])


def add_many(db: Database, assessment_id: str, items: Sequence[NewFinding]) -> Changes:
    """Add several findings in one transaction: all of them, or none if one is refused."""
    cleaned = [(item, parse_category(item.category), _clean_text(item.text)) for item in items]
    with db.transaction() as session:
        assessment, framework, who = assessments.editable(session, db, assessment_id)
        created: list[str] = []
        for item, kind, text in cleaned:
            _check_domain(framework, item.domain)
            codes = _check_codes(framework, item.question_codes)
            siblings = _siblings(session, assessment_id, item.domain, kind)
            row = Finding(assessment_id=assessment_id, domain_number=item.domain, category=kind, text=text,
                          question_codes=json.dumps(codes), drafted=False)
            index = len(siblings) if item.position is None else max(0, min(item.position, len(siblings)))
            siblings.insert(index, row)
            session.add(row)
            _renumber(session, assessment_id, item.domain, kind, siblings)
            session.flush()
            audit.record(session, who, assessment_id=assessment_id, entity="finding", entity_id=row.id,
                         field="added", new=_snapshot(row))
            created.append(row.id)
        return _done(session, assessment, {item.domain for item in items}, created)


def edit_text(db: Database, finding_id: str, text: str) -> Changes:
    text = _clean_text(text)
    with db.transaction() as session:
        row, assessment, _, who = _load_finding(session, db, finding_id)
        if row.text == text:
            return Changes(assessment.id)
        audit.record(session, who, assessment_id=assessment.id, entity="finding", entity_id=row.id,
                     field="text", old=row.text, new=text)
        row.text, row.drafted, row.updated_at = text, False, utc.now()
        session.add(row)
        return _done(session, assessment, {row.domain_number})


def keep_many(db: Database, finding_ids: Sequence[str]) -> Changes:
    """Accept drafted findings as they are written: from now on they are a person's text, which
    drafting again leaves alone (as it leaves an edited one).  One transaction; already kept ones are
    left as they are."""
    domains: set[int] = set()
    assessment_id = ""
    with db.transaction() as session:
        for finding_id in dict.fromkeys(finding_ids):
            row, assessment, _, who = _load_finding(session, db, finding_id)
            assessment_id = assessment.id
            if not row.drafted:
                continue
            audit.record(session, who, assessment_id=assessment.id, entity="finding", entity_id=row.id,
                         field="kept", old=_snapshot(row), reason="draft accepted as written")
            row.drafted, row.updated_at = False, utc.now()
            session.add(row)
            domains.add(row.domain_number)
        if not domains:
            return Changes(assessment_id)
        return _done(session, assessment, domains)


def set_questions(db: Database, finding_id: str, question_codes: Iterable[str]) -> Changes:
    """Link a finding to the questions (and so the evidence) it rests on."""
    with db.transaction() as session:
        row, assessment, framework, who = _load_finding(session, db, finding_id)
        codes = _check_codes(framework, question_codes)
        old = json.loads(row.question_codes)
        if codes == old:
            return Changes(assessment.id)
        audit.record(session, who, assessment_id=assessment.id, entity="finding", entity_id=row.id,
                     field="questions", old=old, new=codes)
        row.question_codes, row.drafted, row.updated_at = json.dumps(codes), False, utc.now()
        session.add(row)
        return _done(session, assessment, {row.domain_number})


def move(db: Database, finding_id: str, *, category: str | FindingCategory | None = None,
         position: int | None = None, domain: int | None = None) -> Changes:
    """Move a finding to another list (and/or domain) or another place in its list.

    Without `position` a finding moved to another list goes to its end.
    Positions count from 0; one past the end means last.
    """
    return move_many(db, [finding_id], category=category, position=position, domain=domain)


def move_many(db: Database, finding_ids: Sequence[str], *, category: str | FindingCategory | None = None,
              position: int | None = None, domain: int | None = None) -> Changes:
    """Move several findings in one transaction, kept in the given order from `position` on."""
    changes: Changes | None = None
    with db.transaction() as session:
        for n, finding_id in enumerate(finding_ids):
            at = None if position is None else position + n
            moved = _move(session, db, finding_id, category=category, position=at, domain=domain)
            changes = moved if changes is None else changes.merge(moved)
    return changes or Changes()


def _move(session: Session, db: Database, finding_id: str, *, category: str | FindingCategory | None,
          position: int | None, domain: int | None) -> Changes:
    row, assessment, framework, who = _load_finding(session, db, finding_id)
    old_key = (row.domain_number, row.category)
    new_domain = row.domain_number if domain is None else domain
    new_category = row.category if category is None else parse_category(category)
    _check_domain(framework, new_domain)
    target = [r for r in _siblings(session, assessment.id, new_domain, new_category) if r.id != row.id]
    index = len(target) if position is None and (new_domain, new_category) != old_key else (
        row.position if position is None else position)
    index = max(0, min(index, len(target)))
    if (new_domain, new_category) == old_key and index == row.position:
        return Changes(assessment.id)
    old = {"domain": row.domain_number, "category": row.category, "position": row.position}
    row.domain_number, row.category = new_domain, new_category
    row.drafted, row.updated_at = False, utc.now()
    target.insert(index, row)
    _renumber(session, assessment.id, new_domain, new_category, target)
    session.flush()
    if (new_domain, new_category) != old_key:
        _renumber(session, assessment.id, *old_key)
    audit.record(session, who, assessment_id=assessment.id, entity="finding", entity_id=row.id,
                 field="moved", old=old, new={"domain": new_domain, "category": new_category, "position": index})
    return _done(session, assessment, {old_key[0], new_domain})


def reorder(db: Database, assessment_id: str, domain: int, category: str | FindingCategory,
            finding_ids: Sequence[str]) -> Changes:
    """Set the order of one list; `finding_ids` must be exactly that list's findings."""
    kind = parse_category(category)
    with db.transaction() as session:
        assessment, _, who = assessments.editable(session, db, assessment_id)
        siblings = _siblings(session, assessment_id, domain, kind)
        by_id = {r.id: r for r in siblings}
        if sorted(finding_ids) != sorted(by_id) or len(set(finding_ids)) != len(finding_ids):
            raise ValidationError(ORDER_INCOMPLETE(domain=domain, category=kind))
        old = [r.id for r in siblings]
        if list(finding_ids) == old:
            return Changes(assessment_id)
        ordered = [by_id[i] for i in finding_ids]
        _renumber(session, assessment_id, domain, kind, ordered)
        audit.record(session, who, assessment_id=assessment_id, entity="finding",
                     entity_id=f"{domain}/{kind}", field="order", old=old, new=list(finding_ids))
        return _done(session, assessment, {domain})


def merge(db: Database, finding_ids: Sequence[str], *, text: str | None = None) -> Changes:
    """Merge findings into the first one: texts joined (or `text`), questions united, the rest removed."""
    if len(finding_ids) < 2 or len(set(finding_ids)) != len(finding_ids):
        raise ValidationError(MERGE_NEEDS_TWO())
    with db.transaction() as session:
        rows = []
        for finding_id in finding_ids:
            row = session.get(Finding, finding_id)
            if row is None:
                raise NotFoundError(NO_FINDING(id=finding_id))
            rows.append(row)
        if len({r.assessment_id for r in rows}) > 1:
            raise ValidationError(MERGE_ACROSS())
        keep, others = rows[0], rows[1:]
        assessment, framework, who = assessments.editable(session, db, keep.assessment_id)
        joined = text if text is not None else " ".join(r.text.strip() for r in rows)
        joined = _clean_text(joined)
        codes = _check_codes(framework, [c for r in rows for c in json.loads(r.question_codes)])
        audit.record(session, who, assessment_id=assessment.id, entity="finding", entity_id=keep.id,
                     field="merged", old=[{"id": r.id} | _snapshot(r) for r in rows],
                     new={"text": joined, "questions": codes})
        keep.text, keep.question_codes = joined, json.dumps(codes)
        keep.drafted, keep.updated_at = False, utc.now()
        session.add(keep)
        touched = {(r.domain_number, r.category) for r in rows}
        for row in others:
            session.delete(row)
        session.flush()
        for number, category in touched:
            _renumber(session, assessment.id, number, category)
        return _done(session, assessment, {n for n, _ in touched})


def remove(db: Database, finding_id: str) -> Changes:
    return remove_many(db, [finding_id])


def remove_many(db: Database, finding_ids: Sequence[str]) -> Changes:
    """Remove several findings in one transaction (the audit trail keeps their text)."""
    changes: Changes | None = None
    with db.transaction() as session:
        for finding_id in finding_ids:
            row, assessment, _, who = _load_finding(session, db, finding_id)
            audit.record(session, who, assessment_id=assessment.id, entity="finding", entity_id=row.id,
                         field="removed", old=_snapshot(row))
            session.delete(row)
            session.flush()
            _renumber(session, assessment.id, row.domain_number, row.category)
            done = _done(session, assessment, {row.domain_number})
            changes = done if changes is None else changes.merge(done)
    return changes or Changes()


# -- the profile's texts ---------------------------------------------------------------


_DEFAULT_INTRODUCTION = {
    Level.NATIONAL: (
        "The Migration Governance Indicators (MGI) help a government take stock of its migration policies "
        "and institutions. They look at the policy, legal and institutional frameworks that are in place, "
        "not at how these are implemented or what they achieve, and they are not used to rank countries. "
        "The indicators are grouped in six domains drawn from IOM's Migration Governance Framework. For "
        "each domain, this profile sets out well-developed areas and areas with potential for further "
        "development."),
    Level.LOCAL: (
        "The Local Migration Governance Indicators (MGI) adapt the MGI to cities, municipalities and "
        "provinces. They look at the local policy and institutional frameworks that are in place, within "
        "the competences of the local authority, not at their results, and they are not used to rank "
        "local authorities. For each of the six domains, this profile sets out well-developed areas and "
        "areas with potential for further development."),
}


def default_introduction(framework: Framework, language: str | None = None) -> str:
    """The framework's introduction in `language` (its own language by default), or the app's short
    text for its level."""
    text = framework.model.text(framework.model.introduction, language or framework.model.source_language)
    return text or _DEFAULT_INTRODUCTION[framework.model.level]


def default_description(framework: Framework, number: int, language: str | None = None) -> str:
    domain = next((d for d in framework.model.domains if d.number == number), None)
    if domain is None:
        raise ValidationError(NO_DOMAIN(number=number, framework=framework.id, version=framework.version))
    return framework.model.text(domain.description, language or framework.model.source_language)


def introduction(db: Database, assessment_id: str) -> str:
    """The profile introduction: this assessment's own text, else the framework's."""
    assessment = assessments.get(db, assessment_id)
    return assessment.introduction or default_introduction(assessments.framework_of(db, assessment),
                                                           assessment.language)


def set_introduction(db: Database, assessment_id: str, text: str | None) -> Changes:
    """Edit the introduction; None or an empty text goes back to the framework's (one of the profile's
    settings: `profile_settings.set_profile`)."""
    from mgi_desktop.services import profile_settings

    return profile_settings.set_profile(db, assessment_id, introduction=text)


def _edited_descriptions(db: Database, assessment_id: str) -> dict[int, str]:
    with db.reading() as session:
        rows = session.exec(select(DomainText).where(DomainText.assessment_id == assessment_id)).all()
    return {r.domain_number: r.description for r in rows}


def domain_descriptions(db: Database, assessment_id: str) -> dict[int, str]:
    """Each domain's description for the profile: edited, else the framework's."""
    assessment = assessments.get(db, assessment_id)
    framework = assessments.framework_of(db, assessment)
    edited = _edited_descriptions(db, assessment_id)
    return {d.number: edited.get(d.number) or default_description(framework, d.number, assessment.language)
            for d in framework.model.domains}


def set_domain_description(db: Database, assessment_id: str, number: int, text: str | None) -> Changes:
    """Edit a domain's description for this profile; None or empty resets it to the framework's."""
    check_text("domain description", text or "")
    new = (text or "").strip() or None
    with db.transaction() as session:
        assessment, framework, who = assessments.editable(session, db, assessment_id)
        _check_domain(framework, number)
        row = session.get(DomainText, (assessment_id, number))
        old = row.description if row else None
        if old == new:
            return Changes(assessment_id)
        audit.record(session, who, assessment_id=assessment_id, entity="domain_text", entity_id=str(number),
                     field="description", old=old, new=new,
                     reason=None if new else "reset to the framework's text")
        if new is None and row is not None:
            session.delete(row)
        elif row is None:
            session.add(DomainText(assessment_id=assessment_id, domain_number=number, description=new or ""))
        else:
            row.description = new or ""
            session.add(row)
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, domains={number}, kinds={ChangeKind.ASSESSMENT, ChangeKind.PROFILE})
