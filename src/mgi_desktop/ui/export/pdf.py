"""The profile report as PDF, through Qt's own writer (QTextDocument into
QPdfWriter, A4), and the wheel rendered to PNG for the PDF and the DOCX.

Works without a display (a QApplication is created on the offscreen platform
when none exists).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
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
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mgi_desktop import atomic, disk
from mgi_desktop.export import labels as L
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
    return _png(svg_image(svg, size))


def wheel_png(profile: Profile, size: int = 720) -> bytes:
    return svg_to_png(profile_wheel_svg(profile), size)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def title_thumbnail(profile: Profile, width: int = 256) -> bytes:
    """The title page drawn small (A4's proportions, PNG): the DOCX's thumbnail, what a file browser shows."""
    ensure_gui_app()
    height = round(width * 297 / 210)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    rtl = profile.direction == "rtl"
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    margin = width * 0.09
    inner = width - 2 * margin
    wrap = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    y = margin
    if profile.draft_mark:
        font = QFont("Arial")
        font.setPixelSize(max(7, round(width / 30)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#9C0006"), 1))
        box = QRectF(margin, y, inner, font.pixelSize() * 1.8)
        painter.drawRect(box)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, profile.draft_mark)
        y += box.height() * 2
    painter.fillRect(QRectF(0, y, width, width * 0.02), QColor("#0033A0"))
    y += width * 0.08
    for text, size, colour, bold in ((profile.say(L.MGI), width / 22, "#1F6FB2", False),
                                     (profile.title, width / 12, "#0033A0", True),
                                     (profile.subtitle, width / 20, "#1a1a1a", False)):
        font = QFont("Arial")
        font.setPixelSize(max(6, round(size)))
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        bounds = painter.boundingRect(QRectF(margin, y, inner, height - y), wrap, text)
        painter.drawText(bounds, wrap, text)
        y = bounds.bottom() + size * 0.8
    painter.end()
    return _png(image)


def write_pdf(profile: Profile, target: Path) -> Path:
    """Write the profile as an A4 PDF to `target` (atomically)."""
    ensure_gui_app()
    target = Path(target)
    with atomic.atomic_path(target) as temp:
        writer = QPdfWriter(str(temp))
        writer.setTitle(profile.title)
        writer.setCreator("MGI Desktop")
        if profile.author:
            writer.setAuthor(profile.author)
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
        _print_pages(document, writer, rect.width(), rect.height(), profile)
        del writer  # finishes the file before it is renamed into place
        _check_complete(temp)
    return target


def _print_pages(document: QTextDocument, writer: QPdfWriter, width: int, height: int, profile: Profile) -> None:
    """Print `document` page by page: above the text a band with the draft mark ("DRAFT — not validated",
    until the assessment is validated) and, after the title page, the running header (the title); below
    it the page number ("Page 3 of 12")."""
    mark = profile.draft_mark
    bold = QFont("Arial", 10)
    bold.setBold(True)
    small = QFont("Arial", 8)
    line = QFontMetricsF(small, writer).height()
    draft_band = round(QFontMetricsF(bold, writer).height() * 2.2) if mark else 0
    header_band = round(line * 2.2)
    footer_band = round(line * 2.4)
    top = draft_band + header_band
    page_height = height - top - footer_band
    document.setPageSize(QSizeF(width, page_height))
    _keep_headings_with_next(document, page_height)
    pages = document.pageCount()
    direction = Qt.LayoutDirection.RightToLeft if profile.direction == "rtl" else Qt.LayoutDirection.LeftToRight
    grey = QColor("#555555")
    painter = QPainter(writer)
    painter.setLayoutDirection(direction)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        if mark:
            painter.setFont(bold)
            painter.setPen(QPen(QColor("#9C0006"), 2))
            box = QRectF(0, 0, width, draft_band * 0.7)
            painter.drawRect(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
        painter.setFont(small)
        painter.setPen(QPen(grey, 1))
        if page:  # the title page carries the title itself
            header = QRectF(0, draft_band, width, line * 1.4)
            painter.drawText(header, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetricsF(small, writer).elidedText(profile.running_header,
                                                                     Qt.TextElideMode.ElideRight, width))
            painter.drawLine(QPointF(0, draft_band + line * 1.6), QPointF(width, draft_band + line * 1.6))
        footer = QRectF(0, height - line * 1.4, width, line * 1.4)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                         profile.page_label(page + 1, pages))
        painter.translate(0, top - page * page_height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * page_height, width, page_height)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
    painter.end()


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """Start a heading on the next page when the page it falls on has no room for the first line after it
    (QTextDocument reads no ``page-break-after: avoid``): a heading never ends a page.  One heading at a
    time, in order, each break moving what follows."""
    layout = document.documentLayout()
    changed = False
    block = document.begin()
    while block.isValid():
        following = block.next()
        fmt = block.blockFormat()
        starts_page = bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if fmt.headingLevel() and not starts_page and following.isValid() and block.layout().lineCount():
            heading = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
            after = layout.blockBoundingRect(following)
            next_line = following.layout().lineAt(0) if following.layout().lineCount() else None
            bottom = after.top() + (next_line.y() + next_line.height() if next_line else after.height())
            if int(heading // page_height) != int(bottom // page_height):
                cursor = QTextCursor(block)
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
                changed = True
        block = following
    if changed:  # laid out again whole: an incremental layout leaves later pages undrawn
        document.markContentsDirty(0, document.characterCount())


def _check_complete(path: Path) -> None:
    """Qt writes a PDF without reporting a failed write: a file without its trailer was cut short."""
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 1024))
        complete = b"%%EOF" in handle.read()
    if not complete:
        # the disk filled up, most likely; atomic_path tells it as such (or names the file) and removes it
        full = (disk.free_bytes(path.parent) or 0) < disk.NEARLY_FULL
        raise OSError(errno.ENOSPC if full else errno.EIO, "the PDF could not be written completely")
