"""Help ▸ Guide: the user guide, offline, in the window's language.

The guide is data, not code: one HTML page per language in resources/guide/ (shipped in the wheel and
the bundle with the rest of resources/), with its pictures beside it in pictures/. The window shows it
in a QTextBrowser, which never loads anything from the network: a web link opens in the system's
browser. The side list is read from the page's <h2 id=...> and <h3 id=...> headings, so a section added to the page
shows there without a change here.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QImage,
    QImageReader,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop import paths
from mgi_desktop.ui import i18n

#: link schemes handed to the system (never loaded inside the guide)
EXTERNAL = frozenset({"http", "https", "mailto"})
#: lupdate reads the context and text of every translate("Context", "text") call.
translate = QCoreApplication.translate


def guide_dir() -> Path:
    return paths.resources_dir() / "guide"


def guide_file(language: str) -> Path | None:
    """The guide's page in `language`, else the English one; None if the install lacks both."""
    for code in (language, "en"):
        page = guide_dir() / f"{code}.html"
        if page.is_file():
            return page
    return None


class _Sections(HTMLParser):
    """The page's sections: (level, anchor, title) of every <h2 id=...> (level 2) and <h3 id=...> (3)."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[tuple[int, str, str]] = []
        self._open: tuple[int, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        anchor = dict(attrs).get("id")
        if tag in ("h2", "h3") and anchor:
            self._open, self._text = (int(tag[1]), anchor), []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h2", "h3") and self._open is not None:
            level, anchor = self._open
            self.sections.append((level, anchor, " ".join("".join(self._text).split())))
            self._open = None


def sections(page: Path) -> list[tuple[int, str, str]]:
    parser = _Sections()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.sections


#: a picture of a guide page, as the pages write them: <img src="pictures/NAME-LANG.png" ...>
_IMG = re.compile(r'<img src="([^"]+)"')


class GuideBrowser(QTextBrowser):
    """A QTextBrowser whose pictures shrink (smoothly) to the width it has, so that a narrow guide, beside
    the main window, never scrolls sideways; they never grow beyond their own size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = 0  # the width the page's pictures were sized for when it was read
        self._sizes: dict[Path, QSize] = {}
        self._settled = False
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(100)  # once the person stops dragging the window's edge
        self._fit.timeout.connect(self.fit_pictures)

    def room(self) -> int:
        """The width a picture may take: the browser's, less its frame, margins and a vertical scroll bar
        (counted whether shown or not, so that a bar coming and going does not resize the pictures)."""
        taken = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return max(200, self.width() - taken - 2 * round(self.document().documentMargin()) - 16)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # The page is given each picture's size when it is read, and each picture then comes at that size,
        # scaled smoothly (pictures load later, as they are laid out: they follow the page, not the width).
        url = QUrl(name)
        path = Path(self.source().resolved(url).toLocalFile()) if url.isRelative() else Path(url.toLocalFile())
        if kind == QTextDocument.ResourceType.HtmlResource and path.is_file():
            self._room, self._sizes = self.room(), {}
            return _IMG.sub(lambda m: self._sized(m, path.parent), path.read_text(encoding="utf-8"))
        if kind == QTextDocument.ResourceType.ImageResource:
            image = QImage(str(path))
            size = self._sizes.get(path)
            if not image.isNull():
                return image if size is None or size.width() >= image.width() else image.scaled(
                    size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        return super().loadResource(kind, name)

    def _sized(self, match: re.Match[str], folder: Path) -> str:
        path = folder / match.group(1)
        size = QImageReader(str(path)).size()
        if not size.isValid():
            return match.group(0)
        width = min(size.width(), self._room)
        self._sizes[path] = fitted = QSize(width, round(size.height() * width / size.width()))
        return f'{match.group(0)} width="{fitted.width()}" height="{fitted.height()}"'

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.room() != self._room:
            if self._settled:
                self._fit.start()
            else:  # the first size it is shown at: the pictures fit from the first paint
                self._settled = self.isVisible()
                self.fit_pictures()

    def fit_pictures(self) -> None:
        """Give every picture of the page the size it has room for now: the page is read again (the
        document forgets its pictures when it reads a page), and shown where it was."""
        if self.source().isEmpty() or self.room() == self._room:
            return
        top = self.cursorForPosition(QPoint(0, 0)).block()  # the paragraph at the top of the view
        self.reload()
        block = self.document().findBlockByNumber(top.blockNumber())
        if block.isValid():
            where = self.document().documentLayout().blockBoundingRect(block).top()
            self.verticalScrollBar().setValue(round(where))


class GuideWindow(QWidget):
    """The guide in its own window (not modal: one reads it while working in the main window)."""

    def __init__(self, page: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.page = page
        self.language = page.stem
        self.setWindowTitle(self.tr("MGI Desktop guide"))
        self.setLayoutDirection(i18n.direction(self.language))
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(False)  # every link goes through `follow`: the web never loads inside
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setSearchPaths([str(page.parent)])
        style = page.parent / "guide.css"
        if style.is_file():
            self.browser.document().setDefaultStyleSheet(style.read_text(encoding="utf-8"))
        self.contents = QTreeWidget(self)
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Sections"))
        section: QTreeWidgetItem | None = None
        for level, anchor, title in sections(page):
            if level == 2 or section is None:
                item = section = QTreeWidgetItem(self.contents, [title])
            else:
                item = QTreeWidgetItem(section, [title])
            item.setData(0, Qt.ItemDataRole.UserRole, anchor)
            item.setToolTip(0, title)  # a long title is cut at the list's width
        self.contents.expandAll()
        self.contents.itemActivated.connect(self._go_to_section)
        self.contents.itemClicked.connect(self._go_to_section)

        bar = QToolBar(self)
        self.back_action = self._tool(bar, self.tr("Back"), self.browser.backward, QKeySequence.StandardKey.Back)
        self.forward_action = self._tool(bar, self.tr("Forward"), self.browser.forward,
                                         QKeySequence.StandardKey.Forward)
        self.home_action = self._tool(bar, self.tr("Contents"), self.home, "Alt+Home")
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find in the guide (Ctrl+F)"))
        self.find_box.setAccessibleName(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.not_found = QLabel(self)
        self.find_box.textChanged.connect(lambda _text: self.not_found.clear())
        find_action = QAction(self)
        find_action.setShortcuts(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_find)
        self.addAction(find_action)
        previous = QAction(self)
        previous.setShortcut(QKeySequence("Shift+Return"))
        previous.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        previous.triggered.connect(lambda: self.find_next(backward=True))
        self.find_box.addAction(previous)
        bar.addSeparator()
        bar.addWidget(self.find_box)
        bar.addWidget(self.not_found)

        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(splitter)
        self.home()
        self._sized = False

    def _tool(self, bar: QToolBar, text: str, slot: object,
              keys: QKeySequence.StandardKey | str) -> QAction:
        action = bar.addAction(text)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        else:
            action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        return action

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # most of a small screen, a comfortable size on a large one
            self._sized = True
            screen = self.screen().availableGeometry()
            # wide enough for the pictures (820 pixels, tools/guide_pictures.py) beside the sections
            self.resize(min(1120, int(screen.width() * 0.9)), min(820, int(screen.height() * 0.9)))
        super().showEvent(event)

    # -- moving around --------------------------------------------------------------------

    def home(self) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(self.page)))
        self.browser.scrollToAnchor("top")

    def follow(self, url: QUrl) -> None:
        """A link was clicked: a place in the guide is shown here, a web address in the system's browser."""
        if url.scheme() in EXTERNAL:
            QDesktopServices.openUrl(url)
            return
        if url.isRelative() or url.isLocalFile():
            target = self.browser.source().resolved(url)
            if target.isLocalFile() and Path(target.toLocalFile()).is_file():
                self.browser.setSource(target)
                return
        # anything else (another scheme, a page that is not there) stays where it is

    def go_to(self, anchor: str) -> None:
        url = QUrl.fromLocalFile(str(self.page))
        url.setFragment(anchor)
        self.browser.setSource(url)

    def _go_to_section(self, item: QTreeWidgetItem) -> None:
        self.go_to(str(item.data(0, Qt.ItemDataRole.UserRole)))

    # -- finding ----------------------------------------------------------------------------

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        """The next (or previous) place the typed text occurs, from the last one found, wrapping round."""
        text = self.find_box.text().strip()
        if not text:
            return False
        flags = self.browser.document().FindFlag.FindBackward if backward else \
            self.browser.document().FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # wrap round from the start (or the end)
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.not_found.setText("" if found else self.tr("Not found: {text}").replace("{text}", text))
        return found


def open_guide(parent: QWidget, current: GuideWindow | None) -> GuideWindow | None:
    """Show the guide in the window's language (the one already open if it is that page); None, after
    saying so, if the install has no guide."""
    page = guide_file(i18n.current())
    if current is not None and page == current.page:
        window = current
    else:
        if current is not None:
            current.close()
            current.deleteLater()
        if page is None:
            QMessageBox.warning(
                parent, translate("GuideWindow", "MGI Desktop guide"),
                translate("GuideWindow", "The guide is missing from this installation (no file in {folder}). "
                          "Reinstall MGI Desktop to get it back; everything else works without it.")
                .replace("{folder}", str(guide_dir())))
            return None
        window = GuideWindow(page, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
