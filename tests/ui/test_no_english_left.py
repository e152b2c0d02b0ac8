"""No English left: every page, dialog and menu of the window, opened in each language on an assessment
in that language, shows no text that is one of the app's English sources or questionnaire texts.

The English side is everything the window could show in English: each source text of the `.ts` files
(the window's strings and the core's messages, with their placeholders matching anything), each
English text of the bundled questionnaires and the built-in answers.  A text the translator kept as
it is (a product name, "Local" in Spanish) is what the `.ts` file says it is: its translation equals
its source.  A questionnaire text shown untranslated carries the "[EN]" mark, which fails the test
too.  Data people typed (names, justifications) is no source and passes.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from mgi_desktop.questionnaire import catalogue, texts
from mgi_desktop.questionnaire.model import SPECIAL_CODES, builtin_choice
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.preferences import Preferences

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%L?\d|%n")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _normal(text: str) -> str:
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split()).strip(" :…")


def _screenshots_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("mgi_screenshots", ROOT / "tools" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("mgi_screenshots", module)
    spec.loader.exec_module(module)
    return module


class English:
    """What would be English on screen in `language`."""

    def __init__(self, language: str) -> None:
        self.exact: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        kept: set[str] = set()
        root = ET.parse(I18N / f"mgi_desktop_{language}.ts").getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            translated = forms or [translation.text or "" if translation is not None else ""]
            if any(_normal(t) == _normal(source) for t in translated):
                kept.add(_normal(source))  # the translator kept it as it is
                continue
            self._add(source)
        for framework in catalogue.bundled():
            source_language = framework.model.source_language
            for text in texts.iter_texts(framework.model):
                english = text.source(source_language)
                if text.value.values.get(language) != english:  # "No" is also Spanish
                    self.exact.add(_normal(english))
        for code in {*SPECIAL_CODES, "yes", "partially", "no"}:
            label = builtin_choice(code).label
            if label.get(language) != label.get("en"):  # Spanish "No" is Spanish too
                self.exact.add(_normal(label.get("en")))
        kept |= set(i18n.LANGUAGES.values())  # each language's own name ("English" in the list of languages)
        self.exact -= kept
        self.exact = {e for e in self.exact if _LETTERS.search(e)}
        #: the longer English texts, found even inside a longer line ("Title (2026.2)", "Q3 — text")
        self.inside = sorted((e for e in self.exact if len(_LETTERS.findall(e)) >= 4), key=len, reverse=True)

    def _add(self, source: str) -> None:
        normal = _normal(source)
        parts = _PLACEHOLDER.split(normal)
        if len(parts) == 1:
            self.exact.add(normal)
            return
        literal = "".join(parts)
        if len(_LETTERS.findall(literal)) >= 2:  # a pattern with words of its own, not "{n} ({p})"
            self.patterns.append(re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.S))

    def matches(self, text: str) -> bool:
        normal = _normal(text)
        if not _LETTERS.search(normal):
            return False
        if "[EN]" in normal:
            return True
        return (normal in self.exact or any(p.match(normal) for p in self.patterns)
                or any(e in normal for e in self.inside if len(e) < len(normal)))


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        # a list model's columnCount is private in PySide6: it has one column
        return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)

    for column in range(columns(QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            yield str(header)
    budget = [400]

    def walk(parent: QModelIndex) -> Iterator[str]:
        for row in range(model.rowCount(parent)):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            for column in range(columns(parent)):
                value = model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield value
            first = model.index(row, 0, parent)
            if not isinstance(model, QAbstractListModel) and model.rowCount(first):
                yield from walk(first)

    yield from walk(QModelIndex())


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel):
            yield where, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        elif isinstance(widget, QAbstractItemView):
            for text in _model_texts(widget):
                yield where, text
    menu_bar = getattr(root, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            if action.menu() is not None:
                for text in _menu_texts(action.menu()):
                    yield "menu", text


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar"])
def test_no_page_dialog_or_menu_shows_english(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              language: str) -> None:
    from mgi_desktop.ui.assessment.language_choice import LanguageDialog
    from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard
    from mgi_desktop.ui.exchange.keys_dialog import KeysDialog
    from mgi_desktop.ui.exchange.send_dialog import SendDialog
    from mgi_desktop.ui.review.audit_view import AuditDialog
    from mgi_desktop.ui.shell.about_dialog import AboutDialog
    from mgi_desktop.ui.shell.consolidate_options import ConsolidateOptions
    from mgi_desktop.ui.shell.main_window import MainWindow
    from mgi_desktop.ui.shell.settings_dialog import SettingsDialog
    from mgi_desktop.ui.shell.shortcuts_sheet import ShortcutsSheet

    monkeypatch.setenv("MGI_DATA_DIR", str(tmp_path / "data"))
    tool = _screenshots_module()
    db_path = tmp_path / "demo.sqlite"
    demo = tool._demo(db_path, language)
    english = English(language)
    found: dict[str, set[str]] = {}

    def look(widget: QWidget, page: str) -> None:
        qtbot.wait(10)
        for where, text in visible_texts(widget):
            if text and english.matches(text):
                found.setdefault(f"{page}: {where}", set()).add(_normal(text))

    db = Database.open(db_path)
    try:
        assert i18n.install(language) == language
        prefs = Preferences()
        window = MainWindow(db, prefs)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        look(window, "start page")

        wizard = NewAssessmentWizard(db, prefs, window)
        wizard.show()
        look(wizard, "wizard: level")
        wizard.next()
        wizard.place_page.country.setCurrentIndex(wizard.place_page.country.findData("KGZ"))
        look(wizard, "wizard: place")
        wizard.next()
        look(wizard, "wizard: questionnaire")
        wizard.next()
        look(wizard, "wizard: round")
        wizard.reject()

        assert window.open_assessment(demo.assessment_id)
        view = window.view
        view.go_to(demo.code)  # type: ignore[union-attr]
        look(window, "question page")
        view.show_overview()  # type: ignore[union-attr]
        look(window, "overview")
        view.show_submit_check()  # type: ignore[union-attr]
        look(window, "submit check")
        view.show_findings()  # type: ignore[union-attr]
        look(window, "findings")
        framework = view.data.framework  # type: ignore[union-attr]
        for name, dialog in (("settings", SettingsDialog(db, prefs, window)), ("about", AboutDialog(db.path, window)),
                             ("keys", KeysDialog(db, demo.assessment_id, window)),
                             ("send", SendDialog(db, demo.assessment_id, window)),
                             ("audit trail", AuditDialog(db, demo.assessment_id, None, window)),
                             ("working language", LanguageDialog(framework, language, window)),
                             ("keyboard shortcuts", ShortcutsSheet(window)),
                             ("consolidation options", ConsolidateOptions(window))):
            dialog.show()
            look(dialog, name)
            dialog.close()
        window.show_guide()  # Help ▸ Guide: its window (the page itself is the guide's own language)
        assert window.guide is not None
        look(window.guide, "guide")
        window.guide.close()

        db.set_user(*tool.REVIEWER)
        assert window.open_assessment(demo.reviewed_id)
        window.view.go_to(demo.returned)  # type: ignore[union-attr]
        look(window, "review")
    finally:
        i18n.install("en")
        db.close()
    assert found == {}, "\n".join(f"{where}: {sorted(texts)}" for where, texts in sorted(found.items()))
