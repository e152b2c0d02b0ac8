"""Writing cells that Excel cannot misread, in openpyxl's streaming mode.

- Text that starts with = + - @ (or a tab or carriage return) is stored as a
  plain string with Excel's "quote prefix" style, the state Excel itself gives
  a cell typed as ``'=...``: no formula is ever written, the text reads back
  unchanged, and editing the cell in Excel keeps it text.
- Text longer than Excel's 32,767 characters per cell is split: the cell ends
  with `CONTINUED_MARK` and the rest follows in continuation rows that repeat
  the row's key columns and start with `CONTINUATION_MARK`.
- Characters XML 1.0 forbids (control characters, lone surrogates) are removed.
- Sheet names are at most 31 characters, without []:*?/\\, and unique.
- Workbooks are written to a temporary file and renamed (`save`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from mgi_desktop import atomic, disk
from mgi_desktop.errors import MgiError

MAX_CELL_CHARS = 32_767
MAX_SHEET_TITLE = 31
CONTINUED_MARK = " [… continued in the next row]"
CONTINUATION_MARK = "[… continued] "
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 but
# surrogates and U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$")


def clean_text(text: str) -> str:
    """Remove the characters XML forbids (they would corrupt the file)."""
    return _ILLEGAL_XML.sub("", text) if _ILLEGAL_XML.search(text) else text


def needs_quote_prefix(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def split_text(text: str, limit: int = MAX_CELL_CHARS) -> list[str]:
    """Pieces of at most `limit` characters, marked so a reader sees the text goes on."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    first = True
    while rest:
        room = limit - (0 if first else len(CONTINUATION_MARK))
        if len(rest) <= room:
            pieces.append(rest if first else CONTINUATION_MARK + rest)
            break
        room -= len(CONTINUED_MARK)
        piece, rest = rest[:room], rest[room:]
        pieces.append((piece if first else CONTINUATION_MARK + piece) + CONTINUED_MARK)
        first = False
    return pieces


def join_pieces(pieces: Sequence[str]) -> str:
    """The text `split_text` split (for readers and tests)."""
    out = []
    for n, piece in enumerate(pieces):
        if n and piece.startswith(CONTINUATION_MARK):
            piece = piece[len(CONTINUATION_MARK):]
        if n < len(pieces) - 1 and piece.endswith(CONTINUED_MARK):
            piece = piece[: -len(CONTINUED_MARK)]
        out.append(piece)
    return "".join(out)


def sheet_title(wanted: str, used: set[str]) -> str:
    """A valid sheet name close to `wanted`, unique (case-insensitively) among `used`; added to it."""
    base = _SHEET_FORBIDDEN.sub("_", clean_text(wanted)).strip().strip("'") or "Sheet"
    if base.lower() == "history":  # reserved by Excel
        base = "History_"
    base = base[:MAX_SHEET_TITLE]
    title, n = base, 1
    taken = {u.lower() for u in used}
    while title.lower() in taken:
        n += 1
        suffix = f" ({n})"
        title = base[: MAX_SHEET_TITLE - len(suffix)] + suffix
    used.add(title)
    return title


def timestamp(value: str | None) -> dt.datetime | str | None:
    """An app time (UTC ISO-8601 with Z) as a naive datetime for Excel; other text unchanged."""
    if not value or not _ISO_TIME.match(value):
        return value
    return dt.datetime.fromisoformat(value.rstrip("Z")).replace(microsecond=0)


def date_value(value: str | None) -> dt.date | str | None:
    if not value:
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 14
    wrap: bool = False  # long text: wrapped, so a row grows instead of running off screen
    kind: str = "text"  # text | datetime | date | number
    key: bool = False  # repeated on continuation rows
    description: str = ""  # for the codebook


_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


class SafeSheet:
    """A streaming sheet with a frozen, filtered header row; every value passes through `cell`."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column], used: set[str],
                 *, freeze: bool = True, autofilter: bool = True, right_to_left: bool = False) -> None:
        self.title = sheet_title(title, used)
        self.ws: WriteOnlyWorksheet = workbook.create_sheet(self.title)
        if right_to_left:  # Arabic: column A on the right, as Excel shows a sheet in a right-to-left language
            self.ws.sheet_view.rightToLeft = True
        self.columns = list(columns)
        # per column, the longest text written as it is: beyond it, text is wrapped (or split)
        self._plain = [(c.width if c.wrap else MAX_CELL_CHARS) if c.kind == "text" else -1 for c in self.columns]
        self.rows = 0
        self._autofilter = autofilter
        for index, column in enumerate(self.columns, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width
        if freeze and self.columns:
            self.ws.freeze_panes = "A2"
        if self.columns:
            self.append_raw([self.header_cell(c.header) for c in self.columns])

    def header_cell(self, text: str) -> Any:
        cell = WriteOnlyCell(self.ws, clean_text(text))
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
        return cell

    def append_raw(self, cells: Sequence[Any]) -> None:
        self.ws.append(cells)
        self.rows += 1

    def cell(self, value: Any, column: Column | None = None) -> Any:
        """A value ready for the sheet: safe text, real dates, wrapped long text."""
        if value is None or isinstance(value, (bool, int, float, Cell)):
            return value  # a Cell was made safe by an earlier call
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            # Excel has no time zones: app times are UTC, and the headers say so
            value = value.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
        if isinstance(value, (dt.datetime, dt.date)):
            cell = WriteOnlyCell(self.ws, value)  # type: ignore[arg-type]  # dates are accepted at run time
            cell.number_format = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
            cell.alignment = _TOP
            return cell
        text = clean_text(value if isinstance(value, str) else str(value))
        if column is not None and column.kind in ("datetime", "date"):
            converted = timestamp(text) if column.kind == "datetime" else date_value(text)
            if not isinstance(converted, str):
                return self.cell(converted)
        quote = needs_quote_prefix(text)
        wrap = column is not None and column.wrap and len(text) > column.width
        if not quote and not wrap:
            return text
        cell = WriteOnlyCell(self.ws, text)
        if quote:
            cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
            cell.quotePrefix = True
        if wrap:
            cell.alignment = _WRAP
        return cell

    def append(self, values: Sequence[Any]) -> None:
        """Append a row, splitting any text too long for one cell into continuation rows."""
        columns = self.columns
        plain = self._plain
        long_parts: dict[int, list[str]] = {}
        row = []
        for index, value in enumerate(values):
            # fast path, most cells of a big export: short text that is safe as it is
            if (type(value) is str and index < len(plain) and len(value) <= plain[index]
                    and not value.startswith(FORMULA_PREFIXES) and not _ILLEGAL_XML.search(value)):
                row.append(value)
                continue
            column = columns[index] if index < len(columns) else None
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                parts = split_text(clean_text(value))
                if len(parts) > 1:
                    long_parts[index] = parts
                    value = parts[0]
            row.append(self.cell(value, column))
        self.append_raw(row)
        if long_parts:
            for extra in range(1, max(len(p) for p in long_parts.values())):
                follow: list[Any] = []
                for index, value in enumerate(values):
                    if index in long_parts:
                        parts = long_parts[index]
                        follow.append(self.cell(parts[extra], columns[index] if index < len(columns) else None)
                                      if extra < len(parts) else None)
                    elif index < len(columns) and columns[index].key:
                        follow.append(self.cell(value, columns[index]))
                    else:
                        follow.append(None)
                self.append_raw(follow)

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def finish(self) -> None:
        """Set the filter over what was written (called before the workbook is saved)."""
        if self._autofilter and self.columns and self.rows >= 1:
            # write-only sheets have a filter at run time; the stubs do not say so
            self.ws.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{max(self.rows, 2)}"  # type: ignore[attr-defined]


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


def check_target(target: Path) -> None:
    """Fail before any work when the file could not be written where asked."""
    folder = Path(target).parent if str(Path(target).parent) else Path(".")
    if not folder.is_dir():
        raise MgiError(atomic.NO_FOLDER(target, folder=folder))


def save(workbook: Workbook, target: Path, sheets: Iterable[SafeSheet] = ()) -> None:
    """Finish the sheets and write the workbook atomically (a reader never sees half a file).

    The workbook is built in memory, then written in one go: its size is known
    before the target's disk is touched (a full disk refuses it first), and a
    failure never leaves the ZIP writer half-open on a file.
    """
    sheets = list(sheets)
    for sheet in sheets:
        sheet.finish()
    target = Path(target)
    try:
        buffer = io.BytesIO()
        try:
            workbook.save(buffer)
        except OSError as exc:  # the sheets' temporary files, in the temporary folder
            folder = Path(tempfile.gettempdir())
            if disk.is_disk_full(exc):
                raise disk.disk_full(folder, atomic.NOTHING_WRITTEN(file=target.name), subject=target) from None
            raise MgiError(atomic.CANNOT_WRITE(target, reason=exc.strerror or str(exc))) from None
        atomic.write_bytes(target, buffer.getvalue())
    except BaseException:
        discard(sheets)
        raise


def discard(sheets: Iterable[SafeSheet]) -> None:
    """Close and delete the temporary files of sheets that will not be saved."""
    for sheet in sheets:
        writer = getattr(sheet.ws, "_writer", None)
        try:
            sheet.ws.close()
        except Exception:  # already saved, or broken part way: only the cleanup matters now
            pass
        if writer is not None:
            try:
                writer.cleanup()
            except (OSError, ValueError):
                pass
