"""Help ▸ Guide: the guide opens from the menu and F1 in the window's language, with its pictures, its
links and its menu paths true to the window in every language."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QMenu

from mgi_desktop import paths
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.shell import guide
from mgi_desktop.ui.shell.guide import GuideWindow
from mgi_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

LANGUAGES = ("en", "fr", "es", "ru", "ar")
GUIDE = paths.resources_dir() / "guide"
I18N = paths.resources_dir() / "i18n"
#: a sentence of each language's guide (its opening), so the test knows which page is shown
OPENING = {
    "en": "This guide follows the two people who work on an assessment",
    "fr": "Ce guide suit les deux personnes qui travaillent sur une évaluation",
    "es": "Esta guía acompaña a las dos personas que trabajan en una evaluación",
    "ru": "Это руководство описывает работу двух участников оценки",
    "ar": "يرافق هذا الدليل الشخصين اللذين يعملان على التقييم",
}
#: how the guide writes a menu path: File ▸ Export ▸ Profile… (◂ in a right-to-left page)
SEPARATOR = re.compile(r"\s*[▸◂]\s*")


class _Page(HTMLParser):
    """What a guide page holds: its ids, links, pictures, and the texts of its marked spans by class."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.pictures: list[str] = []
        self.marked: dict[str, list[str]] = {"menu": [], "ui": []}
        self._span: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "a" and attributes.get("href"):
            self.links.append(str(attributes["href"]))
        if tag == "img":
            self.pictures.append(str(attributes.get("src")))
        if tag == "span" and attributes.get("class") in self.marked:
            self._span, self._text = attributes["class"], []

    def handle_data(self, data: str) -> None:
        if self._span is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._span is not None:
            self.marked[self._span].append(" ".join("".join(self._text).split()))
            self._span = None


def page(language: str) -> _Page:
    parsed = _Page()
    parsed.feed((GUIDE / f"{language}.html").read_text(encoding="utf-8"))
    return parsed


def plain(text: str) -> str:
    """A window text as a person reads it: no mnemonic mark, no trailing colon, single spaces."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip(" :")


def menu_paths(window: MainWindow) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()

    def walk(prefix: tuple[str, ...], actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            path = (*prefix, plain(action.text()))
            found.add(path)
            if action.menu() is not None:
                walk(path, action.menu().actions())

    walk((), window.menuBar().actions())
    return found


def help_menu(window: MainWindow) -> QMenu:
    titles = {plain(a.text()): a.menu() for a in window.menuBar().actions()}
    return titles[plain(window.tr("&Help"))]


def open_from_help_menu(window: MainWindow, qtbot) -> GuideWindow:
    menu = help_menu(window)
    [action] = [a for a in menu.actions() if a.text() == window.tr("&Guide")]
    action.trigger()
    assert isinstance(window.guide, GuideWindow) and window.guide.isVisible()
    shown = window.guide
    settle(shown, qtbot)
    return shown


def settle(shown: GuideWindow, qtbot) -> None:
    """Wait until the guide's pictures are sized for its width (they follow it once a resize stops)."""
    qtbot.waitUntil(lambda: shown.browser.room() == shown.browser._room)


def test_f1_opens_the_guide_in_english(make_window, db: Database, qtbot, picture) -> None:
    window = make_window(db, active=True)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = window.guide
    assert isinstance(shown, GuideWindow) and shown.isVisible() and not shown.isModal()
    assert OPENING["en"] in shown.browser.toPlainText()
    assert shown.page == GUIDE / "en.html"
    shown.resize(1120, 760)
    settle(shown, qtbot)
    picture(shown, "guide-en-opened")
    qtbot.keyClick(window, Qt.Key.Key_F1)  # again: the same window comes forward, not a second one
    assert window.guide is shown and len(window.findChildren(GuideWindow)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_speaks_the_window_language_with_its_pictures(make_window, db: Database, qtbot, picture,
                                                                 language: str) -> None:
    i18n.install(language)
    window = make_window(db)
    shown = open_from_help_menu(window, qtbot)
    assert shown.page == GUIDE / f"{language}.html"
    assert OPENING[language] in shown.browser.toPlainText()
    assert shown.windowTitle() == QCoreApplication.translate("GuideWindow", "MGI Desktop guide")
    assert language == "en" or shown.windowTitle() != "MGI Desktop guide"
    pictures = page(language).pictures
    assert len(pictures) >= 6
    document = shown.browser.document()
    for src in pictures:
        assert src.endswith(f"-{language}.png"), f"{src}: a picture of another language's window"
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert isinstance(image, QImage | QPixmap) and not image.isNull() and image.width() > 300, src
    expected = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    assert shown.layoutDirection() == expected
    first = document.findBlock(shown.browser.toPlainText().index(OPENING[language]))
    assert first.textDirection() == expected
    if language in ("en", "ar"):
        shown.resize(1120, 760)
        settle(shown, qtbot)
        shown.go_to("answer")
        picture(shown, f"guide-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_path_in_the_guide_is_in_the_window(make_window, make_assessment, db: Database,
                                                       language: str) -> None:
    i18n.install(language)
    window = make_window(db)
    assert window.open_assessment(make_assessment({"Q1": "yes"}))
    menus = menu_paths(window)
    mentioned = page(language).marked["menu"]
    assert len(mentioned) >= 20
    missing = [path for path in mentioned if tuple(SEPARATOR.split(path)) not in menus]
    assert not missing, f"{language}: not in the menus: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_label_is_one_the_window_shows(language: str) -> None:
    """A button or label the guide names (class "ui") is a text of the window in that language."""
    dictionary = json.loads((I18N / f"{'fr' if language == 'en' else language}.json").read_text(encoding="utf-8"))
    texts = {plain(t) for t in (dictionary if language == "en" else dictionary.values())}
    named = page(language).marked["ui"]
    assert len(named) >= 20
    assert not [label for label in named if label not in texts]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_links_lead_somewhere_and_they_share_their_sections(language: str) -> None:
    english, this = page("en"), page(language)
    assert this.ids == english.ids, "every language has the same sections, in the same order"
    assert len(set(this.ids)) == len(this.ids)
    for link in this.links:
        assert link.startswith("#") and link[1:] in this.ids, link
    for src in this.pictures:
        assert (GUIDE / src).is_file(), src
    text = (GUIDE / f"{language}.html").read_text(encoding="utf-8")
    assert ("draft translation" in text) == (language != "en")
    assert "<script" not in text.lower()


def test_a_narrow_guide_shrinks_its_pictures_and_never_scrolls_sideways(make_window, db: Database,
                                                                      qtbot) -> None:
    """Beside the main window, on half a laptop's screen, the pictures fit (and the page stays where it was)."""
    window = make_window(db)
    shown = open_from_help_menu(window, qtbot)
    shown.resize(1120, 760)
    settle(shown, qtbot)
    shown.go_to("answer")
    document = shown.browser.document()
    wide = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("pictures/question-en.png"))
    assert wide.width() == 820  # its own size: it never grows
    shown.resize(640, 700)
    settle(shown, qtbot)
    qtbot.wait(50)
    document = shown.browser.document()
    narrow = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("pictures/question-en.png"))
    assert 300 < narrow.width() <= shown.browser.room() < 820
    assert narrow.height() == round(wide.height() * narrow.width() / wide.width())
    bar = shown.browser.horizontalScrollBar()
    assert bar.maximum() == 0 or not bar.isVisible()
    heading = document.find("Answer, domain by domain").block().blockNumber()
    top = shown.browser.cursorForPosition(QPoint(0, 0)).block().blockNumber()
    assert heading - 1 <= top <= heading + 1, "the page stays where the person was reading"


def test_sections_links_back_and_forward(make_window, db: Database, qtbot, monkeypatch) -> None:
    window = make_window(db)
    shown = open_from_help_menu(window, qtbot)
    titles = [shown.contents.topLevelItem(i).text(0) for i in range(shown.contents.topLevelItemCount())]
    assert titles[:3] == ["What MGI Desktop is", "The focal point's day", "The reviewer's day"]
    reviewer = shown.contents.topLevelItem(2)
    assert reviewer.childCount() >= 4  # its steps, under it
    shown.contents.itemClicked.emit(reviewer, 0)
    assert shown.browser.source().fragment() == "reviewer"
    shown.follow(QUrl("#keys"))  # a link of the page
    assert shown.browser.source().fragment() == "keys"
    assert shown.back_action.isEnabled()
    shown.back_action.trigger()
    assert shown.browser.source().fragment() == "reviewer"
    shown.forward_action.trigger()
    assert shown.browser.source().fragment() == "keys"
    shown.home_action.trigger()
    assert shown.browser.source().fragment() == ""

    opened: list[QUrl] = []
    monkeypatch.setattr(guide.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    shown.follow(QUrl("https://www.iom.int/"))  # the web goes to the system's browser, never inside
    assert opened == [QUrl("https://www.iom.int/")]
    assert shown.browser.source().toLocalFile() == str(GUIDE / "en.html")
    shown.follow(QUrl("file:///nowhere/else.html"))  # a page that is not there: nothing happens
    assert shown.browser.source().toLocalFile() == str(GUIDE / "en.html")


def test_find_in_the_guide(make_window, db: Database, qtbot) -> None:
    window = make_window(db)
    shown = open_from_help_menu(window, qtbot)
    with qtbot.waitActive(shown):
        shown.activateWindow()
    qtbot.keyClick(shown.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.find_box.hasFocus()
    qtbot.keyClicks(shown.find_box, "fingerprint")
    qtbot.keyClick(shown.find_box, Qt.Key.Key_Return)
    first = shown.browser.textCursor()
    assert first.selectedText().lower() == "fingerprint"
    qtbot.keyClick(shown.find_box, Qt.Key.Key_Return)
    assert shown.browser.textCursor().position() > first.position()
    shown.find_box.setText("no such word in the guide")
    qtbot.keyClick(shown.find_box, Qt.Key.Key_Return)
    assert "no such word in the guide" in shown.not_found.text()


def test_a_language_without_a_guide_shows_the_english_one(make_window, db: Database, qtbot, tmp_path: Path,
                                                          monkeypatch) -> None:
    folder = tmp_path / "guide"
    shutil.copytree(GUIDE, folder)
    (folder / "ru.html").unlink()
    monkeypatch.setattr(guide, "guide_dir", lambda: folder)
    i18n.install("ru")
    window = make_window(db)
    shown = open_from_help_menu(window, qtbot)
    assert shown.page == folder / "en.html"
    assert OPENING["en"] in shown.browser.toPlainText()


def test_a_missing_guide_is_said_plainly(make_window, db: Database, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(guide, "guide_dir", lambda: tmp_path / "no-guide")
    said: list[str] = []
    monkeypatch.setattr(guide.QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    window = make_window(db)
    [action] = [a for a in help_menu(window).actions() if a.text() == "&Guide"]
    action.trigger()
    assert window.guide is None and not window.findChildren(GuideWindow)
    assert len(said) == 1 and str(tmp_path / "no-guide") in said[0] and "Reinstall" in said[0]


def test_the_open_guide_follows_a_change_of_window_language(make_window, db: Database, qtbot) -> None:
    window = make_window(db)
    open_from_help_menu(window, qtbot)
    window.retranslate("fr")
    assert isinstance(window.guide, GuideWindow) and window.guide.isVisible()
    assert window.guide.page == GUIDE / "fr.html"
    assert OPENING["fr"] in window.guide.browser.toPlainText()
    assert len([w for w in window.findChildren(GuideWindow) if w.isVisible()]) == 1
