"""Reading exports back with second readers, for the export tests."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from mgi_desktop.export.xlsx_safe import CONTINUATION_MARK


def read_xlsx(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet as rows of values, read by calamine (not openpyxl, which wrote them)."""
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def table(rows: list[list[Any]]) -> list[dict[str, Any]]:
    """Rows under the header as dicts, continuation rows joined into the row they continue."""
    header = [str(h) for h in rows[0]]
    out: list[dict[str, Any]] = []
    for row in rows[1:]:
        cells = dict(zip(header, list(row) + [""] * (len(header) - len(row)), strict=True))
        continued = [k for k, v in cells.items() if isinstance(v, str) and v.startswith(CONTINUATION_MARK)]
        if continued and out:
            for key in continued:
                out[-1][key] = [*_pieces(out[-1][key]), cells[key]]
            continue
        out.append(cells)
    return out


def _pieces(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def cell(value: Any) -> Any:
    """Calamine's value as the app's: whole floats as ints, empty as None."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if value == "":
        return None
    return value


def as_time(moment: dt.datetime | str | None) -> dt.datetime | None:
    """An app time as the workbook holds it: naive UTC, to the second."""
    if not moment:
        return None
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return moment.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if re.match(r"xl/worksheets/sheet\d+\.xml$", name)}
