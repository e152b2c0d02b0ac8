"""The exports' own words, shared by several of them: column headers, the answer codes' names, yes and no.

Every fixed label of an export is a `Template` (code ``export.*``) put into the
export's language by `wording`; what an assessment says (its findings, its
justifications) and what its questionnaire says (domain titles, questions,
choices) come from the data and the questionnaire model in that language.  A
sheet's columns are declared as `Heading`s, made into the sheet's `Column`s in a
language by `columns`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mgi_desktop import wording
from mgi_desktop.export.xlsx_safe import Column
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.model import DONT_KNOW, NO, NOT_APPLICABLE, PARTIALLY, YES


@dataclass(frozen=True)
class Heading:
    """A column of an exported sheet, its header (and its description in the codebook) as templates."""

    header: Template
    width: float = 14
    wrap: bool = False
    kind: str = "text"
    key: bool = False
    description: Template | None = None

    def column(self, language: str) -> Column:
        return Column(wording.text(self.header, language), self.width, wrap=self.wrap, kind=self.kind, key=self.key,
                      description=wording.text(self.description, language) if self.description else "")


def columns(headings: Iterable[Heading], language: str) -> list[Column]:
    return [h.column(language) for h in headings]


def _h(name: str, text: str) -> Template:
    return Template(f"export.column.{name}", text)


# -- column headers ---------------------------------------------------------------------------

DOMAIN = _h("domain", "Domain")
DOMAIN_TITLE = _h("domain_title", "Domain title")
QUESTIONS = _h("questions", "Questions")
RELEVANT = _h("relevant", "Relevant")
ANSWERED = _h("answered", "Answered")
COMPLETION = _h("completion", "Completion % (indicative completion measure, not an official MGI score)")
WELL_DEVELOPED_FINDINGS = _h("well_developed_findings", "Well-developed findings")
POTENTIAL_FINDINGS = _h("potential_findings", "Potential findings")
SDG_VALUE = _h("sdg_value", "SDG 10.7.2 value")
SDG_CATEGORY = _h("sdg_category", "SDG 10.7.2 category")
SDG_CATEGORY_LABEL = _h("sdg_category_label", "SDG 10.7.2 category label")
SUB_AREA = _h("sub_area", "Sub-area")
INDICATOR = _h("indicator", "Indicator")
CODE = _h("code", "Code")
QUESTION = _h("question", "Question")
QUESTION_CODE = _h("question_code", "Question code")
ANSWER_CODE = _h("answer_code", "Answer code")
ANSWER_LABEL = _h("answer_label", "Answer label")
JUSTIFICATION = _h("justification", "Justification")
EVIDENCE_COUNT = _h("evidence_count", "Evidence count")
COMMENTS = _h("comments", "Comments")
REVIEW_STATUS = _h("review_status", "Review status")
FLAGGED = _h("flagged", "Flagged")
CARRIED_OVER = _h("carried_over", "Carried over")
LAST_CHANGED = _h("last_changed", "Last changed (UTC)")
CHANGED_BY = _h("changed_by", "Changed by")
QUESTIONNAIRE_VERSION = _h("questionnaire_version", "Questionnaire version")
KIND = _h("kind", "Kind")
TITLE = _h("title", "Title")
REFERENCE = _h("reference", "Reference")
ISSUING_BODY = _h("issuing_body", "Issuing body")
YEAR = _h("year", "Year")
DATE = _h("date", "Date")
URL = _h("url", "URL")
NOTE = _h("note", "Note")
FILE = _h("file", "File")
ADDED = _h("added", "Added (UTC)")
ADDED_BY = _h("added_by", "Added by")
EVIDENCE_ID = _h("evidence_id", "Evidence id")
CATEGORY = _h("category", "Category")
POSITION = _h("position", "Position")
FINDING = _h("finding", "Finding")
DRAFTED = _h("drafted", "Drafted")
CREATED = _h("created", "Created (UTC)")
UPDATED = _h("updated", "Updated (UTC)")
FINDING_ID = _h("finding_id", "Finding id")
AUTHOR = _h("author", "Author")
ROLE = _h("role", "Role")
COMMENT = _h("comment", "Comment")
WRITTEN = _h("written", "Written (UTC)")
RESOLVED = _h("resolved", "Resolved")
RESOLVED_AT = _h("resolved_at", "Resolved (UTC)")
RESOLVED_BY = _h("resolved_by", "Resolved by")
COMMENT_ID = _h("comment_id", "Comment id")
TIME = _h("time", "Time (UTC)")
ACTOR = _h("actor", "Actor")
ENTITY = _h("entity", "Entity")
ENTITY_ID = _h("entity_id", "Entity id")
FIELD = _h("field", "Field")
OLD_VALUE = _h("old_value", "Old value")
NEW_VALUE = _h("new_value", "New value")
REASON = _h("reason", "Reason")
EVENT_ID = _h("event_id", "Event id")
ITEM = _h("item", "Item")
VALUE = _h("value", "Value")
MEANING = _h("meaning", "Meaning")
SHEET = _h("sheet", "Sheet")
COLUMN = _h("column", "Column")
CODE_LIST = _h("code_list", "Code list")
ASSESSMENT_ID = _h("assessment_id", "Assessment id")
COUNTRY = _h("country", "Country")
COUNTRY_NAME = _h("country_name", "Country name")
LOCALITY = _h("locality", "Locality")
LEVEL = _h("level", "Level")
ROUND = _h("round", "Round")
FRAMEWORK = _h("framework", "Framework")
FRAMEWORK_VERSION = _h("framework_version", "Framework version")
VALIDATION = _h("validation", "Validation")

# -- the built-in answers, as column headers and in the code list ------------------------------

BUILTIN_ANSWERS = {
    YES: _h("yes", "Yes"),
    PARTIALLY: _h("partially", "Partially"),
    NO: _h("no", "No"),
    DONT_KNOW: _h("dont_know", "Don't know"),
    NOT_APPLICABLE: _h("not_applicable", "Not applicable"),
}

# -- yes and no in a cell ---------------------------------------------------------------------

CELL_YES = Template("export.cell.yes", "yes")
CELL_NO = Template("export.cell.no", "no")


def yes_no(flag: bool, language: str) -> str:
    return wording.text(CELL_YES if flag else CELL_NO, language)


# -- shared lines -----------------------------------------------------------------------------

MGI = Template("export.mgi", "Migration Governance Indicators")
INDICATIVE = Template("export.indicative", "indicative completion measure, not an official MGI score")
EXPORTED = Template("export.about.exported", "Exported (UTC)")
EXPORTED_WITH = Template("export.about.exported_with", "Exported with")
SHEET_ABOUT = Template("export.sheet.about", "About")
LANGUAGE = Template("export.about.language", "Language")
ID_ABOUT = Template("export.about.id", "stable across copies and exchange packages")

#: SDG 10.7.2's categories (UN SDG metadata), by category number
SDG_CATEGORIES = {
    1: Template("export.sdg.requires_further_progress", "Requires further progress"),
    2: Template("export.sdg.partially_meets", "Partially meets"),
    3: Template("export.sdg.meets", "Meets"),
    4: Template("export.sdg.fully_meets", "Fully meets"),
}


def sdg_category(number: int | None, language: str) -> str:
    return wording.text(SDG_CATEGORIES[number], language) if number in SDG_CATEGORIES else ""


def place(country: str, locality: str | None, language: str) -> str:
    """"Osh, Kyrgyzstan" in the language (the country's name through babel; English as the app names it)."""
    name = country_in(country, language)
    return f"{locality}{'، ' if language == 'ar' else ', '}{name}" if locality else name


def country_in(code: str, language: str) -> str:
    """The country's name in the language (CLDR's, through babel); in English, or without one, pycountry's."""
    from mgi_desktop.services.countries import country_name

    return (None if wording.is_english(language) else wording.country_name(code, language)) or country_name(code)
