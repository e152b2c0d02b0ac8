"""SDG indicator 10.7.2 in the forms its reporters use (docs/sdg-10-7-2.md).

Three layouts, from one SDG 10.7.2 assessment:

- ``open-sdg``: the data file of an open-sdg national SDG platform, ``data/indicator_10-7-2.csv``, with the
  headers and policy-area labels of Armenia's platform (github.com/armstat/sdg-data-armenia):
  ``"Year","Policy area","Value"``, one row per domain, ``"Domain 1. Migrant rights"`` ... ``"Domain 6. Safe,
  orderly and regular migration"``, every field quoted.  The overall value is the row whose policy area is
  empty: open-sdg reads the row without a disaggregation as the headline series (Kazakhstan's platform,
  github.com/kazstat/sdg-data-kazstat, publishes only that row, as ``Year,Value``).  Value: the category 1-4.
- ``un-global``: the UN global SDG database's SDMX-CSV (dataflow IAEG-SDGs:DF_SDG_GLH, as data.un.org
  serves it with ``format=csv``): series ``SG_CPA_MIGRS``, the policy domain in ``COMPOSITE_BREAKDOWN``
  (``PD_1`` ... ``PD_6``, ``_T`` for the overall value), the category 1-4 in ``OBS_VALUE``, the country as its
  M49 code in ``REF_AREA``; every other breakdown ``_T``.
- ``transcription``: a workbook for the person who fills in the UN Inquiry among Governments on Population
  and Development, Module III: per domain its question, then sub-categories a-e, each with the answer to
  transcribe and its coded value, then both values per domain and an About sheet.

The CSV files carry one value per row, as their readers expect: the official-method value by default (the
UN's: a missing sub-category counts as 0), the completeness-aware one on request (an incomplete domain's
value is then empty).  The ``un-global`` rows say which in ``COMMENT_OBS``; the workbook shows both.
Neither CSV has a byte order mark: both are read by programs (open-sdg's build, SDMX tools), which would
take one for part of the first header, and their text is ASCII.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mgi_desktop import __version__, atomic, wording
from mgi_desktop.errors import ValidationError
from mgi_desktop.export import labels as L
from mgi_desktop.export.dataset import AssessmentDataset
from mgi_desktop.export.labels import Heading
from mgi_desktop.export.xlsx_safe import SafeSheet, check_target, new_workbook, save
from mgi_desktop.messages import Template
from mgi_desktop.scoring import SdgResult, SdgScore, SdgValues

OPEN_SDG = "open-sdg"
UN_GLOBAL = "un-global"
TRANSCRIPTION = "transcription"
LAYOUTS = (OPEN_SDG, UN_GLOBAL, TRANSCRIPTION)
OFFICIAL = "official"
COMPLETENESS_AWARE = "completeness-aware"
METHODS = (OFFICIAL, COMPLETENESS_AWARE)

NOT_SDG = Template("export.sdg.not_sdg", "{title} is not an SDG 10.7.2 assessment: its questionnaire "
                                         "({framework}) is not scored as SDG indicator 10.7.2")
UNKNOWN_LAYOUT = Template("export.sdg.unknown_layout", "no SDG 10.7.2 layout {layout}: open-sdg, un-global "
                                                       "or transcription")

# -- open-sdg (armstat/sdg-data-armenia, data/indicator_10-7-2.csv) ----------------------------------

OPEN_SDG_HEADER = ("Year", "Policy area", "Value")
#: the policy-area labels of Armenia's open-sdg platform, word for word (they are not the UN's domain names)
OPEN_SDG_POLICY_AREAS = {
    1: "Domain 1. Migrant rights",
    2: "Domain 2. Whole of government/Evidence based policies",
    3: "Domain 3. Cooperation and partnerships",
    4: "Domain 4. Socioeconomic well being",
    5: "Domain 5. Mobility dimensions of crises",
    6: "Domain 6. Safe, orderly and regular migration",
}

# -- UN global SDG database, SDMX-CSV of IAEG-SDGs:DF_SDG_GLH ---------------------------------------

#: the dataflow as data.un.org named it in its SDMX-CSV (version 1.24 when this layout was copied)
UN_DATAFLOW = "IAEG-SDGs:DF_SDG_GLH(1.24)"
UN_SERIES = "SG_CPA_MIGRS"
#: the columns of data.un.org's SDMX-CSV for that dataflow, in its order
UN_COLUMNS = (
    "DATAFLOW", "FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA", "SEX", "AGE", "URBANISATION",
    "INCOME_WEALTH_QUANTILE", "EDUCATION_LEV", "OCCUPATION", "CUST_BREAKDOWN", "COMPOSITE_BREAKDOWN",
    "DISABILITY_STATUS", "ACTIVITY", "PRODUCT", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "UNIT_MULT",
    "UNIT_MEASURE", "BASE_PER", "NATURE", "TIME_DETAIL", "COMMENT_OBS", "TIME_COVERAGE", "UPPER_BOUND",
    "LOWER_BOUND", "SOURCE_DETAIL", "COMMENT_TS", "GEO_INFO_URL", "GEO_INFO_TYPE", "CUST_BREAKDOWN_LB",
    "DATA_LAST_UPDATE",
)
_UN_TOTAL_BREAKDOWNS = ("SEX", "AGE", "URBANISATION", "INCOME_WEALTH_QUANTILE", "EDUCATION_LEV", "OCCUPATION",
                        "CUST_BREAKDOWN", "DISABILITY_STATUS", "ACTIVITY", "PRODUCT")
UN_TOTAL = "_T"


def policy_domain(number: int | None) -> str:
    """The SDG database's code for a policy domain (``PD_1``...), ``_T`` for all of them."""
    return UN_TOTAL if number is None else f"PD_{number}"


# -- the transcription workbook's words ----------------------------------------------------------

def _t(name: str, text: str) -> Template:
    return Template(f"export.sdg.{name}", text)


SHEET_MODULE_III = _t("sheet_module_iii", "UN Inquiry Module III")
SHEET_VALUES = _t("sheet_values", "SDG 10.7.2 values")
QUESTION_HEADER = Heading(_t("column_question", "Question (UN Inquiry, Module III)"), 50, wrap=True)
LETTER = Heading(_t("column_sub_category", "Sub-category"), 12)
MEASURE = Heading(_t("column_measure", "Policy measure"), 50, wrap=True)
ANSWER = Heading(_t("column_answer", "Answer to transcribe"), 30, wrap=True,
                 description=_t("column_answer_about", "the answer option of the UN questionnaire to tick"))
CODED = Heading(_t("column_coded", "Coded value"), 10, kind="number",
                description=_t("column_coded_about", "1, 0.5 or 0 as the UN metadata codes the answer "
                                                     "(DATA_COMP); empty when not answered"))
NOTE = Heading(L.NOTE, 40, wrap=True)
MODULE_III_COLUMNS = [Heading(L.DOMAIN, 8), QUESTION_HEADER, LETTER, MEASURE, ANSWER, CODED,
                      Heading(L.JUSTIFICATION, 50, wrap=True), Heading(L.EVIDENCE_COUNT, 10, kind="number"), NOTE]
NOT_ANSWERED = _t("not_answered", "Not answered: answer it first, or the UN counts it as 0 (missing value)")

APP_VALUE = _t("completeness_aware_value", "Completeness-aware value (MGI Desktop)")
APP_CATEGORY = _t("completeness_aware_category", "Completeness-aware category")
OFFICIAL_VALUE = _t("official_value", "Official-method value (missing = 0)")
OFFICIAL_CATEGORY = _t("official_category", "Official-method category")
APP_CATEGORY_LABEL = _t("completeness_aware_category_label", "Completeness-aware category name")
OFFICIAL_CATEGORY_LABEL = _t("official_category_label", "Official-method category name")
UNANSWERED = _t("unanswered", "Unanswered sub-categories")
APP_ABOUT = _t("completeness_aware_about", "a domain has a value once its five sub-categories are answered, "
                                           "the overall value once all 30 are")
OFFICIAL_ABOUT = _t("official_about", "the UN SDG metadata's method: a missing sub-category counts as 0 "
                                      "(IMPUTATION); the value the UN publishes")
#: both values of a domain (or of all domains), each with its category: for any table that shows SDG 10.7.2
#: (the cells: `value_cells`)
BOTH_VALUES_COLUMNS = [
    Heading(APP_VALUE, 16, kind="number", description=APP_ABOUT), Heading(APP_CATEGORY, 14, kind="number"),
    Heading(APP_CATEGORY_LABEL, 24),
    Heading(OFFICIAL_VALUE, 16, kind="number", description=OFFICIAL_ABOUT),
    Heading(OFFICIAL_CATEGORY, 14, kind="number"), Heading(OFFICIAL_CATEGORY_LABEL, 24),
]
VALUES_COLUMNS = [Heading(L.DOMAIN, 8), Heading(L.DOMAIN_TITLE, 36, wrap=True), *BOTH_VALUES_COLUMNS,
                  Heading(UNANSWERED, 20, wrap=True)]
ALL_DOMAINS = _t("all_domains", "All six domains (30 sub-categories)")
ALL = _t("all", "All")

LAYOUT = _t("about_layout", "Layout")
LAYOUT_ABOUT = _t("about_layout_text", "Module III of the UN Inquiry among Governments on Population and "
                                       "Development: one question per domain, sub-categories a to e")
TEXTS = _t("about_texts", "Texts")
TEXTS_ABOUT = _t("about_texts_text", "the questions, sub-categories and answer options of the UN SDG metadata "
                                     "for indicator 10.7.2 (STAT_CONC_DEF, DATA_COMP), word for word in English; "
                                     "other languages are MGI Desktop's draft translations")
CATEGORIES = _t("about_categories", "Categories")
CATEGORIES_ABOUT = _t("about_categories_text", "below 40: 1; 40 to below 80: 2; 80 to below 100: 3; 100: 4 "
                                               "(UN SDG metadata, DATA_COMP)")
ABOUT_COLUMNS = [Heading(L.ITEM, 30), Heading(L.VALUE, 50, wrap=True), Heading(L.MEANING, 60, wrap=True)]


# -- the files --------------------------------------------------------------------------------------

def sdg_values_of(data: AssessmentDataset) -> SdgValues:
    values = data.sdg_values()
    if values is None:
        raise ValidationError(NOT_SDG(title=data.meta.title, framework=data.meta.framework_id))
    return values


def chosen(values: SdgValues, method: str) -> SdgResult:
    return values.official if method == OFFICIAL else values.completeness_aware


def _category(score: SdgScore) -> str:
    return "" if score.category is None else str(score.category)


def open_sdg_rows(values: SdgValues, year: int, method: str = OFFICIAL) -> list[tuple[str, str, str]]:
    """The header, the headline (overall) row, then the six domains' rows."""
    result = chosen(values, method)
    rows = [OPEN_SDG_HEADER, (str(year), "", _category(result.overall))]
    rows += [(str(year), OPEN_SDG_POLICY_AREAS[n], _category(score)) for n, score in result.domains.items()]
    return rows


def m49(country: str) -> str:
    """The UN M49 code of an ISO 3166 alpha-3 code, as the SDG database writes it ("51" for Armenia)."""
    import pycountry

    record = pycountry.countries.get(alpha_3=country)
    return str(int(record.numeric)) if record is not None else country


def un_global_rows(data: AssessmentDataset, values: SdgValues, year: int,
                   method: str = OFFICIAL) -> list[tuple[str, ...]]:
    result = chosen(values, method)
    updated = data.meta.updated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    source = f"MGI Desktop self-assessment {data.meta.framework_id} {data.meta.framework_version}"
    rows: list[tuple[str, ...]] = [UN_COLUMNS]
    for number, score in [(None, result.overall), *result.domains.items()]:
        note = ("official method (UN SDG metadata): a missing sub-category counts as 0" if method == OFFICIAL
                else "completeness-aware value (MGI Desktop): no value until every sub-category is answered")
        if score.missing:
            note += f"; unanswered: {' '.join(score.missing)}"
        row = dict.fromkeys(UN_COLUMNS, "")
        row |= dict.fromkeys(_UN_TOTAL_BREAKDOWNS, UN_TOTAL)
        row |= {"DATAFLOW": UN_DATAFLOW, "FREQ": "A", "REPORTING_TYPE": "N", "SERIES": UN_SERIES,
                "REF_AREA": m49(data.meta.country), "COMPOSITE_BREAKDOWN": policy_domain(number),
                "TIME_PERIOD": str(year), "OBS_VALUE": _category(score),
                "OBS_STATUS": "A" if score.category is not None else "M", "UNIT_MULT": "0", "NATURE": "C",
                "TIME_DETAIL": str(year), "COMMENT_OBS": note, "SOURCE_DETAIL": source,
                "DATA_LAST_UPDATE": updated}
        rows.append(tuple(row[c] for c in UN_COLUMNS))
    return rows


def value_cells(aware: SdgScore, official: SdgScore, language: str) -> list[Any]:
    """The cells under `BOTH_VALUES_COLUMNS`: each value, its category and the category's name."""
    return [aware.value, aware.category, L.sdg_category(aware.category, language),
            official.value, official.category, L.sdg_category(official.category, language)]


def csv_bytes(rows: Sequence[Sequence[str]], *, quote_all: bool = False, bom: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8")


def default_year(data: AssessmentDataset) -> int:
    """The year a file reports when none is given: the year of the assessment's last change."""
    return data.meta.updated_at.year


def write_sdg(data: AssessmentDataset, target: Path, layout: str, *, year: int | None = None,
              method: str = OFFICIAL, language: str = "en", now: dt.datetime | None = None) -> Path:
    """Write one of the `LAYOUTS` to `target`, atomically; the CSV layouts hold the `method`'s value."""
    if layout not in LAYOUTS:
        raise ValidationError(UNKNOWN_LAYOUT(layout=layout))
    values = sdg_values_of(data)
    check_target(target)
    year = default_year(data) if year is None else year
    if layout == OPEN_SDG:
        # Armenia's file quotes every field; open-sdg reads it either way
        atomic.write_bytes(target, csv_bytes(open_sdg_rows(values, year, method), quote_all=True))
    elif layout == UN_GLOBAL:
        atomic.write_bytes(target, csv_bytes(un_global_rows(data, values, year, method)))
    else:
        write_transcription(data, values, target, language=language, now=now)
    return target


def write_transcription(data: AssessmentDataset, values: SdgValues, target: Path, *, language: str = "en",
                        now: dt.datetime | None = None) -> Path:
    """The UN Inquiry's Module III table with the assessment's answers, both values, and an About sheet."""
    exported = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
    book = new_workbook()
    used: set[str] = set()
    rtl = wording.is_rtl(language)
    model = data.framework.model
    source = model.source_language

    def t(template: Template, **params: Any) -> str:
        return wording.text(template, language, **params)

    module = SafeSheet(book, t(SHEET_MODULE_III), L.columns(MODULE_III_COLUMNS, language), used, right_to_left=rtl)
    evidence: dict[str, int] = {}
    for proof in data.evidence:
        evidence[proof.question_code] = evidence.get(proof.question_code, 0) + 1
    for domain in model.domains:
        for sub_area in domain.sub_areas:
            module.append([domain.number, sub_area.title.get(language, source)])
            for indicator in sub_area.indicators:
                for question in indicator.questions:
                    code = question.code
                    view = data.answers[code]
                    placement = data.framework.placements[code]
                    choice = placement.choice(view.value) if isinstance(view.value, str) else None
                    module.append([
                        domain.number, "", code, question.text.get(language, source),
                        data.answer_label(code, language) if choice is not None else "",
                        choice.score if choice is not None else None, view.justification,
                        evidence.get(code, view.evidence_count),
                        "" if choice is not None and choice.score is not None else t(NOT_ANSWERED),
                    ])

    table = SafeSheet(book, t(SHEET_VALUES), L.columns(VALUES_COLUMNS, language), used, right_to_left=rtl)
    app, official = values.completeness_aware, values.official

    def row(first: Any, title: str, a: SdgScore, o: SdgScore) -> list[Any]:
        return [first, title, *value_cells(a, o, language), " ".join(o.missing)]

    for domain in model.domains:
        table.append(row(domain.number, domain.title.get(language, source), app.domains[domain.number],
                         official.domains[domain.number]))
    table.append(row(t(ALL), t(ALL_DOMAINS), app.overall, official.overall))

    about = SafeSheet(book, t(L.SHEET_ABOUT), L.columns(ABOUT_COLUMNS, language), used, right_to_left=rtl)
    m = data.meta
    for item in [
        (t(L.TITLE), m.title, ""), (t(L.ASSESSMENT_ID), m.id, t(L.ID_ABOUT)),
        (t(L.COUNTRY), L.country_in(m.country, language), m.country),
        (t(L.FRAMEWORK), model.title.get(language, source), f"{m.framework_id} {m.framework_version}"),
        (t(LAYOUT), t(SHEET_MODULE_III), t(LAYOUT_ABOUT)),
        (t(TEXTS), "worldbank/sdg-metadata api/10-7-2", t(TEXTS_ABOUT)),
        (t(APP_VALUE), "", t(APP_ABOUT)), (t(OFFICIAL_VALUE), "", t(OFFICIAL_ABOUT)),
        (t(CATEGORIES), "1-4", t(CATEGORIES_ABOUT)),
        (t(L.LAST_CHANGED), m.updated_at, ""),
        (t(L.EXPORTED), exported, ""), (t(L.EXPORTED_WITH), f"MGI Desktop {__version__}", ""),
        (t(L.LANGUAGE), language, ""),
    ]:
        about.append(list(item))
    for number in L.SDG_CATEGORIES:
        about.append([t(CATEGORIES), number, L.sdg_category(number, language)])
    save(book, target, [module, table, about])
    return target
