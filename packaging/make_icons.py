"""Render the app icon in every size the installers need, from resources/icons/mgi-desktop.svg.

    uv run --group packaging python packaging/make_icons.py

Writes resources/icons/mgi-desktop-<N>.png (16..1024), mgi-desktop.ico (Windows,
16..256 in one file) and mgi-desktop.icns (macOS, 16..1024).  Each size is
rendered from the SVG itself, not scaled down from a big bitmap, so the small
ones stay sharp.  The generated files are committed; rerun after editing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "mgi-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        target = ICONS / f"mgi-desktop-{size}.png"
        image.save(target, optimize=True)
        print(target.relative_to(ICONS.parents[1]))
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(ICONS / "mgi-desktop.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    print("resources/icons/mgi-desktop.ico")
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(ICONS / "mgi-desktop.icns", format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    print("resources/icons/mgi-desktop.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
