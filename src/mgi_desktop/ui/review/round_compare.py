"""Two rounds of the same place side by side, per question: each answer, what changed, evidence in and out.

The comparison is `services.rounds.compare`; "Export…" writes the rows shown
with `export.round_comparison.export` (.xlsx or .html).
"""

from __future__ import annotations

import dataclasses
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
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from mgi_desktop.export import round_comparison
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, rounds
from mgi_desktop.services.rounds import Comparison, ComparisonRow
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.widgets import screen_fit

# Counts read with their plural forms (English here, translated in the Messages context)
SHOWN = Template("window.rounds_shown", "{n} question shown", plural="{n} questions shown", count="n")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CODE, QUESTION, BEFORE, AFTER, CHANGES, ADDED, REMOVED = range(7)
Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ComparisonModel", "Code"), QT_TRANSLATE_NOOP("ComparisonModel", "Question"),
               "", "", QT_TRANSLATE_NOOP("ComparisonModel", "What changed"),
               QT_TRANSLATE_NOOP("ComparisonModel", "Evidence added"),
               QT_TRANSLATE_NOOP("ComparisonModel", "Evidence removed"))

    def __init__(self, comparison: Comparison, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.rows = comparison.rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section in (BEFORE, AFTER):
            which = self.comparison.before if section == BEFORE else self.comparison.after
            return self.tr("Round {n}").replace("{n}", str(which.round))
        return QCoreApplication.translate("ComparisonModel", str(self.HEADERS[section]))

    def changes_text(self, row: ComparisonRow) -> str:
        parts = []
        if row.answer_changed:
            parts.append(self.tr("answer"))
        if row.justification_changed:
            parts.append(self.tr("justification"))
        if row.evidence_added or row.evidence_removed:
            parts.append(self.tr("evidence"))
        if row.reworded:
            parts.append(self.tr("question reworded"))
        if row.split:
            parts.append(self.tr("question split in several"))
        text = ", ".join(parts) if parts else self.tr("no change")
        if row.carried_over:
            text += " " + self.tr("(carried over, not confirmed yet)")
        return text

    def text(self, row: ComparisonRow, column: int) -> str:
        code = row.code
        if row.before_code and row.after_code and row.before_code != row.after_code:
            code = f"{row.before_code} → {row.after_code}"  # across two versions of the questionnaire
        elif row.after_code is None and row.before_code:
            code = f"{row.before_code} → —"
        elif row.before_code is None and row.after_code:
            code = f"— → {row.after_code}"
        return [code, " ".join(row.question.split()), row.before or "—", row.after or "—",
                self.changes_text(row), "; ".join(row.evidence_added), "; ".join(row.evidence_removed)][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.FontRole:
            changed = ((column in (BEFORE, AFTER) and row.answer_changed)
                       or (column == CHANGES and row.changed))
            if changed:  # bold, not a colour: it reads the same in the light and the dark theme
                font = QFont()
                font.setBold(True)
                return font
        return None


class ComparisonFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_changed = True
        self.domain: int | None = None
        self.text = ""

    def set_filters(self, only_changed: bool, domain: int | None, text: str) -> None:
        self.beginFilterChange()
        self.only_changed, self.domain, self.text = only_changed, domain, text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ComparisonModel)
        row = model.rows[source_row]
        if self.only_changed and not row.changed:
            return False
        if self.domain is not None and row.domain != self.domain:
            return False
        if self.text:
            shown = " ".join(model.text(row, c) for c in range(model.columnCount())).lower()
            return all(word in shown for word in self.text.split())
        return True


class RoundCompareDialog(QDialog):
    """`RoundCompareDialog(db, assessment_id, previous_id=None)`: the assessment against its previous round.

    `comparison` is None when there is nothing to compare (`message` says
    why; the dialog then shows only that).  Double-clicking a row emits
    `go_to_question(code)` for the later round, the one open in the window.
    """

    go_to_question = Signal(str)

    def __init__(self, db: Database, assessment_id: str, previous_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.comparison: Comparison | None = None
        self.message = ""
        language = self.language = i18n.current()
        after = assessments.get(db, assessment_id)
        previous_id = previous_id or after.previous_id
        self.setWindowTitle(self.tr("Compare rounds — {title}").replace("{title}", after.title))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        if previous_id is None:
            self.message = self.tr("This assessment does not follow an earlier round: there is nothing to "
                                   "compare it with.")
        else:
            try:
                self.comparison = rounds.compare(db, previous_id, assessment_id, language)
            except MgiError as exc:
                self.message = ui_messages.error_text(exc)
        if self.comparison is None:
            self.summary.setText(self.message)
            layout.addWidget(close)
            self.resize(520, 140)
            return

        comparison = self.comparison
        self.model = ComparisonModel(comparison, self)
        self.proxy = ComparisonFilter(self)
        self.proxy.setSourceModel(self.model)
        changed = sum(1 for r in comparison.rows if r.changed)
        self.summary.setText(self.tr("Round {a} ({status_a}) and round {b} ({status_b}): {n} of {total} questions "
                                     "changed.")
                             .replace("{a}", str(comparison.before.round))
                             .replace("{status_a}", labels.status(comparison.before.status).lower())
                             .replace("{b}", str(comparison.after.round))
                             .replace("{status_b}", labels.status(comparison.after.status).lower())
                             .replace("{n}", str(changed)).replace("{total}", str(len(comparison.rows))))
        self.validation = QLabel(self._validation_text(comparison), self)
        self.validation.setObjectName("validation")
        self.validation.setWordWrap(True)
        if any(c is not None and c.warning for c in (comparison.before_validation, comparison.after_validation)):
            font = self.validation.font()  # bold, not a colour: it reads the same in both themes
            font.setBold(True)
            self.validation.setFont(font)
        layout.addWidget(self.validation)
        self.only_changed = QCheckBox(self.tr("&Only questions that changed"), self)
        self.only_changed.setObjectName("only_changed")
        self.only_changed.setChecked(True)
        self.domain_combo = QComboBox(self)
        self.domain_combo.setObjectName("domain")
        self.domain_combo.setAccessibleName(self.tr("Domain"))
        self.domain_combo.addItem(self.tr("All domains"), None)
        framework = assessments.framework_of(db, comparison.after)
        for domain in framework.model.domains:
            self.domain_combo.addItem(f"{domain.number}. {domain.title.get(language)}", domain.number)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by code or text…"))
        self.search.setAccessibleName(self.tr("Filter text"))
        self.only_changed.toggled.connect(self._filter)
        self.domain_combo.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        filters = QHBoxLayout()
        filters.addWidget(self.only_changed)
        filters.addWidget(self.domain_combo)
        filters.addWidget(self.search, 1)

        self.table = QTableView(self)
        self.table.setObjectName("comparison")
        self.table.setModel(self.proxy)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda index: self.go_to_question.emit(index.data(ROW_ROLE).code))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CODE, 70), (BEFORE, 160), (AFTER, 160), (CHANGES, 150), (ADDED, 150),
                              (REMOVED, 150)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Save the rows shown as an Excel workbook or a web page"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setAutoDefault(False)  # Enter in the filter field must not open the export
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        screen_fit.fit(self, 1150, 650)  # a laptop's screen, or 1920x1080 at 150%, holds it whole
        self._filter()

    def _validation_text(self, comparison: Comparison) -> str:
        """Each round's validation as the user comparing sees it (checked against their trusted keys)."""
        lines = []
        for meta, checked in ((comparison.before, comparison.before_validation),
                              (comparison.after, comparison.after_validation)):
            if checked is not None:
                lines.append(self.tr("Round {n}: {validation}").replace("{n}", str(meta.round))
                             .replace("{validation}", ui_messages.text(checked.message)))
        return "\n".join(lines)

    def _filter(self) -> None:
        self.proxy.set_filters(self.only_changed.isChecked(), self.domain_combo.currentData(), self.search.text())
        shown = self.proxy.rowCount()
        self.count_label.setText(ui_messages.text(SHOWN(n=shown)) if shown else
                                 self.tr("No question matches the filters."))
        self.export_button.setEnabled(shown > 0)

    def shown_rows(self) -> list[ComparisonRow]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _in_export_language(self) -> tuple[Comparison, str]:
        """The rows shown, in the later round's working language (the file's), not the window's."""
        assert self.comparison is not None
        shown = self.shown_rows()
        language = str(getattr(self.comparison.after, "language", None) or "en")
        if language == self.language:
            return dataclasses.replace(self.comparison, rows=shown), language
        again = rounds.compare(self.db, self.comparison.before.id, self.comparison.after.id, language)
        kept = {(r.before_code, r.after_code) for r in shown}
        return dataclasses.replace(again, rows=[r for r in again.rows if (r.before_code, r.after_code) in kept]), \
            language

    def export(self) -> None:
        assert self.comparison is not None
        xlsx, html = self.tr("Excel workbook (*.xlsx)"), self.tr("Web page (*.html)")
        name = f"rounds-{self.comparison.before.round}-{self.comparison.after.round}.xlsx"
        chosen, chosen_filter = QFileDialog.getSaveFileName(self, self.tr("Export the comparison"),
                                                            str(Path.home() / name), f"{xlsx};;{html}")
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in (".xlsx", ".html", ".htm"):
            target = target.with_name(target.name + (".html" if chosen_filter == html else ".xlsx"))
        try:
            comparison, language = self._in_export_language()
            round_comparison.export(comparison, target, language)
        except (MgiError, OSError) as exc:
            show_error(self, exc)
            return
        self.count_label.setText(self.tr("Saved {file}").replace("{file}", str(target)))
