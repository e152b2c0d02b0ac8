"""No two things in the window answer to the same key, in every language, for both roles; and no two
things shown together in a dialog share an Alt mnemonic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from pprint import pformat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QMenu, QWidget, QWizard

from mgi_desktop.exchange import send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

LANGUAGES = sorted(i18n.LANGUAGES)


def _key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText).upper()


def _mnemonic(text: str) -> str | None:
    """The Alt+letter of a text with an & (a doubled && is a plain ampersand)."""
    if "&" not in text.replace("&&", ""):
        return None
    sequence = QKeySequence.mnemonic(text)
    return None if sequence.isEmpty() else _key(sequence)


def active_keys(window: MainWindow) -> dict[str, list[str]]:
    """Every key sequence that does something in the window as shown, with who answers it."""
    keys: dict[str, list[str]] = defaultdict(list)
    for menu_action in window.menuBar().actions():
        for key in window.menu_keys(menu_action):
            keys[key].append(f"menu {menu_action.text()}")
    for action in window.findChildren(QAction):
        holders = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        reachable = any(isinstance(h, QMenu) or h.isVisible() for h in holders)
        if action.isEnabled() and reachable and not action.menu():
            for sequence in action.shortcuts():
                keys[_key(sequence)].append(f"action {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():  # disabled ones count: they are enabled as the user works
            continue
        if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
            keys[_key(widget.shortcut())].append(f"button {widget.text()}")
        elif isinstance(widget, QLabel) and widget.buddy() is not None and _mnemonic(widget.text()):
            keys[_key(QKeySequence.mnemonic(widget.text()))].append(f"label {widget.text()}")
    return keys


def clashes(window: MainWindow) -> dict[str, list[str]]:
    return {key: who for key, who in active_keys(window).items() if len(set(who)) > 1}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ["focal_point", "reviewer"])
def test_no_two_commands_share_a_key(become, make_window, db: Database, mini: Framework, language: str,
                                     role: str) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes")
    if role == "reviewer":
        assessments.set_status(db, aid, "submitted")
        become(db, "Rita Reviewer", "IOM", "reviewer")
    i18n.install(language)
    try:
        window = make_window(db, size=(1400, 900))
        assert not clashes(window), pformat(clashes(window))  # the start page
        assert window.open_assessment(aid)
        view = window.view
        assert (view.review_panel is not None) == (role == "reviewer")
        for show in (lambda: view.go_to("Q1"), lambda: view.go_to("Q2"), lambda: view.go_to("Q7"),
                     view.show_overview,
                     view.show_findings, view.show_submit_check):
            show()
            found = active_keys(window)
            assert found["CTRL+SHIFT+F"], "the findings shortcut is active"
            assert not clashes(window), pformat(clashes(window))
            # the answer keys Y/P/N/D/A and 1-9 are plain keys: no command may take a key without a modifier
            assert not [k for k in found if "+" not in k and len(k) == 1]
    finally:
        i18n.install("en")


def test_no_action_lists_a_key_twice(make_window, db: Database, answered: str) -> None:
    """A sequence bound twice (by one action or two enabled ones) is "ambiguous": Qt runs neither."""
    window = make_window(db, size=(1400, 900))
    assert window.open_assessment(answered)
    window.view.go_to("Q1")
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        sequences = [_key(s) for s in action.shortcuts()]
        assert len(sequences) == len(set(sequences)), f"{action.text()}: {sequences}"
        if action.isEnabled():
            for sequence in sequences:
                owners[sequence].append(action.text())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert {"CTRL+Y", "CTRL+SHIFT+Z"} <= {_key(s) for s in window.view.redo_action.shortcuts()}


# -- mnemonics in the dialogs -------------------------------------------------------------------


def dialog_mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    """The Alt+letter of every button, group box and labelled field shown together, with their texts."""
    keys: dict[str, list[str]] = defaultdict(list)
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        key = _mnemonic(text)
        if key is not None:
            keys[key].append(text)
    return keys


def shared_mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in dialog_mnemonics(dialog).items() if len(texts) > 1}


def _wizard_pages(db: Database, local: bool) -> Iterator[tuple[str, QWizard]]:
    """The wizard shown on each of its pages in turn (the local level shows the city too)."""
    from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard

    wizard = NewAssessmentWizard(db, Preferences())
    wizard.show()
    if local:
        wizard.level_page.local.setChecked(True)
    for _ in range(4):
        page = wizard.currentPage()
        if page is wizard.place_page:
            wizard.place_page.country.setCurrentIndex(wizard.place_page.country.findData("KGZ"))
            wizard.place_page.locality.setText("Osh")
        yield f"wizard {type(page).__name__}", wizard
        if page is wizard.round_page:
            break
        wizard.next()
    wizard.close()


def _dialogs(db: Database, mini: Framework, aid: str, tmp_path: Path) -> list[Callable[[], QWidget]]:
    from mgi_desktop.ui.assessment.evidence_dialog import EvidenceDialog
    from mgi_desktop.ui.assessment.follow_up_dialog import FollowUpDialog
    from mgi_desktop.ui.assessment.language_choice import LanguageDialog
    from mgi_desktop.ui.exchange.import_dialog import EditAnswerDialog, ImportDialog
    from mgi_desktop.ui.exchange.keys_dialog import KeysDialog
    from mgi_desktop.ui.exchange.send_dialog import SendDialog
    from mgi_desktop.ui.findings.findings_page import QuestionsDialog
    from mgi_desktop.ui.review.review_panel import NoteDialog
    from mgi_desktop.ui.shell.consolidate_options import ConsolidateOptions
    from mgi_desktop.ui.shell.profile_dialog import ProfileDialog
    from mgi_desktop.ui.shell.settings_dialog import SettingsDialog
    from mgi_desktop.ui.shell.shortcuts_sheet import ShortcutsSheet

    package = send.export_package(db, aid, tmp_path / "q.mgi").path
    windows = [MainWindow(db, Preferences())]  # the sheet reads its keys; kept alive while it is shown
    return [
        lambda: EvidenceDialog(None),
        lambda: SendDialog(db, aid),
        lambda: ImportDialog(db, package),
        lambda: EditAnswerDialog(mini, "Q1", "yes", "Law", language=i18n.current()),
        lambda: KeysDialog(db, aid),
        lambda: SettingsDialog(db, Preferences()),
        lambda: FollowUpDialog(db, aid, Preferences()),
        lambda: NoteDialog(None, "Return Q1", "Why?", required=True, ok_text=QDialog.tr("Return")),
        lambda: LanguageDialog(mini, "en"),
        lambda: QuestionsDialog([("Q1", "Law?")], (), None),
        lambda: ProfileDialog(db),
        lambda: ShortcutsSheet(windows[-1]),
        lambda: ConsolidateOptions(None),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_mnemonics_in_a_dialog(qtbot, db: Database, mini: Framework, answered: str, tmp_path: Path,
                                      language: str) -> None:
    i18n.install(language)
    try:
        found = {}
        for local in (False, True):
            for name, wizard in _wizard_pages(db, local):
                qtbot.addWidget(wizard)
                found[f"{name} ({'local' if local else 'national'})"] = shared_mnemonics(wizard)
                if name.endswith("LevelPage"):  # Next is Next: no radio takes its letter
                    next_key = _mnemonic(wizard.buttonText(QWizard.WizardButton.NextButton))
                    assert next_key in dialog_mnemonics(wizard), "Next has its Alt+letter"
        for make in _dialogs(db, mini, answered, tmp_path):
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            found[type(dialog).__name__] = shared_mnemonics(dialog)
            dialog.close()
        problems = {name: keys for name, keys in found.items() if keys}
        assert not problems, pformat(problems)
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_opens_on_a_key_a_keyboard_sends(make_window, db: Database, language: str) -> None:
    i18n.install(language)
    window = make_window(db)
    for menu_action in window.menuBar().actions():
        letter = i18n.mnemonic_letter(menu_action.text())
        assert letter, f"{menu_action.text()} has no Alt letter"
        keys = window.menu_keys(menu_action)
        # an accented Latin letter (É) is not what Alt sends: the plain letter (E) opens the menu too
        assert (i18n.plain_letter(letter) is None) == (len(keys) == 1), keys


def test_alt_e_opens_the_french_edit_menu(qtbot, make_window, db: Database) -> None:
    i18n.install("fr")
    window = make_window(db, active=True)
    assert window.edit_menu.title() == "&Édition"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.edit_menu.isVisible)
    window.edit_menu.close()


def test_no_dialog_mnemonic_is_an_accented_letter() -> None:
    """A dialog's Alt+É cannot be typed either; the translations keep to letters keyboards send."""
    import json

    folder = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    accented = {}
    for language in LANGUAGES:
        if language == "en":
            continue
        for source, text in json.loads((folder / f"{language}.json").read_text(encoding="utf-8")).items():
            letter = i18n.mnemonic_letter(text) if "&" in text.replace("&&", "") else None
            if letter and i18n.plain_letter(letter) and text != "&Édition":  # the menu: Alt+E opens it too
                accented[f"{language}: {source}"] = text
    assert not accented, pformat(accented)


def _menu_clashes(menu: QMenu, path: str) -> dict[str, list[str]]:
    """Inside one open menu a letter picks one item: the items' Alt letters, shared ones only."""
    letters: dict[str, list[str]] = defaultdict(list)
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = i18n.mnemonic_letter(action.text()) if _mnemonic(action.text()) else None
        if letter:
            letters[letter].append(action.text())
        if action.menu():
            found |= _menu_clashes(action.menu(), f"{path} ▸ {action.text()}")
    found |= {f"{path}: {letter}": texts for letter, texts in letters.items() if len(texts) > 1}
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_items_of_a_menu_share_a_letter(make_window, db: Database, answered: str, language: str) -> None:
    i18n.install(language)
    window = make_window(db, size=(1400, 900))
    assert window.open_assessment(answered)
    found: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        found |= _menu_clashes(top.menu(), top.text())
    assert not found, pformat(found)


def test_a_key_named_twice_is_bound_once() -> None:
    """On GNOME the platform's Redo is Ctrl+Shift+Z: named again beside it, it must not be bound twice."""
    from mgi_desktop.ui.assessment.assessment_view import key_sequences

    redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    bound = [_key(s) for s in key_sequences("Ctrl+Y", "Ctrl+Shift+Z", QKeySequence.StandardKey.Redo,
                                            redo[0].toString())]
    assert len(bound) == len(set(bound))
    assert {"CTRL+Y", "CTRL+SHIFT+Z"} | {_key(s) for s in redo} == set(bound)
