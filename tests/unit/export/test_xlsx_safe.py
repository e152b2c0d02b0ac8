from __future__ import annotations

import re
from pathlib import Path

import pytest

from mgi_desktop.errors import DiskFullError
from mgi_desktop.export import xlsx_safe
from mgi_desktop.export.xlsx_safe import (
    CONTINUATION_MARK,
    CONTINUED_MARK,
    MAX_CELL_CHARS,
    Column,
    SafeSheet,
    clean_text,
    join_pieces,
    new_workbook,
    save,
    sheet_title,
    split_text,
)

from .helpers import read_xlsx, sheet_xml

DANGEROUS = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0",
             "\t=1", "-", "="]


def write(tmp_path: Path, rows: list[list[object]], columns: list[Column] | None = None) -> Path:
    book = new_workbook()
    sheet = SafeSheet(book, "Data", columns or [Column("A", wrap=True), Column("B", key=True)], set())
    for row in rows:
        sheet.append(row)
    (tmp_path / "out").mkdir(exist_ok=True)
    target = tmp_path / "out" / "out.xlsx"
    save(book, target, [sheet])
    return target


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    target = write(tmp_path, [[text, "k"] for text in DANGEROUS])
    values = [row[0] for row in read_xlsx(target)["Data"][1:]]
    assert values == DANGEROUS
    xml = "".join(sheet_xml(target).values())
    assert "<f>" not in xml and "<f " not in xml
    # each dangerous cell is an explicit string with the quote-prefix style Excel uses for '=...
    cells = re.findall(r'<c r="A(\d+)"([^>]*)>', xml)
    assert len(cells) == len(DANGEROUS) + 1
    assert all('t="inlineStr"' in attrs or 't="s"' in attrs for _, attrs in cells)
    styles = (Path(target).read_bytes())
    assert styles  # the file is complete
    import zipfile

    with zipfile.ZipFile(target) as archive:
        assert 'quotePrefix="1"' in archive.read("xl/styles.xml").decode()


def test_long_text_is_split_with_visible_markers(tmp_path: Path) -> None:
    text = "".join(f"{n:06d} " for n in range(12_000))  # 84,000 characters
    pieces = split_text(text)
    assert len(pieces) == 3 and all(len(p) <= MAX_CELL_CHARS for p in pieces)
    assert pieces[0].endswith(CONTINUED_MARK) and pieces[1].startswith(CONTINUATION_MARK)
    assert join_pieces(pieces) == text
    target = write(tmp_path, [[text, "key-1"], ["short", "key-2"]])
    rows = read_xlsx(target)["Data"]
    assert [r[0] for r in rows[1:4]] == pieces
    assert [r[1] for r in rows[1:5]] == ["key-1", "key-1", "key-1", "key-2"]  # key columns repeat
    assert split_text("x" * MAX_CELL_CHARS) == ["x" * MAX_CELL_CHARS]


def test_xml_illegal_characters_are_removed(tmp_path: Path) -> None:
    dirty = "a\x00b\x07c\x0bd\x1fe\ud800f\ufffeg\tkeep\nlines"
    assert clean_text(dirty) == "abcdefg\tkeep\nlines"
    target = write(tmp_path, [[dirty, "k\x01"]])
    assert read_xlsx(target)["Data"][1] == ["abcdefg\tkeep\nlines", "k"]


def test_sheet_titles_are_valid_and_unique() -> None:
    used: set[str] = set()
    long = "Answers of Kyrgyzstan [national]: round 2/3 * ?"
    first = sheet_title(long, used)
    second = sheet_title(long, used)
    third = sheet_title("answers OF kyrgyzstan _national__ round 2_3 _ _", used)
    assert all(len(t) <= 31 for t in (first, second, third))
    assert not any(set(t) & set("[]:*?/\\") for t in (first, second, third))
    assert len({t.lower() for t in (first, second, third)}) == 3
    assert sheet_title("History", used).lower() != "history"
    assert sheet_title("''", used) == "Sheet"


def test_dates_are_dates_and_numbers_numbers(tmp_path: Path) -> None:
    columns = [Column("When", kind="datetime"), Column("Day", kind="date"), Column("N")]
    target = write(tmp_path, [["2026-11-27T09:02:30.123456Z", "2020-01-02", 3.5], ["not a time", "", 0]],
                   columns)
    rows = read_xlsx(target)["Data"]
    import datetime as dt

    assert rows[1] == [dt.datetime(2026, 11, 27, 9, 2, 30), dt.date(2020, 1, 2), 3.5]
    assert rows[2][0] == "not a time"


def test_files_are_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = write(tmp_path, [["old", "k"]])
    before = target.read_bytes()

    real_close = xlsx_safe.Workbook.close
    folders: list[Path] = []

    def broken(self: xlsx_safe.Workbook) -> None:
        folders.append(Path(self.filename).parent)  # type: ignore[arg-type]
        real_close(self)
        raise OSError(28, "No space left on device")  # as if the temporary folder filled up

    monkeypatch.setattr(xlsx_safe.Workbook, "close", broken)
    with pytest.raises(DiskFullError, match=r"the disk of .* is full .*; nothing was written; out.xlsx is as it was"):
        write(tmp_path, [["new", "k"]])
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["out.xlsx"]  # no temporary file left
    assert folders and not folders[0].exists()  # nor the folder the workbook was built in


def test_rows_read_and_print_well(tmp_path: Path) -> None:
    """Both ways of writing a row (straight XML for plain cells, XlsxWriter for the rest) read back the
    same, wrapped rows get a height for their text, and every sheet is set up to print."""
    import datetime as dt

    import openpyxl

    columns = [Column("Key", 10, key=True), Column("Text", 20, wrap=True), Column("N", 8), Column("When", 19,
                                                                                               kind="datetime")]
    long = "word " * 40  # about 200 characters: some nine lines of a column 20 wide
    rows: list[list[object]] = [
        ["k1", "short", 1, None],
        ["k2", long.strip(), 2.5, None],
        ["k3", "=1+1", True, None],
        ["k4", " spaced <&> ", -3, "2026-11-27T09:02:30Z"],  # a date: the general path
        ["k5", "two\nlines", None, None],
        ["k6", "_x0041_ stays", 0, None],  # looks like an escape: left to XlsxWriter, which escapes it
    ]
    target = write(tmp_path, rows, columns)
    read = read_xlsx(target)["Data"]
    assert read[1:] == [["k1", "short", 1.0, ""], ["k2", long.strip(), 2.5, ""], ["k3", "=1+1", True, ""],
                        ["k4", " spaced <&> ", -3.0, dt.datetime(2026, 11, 27, 9, 2, 30)],
                        ["k5", "two\nlines", "", ""], ["k6", "_x0041_ stays", 0.0, ""]]
    book = openpyxl.load_workbook(target)
    sheet = book["Data"]
    # (openpyxl, unlike Excel and calamine, does not undo the escape of "_x0041_")
    assert [sheet.cell(row=n, column=2).value for n in range(2, 7)] == [r[1] for r in rows[:5]]
    assert sheet.cell(row=4, column=2).quotePrefix and sheet.cell(row=4, column=2).alignment.wrap_text
    assert sheet.cell(row=4, column=2).protection.locked  # a protected sheet keeps both
    assert all(sheet.cell(row=n, column=2).alignment.wrap_text for n in range(2, 8))
    assert sheet.row_dimensions[3].height >= 8 * 15 and sheet.row_dimensions[6].height == 30
    assert not sheet.row_dimensions[2].height  # one line: the default height
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D7"
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToHeight) == ("landscape", 9, 0)
    assert setup.fitToWidth in (None, 1)  # one page wide, the default, left out of the file
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert "&A" in sheet.oddHeader.left.text and sheet.oddFooter.center.text == "Page &P of &N"


def test_a_very_wide_sheet_prints_over_pages_across(tmp_path: Path) -> None:
    import openpyxl

    book = new_workbook("fr")
    wide = SafeSheet(book, "Matrix", [Column("Id", 36, key=True), *(Column(f"Q{n}", 10) for n in range(100))],
                     set())
    wide.append(["a", *range(100)])
    save(book, tmp_path / "w.xlsx", [wide])
    sheet = openpyxl.load_workbook(tmp_path / "w.xlsx")["Matrix"]
    assert sheet.page_setup.fitToWidth == 6  # 1,036 units of width, 200 a page
    assert sheet.print_title_cols == "$A:$A" and sheet.oddFooter.center.text == "Page &P sur &N"


def test_answer_chart_colours_follow_the_codes_not_the_order_given(tmp_path: Path) -> None:
    import zipfile

    from mgi_desktop.export.xlsx_safe import ANSWER_COLOURS, answer_chart

    book = new_workbook()
    sheet = SafeSheet(book, "By country", [Column("Country"), Column("No"), Column("Yes")], set())
    rows = [["Armenia", 3, 9], ["Kazakhstan", 5, 7]]
    sheet.extend(rows)
    answer_chart(book, sheet, rows=rows, first_row=1, category_column=0, series_columns={"no": 1, "yes": 2},
                 title="Answers", anchor=(4, 0), horizontal=True)
    save(book, tmp_path / "c.xlsx", [sheet])
    with zipfile.ZipFile(tmp_path / "c.xlsx") as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert '<c:barDir val="bar"/>' in chart and '<c:grouping val="stacked"/>' in chart
    series = re.findall(r"<c:f>'By country'!\$(\w)\$1</c:f>.*?<a:srgbClr val=\"(\w+)\"/>", chart)
    assert series == [("C", ANSWER_COLOURS["yes"][1:]), ("B", ANSWER_COLOURS["no"][1:])]  # yes first, green
    assert "<c:v>Kazakhstan</c:v>" in chart
