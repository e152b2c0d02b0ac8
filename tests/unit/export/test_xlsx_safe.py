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
