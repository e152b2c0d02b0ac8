"""Read an XLSForm workbook as a questionnaire of the app, reporting every problem at once.

Each problem names its cell (``form.xlsx: survey!D14: question 1.1.1.a: ...``).  The workbook is
turned into the data a questionnaire file holds, each mapping remembering the cells it came from
(`yaml_source.LocatedDict`), and that data goes through the very checks a YAML file does
(`loader.check_data`), so a duplicate code or a circular condition is told the same way in both,
only with a cell for a line.  What XLSForm can say and the app cannot (repeats, calculations,
functions it does not evaluate) is refused with its cell; what the app has no use for (metadata
such as ``start`` or ``deviceid``, presentation columns such as ``appearance``) is read past and
listed in the result's notes.  The layout is described in `docs/xlsform.md`.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.messages import Message, Template
from mgi_desktop.progress import Progress, step
from mgi_desktop.questionnaire import answer_types, conditions, file_form, loader
from mgi_desktop.questionnaire.answer_types import NO, PARTIALLY, SPECIAL_CODES, YES
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.model import CODE_PATTERN, builtin_choice
from mgi_desktop.questionnaire.problems import IS_A_FOLDER, NOT_FOUND, TOO_LARGE, UNREADABLE, Problem
from mgi_desktop.questionnaire.xlsform import columns as col
from mgi_desktop.questionnaire.xlsform import xpath
from mgi_desktop.questionnaire.yaml_source import LocatedDict

NOT_XLSX = Template("xlsform.not_xlsx", "not an Excel workbook (.xlsx): {detail}")
OLD_XLS = Template("xlsform.old_xls", "an Excel 97-2003 workbook (.xls): save it as .xlsx and open that")
NO_SURVEY = Template("xlsform.no_survey", "the workbook has no 'survey' sheet (sheets: {sheets})")
NO_CHOICES = Template("xlsform.no_choices", "the form selects from choice lists but has no 'choices' sheet")
MISSING_COLUMN = Template("xlsform.missing_column", "the {sheet} sheet has no '{column}' column")
TOO_MANY_ROWS = Template("xlsform.too_many_rows", "the {sheet} sheet has more than {limit} rows: not a questionnaire")
UNKNOWN_MGI_COLUMN = Template("xlsform.unknown_mgi_column",
                              "unknown column {column}: the app's columns are {known}")
UNKNOWN_LANGUAGE = Template("xlsform.unknown_language",
                            "cannot tell which language {language} is: write it with its code, "
                            "e.g. 'English (en)'")
NO_TYPE = Template("xlsform.no_type", "the row has no type")
BAD_FORM_ID = Template("xlsform.bad_form_id",
                       "form_id {form_id} must be letters, digits and . _ - only, with no spaces")
NO_NAME = Template("xlsform.no_name", "the row has no name")
DUPLICATE_NAME = Template("xlsform.duplicate_name", "duplicate name {name} (first used in {cell})")
UNKNOWN_TYPE = Template("xlsform.unknown_type", "unknown type {type} (the app reads: {types})")
UNSUPPORTED_TYPE = Template("xlsform.unsupported_type", "the app has no question of type {type}")
OR_OTHER = Template("xlsform.or_other",
                    "{type}: the app cannot add an 'other' answer with its own text; add an 'other' choice to the "
                    "list and a text question after it")
REPEAT = Template("xlsform.repeat",
                  "repeat {name}: the app asks each question once per assessment and cannot repeat a group")
NO_GROUPS = Template("xlsform.no_groups",
                     "the form has no groups: the app needs its questions in groups for the domains, sub-areas and "
                     "indicators (begin group ... end group, three deep; see docs/xlsform.md)")
NO_SUCH_LIST = Template("xlsform.no_such_list", "the choice list {name} does not exist in the choices sheet")
END_WITHOUT_BEGIN = Template("xlsform.end_without_begin", "{type} without a matching begin")
NOT_CLOSED = Template("xlsform.not_closed", "group {name} is not closed: it has no 'end group'")
TOO_DEEP = Template("xlsform.too_deep",
                    "group {name} is nested deeper than domain, sub-area and indicator")
BAD_LEVEL = Template("xlsform.bad_level", "mgi_level {value} is not one of: domain, sub_area, indicator")
WRONG_PARENT = Template("xlsform.wrong_parent", "group {name} ({level}) must stand inside a {parent} group")
OUTSIDE_INDICATOR = Template("xlsform.outside_indicator",
                             "question {name} must stand inside an indicator group (domain > sub-area > indicator)")
NOTE_PLACE = Template("xlsform.note_place",
                      "note {name}: the app shows a note only at the start of the form (notice, introduction) "
                      "or first in a domain (its description); put this text in a question's hint")
BAD_FIELD = Template("xlsform.bad_field", "mgi_field {value} does not fit here (expected: {expected})")
NOT_YES_NO = Template("xlsform.not_yes_no", "{column} must be yes or no, not {value}")
NOT_A_NUMBER = Template("xlsform.not_a_number", "{column} must be a number, not {value}")
BAD_GCM = Template("xlsform.bad_gcm", "mgi_gcm_objectives must be numbers from 1 to 23, not {value}")
TYPE_MISMATCH = Template("xlsform.type_mismatch", "mgi_type {mgi_type} does not fit the type {type}")
NO_LIST_ROW = Template("xlsform.no_list_row", "the row has no list_name")

NOTE_METADATA = Template("xlsform.note_metadata", "{cell}: {type} ({name}) is metadata the app does not keep")
NOTE_COLUMN = Template("xlsform.note_column", "{sheet}: column {column} is not used by the app ({n} cell)",
                       plural="{sheet}: column {column} is not used by the app ({n} cells)", count="n")
NOTE_DEFAULT = Template("xlsform.note_default", "{what} is not given: {value} is used")
#: The message of a constraint the form gives none for: questionnaire text (in the form's source language,
#: which the app cannot write in), so a plain sentence and not a message of the app.
DEFAULT_CONSTRAINT_MESSAGE = "The answer must satisfy {constraint}."

#: A form bigger than this is not a questionnaire (the national catalogue has 560 survey rows).
MAX_ROWS = 20_000
#: Rows read at most, empty ones included (a sheet formatted down to row 1,048,576 is read that far).
MAX_SCANNED = 200_000
#: Empty rows in a row after which a sheet is taken to have ended.
MAX_BLANK_RUN = 1_000
MAX_FILE_BYTES = 20 * 1024 * 1024

_METADATA = frozenset({"start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber",
                       "username", "email", "audit", "start-geopoint", "instanceid", "uri:deviceid"})
_UNSUPPORTED = frozenset({"calculate", "geopoint", "geotrace", "geoshape", "image", "audio", "video", "file",
                          "barcode", "time", "datetime", "range", "rank", "acknowledge", "hidden",
                          "background-audio", "background-geopoint", "trigger", "xml-external", "csv-external",
                          "select_one_from_file", "select_multiple_from_file", "select_one_external", "osm",
                          "photo", "include", "begin loop", "end loop"})
_READ_TYPES = ("select_one LIST", "select_multiple LIST", "integer", "decimal", "text", "date", "note",
               "begin group", "end group")
_PLAIN_TYPES = {"integer": "integer", "decimal": "number", "text": "text", "date": "date"}
_FITS = {"select_one": {"yes_no", "yes_partial_no", "single_choice"}, "select_multiple": {"multiple_choice"},
         "integer": {"integer", "year"}, "decimal": {"number"}, "text": {"text"}, "date": {"date"}}
_LEVELS = ("domain", "sub_area", "indicator")
_SKIPPED = ("repeat", "ignored")
#: How XLSForm authors write a select's type (pyxform's aliases), the longer spellings first.
_SELECT_SPELLINGS = (("select all that apply from", "select_multiple"), ("select all that apply", "select_multiple"),
                     ("select one from", "select_one"), ("select_multiple", "select_multiple"),
                     ("select multiple", "select_multiple"), ("select_one", "select_one"),
                     ("select one", "select_one"), ("select1", "select_one"))
#: Other spellings pyxform accepts for the same type
_TYPE_ALIASES = {"begin lgroup": "begin repeat", "begin looped group": "begin repeat", "end lgroup": "end repeat",
                 "end looped group": "end repeat", "phone number": "phonenumber", "device id": "deviceid",
                 "subscriber id": "subscriberid", "sim serial": "simserial", "imei": "deviceid",
                 "start geopoint": "start-geopoint", "int": "integer", "string": "text", "select one external":
                 "select_one_external"}
_SUFFIXES = ("_dk_na", "_dk", "_na")
#: What a damaged or hostile workbook raises as it is opened or read: a bad ZIP, a missing part, XML
#: that does not parse (ParseError is a SyntaxError) or that defusedxml refuses (a ValueError).
_DAMAGED = (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, SyntaxError, EOFError)


@dataclass
class XlsformResult:
    """What reading a form gave: the framework if it is sound, every problem, and notes on what
    was read past."""

    file: str
    framework: Framework | None
    problems: list[Problem]
    notes: list[Message] = field(default_factory=list)


# -- the workbook as rows of cells ------------------------------------------------------------------


@dataclass
class _Row:
    sheet: str
    number: int
    values: dict[str, Any]  # header (lower-cased base, or base::language) -> value
    cells: dict[str, str]  # the same keys -> "survey!D14"

    def text(self, key: str) -> str:
        value = self.values.get(key)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    def cell(self, key: str) -> str:
        return self.cells.get(key, f"{self.sheet}!{self.number}")

    @property
    def where(self) -> str:
        return f"{self.sheet}!A{self.number}"


@dataclass
class _Sheet:
    name: str
    headers: dict[str, str]  # key -> the header as written
    header_cells: dict[str, str]
    rows: list[_Row]
    languages: dict[str, str | None]  # the language part of a header as written -> its code (None: unknown)


def _sheets(path: Path, problems: list[Problem], file: str) -> dict[str, _Sheet] | None:
    # openpyxl warns of what it drops from a workbook (extensions, data validation): nothing of a form
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return _read_sheets(path, problems, file)


def _read_sheets(path: Path, problems: list[Problem], file: str) -> dict[str, _Sheet] | None:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(file, "", None, TOO_LARGE(size=size)))
            return None
        with path.open("rb") as handle:
            magic = handle.read(8)
        if magic.startswith(b"\xd0\xcf\x11\xe0"):
            problems.append(Problem(file, "", None, OLD_XLS()))
            return None
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        problems.append(Problem(file, "", None, NOT_FOUND()))
        return None
    except IsADirectoryError:
        problems.append(Problem(file, "", None, IS_A_FOLDER()))
        return None
    except PermissionError as exc:
        problems.append(Problem(file, "", None, UNREADABLE(reason=exc.strerror or str(exc))))
        return None
    except _DAMAGED as exc:
        problems.append(Problem(file, "", None, NOT_XLSX(detail=_first_line(exc))))
        return None
    try:
        found: dict[str, _Sheet] = {}
        for worksheet in workbook.worksheets:
            name = worksheet.title.strip().lower()
            if name not in (col.SURVEY, col.CHOICES, col.SETTINGS) or name in found:
                continue
            header_row = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True), None) or ()
            keys: list[str | None] = []
            sheet = _Sheet(worksheet.title, {}, {}, [], {})
            for index, header in enumerate(header_row, 1):
                text = str(header).strip() if header is not None else ""
                if not text:
                    keys.append(None)
                    continue
                base, language = col.split_header(text)
                base = col.HEADER_ALIASES.get(base, base)
                if language is not None and base not in col.TRANSLATED:  # media::image, bind::..., instance::...
                    base, language = text.lower(), None
                key = base if language is None else f"{base}::{language}"
                if language is not None and language not in sheet.languages:
                    sheet.languages[language] = col.language_code(language)
                keys.append(key)
                sheet.headers.setdefault(key, text)
                sheet.header_cells.setdefault(key, f"{worksheet.title}!{get_column_letter(index)}1")
            # only the columns that have a header (a sheet may be formatted 16,384 columns wide), and no
            # further than a long run of empty rows (or a million formatted ones are read)
            width = max((i + 1 for i, key in enumerate(keys) if key is not None), default=1)
            blank = 0
            for number, values in enumerate(worksheet.iter_rows(min_row=2, max_col=width, values_only=True), 2):
                if len(sheet.rows) >= MAX_ROWS or number > MAX_SCANNED:
                    problems.append(Problem(file, "", f"{worksheet.title}!A{number}",
                                            TOO_MANY_ROWS(sheet=worksheet.title, limit=MAX_ROWS)))
                    return None
                blank = blank + 1 if all(v is None or (isinstance(v, str) and not v.strip()) for v in values) else 0
                if blank > MAX_BLANK_RUN:
                    break
                cells = {}
                cell_names = {}
                for index, value in enumerate(values):
                    column_key = keys[index] if index < len(keys) else None
                    if column_key is None or value is None or (isinstance(value, str) and not value.strip()):
                        continue
                    cells[column_key] = value
                    cell_names[column_key] = f"{worksheet.title}!{get_column_letter(index + 1)}{number}"
                if cells:
                    sheet.rows.append(_Row(worksheet.title, number, cells, cell_names))
            found[name] = sheet
        return found
    except _DAMAGED as exc:
        problems.append(Problem(file, "", None, NOT_XLSX(detail=_first_line(exc))))
        return None
    finally:
        workbook.close()


# -- the converter ---------------------------------------------------------------------------------------


@dataclass
class _Frame:
    #: "domain", "sub_area", "indicator"; "repeat" (refused), "ignored" (a group already reported)
    level: str
    data: LocatedDict | None
    name: str
    row: _Row


def _located(row: _Row, cells: dict[str, str], **values: Any) -> LocatedDict:
    data = LocatedDict(values)
    data.line = row.where
    data.key_lines = {key: cells.get(key, row.where) for key in values}
    return data


class _Converter:
    def __init__(self, sheets: dict[str, _Sheet], file: str) -> None:
        self.sheets = sheets
        self.file = file
        self.problems: list[Problem] = []
        self.notes: list[Message] = []
        self.survey = sheets[col.SURVEY]
        self.choices = sheets.get(col.CHOICES)
        self.settings = sheets.get(col.SETTINGS)
        self.lists: dict[str, list[_Row]] = {}
        self.code_of: dict[str, str] = {}  # XLSForm name -> app code (questions)
        self.multiple: set[str] = set()  # codes of multiple choice questions
        self.data = LocatedDict()
        self.data.line = f"{self.survey.name}!A1"
        self.data.key_lines = {}

    def add(self, cell: str | None, message: Message, place: str = "") -> None:
        self.problems.append(Problem(self.file, place, cell, message))

    # -- languages --------------------------------------------------------------------------------

    def _languages(self) -> None:
        default_written = self._setting(col.DEFAULT_LANGUAGE)
        written_codes: dict[str, str] = {}
        for sheet in self.sheets.values():
            for written, code in sheet.languages.items():
                if code is None:
                    header = next(k for k in sheet.headers if k.endswith(f"::{written}"))
                    self.add(sheet.header_cells[header], UNKNOWN_LANGUAGE(language=repr(written)))
                elif written not in written_codes:
                    written_codes[written] = code
        self.written = written_codes
        default = col.language_code(default_written) if default_written else None
        if default_written and default is None:
            self.add(self._setting_cell(col.DEFAULT_LANGUAGE), UNKNOWN_LANGUAGE(language=repr(default_written)))
        label_codes = [code for written, code in written_codes.items()
                       if f"{col.LABEL}::{written}" in self.survey.headers]
        if default is None:
            default = label_codes[0] if label_codes else "en"
            if not default_written and (not label_codes or col.LABEL in self.survey.headers):
                self.notes.append(NOTE_DEFAULT(what="settings default_language", value=repr(default)))
        self.source = default
        ordered = [default, *[c for c in written_codes.values() if c != default]]
        self.languages = list(dict.fromkeys(ordered))
        self.data["source_language"] = default
        self.data["languages"] = self.languages
        self.data.key_lines["source_language"] = self._setting_cell(col.DEFAULT_LANGUAGE) or self.data.line

    def _text(self, row: _Row, base: str) -> tuple[Any, str | None]:
        """A text column in every language of the form: a plain string when it is given in the
        source language only (as a questionnaire file writes an untranslated text), else language ->
        text (a `LocatedDict` naming each cell)."""
        found: dict[str, tuple[str, str]] = {}
        plain = row.text(base)
        if plain:
            found[self.source] = (plain, row.cell(base))
        for written, code in self.written.items():
            key = f"{base}::{written}"
            value = row.text(key)
            if value:
                found[code] = (value, row.cell(key))  # a language's own column wins over the plain one
        if not found:
            return None, None
        first_cell = found.get(self.source, next(iter(found.values())))[1]
        if set(found) == {self.source}:
            return found[self.source][0], first_cell
        text = LocatedDict({code: value for code, (value, _) in found.items()})
        text.line = first_cell
        text.key_lines = {code: cell for code, (_, cell) in found.items()}
        return text, first_cell

    # -- settings -----------------------------------------------------------------------------------

    def _setting(self, key: str) -> str:
        if self.settings is None or not self.settings.rows:
            return ""
        return self.settings.rows[0].text(key)

    def _setting_cell(self, key: str) -> str | None:
        if self.settings is None or not self.settings.rows:
            return None
        return self.settings.rows[0].cells.get(key)

    def _header(self, path: Path) -> None:
        row = self.settings.rows[0] if self.settings is not None and self.settings.rows else None
        data = self.data
        form_id = self._setting(col.FORM_ID)
        if form_id and not re.fullmatch(CODE_PATTERN, form_id):
            self.add(self._setting_cell(col.FORM_ID), BAD_FORM_ID(form_id=repr(form_id)))
            form_id = re.sub(r"[^A-Za-z0-9._-]", "-", form_id).strip("-._") or "form"
        if not form_id:
            form_id = re.sub(r"[^A-Za-z0-9._-]", "-", path.stem).strip("-._") or "form"
            self.notes.append(NOTE_DEFAULT(what="settings form_id", value=repr(form_id)))
        version = self._setting(col.VERSION)
        if not version:
            version = "1"
            self.notes.append(NOTE_DEFAULT(what="settings version", value=repr(version)))
        level = self._setting(col.MGI_LEVEL)
        if not level:
            level = "national"
            self.notes.append(NOTE_DEFAULT(what="settings mgi_level", value=repr(level)))
        data["id"], data["version"], data["level"] = form_id, version, level
        for key, setting in (("id", col.FORM_ID), ("version", col.VERSION), ("level", col.MGI_LEVEL)):
            data.key_lines[key] = self._setting_cell(setting) or data.line
        scoring = self._setting(col.MGI_SCORING)
        if scoring:
            data["scoring"] = scoring
            data.key_lines["scoring"] = self._setting_cell(col.MGI_SCORING) or data.line
        title: Any = self._setting(col.FORM_TITLE) or form_id
        if row is not None:
            translated = {code: row.text(f"{col.MGI_TITLE}::{written}") for written, code in self.written.items()}
            translated = {code: text for code, text in translated.items() if text and code != self.source}
            if translated:
                title = {self.source: title, **translated}
        data["title"] = title
        data.key_lines["title"] = self._setting_cell(col.FORM_TITLE) or data.line

    # -- columns --------------------------------------------------------------------------------------

    def _columns(self) -> None:
        known = {col.SURVEY: (set(col.SURVEY_TEXTS) | set(col.SURVEY_PLAIN)),
                 col.CHOICES: {col.LIST_NAME, col.NAME, col.LABEL, col.MGI_SCORE},
                 col.SETTINGS: set(col.SETTINGS_PLAIN) | {col.MGI_TITLE}}
        for kind, sheet in self.sheets.items():
            for key, written in sheet.headers.items():
                base = key.split("::", 1)[0]
                if base in known[kind]:
                    continue
                if base.startswith("mgi_"):
                    self.add(sheet.header_cells[key], UNKNOWN_MGI_COLUMN(
                        column=repr(written), known=sorted(b for b in known[kind] if b.startswith("mgi_"))))
                elif kind == col.CHOICES:
                    continue  # a column a choice filter may name (``state = ${state}``)
                else:
                    used = sum(1 for r in sheet.rows if key in r.values)
                    if used:
                        self.notes.append(NOTE_COLUMN(sheet=sheet.name, column=repr(written), n=used))
        for column in (col.TYPE, col.NAME):
            if column not in self.survey.headers:
                self.add(f"{self.survey.name}!A1", MISSING_COLUMN(sheet=self.survey.name, column=column))

    # -- first pass: names, codes, lists --------------------------------------------------------------

    def _collect(self) -> None:
        if self.choices is not None:
            for row in self.choices.rows:
                name = row.text(col.LIST_NAME)
                if not name:
                    if row.text(col.NAME):
                        self.add(row.where, NO_LIST_ROW())
                    continue
                self.lists.setdefault(name, []).append(row)
        self.has_groups = any(_type_of(row.text(col.TYPE))[0] in ("begin group", "begin repeat")
                              for row in self.survey.rows)
        for row in self.survey.rows:
            kind, _ = _type_of(row.text(col.TYPE))
            name = row.text(col.NAME)
            if kind in ("select_one", "select_multiple", "integer", "decimal", "text", "date") and name:
                code = row.text(col.MGI_CODE) or name
                self.code_of.setdefault(name, code)
                if kind == "select_multiple":
                    self.multiple.add(code)

    # -- second pass: the structure -----------------------------------------------------------------------

    def convert(self, path: Path) -> None:
        self._columns()
        self._languages()
        self._header(path)
        self._collect()
        domains: list[LocatedDict] = []
        self.data["domains"] = domains
        self.data.key_lines["domains"] = self.data.line
        self.shared: dict[str, list[LocatedDict]] = {}
        stack: list[_Frame] = []
        names: dict[str, str] = {}
        for row in self.survey.rows:
            written_type = row.text(col.TYPE)
            kind, list_name = _type_of(written_type)
            name = row.text(col.NAME)
            if not written_type:
                self.add(row.cell(col.NAME) if name else row.where, NO_TYPE())
                continue
            if kind in ("end group", "end repeat"):
                if not stack or (stack[-1].level == "repeat") != (kind == "end repeat"):
                    self.add(row.cell(col.TYPE), END_WITHOUT_BEGIN(type=repr(written_type)))
                else:
                    stack.pop()
                continue
            if kind in _METADATA:
                self.notes.append(NOTE_METADATA(cell=row.cell(col.TYPE), type=written_type, name=repr(name)))
                continue
            if not name:
                self.add(row.cell(col.TYPE), NO_NAME())
                continue
            if name in names:
                self.add(row.cell(col.NAME), DUPLICATE_NAME(name=repr(name), cell=names[name]))
                if kind in ("begin group", "begin repeat"):
                    stack.append(_Frame("repeat" if kind == "begin repeat" else "ignored", None, name, row))
                continue
            names[name] = row.cell(col.NAME)
            if kind == "begin repeat":
                self.add(row.cell(col.TYPE), REPEAT(name=repr(name)))
                stack.append(_Frame("repeat", None, name, row))
            elif kind == "begin group":
                stack.append(self._group(row, name, stack, domains))
            elif kind == "note":
                self._note(row, name, stack)
            elif kind in _UNSUPPORTED:
                self.add(row.cell(col.TYPE), UNSUPPORTED_TYPE(type=repr(written_type)))
            elif kind == "or_other":
                self.add(row.cell(col.TYPE), OR_OTHER(type=repr(written_type)))
            elif kind in _FITS:
                question = self._question(row, name, kind, list_name)
                indicator = stack[-1] if stack else None
                if indicator is None or indicator.level != "indicator" or indicator.data is None:
                    if self.has_groups and not any(f.level in _SKIPPED for f in stack):  # else: told once
                        self.add(row.cell(col.NAME), OUTSIDE_INDICATOR(name=repr(name)))
                else:
                    indicator.data["questions"].append(question)
            else:
                self.add(row.cell(col.TYPE), UNKNOWN_TYPE(type=repr(written_type), types=list(_READ_TYPES)))
        for frame in stack:
            self.add(frame.row.cell(col.TYPE), NOT_CLOSED(name=repr(frame.name)))
        if not self.has_groups:
            self.add(f"{self.survey.name}!A1", NO_GROUPS())
        if self.shared:
            self.data["choice_lists"] = self.shared
            self.data.key_lines["choice_lists"] = self.choices.header_cells.get(col.LIST_NAME, "") \
                if self.choices else self.data.line

    def _group(self, row: _Row, name: str, stack: list[_Frame], domains: list[LocatedDict]) -> _Frame:
        open_levels = [f for f in stack if f.level not in _SKIPPED]
        written = row.text(col.MGI_LEVEL).lower().replace("-", "_")
        if written and written not in _LEVELS:
            self.add(row.cell(col.MGI_LEVEL), BAD_LEVEL(value=repr(written)))
            return _Frame("ignored", None, name, row)
        level = written or (_LEVELS[len(open_levels)] if len(open_levels) < len(_LEVELS) else "")
        if not level:
            self.add(row.cell(col.TYPE), TOO_DEEP(name=repr(name)))
            return _Frame("ignored", None, name, row)
        depth = _LEVELS.index(level)
        parent = open_levels[-1] if open_levels else None
        misplaced = parent is not None if depth == 0 else (parent is None or parent.level != _LEVELS[depth - 1])
        if misplaced:
            if depth == 0:
                self.add(row.cell(col.MGI_LEVEL) if written else row.cell(col.TYPE), TOO_DEEP(name=repr(name)))
            else:
                self.add(row.cell(col.MGI_LEVEL) if written else row.cell(col.TYPE),
                         WRONG_PARENT(name=repr(name), level=level.replace("_", "-"),
                                      parent=_LEVELS[depth - 1].replace("_", "-")))
            return _Frame("ignored", None, name, row)
        title, title_cell = self._text(row, col.LABEL)
        cells = {"code": row.cell(col.MGI_CODE) if row.text(col.MGI_CODE) else row.cell(col.NAME),
                 "title": title_cell or row.cell(col.NAME)}
        values: dict[str, Any] = {"code": row.text(col.MGI_CODE) or name, "title": title or name}  # XLSForm
        # lets a group go without a label; the app needs a title, and its name is the best one at hand
        if level == "domain":
            number: Any = len(domains) + 1
            if row.text(col.MGI_NUMBER):
                number = self._number(row, col.MGI_NUMBER)
                cells["number"] = row.cell(col.MGI_NUMBER)
            long_title, long_cell = self._text(row, col.MGI_LONG_TITLE)
            values = {"number": number, **values}
            if long_title is not None:
                values["long_title"] = long_title
                cells["long_title"] = long_cell or row.where
            values["sub_areas"] = []
            data = _located(row, cells, **values)
            domains.append(data)
        else:
            values["indicators" if level == "sub_area" else "questions"] = []
            data = _located(row, cells, **values)
            assert parent is not None and parent.data is not None
            parent.data["sub_areas" if level == "sub_area" else "indicators"].append(data)
        return _Frame(level, data, name, row)

    def _note(self, row: _Row, name: str, stack: list[_Frame]) -> None:
        text, cell = self._text(row, col.LABEL)
        field_name = row.text(col.MGI_FIELD).lower()
        open_levels = [f for f in stack if f.level not in _SKIPPED]
        expected: tuple[str, ...]
        if not open_levels and not stack:
            expected = ("notice", "introduction")
            target: LocatedDict | None = self.data
            if not field_name:
                field_name = next((f for f in expected if f not in self.data), "")
        elif len(open_levels) == 1 and len(stack) == 1 and not open_levels[0].data.get("sub_areas"):  # type: ignore[union-attr]
            expected = ("description",)
            target = open_levels[0].data
            field_name = field_name or ("description" if "description" not in (target or {}) else "")
        else:
            self.add(row.cell(col.TYPE), NOTE_PLACE(name=repr(name)))
            return
        if not field_name:
            self.add(row.cell(col.TYPE), NOTE_PLACE(name=repr(name)))
        elif field_name not in expected:
            self.add(row.cell(col.MGI_FIELD), BAD_FIELD(value=repr(field_name), expected=list(expected)))
        elif target is not None and text is not None:
            target[field_name] = text
            target.key_lines[field_name] = cell or row.where

    # -- questions ------------------------------------------------------------------------------------------

    def _number(self, row: _Row, key: str) -> Any:
        value = row.values.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            self.add(row.cell(key), NOT_A_NUMBER(column=key, value=repr(value)))
            return None
        try:
            number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
        except ValueError:
            self.add(row.cell(key), NOT_A_NUMBER(column=key, value=repr(value)))
            return None
        return int(number) if number.is_integer() else number

    def _yes_no(self, row: _Row, key: str, default: bool) -> bool:
        value = row.values.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in col.YES_WORDS:
            return True
        if text in col.NO_WORDS:
            return False
        self.add(row.cell(key), NOT_YES_NO(column=key, value=repr(str(value))))
        return default

    def _expression(self, row: _Row, key: str, *, allow_self: bool, source: str | None = None) -> str | None:
        text = source if source is not None else row.text(key)
        if not text:
            return None
        try:
            tree = xpath.parse_xpath(text)
            return conditions.canonical(xpath.app_text(xpath.xpath_to_app(
                tree, self.code_of, self.multiple.__contains__, allow_self=allow_self)))
        except xpath.XPathError as exc:
            self.add(row.cell(key), exc.msg, f"question {row.text(col.MGI_CODE) or row.text(col.NAME)}")
            return None

    def _question(self, row: _Row, name: str, kind: str, list_name: str | None) -> LocatedDict:
        code = row.text(col.MGI_CODE) or name
        cells: dict[str, str] = {"code": row.cell(col.MGI_CODE) if row.text(col.MGI_CODE) else row.cell(col.NAME),
                                 "type": row.cell(col.TYPE)}
        values: dict[str, Any] = {"code": code}
        text, cell = self._text(row, col.LABEL)
        if text is not None:
            values["text"] = text
            cells["text"] = cell or row.where
        for key, column in (("hint", col.HINT), ("guidance", col.GUIDANCE), ("unit", col.MGI_UNIT)):
            value, cell = self._text(row, column)
            if value is not None:
                values[key] = value
                cells[key] = cell or row.where
        mgi_type = row.text(col.MGI_TYPE)
        app_type = mgi_type or _PLAIN_TYPES.get(kind) or ""
        if mgi_type and mgi_type not in _FITS[kind]:
            if mgi_type in answer_types.names():
                self.add(row.cell(col.MGI_TYPE), TYPE_MISMATCH(mgi_type=repr(mgi_type), type=repr(kind)))
            values["type"] = mgi_type  # an unknown type: the format's check names it
            cells["type"] = row.cell(col.MGI_TYPE)
            app_type = ""
        if kind in ("select_one", "select_multiple"):
            app_type = self._choices(row, values, cells, kind, mgi_type, list_name or "")
        if app_type:
            values["type"] = app_type
        values["required"] = self._yes_no(row, col.REQUIRED, False)
        cells["required"] = row.cell(col.REQUIRED)
        if row.text(col.MGI_EVIDENCE_REQUIRED):
            values["evidence_required"] = self._yes_no(row, col.MGI_EVIDENCE_REQUIRED, False)
            cells["evidence_required"] = row.cell(col.MGI_EVIDENCE_REQUIRED)
        for key, column in (("minimum", col.MGI_MINIMUM), ("maximum", col.MGI_MAXIMUM)):
            if row.text(column):
                values[key] = self._number(row, column)
                cells[key] = row.cell(column)
        relevant = self._expression(row, col.RELEVANT, allow_self=False)
        if relevant is not None:
            values["relevant"] = relevant
            cells["relevant"] = row.cell(col.RELEVANT)
        constraint = self._constraint(row, values)
        if constraint is not None:
            values["constraints"] = [constraint]
            cells["constraints"] = row.cell(col.CONSTRAINT)
        if row.text(col.MGI_SDG):
            values["sdg_1072"] = row.text(col.MGI_SDG)
            cells["sdg_1072"] = row.cell(col.MGI_SDG)
        if row.text(col.MGI_GCM):
            values["gcm_objectives"] = self._gcm(row)
            cells["gcm_objectives"] = row.cell(col.MGI_GCM)
        return _located(row, cells, **values)

    def _gcm(self, row: _Row) -> list[int]:
        parts = [p for p in re.split(r"[\s,;]+", row.text(col.MGI_GCM)) if p]
        if not all(p.isdigit() and 1 <= int(p) <= 23 for p in parts):
            self.add(row.cell(col.MGI_GCM), BAD_GCM(value=repr(row.text(col.MGI_GCM))))
            return []
        return [int(p) for p in parts]

    def _constraint(self, row: _Row, values: dict[str, Any]) -> LocatedDict | None:
        """The app's constraint from the XLSForm one, less the range the ``mgi_`` columns already
        hold (the writer adds it so that ODK enforces it: `export.xlsform.range_xpath`)."""
        text = row.text(col.CONSTRAINT)
        if not text:
            return None
        bounds = col.range_xpath(values.get("minimum"), values.get("maximum"))
        if bounds is not None:
            if text == bounds:
                return None
            tail = f" and ({bounds})"
            if text.endswith(tail) and text.startswith("("):
                head = text[: -len(tail)]
                if head.endswith(")") and _balanced(head[1:-1]):
                    text = head[1:-1]
        expression = self._expression(row, col.CONSTRAINT, allow_self=True, source=text)
        if expression is None:
            return None
        message, cell = self._text(row, col.CONSTRAINT_MESSAGE)
        if message is None:
            message = DEFAULT_CONSTRAINT_MESSAGE.format(constraint=row.text(col.CONSTRAINT))
        data = LocatedDict({"expression": expression, "message": message})
        data.line = row.cell(col.CONSTRAINT)
        data.key_lines = {"expression": row.cell(col.CONSTRAINT), "message": cell or row.cell(col.CONSTRAINT)}
        return data

    def _choices(self, row: _Row, values: dict[str, Any], cells: dict[str, str], kind: str, mgi_type: str,
                 list_name: str) -> str:
        """Fill the question's choices from its list; returns the app's type."""
        rows = self.lists.get(list_name)
        if rows is None:
            if self.choices is None:
                self.add(row.cell(col.TYPE), NO_CHOICES())
            else:
                self.add(row.cell(col.TYPE), NO_SUCH_LIST(name=repr(list_name)))
            return mgi_type or ("multiple_choice" if kind == "select_multiple" else "single_choice")
        plain = [r for r in rows if r.text(col.NAME) not in SPECIAL_CODES]
        codes = [r.text(col.NAME) for r in plain]
        specials = {r.text(col.NAME) for r in rows} & set(SPECIAL_CODES)
        if "dont_know" in specials:
            values["allow_dont_know"] = True
            cells["allow_dont_know"] = row.cell(col.TYPE)
        if "not_applicable" in specials:
            values["allow_not_applicable"] = True
            cells["allow_not_applicable"] = row.cell(col.TYPE)
        app_type = mgi_type
        if not app_type:
            if kind == "select_multiple":
                app_type = "multiple_choice"
            elif sorted(codes) == sorted((YES, NO)):
                app_type = "yes_no"
            elif sorted(codes) == sorted((YES, PARTIALLY, NO)):
                app_type = "yes_partial_no"
            else:
                app_type = "single_choice"
        filter_text = row.text(col.CHOICE_FILTER)
        conditions: dict[int, str | None] | None = None
        if filter_text:
            conditions = self._filter(row, plain, filter_text)
        fixed = app_type in answer_types.names() and answer_types.kind(app_type).fixed_codes is not None
        if fixed and conditions is None:
            overrides = [choice for choice in (self._choice(r, builtin_score=True) for r in plain)
                         if not _is_builtin(choice, self.languages, self.source)]
            if overrides:
                values["choices"] = overrides
                cells["choices"] = row.cell(col.TYPE)
            return app_type
        base = list_name
        for suffix in _SUFFIXES:
            stripped = list_name[: -len(suffix)] if list_name.endswith(suffix) else None
            if stripped and stripped in self.lists and [r.text(col.NAME) for r in self.lists[stripped]] == codes:
                base = stripped
                break
        own = base == row.text(col.NAME)
        if conditions is not None or own:
            choices = [self._choice(r, conditions.get(i) if conditions else None) for i, r in enumerate(plain)]
            values["choices"] = choices
            cells["choices"] = row.cell(col.TYPE)
        else:
            values["choice_list"] = base
            cells["choice_list"] = row.cell(col.TYPE)
            if base not in self.shared:
                self.shared[base] = [self._choice(r) for r in (self.lists[base] if base != list_name else plain)
                                     if r.text(col.NAME) not in SPECIAL_CODES]
        return app_type

    def _filter(self, row: _Row, plain: list[_Row], text: str) -> dict[int, str | None] | None:
        place = f"question {row.text(col.MGI_CODE) or row.text(col.NAME)}"
        try:
            tree = xpath.parse_xpath(text)
            found: dict[int, str | None] = {}
            for index, choice in enumerate(plain):
                columns = {key: choice.text(key) for key in self.choices.headers if "::" not in key} \
                    if self.choices else {}
                columns[col.NAME] = choice.text(col.NAME)
                folded = xpath.choice_condition(tree, columns)
                if folded.kind == "bool":
                    found[index] = None if folded.value else "false"
                else:
                    found[index] = conditions.canonical(xpath.app_text(xpath.xpath_to_app(
                        folded, self.code_of, self.multiple.__contains__, allow_self=False)))
            return found
        except xpath.XPathError as exc:
            self.add(row.cell(col.CHOICE_FILTER), exc.msg, place)
            return None

    def _choice(self, row: _Row, relevant: str | None = None, *, builtin_score: bool = False) -> LocatedDict:
        """A choice row; `builtin_score`: a yes / no choice without ``mgi_score`` keeps the app's score
        (a relabelled "Yes" still scores 1)."""
        values: dict[str, Any] = {"code": row.text(col.NAME)}
        cells = {"code": row.cell(col.NAME)}
        label, cell = self._text(row, col.LABEL)
        if label is not None:
            values["label"] = label
            cells["label"] = cell or row.where
        if row.text(col.MGI_SCORE):
            values["score"] = self._number(row, col.MGI_SCORE)
            cells["score"] = row.cell(col.MGI_SCORE)
        elif builtin_score and values["code"] in (YES, PARTIALLY, NO):
            values["score"] = builtin_choice(values["code"]).score
        if relevant is not None:
            values["relevant"] = relevant
            cells["relevant"] = row.cell(col.NAME)
        return _located(row, cells, **values)


def _is_builtin(choice: dict[str, Any], languages: list[str], source: str) -> bool:
    """Whether a yes / no choice read from a form says what the app's own says (then it is not kept
    as an override)."""
    if choice.get("code") not in (YES, PARTIALLY, NO):
        return False
    builtin = builtin_choice(choice["code"])
    label = choice.get("label")
    given = label if isinstance(label, dict) else {source: label} if isinstance(label, str) else {}
    for code in languages:
        if code in given and given[code] != builtin.label.get(code, "en"):
            return False
    return choice.get("score", builtin.score) == builtin.score


def _balanced(text: str) -> bool:
    depth = 0
    quote = ""
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _first_line(exc: BaseException) -> str:
    """An exception's first line (openpyxl's go on with advice for programmers)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _type_of(written: str) -> tuple[str, str | None]:
    """A type cell as (kind, list name), XLSForm's spellings read as pyxform reads them:
    ``select_one  yes_no``, ``select one from yes_no`` -> ("select_one", "yes_no");
    ``begin_group`` -> ("begin group", None); ``phone number`` -> ("phonenumber", None)."""
    text = " ".join(written.strip().split())
    lowered = text.lower()
    for prefix, kind in _SELECT_SPELLINGS:
        if lowered.startswith(prefix + " "):
            rest = text[len(prefix) + 1:].strip()
            if rest.lower().endswith((" or_other", " or specify other")):
                return "or_other", rest
            if " " in rest or not rest:
                return lowered, None  # not one list name: an unknown type
            return kind, rest
    if lowered.startswith(("select_one_from_file", "select_multiple_from_file", "select one from file",
                           "select multiple from file", "select_one_external", "rank ")):
        return lowered.split()[0] if "_" in lowered.split()[0] else "select_one_from_file", None
    lowered = lowered.replace("_", " ") if lowered.startswith(("begin_", "end_")) else lowered
    if lowered.startswith(("begin loop", "end loop")):  # "begin loop over LIST": a repeat, as pyxform reads it
        return ("begin repeat" if lowered.startswith("begin") else "end repeat"), None
    return _TYPE_ALIASES.get(lowered, lowered), None


def _sort_key(problem: Problem) -> tuple[int, int, int, str]:
    line = problem.line
    if isinstance(line, str) and "!" in line:
        sheet, _, ref = line.partition("!")
        match = re.match(r"([A-Z]*)(\d+)", ref)
        if match:
            column = 0
            for ch in match.group(1):
                column = column * 26 + ord(ch) - 64
            order = {col.SETTINGS: 0, col.SURVEY: 1, col.CHOICES: 2}.get(sheet.lower(), 3)
            return order, int(match.group(2)), column, problem.message
    return -1, 0, 0, problem.message


#: The steps `check_xlsform` reports to its progress.
CHECK_STEPS = 3


def check_xlsform(path: str | Path, progress: Progress | None = None) -> XlsformResult:
    """Read the form at `path`; the result holds the framework when the form is sound, else every
    problem, each with its cell (sorted by sheet, row and column)."""
    path = Path(path)
    file = str(path)
    problems: list[Problem] = []
    step(progress, 0, CHECK_STEPS)
    sheets = _sheets(path, problems, file)
    step(progress, 1, CHECK_STEPS)
    if sheets is None:
        return XlsformResult(file, None, problems)
    if col.SURVEY not in sheets:
        from openpyxl import load_workbook

        names = load_workbook(path, read_only=True).sheetnames
        return XlsformResult(file, None, [Problem(file, "", None, NO_SURVEY(sheets=names))])
    converter = _Converter(sheets, file)
    converter.convert(path)
    step(progress, 2, CHECK_STEPS)
    checked, found = loader.check_data(converter.data, file)
    # a cell the converter has told of already (a list that does not exist) is not told again in
    # the questionnaire format's words (a question without choices)
    told = {p.line for p in converter.problems}
    problems = sorted(converter.problems + [p for p in found if p.line not in told], key=_sort_key)
    step(progress, CHECK_STEPS, CHECK_STEPS)
    if problems or checked is None:
        return XlsformResult(file, None, problems, converter.notes)
    text = file_form.yaml_text(checked, f"Converted by MGI Desktop from the XLSForm {path.name}.\n"
                                        "Edit the workbook and convert it again, or edit this file.")
    framework, again = loader.check_text(text, file)
    return XlsformResult(file, framework, again, converter.notes)


def load_xlsform(path: str | Path) -> Framework:
    """The framework of the form at `path`, or `QuestionnaireError` listing every problem."""
    result = check_xlsform(path)
    if result.framework is None:
        raise QuestionnaireError(loader.HAS_PROBLEMS(str(path), n=len(result.problems)),
                                 details=[p.as_message() for p in result.problems])
    return result.framework


def is_xlsform(path: str | Path) -> bool:
    """Whether the app reads `path` as an XLSForm (by its name: .xlsx, .xlsm)."""
    return Path(path).suffix.lower() in (".xlsx", ".xlsm", ".xls")
