"""The six-domain wheel of the MGI profiles, each segment filling as its domain is completed."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: One colour per domain, of medium lightness so that they read on light and dark themes.
DOMAIN_COLOURS = ("#1f78b4", "#12a39a", "#6a9f3a", "#e0a100", "#e0663a", "#8e5ba6")


def domain_colour(number: int) -> QColor:
    return QColor(DOMAIN_COLOURS[(number - 1) % len(DOMAIN_COLOURS)])


class DomainWheel(QWidget):
    domain_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[tuple[int, str, float]] = []  # number, short title, completion 0-100
        self._overall = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Progress wheel of the six domains"))

    def set_progress(self, segments: list[tuple[int, str, float]], overall: float) -> None:
        self._segments = segments
        self._overall = overall
        self.setAccessibleDescription("; ".join(f"{n}. {t}: {c:.0f}%" for n, t, c in segments))
        self.setToolTip(self.accessibleDescription())
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 18
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 10
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def _geometry(self) -> tuple[QPointF, float, float]:
        side = min(self.width(), self.height()) - 4
        centre = QPointF(self.width() / 2, self.height() / 2)
        return centre, side / 2, side / 2 * 0.36

    def paintEvent(self, event: object) -> None:
        if not self._segments:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        centre, outer, inner = self._geometry()
        span = 360.0 / len(self._segments)
        gap = 1.5
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        for i, (number, _title, completion) in enumerate(self._segments):
            start = 90.0 - i * span - gap / 2  # clockwise from the top
            sweep = -(span - gap)
            colour = domain_colour(number)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawPath(_ring_sector(centre, inner, outer, start, sweep))
            filled = inner + (outer - inner) * max(0.0, min(completion, 100.0)) / 100.0
            if filled > inner:
                painter.setBrush(colour)
                painter.drawPath(_ring_sector(centre, inner, filled, start, sweep))
            painter.setPen(QPen(colour, max(1.0, outer / 80)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_ring_sector(centre, inner, outer, start, sweep))
            # the domain number sits in the middle of its segment, readable on fill or track
            middle = math.radians(start + sweep / 2)
            radius = (inner + outer) / 2
            spot = QPointF(centre.x() + radius * math.cos(middle), centre.y() - radius * math.sin(middle))
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * max(1.0, outer / 120))
            painter.setFont(font)
            box = QRectF(spot.x() - outer / 4, spot.y() - outer / 8, outer / 2, outer / 4)
            painter.setPen(palette.color(QPalette.ColorRole.Base))
            painter.drawText(box.translated(1, 1), Qt.AlignmentFlag.AlignCenter, str(number))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * max(1.0, outer / 100))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        box = QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{self._overall:.0f}%")
        painter.end()

    def segment_at(self, point: QPointF) -> int | None:
        centre, outer, inner = self._geometry()
        dx, dy = point.x() - centre.x(), centre.y() - point.y()
        distance = math.hypot(dx, dy)
        if not self._segments or not inner <= distance <= outer:
            return None
        clockwise_from_top = (90.0 - math.degrees(math.atan2(dy, dx))) % 360.0
        return self._segments[int(clockwise_from_top // (360.0 / len(self._segments)))][0]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.segment_at(event.position())
        if number is not None:
            self.domain_clicked.emit(number)
        super().mousePressEvent(event)


def _ring_sector(centre: QPointF, inner: float, outer: float, start: float, sweep: float) -> QPainterPath:
    path = QPainterPath()
    outer_box = QRectF(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer)
    inner_box = QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner)
    path.arcMoveTo(outer_box, start)
    path.arcTo(outer_box, start, sweep)
    path.arcTo(inner_box, start + sweep, -sweep)
    path.closeSubpath()
    return path
