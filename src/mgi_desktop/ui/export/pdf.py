"""The profile report as PDF, through Qt's own writer (QTextDocument into
QPdfWriter, A4), and the wheel rendered to PNG for the PDF and the DOCX.

Works without a display (a QApplication is created on the offscreen platform
when none exists).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mgi_desktop import atomic, disk
from mgi_desktop.export.profile import Profile
from mgi_desktop.export.profile_html import WHEEL_RESOURCE, profile_wheel_svg, render_html

_app: QApplication | None = None
#: The wheel's width on the PDF page; the image is drawn at the PDF's resolution, pixel for pixel.
WHEEL_INCHES = 3.4


def ensure_gui_app() -> None:
    """Qt needs an application object to lay out text; make one if the caller has none.

    A QApplication, not the lighter QGuiApplication: there is one application
    object per process, and whatever comes later in the same process (the
    window after a command, pytest-qt after an export test) needs widgets.
    """
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name == "posix":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication([])


def svg_image(svg: str, size: int = 720) -> QImage:
    ensure_gui_app()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def svg_to_png(svg: str, size: int = 720) -> bytes:
    image = svg_image(svg, size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def wheel_png(profile: Profile, size: int = 720) -> bytes:
    return svg_to_png(profile_wheel_svg(profile), size)


def write_pdf(profile: Profile, target: Path) -> Path:
    """Write the profile as an A4 PDF to `target` (atomically)."""
    ensure_gui_app()
    target = Path(target)
    with atomic.atomic_path(target) as temp:
        writer = QPdfWriter(str(temp))
        writer.setTitle(profile.title)
        writer.setCreator("MGI Desktop")
        writer.setResolution(96)  # Qt's text layout and its image sizes agree at 96 dpi; text stays vector
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        # lay out with the PDF's resolution, so a 10-point font is 10 points on paper, not the screen's
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(QFont("Arial", 10))  # Qt falls back per character where Arial has no glyph
        if profile.direction == "rtl":  # Arabic: every block right to left (the HTML says it of each block too)
            option = document.defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            document.setDefaultTextOption(option)
        # drawn at three times the layout's pixels, so the wheel stays sharp when printed or zoomed
        wheel = svg_image(profile_wheel_svg(profile), round(WHEEL_INCHES * 96 * 3))
        wheel.setDevicePixelRatio(3)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(WHEEL_RESOURCE), wheel)
        document.setHtml(render_html(profile, for_qt=True))
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        if profile.draft_mark:
            _print_marked(document, writer, rect.width(), rect.height(), profile.draft_mark)
        else:
            document.setPageSize(QSizeF(rect.width(), rect.height()))
            document.print_(writer)
        del writer  # finishes the file before it is renamed into place
        _check_complete(temp)
    return target


def _print_marked(document: QTextDocument, writer: QPdfWriter, width: int, height: int, mark: str) -> None:
    """Print `document` page by page under a band holding `mark` ("DRAFT — not validated") on each page."""
    font = QFont("Arial", 10)
    font.setBold(True)
    band = round(QFontMetricsF(font, writer).height() * 2.2)
    page_height = height - band
    document.setPageSize(QSizeF(width, page_height))
    painter = QPainter(writer)
    for page in range(document.pageCount()):
        if page:
            writer.newPage()
        painter.save()
        painter.setFont(font)
        painter.setPen(QPen(QColor("#9C0006"), 2))
        box = QRectF(0, 0, width, band * 0.7)
        painter.drawRect(box)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
        painter.translate(0, band - page * page_height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * page_height, width, page_height)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
    painter.end()


def _check_complete(path: Path) -> None:
    """Qt writes a PDF without reporting a failed write: a file without its trailer was cut short."""
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 1024))
        complete = b"%%EOF" in handle.read()
    if not complete:
        # the disk filled up, most likely; atomic_path tells it as such (or names the file) and removes it
        full = (disk.free_bytes(path.parent) or 0) < disk.NEARLY_FULL
        raise OSError(errno.ENOSPC if full else errno.EIO, "the PDF could not be written completely")
