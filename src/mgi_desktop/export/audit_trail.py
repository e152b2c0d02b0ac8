"""The audit trail of an assessment (or one answer) as CSV or a workbook, oldest first."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from mgi_desktop import atomic, utc
from mgi_desktop.errors import ValidationError
from mgi_desktop.export.xlsx_safe import Column, SafeSheet, new_workbook, save
from mgi_desktop.messages import Template
from mgi_desktop.services import audit
from mgi_desktop.services.views import AuditRow
from mgi_desktop.storage.db import Database

HEADERS = ("When (UTC)", "Who", "Role", "What", "Item", "Question", "Field", "Old value", "New value", "Reason",
           "Event id")
#: Text that a spreadsheet would run as a formula when the CSV is opened.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WRONG_SUFFIX = Template("audit.wrong_suffix", "the audit trail is exported as .csv or .xlsx")


def cells(row: AuditRow) -> list[Any]:
    return [row.at, row.actor, row.role.value, row.entity, row.entity_id, row.question, row.field,
            row.old_value, row.new_value, row.reason, row.id]


def _csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_cells(row: AuditRow) -> list[Any]:
    return [utc.text(row.at), *cells(row)[1:]]


def write_csv(audit_rows: list[AuditRow], target: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    for row in audit_rows:
        writer.writerow([_csv_safe(v) for v in _csv_cells(row)])
    # with a BOM, Excel reads the file as UTF-8
    atomic.write_bytes(Path(target), buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(audit_rows: list[AuditRow], target: Path) -> None:
    widths = (20, 18, 11, 11, 14, 9, 14, 30, 30, 30, 36)
    columns = [Column(h, w, wrap=w >= 30, kind="datetime" if n == 0 else "text")
               for n, (h, w) in enumerate(zip(HEADERS, widths, strict=True))]
    workbook = new_workbook()
    sheet = SafeSheet(workbook, "Audit trail", columns, set())
    sheet.extend(cells(row) for row in audit_rows)
    save(workbook, target, [sheet])


def export(db: Database, assessment_id: str, target: Path, *, question: str | None = None,
           actor: str | None = None, entity: str | None = None) -> int:
    """Write the (filtered) trail to .csv or .xlsx; returns the number of events written."""
    suffix = Path(target).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(WRONG_SUFFIX(target))
    selected = audit.trail(db, assessment_id, question=question, actor=actor, entity=entity)
    (write_csv if suffix == ".csv" else write_xlsx)(selected, Path(target))
    return len(selected)
