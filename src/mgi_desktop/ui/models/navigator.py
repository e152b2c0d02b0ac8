"""The navigator tree: domains -> sub-areas -> indicators -> questions, with states and progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from mgi_desktop.messages import Template
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment.assessment_data import AssessmentData, QuestionStatus, State

# Counts read with their plural forms (English here, translated in the Messages context)
COMMENTS = Template("window.navigator_comments", "{n} comment, {open} open", plural="{n} comments, {open} open",
                    count="n")

Index = QModelIndex | QPersistentModelIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 5
STATUS_ROLE = Qt.ItemDataRole.UserRole + 6

#: Semantic colours of medium lightness: readable on light and dark backgrounds alike.
STATE_COLOURS = {
    State.ANSWERED: QColor("#43a047"),
    State.REQUIRED_MISSING: QColor("#e53935"),
    State.INVALID: QColor("#e53935"),
    State.RETURNED: QColor("#fb8c00"),
    State.EVIDENCE_MISSING: QColor("#f9a825"),
}
FLAG_COLOUR = QColor("#1e88e5")

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
#: The roles the model answers (any other is None)
_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
    CODE_ROLE, KIND_ROLE, STATE_ROLE, SEARCH_ROLE, COMPLETION_ROLE, STATUS_ROLE))
#: "attention" is the review panel's filter: returned answers and unresolved comments (as review.attention)
FILTERS = ("all", "unanswered", "required_missing", "evidence_missing", "returned", "flagged", "comments",
           "attention")


@dataclass
class _Node:
    kind: str  # domain | sub_area | indicator | question
    code: str
    title: str
    parent: int  # -1 for top-level rows
    row: int
    domain: int
    children: list[int] = field(default_factory=list)


class NavigatorModel(QAbstractItemModel):
    def __init__(self, data: AssessmentData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_code: dict[str, int] = {}
        self._by_domain: dict[int, int] = {}
        self._icons: dict[tuple[Any, ...], QIcon] = {}
        self._build()
        # the tree never changes shape: each node's index is made once (views ask hundreds of times a paint)
        self._indexes = [self.createIndex(node.row, 0, i) for i, node in enumerate(self._nodes)]
        self._root = QModelIndex()
        self._parents = [self._root if node.parent < 0 else self._indexes[node.parent] for node in self._nodes]
        self._texts = [f"{node.code}  {node.title}" for node in self._nodes]

    def _add(self, kind: str, code: str, title: str, parent: int, domain: int) -> int:
        siblings = self._nodes[parent].children if parent >= 0 else self._top
        node_id = len(self._nodes)
        self._nodes.append(_Node(kind, code, title, parent, len(siblings), domain))
        siblings.append(node_id)
        return node_id

    def _build(self) -> None:
        data = self._data
        for domain in data.framework.model.domains:
            d = self._add("domain", domain.code, data.text(domain.title), -1, domain.number)
            self._by_domain[domain.number] = d
            for sub_area in domain.sub_areas:
                s = self._add("sub_area", sub_area.code, data.text(sub_area.title), d, domain.number)
                for indicator in sub_area.indicators:
                    i = self._add("indicator", indicator.code, data.text(indicator.title), s, domain.number)
                    for question in indicator.questions:
                        q = self._add("question", question.code, data.text(question.text), i, domain.number)
                        self._by_code[question.code] = q

    # -- QAbstractItemModel ------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            children = self._top
        elif parent.column() == 0:
            children = self._nodes[parent.internalId()].children
        else:
            return QModelIndex()
        if row >= len(children):
            return QModelIndex()
        return self._indexes[children[row]]

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        # asked for every painted row several times: one lookup, no new index
        return self._parents[child.internalId()] if child.isValid() else self._root

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Questions")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a painted row is asked for a dozen roles, most of which it has none of: those return at once
        if role not in _ROLES or not index.isValid():
            return None
        node_id = index.internalId()
        node = self._nodes[node_id]
        if role == Qt.ItemDataRole.DisplayRole and node.kind != "domain":
            return self._texts[node_id]
        if role == CODE_ROLE:
            return node.code
        if role == KIND_ROLE:
            return node.kind
        if node.kind == "question":
            return self._question_data(node, role)
        if node.kind == "domain":
            return self._domain_data(node, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{node.code}  {node.title}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{node.code} {node.title}"
        return None

    def _domain_data(self, node: _Node, role: int) -> Any:
        tally = self._data.progress.domains[node.domain]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{node.domain}. {node.title}  ({tally.answered}/{tally.relevant})"
        if role == COMPLETION_ROLE:
            return tally.completion
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pie_icon(int(tally.completion // 5) * 5)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Domain {n}: {title}, {answered} of {relevant} applicable answered, {missing} required "
                           "missing").format(n=node.domain, title=node.title, answered=tally.answered,
                                             relevant=tally.relevant, missing=tally.required_missing)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _question_data(self, node: _Node, role: int) -> Any:
        status = self._data.statuses[node.code]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{node.code}  {node.title}"
        if role == STATE_ROLE:
            return status.state.value
        if role == STATUS_ROLE:
            return status
        if role == SEARCH_ROLE:
            indicator = self._nodes[node.parent]
            return f"{node.code} {node.title} {indicator.code} {indicator.title}".casefold()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._state_icon(status)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{node.code}: {self.describe(status)}"
        if role == Qt.ItemDataRole.ForegroundRole and status.state is State.NOT_APPLICABLE:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def describe(self, status: QuestionStatus) -> str:
        words = {
            State.NOT_APPLICABLE: self.tr("not applicable"),
            State.INVALID: self.tr("invalid"),
            State.RETURNED: self.tr("returned by the reviewer"),
            State.REQUIRED_MISSING: self.tr("required, not answered"),
            State.UNANSWERED: self.tr("not answered"),
            State.EVIDENCE_MISSING: self.tr("answered, evidence required"),
            State.ANSWERED: self.tr("answered"),
        }
        parts = [words[status.state]]
        if status.returned and status.state is not State.RETURNED:
            parts.append(self.tr("returned by the reviewer"))
        if status.flagged:
            parts.append(self.tr("flagged for follow-up"))
        if status.comments:
            parts.append(ui_messages.text(COMMENTS(n=status.comments, open=status.open_comments)))
        return ", ".join(parts)

    # -- icons -------------------------------------------------------------------

    def _state_icon(self, status: QuestionStatus) -> QIcon:
        key = ("state", status.state, status.flagged, status.comments > 0, status.returned)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = _draw_state_icon(status)
        return icon

    def _pie_icon(self, percent: int) -> QIcon:
        key = ("pie", percent)
        icon = self._icons.get(key)
        if icon is None:
            pixmap = QPixmap(32, 32)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text = QApplication.palette().color(QPalette.ColorRole.Text)
            painter.setPen(QPen(text, 2))
            painter.drawEllipse(QRectF(3, 3, 26, 26))
            painter.setBrush(STATE_COLOURS[State.ANSWERED])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(QRectF(3, 3, 26, 26), 90 * 16, -int(percent * 3.6 * 16))
            painter.end()
            icon = self._icons[key] = QIcon(pixmap)
        return icon

    # -- refreshing ----------------------------------------------------------------

    def index_of(self, code: str) -> QModelIndex:
        node_id = self._by_code.get(code)
        return QModelIndex() if node_id is None else self._indexes[node_id]

    def domain_index(self, number: int) -> QModelIndex:
        return self._indexes[self._by_domain[number]]

    def refresh_questions(self, codes: set[str]) -> None:
        for code in codes:
            index = self.index_of(code)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def refresh_domains(self, numbers: set[int]) -> None:
        for number in numbers:
            if number in self._by_domain:
                index = self.domain_index(number)
                self.dataChanged.emit(index, index)


def _draw_state_icon(status: QuestionStatus) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = QApplication.palette()
    circle = QRectF(5, 5, 22, 22)
    colour = STATE_COLOURS.get(status.state)
    if status.state is State.ANSWERED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(circle)
        painter.setPen(QPen(QColor("white"), 3))
        painter.drawPolyline(QPolygonF([_p(10, 16), _p(14, 20), _p(22, 11)]))
    elif status.state in (State.INVALID, State.RETURNED):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(circle)
        painter.setPen(QPen(QColor("white"), 3))
        painter.drawLine(_p(16, 9), _p(16, 18))
        painter.drawPoint(_p(16, 22))
    elif status.state is State.EVIDENCE_MISSING:  # a warning sign, not the tick of a finished answer
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([_p(16, 4), _p(29, 27), _p(3, 27)]))
        painter.setPen(QPen(QColor("black"), 3))
        painter.drawLine(_p(16, 11), _p(16, 19))
        painter.drawPoint(_p(16, 23))
    elif status.state is State.NOT_APPLICABLE:
        painter.setPen(QPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text), 2))
        painter.drawLine(_p(9, 16), _p(23, 16))
    else:
        pen_colour = colour or palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(pen_colour, 2.5 if colour else 1.5))
        painter.setBrush(QBrush())
        painter.drawEllipse(circle)
    if status.flagged:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(FLAG_COLOUR)
        painter.drawPolygon(QPolygonF([_p(20, 0), _p(32, 0), _p(32, 12)]))
    if status.comments:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
        painter.setBrush(FLAG_COLOUR)
        painter.drawEllipse(QRectF(21, 21, 10, 10))
    painter.end()
    return QIcon(pixmap)


def _p(x: float, y: float) -> QPointF:
    return QPointF(x, y)


class NavigatorFilter(QSortFilterProxyModel):
    """Shows the questions matching the chosen filter and search words, with their ancestors."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._filter = "all"
        self._words: list[str] = []

    def set_filter(self, name: str) -> None:
        if name not in FILTERS:
            raise ValueError(name)
        self.beginFilterChange()
        self._filter = name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return self._filter != "all" or bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if index.data(KIND_ROLE) != "question":
            return not self.is_filtering()
        if self._words:
            text = index.data(SEARCH_ROLE)
            if not all(word in text for word in self._words):
                return False
        status: QuestionStatus = index.data(STATUS_ROLE)
        match self._filter:
            case "unanswered":
                return status.state in (State.UNANSWERED, State.REQUIRED_MISSING)
            case "required_missing":
                return status.state is State.REQUIRED_MISSING
            case "evidence_missing":
                return status.state is State.EVIDENCE_MISSING
            case "returned":
                return status.returned
            case "flagged":
                return status.flagged
            case "comments":
                return status.comments > 0
            case "attention":
                return status.returned or status.open_comments > 0
        return True
