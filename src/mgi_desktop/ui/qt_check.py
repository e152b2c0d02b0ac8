"""What the self-test asks of Qt: that it starts and finds the plugins the window needs.

Kept in ui/, the only package that imports Qt; `mgi_desktop.selftest` calls it lazily.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication

# A QApplication collected while Qt objects live crashes the process; keep it for the run.
_app: list[QApplication] = []


@dataclass(frozen=True)
class QtStatus:
    version: str
    platform: str
    missing_formats: list[str]
    icon_drawn: bool


def qt_status(icon: Path, needed_formats: tuple[str, ...] = ("png", "svg", "ico")) -> QtStatus:
    if QApplication.instance() is None:
        _app.append(QApplication([sys.argv[0] if sys.argv else "mgi-desktop"]))
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    pixmap = QIcon(str(icon)).pixmap(64, 64)
    return QtStatus(str(qVersion()), QApplication.platformName(), sorted(set(needed_formats) - formats),
                    not pixmap.isNull())
