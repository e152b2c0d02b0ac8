"""The sheets and columns of an XLSForm as the app reads and writes them, and language headers.

Standard XLSForm columns keep their meaning (``label``, ``hint``, ``guidance_hint``, ``required``,
``relevant``, ``constraint``, ``constraint_message``, ``choice_filter``); the app's own fields are
columns whose names start with ``mgi_``, which ODK, KoboToolbox and pyxform ignore.
`docs/xlsform.md` describes each one.
"""

from __future__ import annotations

import functools
import re

SURVEY, CHOICES, SETTINGS = "survey", "choices", "settings"

# -- survey ----------------------------------------------------------------------------------
TYPE, NAME = "type", "name"
LABEL, HINT, GUIDANCE = "label", "hint", "guidance_hint"
REQUIRED, RELEVANT, CONSTRAINT, CONSTRAINT_MESSAGE, CHOICE_FILTER = (
    "required", "relevant", "constraint", "constraint_message", "choice_filter")
#: the app's code, where it is not a valid XLSForm name (codes may start with a digit: "1.1.1.a")
MGI_CODE = "mgi_code"
#: the app's answer type where the XLSForm type does not say it (year, yes_no, yes_partial_no)
MGI_TYPE = "mgi_type"
#: which level a group is (domain, sub_area, indicator); without it, the depth says
MGI_LEVEL = "mgi_level"
#: a domain's number (1 to 6); without it, the order of the domains
MGI_NUMBER = "mgi_number"
#: what a note is: notice, introduction (at the top of the form), description (first in a domain)
MGI_FIELD = "mgi_field"
MGI_LONG_TITLE = "mgi_long_title"
MGI_UNIT = "mgi_unit"
MGI_MINIMUM, MGI_MAXIMUM = "mgi_minimum", "mgi_maximum"
MGI_EVIDENCE_REQUIRED = "mgi_evidence_required"
MGI_SDG = "mgi_sdg_10_7_2"
MGI_GCM = "mgi_gcm_objectives"

#: columns holding text in each language (``label::Français (fr)``)
SURVEY_TEXTS = (LABEL, HINT, GUIDANCE, CONSTRAINT_MESSAGE, MGI_LONG_TITLE, MGI_UNIT)
SURVEY_PLAIN = (TYPE, NAME, REQUIRED, RELEVANT, CONSTRAINT, CHOICE_FILTER, MGI_CODE, MGI_TYPE, MGI_LEVEL,
                MGI_NUMBER, MGI_FIELD, MGI_MINIMUM, MGI_MAXIMUM, MGI_EVIDENCE_REQUIRED, MGI_SDG, MGI_GCM)

# -- choices ---------------------------------------------------------------------------------
LIST_NAME = "list_name"
MGI_SCORE = "mgi_score"
CHOICES_PLAIN = (LIST_NAME, NAME, MGI_SCORE)

# -- settings --------------------------------------------------------------------------------
FORM_TITLE, FORM_ID, VERSION, DEFAULT_LANGUAGE = "form_title", "form_id", "version", "default_language"
MGI_TITLE = "mgi_title"  # the title in the other languages (form_title holds the default language's)
MGI_SCORING = "mgi_scoring"
SETTINGS_PLAIN = (FORM_TITLE, FORM_ID, VERSION, DEFAULT_LANGUAGE, MGI_LEVEL, MGI_SCORING)

#: The columns whose ``::`` part is a language the app reads (``label::Français (fr)``).  In the others it
#: is a namespace (``bind::odk:length``, ``media::image``) or the language of a column the app does not use.
TRANSLATED = frozenset({*SURVEY_TEXTS, MGI_TITLE})

#: Columns of XLSForm the app has no use for: read past, and named in the report's notes when filled.
IGNORED = frozenset({"appearance", "default", "read_only", "required_message", "calculation", "trigger",
                     "parameters", "image", "audio", "video", "media", "body", "bind", "instance",
                     "autoplay", "repeat_count", "note", "style", "instance_name", "public_key",
                     "submission_url", "allow_choice_duplicates", "clean_text_values", "namespaces",
                     "label_table_header", "save_to", "entities"})

#: Other names XLSForm authors give these columns (pyxform's aliases)
HEADER_ALIASES = {"list name": "list_name", "caption": "label", "relevance": "relevant",
                  "constraining_message": "constraint_message"}

YES_WORDS = frozenset({"yes", "true", "true()", "1", "y"})
NO_WORDS = frozenset({"no", "false", "false()", "0", "n", ""})

_CODE_IN_PARENTHESES = re.compile(r"\(\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\s*\)\s*$")


def split_header(header: str) -> tuple[str, str | None]:
    """``label::Français (fr)`` -> ("label", "Français (fr)"); ``label`` -> ("label", None)."""
    base, sep, language = header.partition("::")
    return base.strip().lower(), (language.strip() if sep else None)


@functools.cache
def _names_to_codes() -> dict[str, str]:
    """Language names (English and each language's own) -> codes, lower-cased: what authors write."""
    from babel import Locale, UnknownLocaleError

    found: dict[str, str] = {}
    english = Locale("en").languages
    for code, name in english.items():
        if "_" in code or len(code) > 3:
            continue
        found.setdefault(name.lower(), code)
        try:
            own = Locale.parse(code).get_display_name(code)
        except (ValueError, LookupError, UnknownLocaleError):  # no data for that language: its English name only
            own = None
        if own:
            found.setdefault(own.lower(), code)
    return found


def language_code(written: str) -> str | None:
    """The code of a language as an XLSForm header writes it: ``English (en)``, ``French``, ``fr``."""
    match = _CODE_IN_PARENTHESES.search(written)
    if match:
        return match.group(1).lower()
    text = written.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}", text):
        return text.lower()
    return _names_to_codes().get(text.lower())


def language_header(code: str) -> str:
    """How the app writes a language in headers: its own name and its code, ``Français (fr)``."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_")) or code
    except (ValueError, UnknownLocaleError):
        name = code
    return f"{name[:1].upper()}{name[1:]} ({code})"


def number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def range_xpath(minimum: float | None, maximum: float | None) -> str | None:
    """The XPath constraint a question's range stands for.  The writer puts it in the ``constraint``
    cell, beside ``mgi_minimum`` / ``mgi_maximum``, so that ODK enforces it; the reader takes it
    back out, so that it stays the range and does not become a constraint too."""
    parts = []
    if minimum is not None:
        parts.append(f". >= {number_text(minimum)}")
    if maximum is not None:
        parts.append(f". <= {number_text(maximum)}")
    return " and ".join(parts) or None
