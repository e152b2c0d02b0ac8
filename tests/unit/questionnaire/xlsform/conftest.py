"""Forms written the way survey teams write them: a workbook made with openpyxl, row by row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

Rows = Sequence[Sequence[Any]]
MakeForm = Callable[..., Path]


@pytest.fixture
def make_form(tmp_path: Path) -> MakeForm:
    """``make_form(survey, choices=None, settings=None, name="form.xlsx")``: each sheet a list of rows,
    its header first."""

    def make(survey: Rows, choices: Rows | None = None, settings: Rows | None = None,
             name: str = "form.xlsx") -> Path:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "survey"
        for row in survey:
            sheet.append(list(row))
        for title, rows in (("choices", choices), ("settings", settings)):
            if rows is not None:
                extra = workbook.create_sheet(title)
                for row in rows:
                    extra.append(list(row))
        path = tmp_path / name
        workbook.save(path)
        return path

    return make
