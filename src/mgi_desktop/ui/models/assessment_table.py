"""The start page's table: one row per assessment in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mgi_desktop.services.assessments import Summary
from mgi_desktop.ui import labels

Index = QModelIndex | QPersistentModelIndex

PLACE, LEVEL, ROUND, STATUS, PROGRESS, CHANGED = range(6)
#: the raw value of a cell, for sorting (text columns sort as shown)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the assessment id of a row, in every column
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: the completion percentage (0-100) of a row, for the progress delegate
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 3


class AssessmentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Summary] = []

    def headers(self) -> list[str]:
        return [self.tr("Country or city"), self.tr("Level"), self.tr("Round"), self.tr("Status"),
                self.tr("Progress"), self.tr("Last change")]

    def set_summaries(self, summaries: list[Summary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> Summary:
        return self._rows[row]

    def row_of(self, assessment_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.assessment.id == assessment_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else CHANGED + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section <= CHANGED:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        summary = self._rows[index.row()]
        a, column = summary.assessment, index.column()
        if role == ID_ROLE:
            return a.id
        if role == COMPLETION_ROLE:
            return summary.completion
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return {PLACE: labels.place(a.country, a.locality).casefold(), LEVEL: a.level, ROUND: a.round,
                    STATUS: labels.status(a.status), PROGRESS: summary.completion,
                    CHANGED: a.updated_at}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROUND, PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and a.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, summary: Summary, column: int) -> str:
        a = summary.assessment
        if column == PLACE:
            return labels.place(a.country, a.locality) + (self.tr(" (archived)") if a.archived else "")
        if column == LEVEL:
            return labels.level(a.level)
        if column == ROUND:
            return QLocale().toString(a.round)
        if column == STATUS:
            return labels.status(a.status)
        if column == PROGRESS:
            return (self.tr("{percent}% ({answered} of {relevant} applicable)")
                    .replace("{percent}", QLocale().toString(summary.completion, "f", 0))
                    .replace("{answered}", QLocale().toString(summary.answered))
                    .replace("{relevant}", QLocale().toString(summary.relevant)))
        if column == CHANGED:
            moment = QDateTime.fromSecsSinceEpoch(int(a.updated_at.timestamp())).toLocalTime()
            return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment.isValid() else ""
        return ""

    def _tooltip(self, summary: Summary) -> str:
        a = summary.assessment
        return (self.tr("{title}\nQuestionnaire: {framework} {version}\nFocal point: {person}")
                .replace("{title}", a.title).replace("{framework}", a.framework_id)
                .replace("{version}", a.framework_version).replace("{person}", a.focal_point or "—"))
