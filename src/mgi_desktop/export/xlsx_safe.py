"""Writing cells that Excel cannot misread, with XlsxWriter in constant-memory mode.

- Text is always written with ``write_string`` (never ``write()``, which would
  turn "=..." into a formula and "http..." into a link), and the workbook's
  strings_to_formulas / strings_to_urls / strings_to_numbers are off besides.
- Text that starts with = + - @ (or a tab or carriage return) carries Excel's
  "quote prefix" style, the state Excel itself gives a cell typed as ``'=...``:
  no formula is ever written, the text reads back unchanged, and editing the
  cell in Excel keeps it text.
- Text longer than Excel's 32,767 characters (UTF-16 units) per cell is split:
  the cell ends with `CONTINUED_MARK` and the rest follows in continuation rows
  that repeat the row's key columns and start with `CONTINUATION_MARK`.
- Characters XML 1.0 forbids (control characters, lone surrogates) are removed.
- Sheet names are at most 31 characters, without []:*?/\\, and unique.
- Workbooks are built in a private temporary folder (the sheets stream there
  row by row, so memory stays flat), then copied to a temporary file beside the
  target and renamed (`save`); the temporary folder is removed on success and
  on failure (`discard`).

Every sheet is made to be read and printed: a frozen, filtered header row,
wrapped columns whose rows get a height for their text (LibreOffice does not
fit rows written without one), and a print setup (A4 landscape, fit to the
page's width, the header row repeated, the sheet's name and page numbers).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import tempfile
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from mgi_desktop import atomic, disk, wording
from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Template

MAX_CELL_CHARS = 32_767
MAX_SHEET_TITLE = 31
CONTINUED_MARK = " [… continued in the next row]"
CONTINUATION_MARK = "[… continued] "
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset("".join(FORMULA_PREFIXES))
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"

#: The page footer; ``&P`` and ``&N`` are the page number and count, filled in by the spreadsheet.
PAGE_OF = Template("export.print.page", "Page {page} of {pages}")

# Row heights: a line of the default font (Calibri 11) is 15 points; Excel's tallest row is 409.
LINE_POINTS = 15.0
MAX_ROW_POINTS = 409.0
# Characters of ordinary text per unit of column width (a unit is the width of a "0"; most letters
# are narrower, but wrapping at word ends wastes some room).  Measured on LibreOffice's pages, prose
# fits about 1.3 a unit; 1.2 errs tall, since a row too short would hide the end of its text.
CHARS_PER_WIDTH = 1.2
# Column-width units that still read on an A4 landscape page fitted to its width; a wider sheet
# (the consolidation's matrix) prints over pages across of `WIDE_PAGE_UNITS` each, at a readable size.
PAGE_WIDTH_UNITS = 400.0
WIDE_PAGE_UNITS = 200.0

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 but
# surrogates and U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# What the direct row writer leaves to XlsxWriter: characters it escapes or we remove, and text that
# looks like one of its _xHHHH_ escapes.
_NOT_DIRECT = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}_")


def clean_text(text: str) -> str:
    """Remove the characters XML forbids (they would corrupt the file)."""
    return _ILLEGAL_XML.sub("", text) if _ILLEGAL_XML.search(text) else text


def needs_quote_prefix(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def _units(text: str) -> int:
    """The text's length as Excel counts it (UTF-16 code units: an emoji is two)."""
    return len(text) + len(_ASTRAL.findall(text))


def _cut(text: str, room: int) -> int:
    """How many characters of `text` fill at most `room` UTF-16 units."""
    if _units(text[:room]) <= room:
        return room
    n = room
    while n > 0 and _units(text[:n]) > room:
        n -= max(1, (_units(text[:n]) - room) // 2)
    return n


def split_text(text: str, limit: int = MAX_CELL_CHARS) -> list[str]:
    """Pieces of at most `limit` UTF-16 units, marked so a reader sees the text goes on."""
    if len(text) <= limit // 2 or _units(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    first = True
    while rest:
        room = limit - (0 if first else len(CONTINUATION_MARK))
        if _units(rest) <= room:
            pieces.append(rest if first else CONTINUATION_MARK + rest)
            break
        n = _cut(rest, room - len(CONTINUED_MARK))
        piece, rest = rest[:n], rest[n:]
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


def text_lines(text: str, width: float) -> int:
    """About how many lines `text` takes wrapped in a column `width` wide."""
    per_line = max(1, int(width * CHARS_PER_WIDTH) - 1)
    if "\n" not in text:
        return max(1, -(-len(text) // per_line))
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def row_height(lines: int) -> float:
    return min(MAX_ROW_POINTS, LINE_POINTS * lines)


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 14
    wrap: bool = False  # long text: wrapped, so a row grows instead of running off screen
    kind: str = "text"  # text | datetime | date | number
    key: bool = False  # repeated on continuation rows
    description: str = ""  # for the codebook


# The cell formats, by name; every one is top-aligned (rows grow downwards) and says `locked` outright,
# so a protected sheet keeps the wrapping and the quote prefix of its cells.
_FORMATS: dict[str, dict[str, Any]] = {
    "top": {"valign": "top"},
    "wrap": {"valign": "top", "text_wrap": True},
    "header": {"valign": "top", "text_wrap": True, "bold": True, "bg_color": "#DCE6F1"},
    "quote": {"valign": "top", "quote_prefix": True},
    "quote_wrap": {"valign": "top", "text_wrap": True, "quote_prefix": True},
    "datetime": {"valign": "top", "num_format": DATETIME_FORMAT},
    "date": {"valign": "top", "num_format": DATE_FORMAT},
    # LibreOffice shows a boolean cell whose style has no boolean format as 1 or 0
    "bool": {"valign": "top", "num_format": '"TRUE";"TRUE";"FALSE"'},
}


class Book:
    """A workbook being written: XlsxWriter's, its cell formats, and the private folder it streams to."""

    def __init__(self, language: str = "en") -> None:
        self.language = language
        try:
            self.folder = Path(tempfile.mkdtemp(prefix="mgi-xlsx-"))
        except OSError as exc:
            raise MgiError(atomic.CANNOT_WRITE_IN(Path(tempfile.gettempdir()), folder=tempfile.gettempdir(),
                                                  reason=exc.strerror or str(exc))) from None
        # the folder goes when the book does, whatever happened to the export
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.folder, True)
        self.path = self.folder / "book.xlsx"
        self.workbook = Workbook(str(self.path), {
            "constant_memory": True, "tmpdir": str(self.folder),
            "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        })
        self._props: dict[int, dict[str, Any]] = {}
        self._variants: dict[tuple[int, tuple[tuple[str, Any], ...]], Format] = {}
        self.formats: dict[str, Format] = {name: self.add_format(props) for name, props in _FORMATS.items()}
        self.footer = wording.text(PAGE_OF, language, page="&P", pages="&N")

    def add_format(self, props: Mapping[str, Any]) -> Format:
        """A cell format, top-aligned and locked unless `props` say otherwise."""
        full = {"valign": "top", "locked": True, **props}
        made = self.workbook.add_format(full)
        self._props[id(made)] = full
        return made

    def variant(self, base: Format, **props: Any) -> Format:
        """`base` with `props` added (a fill on a date, a quote-prefixed text...), made once."""
        key = (id(base), tuple(sorted(props.items())))
        made = self._variants.get(key)
        if made is None:
            made = self._variants[key] = self.add_format({**self._props[id(base)], **props})
        return made

    def remove(self) -> None:
        self._cleanup()


class Styled:
    """A value written with a format of its own (a sub-header, a highlighted cell)."""

    __slots__ = ("format", "value")

    def __init__(self, value: Any, fmt: Format) -> None:
        self.value, self.format = value, fmt


class SafeSheet:
    """A streaming sheet with a frozen, filtered header row; every value passes through `cell`."""

    def __init__(self, workbook: Book, title: str, columns: Sequence[Column], used: set[str],
                 *, freeze: bool = True, autofilter: bool = True, right_to_left: bool = False) -> None:
        self.book = workbook
        self.title = sheet_title(title, used)
        self.ws: Worksheet = workbook.workbook.add_worksheet(self.title)
        if right_to_left:  # Arabic: column A on the right, as Excel shows a sheet in a right-to-left language
            self.ws.right_to_left()
        self.columns = list(columns)
        f = workbook.formats
        # per column, the longest text written as it is: beyond it, text is wrapped (and the row grows) or split
        self._plain = [(c.width if c.wrap else MAX_CELL_CHARS // 2) if c.kind == "text" else -1 for c in self.columns]
        self._quote = [f["quote_wrap"] if c.wrap else f["quote"] for c in self.columns]
        self._wrap_set = frozenset(i for i, c in enumerate(self.columns) if c.wrap)
        self.rows = 0
        self._autofilter = autofilter
        for index, column in enumerate(self.columns):
            self.ws.set_column(index, index, column.width, f["wrap"] if column.wrap else f["top"])
        if freeze and self.columns:
            self.ws.freeze_panes(1, 0)
        # the direct row writer's per-column pieces: the cell reference's letters, the style of text,
        # of quote-prefixed text, of a boolean (XlsxWriter numbers the formats as they are first used)
        self._letters = [xl_col_to_name(i) for i in range(len(self.columns))]
        self._text_xf = [(f["wrap"] if c.wrap else f["top"])._get_xf_index() for c in self.columns]
        self._quote_xf = [q._get_xf_index() for q in self._quote]
        self._bool_xf = f["bool"]._get_xf_index()
        self._widths = [c.width if c.wrap else 0.0 for c in self.columns]
        # each cell's XML up to its row number, and from it to the value (text, quote-prefixed text, number)
        self._starts = [f'<c r="{letter}' for letter in self._letters]
        self._text_ends = [f'" s="{xf}" t="inlineStr"><is><t' for xf in self._text_xf]
        self._quote_ends = [f'" s="{xf}" t="inlineStr"><is><t' for xf in self._quote_xf]
        self._number_ends = [f'" s="{xf}"><v>' for xf in self._text_xf]
        self._print_setup()
        if self.columns:
            self.append_raw([self.header_cell(c.header) for c in self.columns])

    def _print_setup(self) -> None:
        ws = self.ws
        ws.set_paper(9)  # A4
        ws.set_landscape()
        ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
        ws.set_header("&L&A", {"margin": 0.3})  # the sheet's name
        ws.set_footer("&C" + self.book.footer, {"margin": 0.3})
        if self.columns:
            ws.repeat_rows(0)  # the print titles: the header row on every page
            total = sum(c.width for c in self.columns)
            across = 1 if total <= PAGE_WIDTH_UNITS else math.ceil(total / WIDE_PAGE_UNITS)
            if across > 1:
                ws.repeat_columns(0)  # the key column on every page across
            ws.fit_to_pages(across, 0)

    def header_cell(self, text: str) -> Styled:
        return Styled(clean_text(text), self.book.formats["header"])

    def styled(self, value: Any, fmt: Format) -> Styled:
        """`value` made safe as `cell` makes it, written with `fmt` (which should not be a number format)."""
        made = self.cell(value)
        if isinstance(made, Styled):
            return made  # a date or a quote-prefixed text keeps the format that makes it safe
        return Styled(made, fmt)

    def append_raw(self, cells: Sequence[Any]) -> None:
        """Write a row of values already made safe (`cell`, `header_cell`, `styled`)."""
        ws, row = self.ws, self.rows
        lines = 1
        for col, value in enumerate(cells):
            fmt = None
            if type(value) is Styled:
                value, fmt = value.value, value.format
            if value is None:
                if fmt is not None:
                    ws.write_blank(row, col, None, fmt)
                continue
            kind = type(value)
            if kind is str:
                if value:
                    ws.write_string(row, col, value, fmt)
                    if (fmt is not None and fmt.text_wrap) or col in self._wrap_set:
                        width = self.columns[col].width if col < len(self.columns) else 14
                        lines = max(lines, text_lines(value, width))
                elif fmt is not None:
                    ws.write_blank(row, col, None, fmt)
            elif kind is bool:
                ws.write_boolean(row, col, value, fmt or self.book.formats["bool"])
            elif kind is int or kind is float:
                ws.write_number(row, col, value, fmt)
            elif isinstance(value, (dt.datetime, dt.date)):
                ws.write_datetime(row, col, value, fmt)
            else:  # not made by `cell`: text, never anything Excel would interpret
                ws.write_string(row, col, clean_text(str(value)), fmt)
        if lines > 1:
            ws.set_row(row, row_height(lines))
        self.rows += 1

    def cell(self, value: Any, column: Column | None = None, index: int = -1) -> Any:
        """A value ready for the sheet: safe text, real dates; a `Styled` when it needs a format."""
        if value is None or type(value) in (bool, int, Styled):
            return value  # a Styled was made safe by an earlier call
        if isinstance(value, float):
            return value if math.isfinite(value) else str(value)  # Excel has no NaN or infinity
        if isinstance(value, (bool, int)):  # an IntEnum, say: the number it is
            return int(value)
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            # Excel has no time zones: app times are UTC, and the headers say so
            value = value.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
        if isinstance(value, (dt.datetime, dt.date)):
            f = self.book.formats
            return Styled(value, f["datetime"] if isinstance(value, dt.datetime) else f["date"])
        # a str subclass (an enum's value) as the plain text it holds
        text = clean_text(str.__str__(value) if isinstance(value, str) else str(value))
        if column is not None and column.kind in ("datetime", "date"):
            converted = timestamp(text) if column.kind == "datetime" else date_value(text)
            if not isinstance(converted, str):
                return self.cell(converted)
        if needs_quote_prefix(text):
            quote = self._quote[index] if 0 <= index < len(self._quote) else self.book.formats["quote"]
            return Styled(text, quote)
        return text

    def append(self, values: Sequence[Any], *, fill: str | None = None) -> None:
        """Append a row, splitting any text too long for one cell into continuation rows; with `fill`
        (a colour, "#FFF4D6"), every cell of the row has that background (a changed row)."""
        if fill is None and self._direct(values):
            return
        columns = self.columns
        plain = self._plain
        long_parts: dict[int, list[str]] = {}
        row: list[Any] = []
        for index, value in enumerate(values):
            # fast path, most cells of a big export: short text that is safe as it is
            if (type(value) is str and index < len(plain) and len(value) <= plain[index]
                    and not value.startswith(FORMULA_PREFIXES) and "\n" not in value
                    and not _ILLEGAL_XML.search(value)):
                row.append(value)
                continue
            column = columns[index] if index < len(columns) else None
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS // 2:
                parts = split_text(clean_text(value))
                if len(parts) > 1:
                    long_parts[index] = parts
                    value = parts[0]
            row.append(self.cell(value, column, index))
        if fill:
            row = self._filled(row, fill)
        self.append_raw(row)
        if long_parts:
            for extra in range(1, max(len(p) for p in long_parts.values())):
                follow: list[Any] = []
                for index, value in enumerate(values):
                    if index in long_parts:
                        parts = long_parts[index]
                        follow.append(self.cell(parts[extra], columns[index] if index < len(columns) else None,
                                                index) if extra < len(parts) else None)
                    elif index < len(columns) and columns[index].key:
                        follow.append(self.cell(value, columns[index], index))
                    else:
                        follow.append(None)
                self.append_raw(self._filled(follow, fill) if fill else follow)

    def _direct(self, values: Sequence[Any]) -> bool:
        """Write a row of plain cells (text, numbers, booleans) as its XML, straight into the sheet's
        stream, as XlsxWriter would write it but without its per-cell bookkeeping: the hot path of a big
        export.  False, having written nothing, when a value needs more (a date, text to split, to
        clean or that XlsxWriter escapes); `append` then takes the general path.  The text is escaped
        here and is always an inline string: nothing can become a formula or a link."""
        if len(values) > len(self.columns):
            return False
        row = self.rows
        number = str(row + 1)
        plain, widths = self._plain, self._widths
        starts, text_ends, quote_ends, number_ends = self._starts, self._text_ends, self._quote_ends, self._number_ends
        search = _NOT_DIRECT.search
        parts: list[str] = []
        lines = 1
        last = -1
        for index, value in enumerate(values):
            kind = type(value)
            if value is None:
                continue
            if isinstance(value, str):
                if kind is not str:
                    value = str.__str__(value)  # an enum's value
                if not value:
                    continue
                size = len(value)
                if size > plain[index] and (plain[index] < 0 or size > MAX_CELL_CHARS // 2):
                    return False  # a date column's text, or text that may need splitting
                if search(value):
                    return False
                if widths[index] and (size > widths[index] or "\n" in value):
                    lines = max(lines, text_lines(value, widths[index]))
                end = quote_ends[index] if value[0] in _FORMULA_FIRST else text_ends[index]
                if value[0].isspace() or value[-1].isspace():
                    end += ' xml:space="preserve"'
                if "&" in value or "<" in value or ">" in value:
                    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                parts.append(f"{starts[index]}{number}{end}>{value}</t></is></c>")
            elif kind is int or kind is float:
                if kind is float and not math.isfinite(value):
                    return False
                parts.append(f"{starts[index]}{number}{number_ends[index]}{value:.16G}</v></c>")
            elif kind is bool:
                parts.append(f'{starts[index]}{number}" s="{self._bool_xf}" t="b"><v>{int(value)}</v></c>')
            else:
                return False
            last = index
        ws = self.ws
        ws._write_single_row(row)  # XlsxWriter's pending row (the header, say) goes out first
        height = f' ht="{row_height(lines):.16g}" customHeight="1"' if lines > 1 else ""
        ws.fh.write(f'<row r="{number}"{height}>{"".join(parts)}</row>' if parts else
                    (f'<row r="{number}"{height}/>' if height else ""))
        # the sheet's extent, as XlsxWriter keeps it for the <dimension> it writes
        if parts:
            if ws.dim_rowmin is None or row < ws.dim_rowmin:
                ws.dim_rowmin = row
            if ws.dim_rowmax is None or row > ws.dim_rowmax:
                ws.dim_rowmax = row
            first = next(i for i, v in enumerate(values) if v is not None and v != "")
            if ws.dim_colmin is None or first < ws.dim_colmin:
                ws.dim_colmin = first
            if ws.dim_colmax is None or last > ws.dim_colmax:
                ws.dim_colmax = last
        self.rows += 1
        return True

    def _filled(self, cells: list[Any], fill: str) -> list[Any]:
        f, book = self.book.formats, self.book
        out: list[Any] = []
        for index in range(max(len(cells), len(self.columns))):
            value = cells[index] if index < len(cells) else None
            if type(value) is Styled:
                out.append(Styled(value.value, book.variant(value.format, bg_color=fill)))
                continue
            wrap = index < len(self.columns) and self.columns[index].wrap
            base = f["bool"] if type(value) is bool else f["wrap"] if wrap else f["top"]
            out.append(Styled(value, book.variant(base, bg_color=fill)))
        return out

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def finish(self) -> None:
        """Set the filter over what was written (called before the workbook is saved)."""
        if self._autofilter and self.columns and self.rows >= 1:
            self.ws.autofilter(0, 0, max(self.rows - 1, 1), len(self.columns) - 1)


#: The answer codes a chart shows, in order, with the colour each has in every chart of the app:
#: yes green, partially amber, no red, the others grey.
ANSWER_COLOURS: dict[str, str] = {
    "yes": "#2E7D32", "partially": "#F9A825", "no": "#C62828", "dont_know": "#9E9E9E", "not_applicable": "#CFCFCF",
}


def answer_chart(book: Book, sheet: SafeSheet, *, first_row: int, category_column: int,
                 series_columns: Mapping[str, int], title: str, anchor: tuple[int, int],
                 rows: Sequence[Sequence[Any]] | None = None, last_row: int | None = None, y_title: str = "",
                 size: tuple[int, int] = (720, 320), horizontal: bool = False) -> None:
    """Insert a stacked bar chart of answer counts into `sheet`.

    `rows` are rows already appended to `sheet`, the first of them at `first_row` (0-based; row 0 is
    the header): one category each, named by the text in `category_column` (domain names, country
    names).  `series_columns` maps answer codes (keys of `ANSWER_COLOURS`: yes, partially, no,
    dont_know, not_applicable) to the 0-based column holding their counts; each series is named by
    that column's header and has its code's fixed colour, whatever the order given.  The chart refers
    to the cells and carries their values too (a streamed sheet cannot be read back for them); give
    `last_row` (0-based, inclusive) instead of `rows` only when the values are not at hand: the chart
    then holds references alone, and Excel may label the categories 1, 2, 3 until it recalculates.
    `anchor` is the (row, column) of the chart's top left corner, `size` its (width, height) in
    pixels; `horizontal` draws bars across (for many categories: a country each) instead of columns.
    """
    chart = book.workbook.add_chart({"type": "bar" if horizontal else "column", "subtype": "stacked"})
    if rows is not None:
        last_row = first_row + len(rows) - 1
    if last_row is None:
        raise ValueError("answer_chart needs the rows or the last row")
    categories = [str(row[category_column]) for row in rows] if rows is not None else None
    for code, colour in ANSWER_COLOURS.items():
        if code not in series_columns:
            continue
        col = series_columns[code]
        chart.add_series({
            "name": [sheet.title, 0, col], "name_data": [sheet.columns[col].header],
            "categories": [sheet.title, first_row, category_column, last_row, category_column],
            "categories_data": categories,
            "values": [sheet.title, first_row, col, last_row, col],
            "values_data": ([row[col] if isinstance(row[col], (int, float)) else 0 for row in rows]
                            if rows is not None else None),
            "fill": {"color": colour}, "border": {"color": "#FFFFFF", "width": 0.5}, "gap": 60,
        })
    chart.set_title({"name": title, "name_font": {"size": 12, "bold": True}})
    if y_title:
        (chart.set_x_axis if horizontal else chart.set_y_axis)({"name": y_title})
    (chart.set_y_axis if horizontal else chart.set_x_axis)({"num_font": {"size": 9}})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": size[0], "height": size[1]})
    sheet.ws.insert_chart(anchor[0], anchor[1], chart, {"object_position": 3})


def new_workbook(language: str = "en") -> Book:
    """A workbook whose page footers are in `language`."""
    return Book(language)


def check_target(target: Path) -> None:
    """Fail before any work when the file could not be written where asked."""
    folder = Path(target).parent if str(Path(target).parent) else Path(".")
    if not folder.is_dir():
        raise MgiError(atomic.NO_FOLDER(target, folder=folder))


def save(workbook: Book, target: Path, sheets: Iterable[SafeSheet] = ()) -> None:
    """Finish the sheets and write the workbook atomically (a reader never sees half a file).

    The workbook is assembled in its temporary folder first: its size is known
    before the target's disk is touched (a full disk refuses it first), and a
    failure never leaves a half-written file beside the target.
    """
    sheets = list(sheets)
    target = Path(target)
    try:
        for sheet in sheets:
            sheet.finish()
        try:
            workbook.workbook.close()
        except (OSError, FileCreateError) as raised:  # the temporary folder's disk
            exc = raised.args[0] if isinstance(raised, FileCreateError) and raised.args else raised
            if isinstance(exc, OSError) and disk.is_disk_full(exc):
                raise disk.disk_full(workbook.folder, atomic.NOTHING_WRITTEN(file=target.name),
                                     subject=target) from None
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise MgiError(atomic.CANNOT_WRITE(target, reason=reason)) from None
        with atomic.atomic_path(target, size=workbook.path.stat().st_size) as temp:
            shutil.copyfile(workbook.path, temp)
    finally:
        discard(sheets, workbook)


def discard(sheets: Iterable[SafeSheet], workbook: Book | None = None) -> None:
    """Close and delete the temporary files of sheets that will not be saved (and of their workbook)."""
    books = {id(workbook): workbook} if workbook is not None else {}
    for sheet in sheets:
        books.setdefault(id(sheet.book), sheet.book)
        handle = getattr(sheet.ws, "row_data_fh", None)
        if handle is not None:
            try:
                handle.close()
            except OSError:  # broken part way: only the cleanup matters now
                pass
    for book in books.values():
        book.workbook.fileclosed = True  # nothing more will be written to it
        book.remove()
