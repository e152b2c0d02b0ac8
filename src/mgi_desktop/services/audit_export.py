"""The audit trail of an assessment (or one answer) as rows, CSV or a workbook.

"Who, when, old -> new, reason", oldest first.  Events about an answer carry
its question code as entity id; events about evidence and comments are
matched to their question through the question named in the event or the
item's current answer.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from mgi_desktop import atomic
from mgi_desktop.errors import ValidationError
from mgi_desktop.services import audit
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import Answer, AuditEvent, Comment, Evidence

HEADERS = ("When (UTC)", "Who", "Role", "What", "Item", "Question", "Field", "Old value", "New value", "Reason",
           "Event id")
#: Text that a spreadsheet would run as a formula when the CSV is opened.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditRow:
    at: str
    actor: str
    role: str
    entity: str
    entity_id: str
    question: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str | None
    id: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def cells(self) -> list[Any]:
        return [self.at, self.actor, self.role, self.entity, self.entity_id, self.question, self.field,
                self.old_value, self.new_value, self.reason, self.id]


def _question_of(event: AuditEvent, owners: dict[str, str]) -> str:
    if event.entity == "answer":
        return event.entity_id
    for value in (event.new_value, event.old_value):
        if value and value.startswith("{"):
            try:
                data = json.loads(value)
            except ValueError:
                continue
            code = data.get("question") if isinstance(data, dict) else None
            if isinstance(code, str):
                return code
    return owners.get(event.entity_id, "")


def rows(db: Database, assessment_id: str, *, question: str | None = None, actor: str | None = None,
         entity: str | None = None) -> list[AuditRow]:
    """The trail, filtered by question code, actor and kind of entity."""
    events = audit.events(db, assessment_id, actor=actor, entity=entity)
    with db.reading() as session:
        owners = dict(session.exec(select(Evidence.id, Answer.question_code)
                                   .join(Answer, col(Answer.id) == Evidence.answer_id)
                                   .where(Answer.assessment_id == assessment_id)).all())
        owners |= dict(session.exec(select(Comment.id, Answer.question_code)
                                    .join(Answer, col(Answer.id) == Comment.answer_id)
                                    .where(Answer.assessment_id == assessment_id)).all())
    result = []
    for event in events:
        code = _question_of(event, owners)
        if question is not None and code != question:
            continue
        result.append(AuditRow(event.at, event.actor, event.role, event.entity, event.entity_id, code,
                               event.field, event.old_value, event.new_value, event.reason, event.id))
    return result


def _csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(audit_rows: list[AuditRow], target: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    for row in audit_rows:
        writer.writerow([_csv_safe(v) for v in row.cells()])
    # with a BOM, Excel reads the file as UTF-8
    atomic.write_bytes(Path(target), buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(audit_rows: list[AuditRow], target: Path) -> None:
    from mgi_desktop.export.xlsx_safe import Column, SafeSheet, new_workbook, save

    widths = (20, 18, 11, 11, 14, 9, 14, 30, 30, 30, 36)
    columns = [Column(h, w, wrap=w >= 30, kind="datetime" if n == 0 else "text")
               for n, (h, w) in enumerate(zip(HEADERS, widths, strict=True))]
    workbook = new_workbook()
    sheet = SafeSheet(workbook, "Audit trail", columns, set())
    sheet.extend(row.cells() for row in audit_rows)
    save(workbook, target, [sheet])


def export(db: Database, assessment_id: str, target: Path, *, question: str | None = None,
           actor: str | None = None, entity: str | None = None) -> int:
    """Write the (filtered) trail to .csv or .xlsx; returns the number of events written."""
    suffix = Path(target).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(f"{target}: the audit trail is exported as .csv or .xlsx")
    selected = rows(db, assessment_id, question=question, actor=actor, entity=entity)
    (write_csv if suffix == ".csv" else write_xlsx)(selected, Path(target))
    return len(selected)
