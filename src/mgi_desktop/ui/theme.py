"""Fusion style with a palette that follows the system's light or dark scheme.

Fusion draws the same on every platform, and Qt 6.5+ tells us the system's
colour scheme; we build a dark palette ourselves because Fusion's default is
light everywhere except where the platform supplies one.  `MGI_COLOR_SCHEME`
(light or dark) forces a scheme (screenshots, tests, people who want it).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    palette = QPalette()
    # Fusion outlines indicators and frames with Window.darker(140): fields (Base) a little lighter
    # than the window keep radio buttons, check boxes and edit frames visible on either.
    window, base, text = QColor(40, 40, 43), QColor(58, 58, 62), QColor(232, 232, 232)
    disabled = QColor(140, 140, 140)
    highlight = QColor(64, 128, 200)
    for role, colour in {
        Role.Window: window, Role.WindowText: text, Role.Base: base, Role.AlternateBase: QColor(50, 50, 54),
        Role.ToolTipBase: QColor(60, 60, 64), Role.ToolTipText: text, Role.PlaceholderText: disabled,
        Role.Text: text, Role.Button: QColor(62, 62, 66), Role.ButtonText: text, Role.BrightText: QColor("red"),
        Role.Light: QColor(85, 85, 90), Role.Midlight: QColor(70, 70, 74), Role.Mid: QColor(48, 48, 52),
        Role.Dark: QColor(22, 22, 24), Role.Shadow: QColor(0, 0, 0), Role.Highlight: highlight,
        Role.HighlightedText: QColor(255, 255, 255), Role.Link: QColor(110, 170, 240),
        Role.LinkVisited: QColor(170, 140, 230),
    }.items():
        palette.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Highlight, QColor(80, 80, 80))
    return palette


def requested_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    forced = os.environ.get("MGI_COLOR_SCHEME", "").strip().lower()
    if forced == "dark":
        return Qt.ColorScheme.Dark
    if forced == "light":
        return Qt.ColorScheme.Light
    return app.styleHints().colorScheme()


def apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    app.setStyle("Fusion")
    scheme = requested_scheme(app) if scheme is None else scheme
    style = app.style()
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else style.standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def follow_system(app: QApplication) -> None:
    """Re-apply the palette when the person switches the system between light and dark."""
    if os.environ.get("MGI_COLOR_SCHEME"):
        return
    app.styleHints().colorSchemeChanged.connect(lambda scheme: apply(app, scheme))
