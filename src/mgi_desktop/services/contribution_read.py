"""Reading a returned contribution workbook's cells, safely, before anything is checked against a database.

What is refused before a cell is read: a file too large, an ``.xls`` (an old binary workbook), an
``.ods`` (OpenDocument), anything that is not an .xlsx ZIP, a ZIP whose parts would unpack to more
than `MAX_UNPACKED_BYTES` (a "ZIP bomb"), a workbook without the hidden record of what was sent.
openpyxl parses the XML through defusedxml (installed with the app), so entities and external
references are refused; sheets are read in read-only (streaming) mode, only as wide as their headers
and no further than `MAX_ROWS` rows.

Formulas are never evaluated: the workbook is opened without ``data_only``, so a cell in which
someone typed ``=1+1`` reads as the text ``=1+1`` (and, in the answer column, is reported as not
one of the answers); the value a spreadsheet cached for it is ignored.  A merged range's value is
its top-left cell's; its other cells read as empty.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mgi_desktop.messages import Message, Template
from mgi_desktop.services import contribution_layout as layout

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 5000
#: The parts of a workbook (a real one has a few dozen).
MAX_PARTS = 2000
#: A sheet formatted a million rows down ends at the first run of this many empty rows.
MAX_BLANK_RUN = 200

NOT_FOUND = Template("contribution.file_not_found", "there is no file {file}")
UNREADABLE = Template("contribution.unreadable", "cannot read {file}: {reason}")
TOO_LARGE = Template("contribution.too_large", "{file} is too large for a contribution workbook ({size} MiB; the "
                     "limit is {limit} MiB)")
OLD_XLS = Template("contribution.old_xls",
                   "{file} is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as "
                   "“Excel Workbook (.xlsx)”, then import that file")
ODS = Template("contribution.ods",
               "{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice and use File ▸ Save As with "
               "the type “Excel 2007-365 (.xlsx)”, then import that file")
NOT_XLSX = Template("contribution.not_xlsx",
                    "{file} is not an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx")
DAMAGED = Template("contribution.damaged", "{file} cannot be read as a workbook ({detail})")
NOT_A_CONTRIBUTION = Template("contribution.not_a_contribution",
                              "{file} is not a contribution workbook made by MGI Desktop (its hidden sheet is "
                              "missing); export one for the contributor and have them fill that in")
TOO_MANY_ROWS = Template("contribution.too_many_rows", "the sheet {sheet} has more than {limit} rows")
NO_SHEET = Template("contribution.no_sheet", "the sheet {sheet} is missing (was it renamed or deleted?)")
NO_COLUMN = Template("contribution.no_column",
                     "the column {column} is missing from the sheet {sheet} (was its header changed?)")
FORMAT_UNKNOWN = Template("contribution.format_unknown",
                          "this contribution workbook has layout {found}; this version of MGI Desktop reads layout "
                          "{expected}")

#: What a damaged or hostile workbook raises as it is opened or read (defusedxml's refusals are ValueErrors).
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError, TypeError, SyntaxError,
            EOFError, IndexError, AttributeError)


#: A document type declaration (and so entities), in UTF-8 and in UTF-16.
_DOCTYPE = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))


class Refused(Exception):
    """The file cannot be read as a contribution workbook at all (one message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.msg = message


@dataclass
class Cell:
    """A cell's value as stored (text, number, date, bool) and its place ("Answers!F4")."""

    value: Any
    where: str
    sheet: str
    ref: str

    @property
    def text(self) -> str:
        """The value as text, as a person typed it (a whole number without ".0", a date as ISO)."""
        value = self.value
        if value is None:
            return ""
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, dt.datetime):
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    @property
    def empty(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass
class Row:
    sheet: str
    number: int
    cells: dict[str, Cell]  # column key -> cell
    letters: dict[str, str] = field(default_factory=dict)  # column key -> its letter in this sheet

    def get(self, key: str) -> Cell:
        """The cell of column `key` (an empty one, still with its place, when nothing is in it)."""
        found = self.cells.get(key)
        if found is not None:
            return found
        ref = f"{self.letters.get(key, 'A')}{self.number}"
        return Cell(None, f"{self.sheet}!{ref}", self.sheet, ref)


@dataclass
class SentRecord:
    """The hidden sheet: what was sent."""

    format: str = ""
    assessment_id: str = ""
    questionnaire_id: str = ""
    questionnaire_version: str = ""
    questionnaire_sha256: str = ""
    contributor_id: str = ""
    language: str = "en"
    exported_at: str = ""
    sheets: dict[str, str] = field(default_factory=dict)  # key -> title
    columns: dict[tuple[str, str], str] = field(default_factory=dict)  # (sheet key, column key) -> header
    questions: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # code -> (revision, value_json, just.)
    checksum: str = ""

    def expected_checksum(self) -> str:
        return layout.checksum(self.questionnaire_sha256, list(self.questions), self.sheets,
                               [(s, c, h) for (s, c), h in self.columns.items()])


@dataclass
class Returned:
    """A returned workbook as read: the record of what was sent, the rows of its two sheets, the problems."""

    sent: SentRecord
    answers: list[Row]
    evidence: list[Row]
    problems: list[tuple[str, str, Message]]  # (sheet, cell, message)


def read(path: Path) -> Returned:
    """The workbook at `path` as rows (`Refused` when it cannot be read as a contribution workbook)."""
    file = path.name
    _check_file(path, file)
    from openpyxl import load_workbook

    # openpyxl warns of what it does not keep (extensions, data validation in read-only mode): nothing read here
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = load_workbook(path, read_only=True, data_only=False, keep_links=False)
        except _DAMAGED as exc:
            raise Refused(DAMAGED(file=file, detail=_first_line(exc))) from None
        try:
            return _read_book(workbook, file)
        except _DAMAGED as exc:
            raise Refused(DAMAGED(file=file, detail=_first_line(exc))) from None
        finally:
            workbook.close()


def _check_file(path: Path, file: str) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            magic = handle.read(8)
    except FileNotFoundError:
        raise Refused(NOT_FOUND(file=str(path))) from None
    except OSError as exc:
        raise Refused(UNREADABLE(file=file, reason=exc.strerror or str(exc))) from None
    if size > MAX_FILE_BYTES:
        raise Refused(TOO_LARGE(file=file, size=round(size / 2**20, 1), limit=MAX_FILE_BYTES // 2**20))
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise Refused(OLD_XLS(file=file))
    if not magic.startswith(b"PK"):
        raise Refused(NOT_XLSX(file=file))
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
                raise Refused(ODS(file=file))
            if "xl/workbook.xml" not in names:
                raise Refused(NOT_XLSX(file=file))
            if len(names) > MAX_PARTS or sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise Refused(TOO_LARGE(file=file, size=round(size / 2**20, 1), limit=MAX_FILE_BYTES // 2**20))
            for info in archive.infolist():
                # openpyxl parses some parts with lxml, which expands entities: no part may declare any
                with archive.open(info) as part:
                    head = part.read(4096)
                if any(mark in head for mark in _DOCTYPE):
                    raise Refused(DAMAGED(file=file, detail=f"{info.filename}: <!DOCTYPE>"))
    except zipfile.BadZipFile:
        raise Refused(NOT_XLSX(file=file)) from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _read_book(workbook: Any, file: str) -> Returned:
    if layout.META not in workbook.sheetnames:
        raise Refused(NOT_A_CONTRIBUTION(file=file))
    sent = _sent(workbook[layout.META])
    if sent.format != layout.FORMAT:
        raise Refused(FORMAT_UNKNOWN(found=sent.format or "?", expected=layout.FORMAT))
    problems: list[tuple[str, str, Message]] = []
    answers = _rows(workbook, sent, layout.ANSWERS, problems)
    evidence = _rows(workbook, sent, layout.EVIDENCE, problems)
    return Returned(sent, answers, evidence, problems)


def _sent(ws: Any) -> SentRecord:
    sent = SentRecord()
    for number, values in enumerate(ws.iter_rows(max_col=6, values_only=True), 1):
        if number > MAX_ROWS * 3:
            break
        cells = ["" if v is None else str(v) for v in values]
        kind, rest = (cells[0], cells[1:]) if cells else ("", [])
        rest += [""] * (5 - len(rest))
        if kind == layout.ROW_FORMAT:
            sent.format = rest[0]
        elif kind == layout.ROW_ASSESSMENT:
            sent.assessment_id = rest[0]
        elif kind == layout.ROW_QUESTIONNAIRE:
            sent.questionnaire_id, sent.questionnaire_version, sent.questionnaire_sha256 = rest[0], rest[1], rest[2]
        elif kind == layout.ROW_CONTRIBUTOR:
            sent.contributor_id = rest[0]
        elif kind == layout.ROW_LANGUAGE:
            sent.language = rest[0] or "en"
        elif kind == layout.ROW_EXPORTED:
            sent.exported_at = rest[0]
        elif kind == layout.ROW_SHEET:
            sent.sheets[rest[0]] = rest[1]
        elif kind == layout.ROW_COLUMN:
            sent.columns[(rest[0], rest[1])] = rest[2]
        elif kind == layout.ROW_QUESTION:
            try:
                revision = int(rest[1])
            except ValueError:
                revision = -1
            sent.questions[rest[0]] = (revision, rest[2], rest[3])
        elif kind == layout.ROW_CHECKSUM:
            sent.checksum = rest[0]
    return sent


def _header_keys(sent: SentRecord, sheet_key: str) -> Callable[[str], str | None]:
    """How a header cell names its column: the header written, its key, or its English header (folded)."""
    names: dict[str, str] = {}
    for f in layout.FIELDS[sheet_key]:
        for name in (f.key, f.header.text, sent.columns.get((sheet_key, f.key), "")):
            if name:
                names.setdefault(layout.folded(name), f.key)
    return lambda text: names.get(layout.folded(text))


def _rows(workbook: Any, sent: SentRecord, sheet_key: str, problems: list[tuple[str, str, Message]]) -> list[Row]:
    from openpyxl.utils import get_column_letter

    title = sent.sheets.get(sheet_key, "")
    if title not in workbook.sheetnames:
        problems.append((title, "", NO_SHEET(sheet=title or sheet_key)))
        return []
    ws = workbook[title]
    key_of = _header_keys(sent, sheet_key)
    header = next(ws.iter_rows(min_row=1, max_row=1, max_col=200, values_only=True), ()) or ()
    keys: dict[int, str] = {}
    for index, value in enumerate(header):
        key = key_of(str(value)) if value is not None else None
        if key is not None and key not in keys.values():
            keys[index] = key
    for needed in layout.REQUIRED[sheet_key]:
        if needed not in keys.values():
            shown = sent.columns.get((sheet_key, needed)) or needed
            problems.append((title, "1", NO_COLUMN(column=shown, sheet=title)))
    if not keys:
        return []
    width = max(keys) + 1
    letters = {key: get_column_letter(index + 1) for index, key in keys.items()}
    rows: list[Row] = []
    blank = 0
    for number, values in enumerate(ws.iter_rows(min_row=2, max_col=width, values_only=True), 2):
        if number > MAX_ROWS + 1:
            problems.append((title, f"A{number}", TOO_MANY_ROWS(sheet=title, limit=MAX_ROWS)))
            break
        cells: dict[str, Cell] = {}
        for index, value in enumerate(values):
            key = keys.get(index)
            if key is None or value is None or (isinstance(value, str) and not value.strip()):
                continue
            ref = f"{get_column_letter(index + 1)}{number}"
            cells[key] = Cell(value, f"{title}!{ref}", title, ref)
        if not cells:
            blank += 1
            if blank > MAX_BLANK_RUN:
                break
            continue
        blank = 0
        rows.append(Row(title, number, cells, letters))
    return rows
