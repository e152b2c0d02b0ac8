"""The start page: the assessments in the database and the recently used database files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.models.assessment_table import (
    CHANGED,
    COMPLETION_ROLE,
    ID_ROLE,
    PLACE,
    PROGRESS,
    SORT_ROLE,
    AssessmentTableModel,
)
from mgi_desktop.ui.preferences import Preferences


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar with the text on it, in the style's own colours."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(COMPLETION_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(float(value))
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal(str)
    import_requested = Signal()
    database_requested = Signal(object)  # a Path

    def __init__(self, db: Database, prefs: Preferences, parent: QWidget | None = None, *,
                 fill: bool = True) -> None:
        """With ``fill=False`` the page stays empty until `refresh` (the window reopening an assessment
        fills it once that assessment is shown: reading every assessment's progress can wait)."""
        super().__init__(parent)
        self.db, self.prefs = db, prefs
        self.filled = False
        self.model = AssessmentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(PLACE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        if fill:
            self.refresh()

    # -- layout -------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Assessments"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.archive_button = QPushButton(self.tr("&Archive"), self)
        self.show_archived = QCheckBox(self.tr("Show a&rchived"), self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by country or city"))
        self.filter.setAccessibleName(self.tr("Filter assessments"))
        self.filter.setClearButtonEnabled(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open_selected)
        self.import_button.clicked.connect(self.import_requested)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.show_archived.toggled.connect(self.refresh)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Assessments in this database"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PROGRESS, 170)
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.activated.connect(lambda _index: self._open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr(
            "There is no assessment in this database yet. Click “New assessment…” to start one, or "
            "“Import…” to receive one from a colleague."), self)
        self.empty_label.setWordWrap(True)

        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent databases"))
        self.recent.itemActivated.connect(self._recent_activated)
        recent_title = QLabel(self.tr("Recent databases"), self)
        recent_title.setBuddy(self.recent)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.import_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.show_archived)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(recent_title)
        right_layout.addWidget(self.recent, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        right.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        splitter.setSizes([800, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.database_label)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    # -- data ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.filled = True
        keep = self.selected_id()
        try:
            summaries = assessments.list_all(self.db, include_archived=self.show_archived.isChecked())
        except MgiError as exc:
            show_error(self, exc)
            summaries = []
        self.model.set_summaries(summaries)
        self.empty_label.setVisible(not summaries)
        self.database_label.setText(self.tr("Database: {path}").replace("{path}", labels.isolated(str(self.db.path))))
        self._fill_recent()
        if keep:
            self.select(keep)
        elif summaries:
            self.table.selectRow(0)
        self._update_buttons()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.refresh()

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.prefs.recent_databases():
            item = QListWidgetItem(path.name, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if path == self.db.path:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setText(self.tr("{name} (open)").replace("{name}", path.name))

    def _recent_activated(self, item: QListWidgetItem) -> None:
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        if path != self.db.path:
            self.database_requested.emit(path)

    # -- selection -------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, assessment_id: str) -> bool:
        row = self.model.row_of(assessment_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selected_summary(self) -> assessments.Summary | None:
        assessment_id = self.selected_id()
        row = self.model.row_of(assessment_id) if assessment_id else -1
        return self.model.summary(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        summary = self._selected_summary()
        self.open_button.setEnabled(summary is not None)
        self.archive_button.setEnabled(summary is not None)
        archived = summary is not None and summary.assessment.archived
        self.archive_button.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))

    def _open_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id:
            self.open_requested.emit(assessment_id)

    def _toggle_archived(self) -> None:
        summary = self._selected_summary()
        if summary is None:
            return
        try:
            assessments.set_archived(self.db, summary.assessment.id, not summary.assessment.archived)
        except MgiError as exc:
            show_error(self, exc)
        self.refresh()
