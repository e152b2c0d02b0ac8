"""Windows and dialogs that fit the screen they open on (a 1366x768 laptop, or 1920x1080 at 150%).

The sizes here are logical pixels, the ones Qt lays out in: 1920x1080 at 150% is
1280x720 of them.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: below this, a first window opens maximised (every logical pixel is needed)
SMALL_WIDTH, SMALL_HEIGHT = 1400, 900
#: a window manager's frame around a window (its title bar above), before the window is shown
FRAME = QMargins(8, 32, 8, 8)


def available(widget: QWidget | None = None) -> QRect:
    """The screen area (without task bars) the widget is on, or the primary screen's."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def is_small(area: QRect) -> bool:
    return area.width() < SMALL_WIDTH or area.height() < SMALL_HEIGHT


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog to width x height, or to what its screen leaves room for (its title bar too)."""
    area = available(widget.parentWidget() or widget)
    widget.resize(min(width, area.width() * 95 // 100), min(height, area.height() * 90 // 100))


def on_a_screen(geometry: QRect) -> QRect:
    """`geometry` moved and shrunk onto a screen that exists now (a saved place on a monitor unplugged
    since, or a larger one): onto the screen that holds the middle of its title bar, else the primary
    one; unchanged when it fits there already."""
    grip = QPoint(geometry.center().x(), geometry.top() + 8)  # where the title bar is held
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        if area.contains(grip):
            return _shrunk_into(geometry, area)
    return _shrunk_into(geometry, available())


def _shrunk_into(geometry: QRect, area: QRect) -> QRect:
    result = QRect(geometry)
    result.setWidth(min(geometry.width(), area.width()))
    result.setHeight(min(geometry.height(), area.height()))
    left = min(max(result.left(), area.left()), area.right() - result.width() + 1)
    top = min(max(result.top(), area.top()), area.bottom() - result.height() + 1)
    result.moveTo(left, top)
    return result
