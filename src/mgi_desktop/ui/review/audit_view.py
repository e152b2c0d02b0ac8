"""The audit trail of an assessment (or one question): who, when, what, old -> new, why.

The rows come from `services.audit.trail` (the same rows the
``mgi-desktop audit`` command prints); "Export…" writes the rows shown, in the
order shown, through `audit_trail.write_csv` / `write_xlsx`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.export import audit_trail
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, audit
from mgi_desktop.services.views import AuditRow
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.times import local_time
from mgi_desktop.ui.widgets import screen_fit

# Counts read with their plural forms (English here, translated in the Messages context)
EVENTS = Template("window.audit_events", "{n} event, oldest first by default",
                  plural="{n} events, oldest first by default", count="n")
EVENTS_SHOWN = Template("window.audit_events_shown", "{shown} of {n} event shown",
                        plural="{shown} of {n} events shown", count="n")
EVENTS_SAVED = Template("window.audit_events_saved", "Saved {n} event to {file}",
                        plural="Saved {n} events to {file}", count="n")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "When"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Who"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Role"),
    QT_TRANSLATE_NOOP("AuditTableModel", "What"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Item"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Field"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Old value"),
    QT_TRANSLATE_NOOP("AuditTableModel", "New value"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Reason"),
)
ENTITIES = {
    "assessment": QT_TRANSLATE_NOOP("AuditTableModel", "Assessment"),
    "answer": QT_TRANSLATE_NOOP("AuditTableModel", "Answer"),
    "evidence": QT_TRANSLATE_NOOP("AuditTableModel", "Evidence"),
    "comment": QT_TRANSLATE_NOOP("AuditTableModel", "Comment"),
    "finding": QT_TRANSLATE_NOOP("AuditTableModel", "Finding"),
    "domain_text": QT_TRANSLATE_NOOP("AuditTableModel", "Domain text"),
    "package": QT_TRANSLATE_NOOP("AuditTableModel", "Package"),
}
#: what each event changed, as the audit trail names it (the core records a field's code)
FIELDS = {
    "value": QT_TRANSLATE_NOOP("AuditTableModel", "answer"),
    "justification": QT_TRANSLATE_NOOP("AuditTableModel", "justification"),
    "flagged": QT_TRANSLATE_NOOP("AuditTableModel", "flag"),
    "carried_over": QT_TRANSLATE_NOOP("AuditTableModel", "carried over"),
    "review_state": QT_TRANSLATE_NOOP("AuditTableModel", "review decision"),
    "status": QT_TRANSLATE_NOOP("AuditTableModel", "status"),
    "created": QT_TRANSLATE_NOOP("AuditTableModel", "created"),
    "archived": QT_TRANSLATE_NOOP("AuditTableModel", "archived"),
    "signed": QT_TRANSLATE_NOOP("AuditTableModel", "signed"),
    "added": QT_TRANSLATE_NOOP("AuditTableModel", "added"),
    "removed": QT_TRANSLATE_NOOP("AuditTableModel", "removed"),
    "resolved": QT_TRANSLATE_NOOP("AuditTableModel", "resolved"),
    "title": QT_TRANSLATE_NOOP("AuditTableModel", "title"),
    "focal_point": QT_TRANSLATE_NOOP("AuditTableModel", "focal point"),
    "institution": QT_TRANSLATE_NOOP("AuditTableModel", "institution"),
    "introduction": QT_TRANSLATE_NOOP("AuditTableModel", "introduction"),
    "language": QT_TRANSLATE_NOOP("AuditTableModel", "working language"),
    "kind": QT_TRANSLATE_NOOP("AuditTableModel", "kind"),
    "reference": QT_TRANSLATE_NOOP("AuditTableModel", "reference"),
    "issuing_body": QT_TRANSLATE_NOOP("AuditTableModel", "issuing body"),
    "year": QT_TRANSLATE_NOOP("AuditTableModel", "year"),
    "date": QT_TRANSLATE_NOOP("AuditTableModel", "date"),
    "url": QT_TRANSLATE_NOOP("AuditTableModel", "web address"),
    "note": QT_TRANSLATE_NOOP("AuditTableModel", "note"),
    "file": QT_TRANSLATE_NOOP("AuditTableModel", "file"),
    "text": QT_TRANSLATE_NOOP("AuditTableModel", "text"),
    "description": QT_TRANSLATE_NOOP("AuditTableModel", "description"),
    "order": QT_TRANSLATE_NOOP("AuditTableModel", "order"),
    "questions": QT_TRANSLATE_NOOP("AuditTableModel", "linked questions"),
    "merged": QT_TRANSLATE_NOOP("AuditTableModel", "merged"),
    "moved": QT_TRANSLATE_NOOP("AuditTableModel", "moved"),
    "redrafted": QT_TRANSLATE_NOOP("AuditTableModel", "redrafted"),
    "follow_up": QT_TRANSLATE_NOOP("AuditTableModel", "follow-up round"),
    "category": QT_TRANSLATE_NOOP("AuditTableModel", "category"),
}
#: the longest value shown in a cell; the tooltip has all of it
CELL_CHARS = 160


def field_name(field: str) -> str:
    text = FIELDS.get(field)
    return QCoreApplication.translate("AuditTableModel", str(text)) if text else field


def entity_name(entity: str) -> str:
    text = ENTITIES.get(entity)
    return QCoreApplication.translate("AuditTableModel", str(text)) if text else entity


class AuditTableModel(QAbstractTableModel):
    def __init__(self, rows: list[AuditRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        #: an answer's value as the question names it ("Partially", "Oui"), when the questionnaire is known
        self.answer_label: Callable[[str, Any], str] | None = None

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", str(COLUMNS[section]))
        return None

    def _values(self, row: AuditRow) -> list[str]:
        # the assessment's own events name it by its id: the window says which assessment already
        item = row.question or ("" if row.entity == "assessment" else row.entity_id)
        old, new = row.old_value or "", row.new_value or ""
        if row.entity == "answer" and row.field == "value" and row.question and self.answer_label is not None:
            old, new = self._answer(row.question, old), self._answer(row.question, new)
        return [local_time(row.at, seconds=True), row.actor, labels.role(row.role), entity_name(row.entity), item,
                field_name(row.field), old, new, row.reason or ""]

    def _answer(self, code: str, text: str) -> str:
        if not text or self.answer_label is None:
            return text
        try:  # a choice code is kept as it is, other values as JSON (`audit.as_text`)
            value = json.loads(text) if text[:1] in "[{0123456789-\"" else text
            return self.answer_label(code, value) or text
        except (ValueError, MgiError, KeyError, TypeError):
            return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return row.at if column == 0 else self._values(row)[column].lower()
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(self._values(row)[column].split())
            return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and column >= 6:
            return self._values(row)[column] or None
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("{time} UTC").replace("{time}", f"{row.at:%Y-%m-%d %H:%M:%S}")
        return None


class AuditFilter(QSortFilterProxyModel):
    """Free text over every column, plus exact actor and entity."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.actor: str | None = None
        self.entity: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, text: str, actor: str | None, entity: str | None) -> None:
        self.beginFilterChange()
        self.text, self.actor, self.entity = text.strip().lower(), actor, entity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AuditTableModel)
        row = model.rows[source_row]
        if self.actor is not None and row.actor != self.actor:
            return False
        if self.entity is not None and row.entity != self.entity:
            return False
        if not self.text:
            return True
        shown = [*model._values(row), row.entity, row.role.value]
        return all(word in " ".join(shown).lower() for word in self.text.split())


class AuditDialog(QDialog):
    """`AuditDialog(db, assessment_id, question=None)`: non-modal is fine (it only reads)."""

    def __init__(self, db: Database, assessment_id: str, question: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self.question = question
        assessment = assessments.get(db, assessment_id)
        title = self.tr("Audit trail — {title}").replace("{title}", assessment.title)
        if question:
            title = self.tr("Audit trail of {code} — {title}").replace("{code}", question).replace(
                "{title}", assessment.title)
        self.setWindowTitle(title)
        self.model = AuditTableModel([], self)
        try:
            framework = assessments.framework_of(db, assessment)
            language = labels.assessment_language(assessment)
            self.model.answer_label = lambda code, value: framework.label_of(code, value, language)
        except MgiError:  # the trail still shows, with the values as recorded
            pass
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Filter by any text (values, reasons, codes)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter text"))
        self.actor_combo = QComboBox(self)
        self.actor_combo.setObjectName("actor")
        self.actor_combo.setAccessibleName(self.tr("Who"))
        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("entity")
        self.entity_combo.setAccessibleName(self.tr("What"))
        for widget in (self.actor_combo, self.entity_combo):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        who = QLabel(self.tr("&Who:"), self)
        who.setBuddy(self.actor_combo)
        what = QLabel(self.tr("W&hat:"), self)
        what.setBuddy(self.entity_combo)
        for part in (who, self.actor_combo, what, self.entity_combo):
            filters.addWidget(part)

        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Save the rows shown as an Excel workbook or a CSV file"))
        self.export_button.clicked.connect(self.export)
        refresh = QPushButton(self.tr("&Refresh"), self)
        refresh.clicked.connect(self.refresh)
        for button in (refresh, self.export_button):
            button.setAutoDefault(False)  # Enter in the filter field must not open the export
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(refresh)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        screen_fit.fit(self, 1100, 600)  # a laptop's screen, or 1920x1080 at 150%, holds it whole
        self.refresh()

    def refresh(self) -> None:
        rows = audit.trail(self.db, self.assessment_id, question=self.question)
        self.model.set_rows(rows)
        for combo, values, names in (
                (self.actor_combo, sorted({r.actor for r in rows}), None),
                (self.entity_combo, sorted({r.entity for r in rows}), entity_name)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Everyone") if names is None else self.tr("Everything"), None)
            for value in values:
                combo.addItem(names(value) if names else value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
        self._filter()
        widths = (140, 110, 85, 85, 75, 95, 160, 160)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, max(width, self.table.horizontalHeader().sectionSizeHint(column)))

    def _filter(self) -> None:
        self.proxy.set_filters(self.search.text(), self.actor_combo.currentData(), self.entity_combo.currentData())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("Nothing recorded yet."))
        elif shown == total:
            self.count_label.setText(ui_messages.text(EVENTS(n=total)))
        else:
            self.count_label.setText(ui_messages.text(EVENTS_SHOWN(shown=shown, n=total)))
        self.export_button.setEnabled(shown > 0)

    def shown_rows(self) -> list[AuditRow]:
        """The rows as the table shows them: filtered and sorted."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def export(self) -> None:
        name = f"audit-{self.question or self.assessment_id[:8]}.xlsx"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                                            str(Path.home() / name), f"{xlsx};;{csv}")
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen_filter == csv else ".xlsx"))
        rows = self.shown_rows()
        try:
            (audit_trail.write_csv if target.suffix.lower() == ".csv" else audit_trail.write_xlsx)(rows, target)
        except (MgiError, OSError) as exc:
            show_error(self, exc)
            return
        self.count_label.setText(ui_messages.text(EVENTS_SAVED(n=len(rows), file=target)))
