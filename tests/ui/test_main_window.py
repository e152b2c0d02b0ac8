"""The main window: opening, closing and reopening, remembered through QSettings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDialog

from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.preferences import Preferences, settings_file
from mgi_desktop.ui.shell import database_opening
from mgi_desktop.ui.shell.main_window import MainWindow
from mgi_desktop.ui.shell.profile_dialog import ProfileDialog
from mgi_desktop.ui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def _menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {menu.title(): [a.text() for a in menu.actions() if not a.isSeparator()]
            for menu in (a.menu() for a in window.menuBar().actions()) if menu is not None}


def test_menus_hold_the_expected_commands(make_window, db: Database) -> None:
    window = make_window(db)
    menus = _menu_texts(window)
    assert list(menus) == ["&File", "&Edit", "&View", "&Help"]
    assert {"&New assessment…", "&Open assessment…", "Open q&uestionnaire…", "Open &database…",
            "&Close assessment", "&Quit", "&Import or receive…", "&Export", "Conso&lidate…"} <= set(menus["&File"])
    assert {"&Undo", "&Redo", "&Find question…", "&Settings…", "&Keys…"} <= set(menus["&Edit"])
    assert {"&About MGI Desktop", "Open &log folder"} <= set(menus["&Help"])
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert not window.close_action.isEnabled()  # nothing open yet
    # with nothing open or selected, only what needs no assessment is offered
    enabled = {name for name, action in window.file_actions.actions.items() if action.isEnabled()}
    assert enabled == {"import", "consolidate", "questionnaire_xlsform"}


def test_open_close_and_reopen_remember_the_assessment_and_geometry(qtbot, make_window, db: Database,
                                                                    mini) -> None:
    first = assessments.create(db, mini, country="KGZ")
    window = make_window(db)
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.select(first.id)
    qtbot.keyClick(window.start_page.table, Qt.Key.Key_Return)
    assert window.current_assessment_id() == first.id
    assert window.stack.currentWidget() is window.view
    assert window.close_action.isEnabled()
    edit_actions = [a for a in window.edit_menu.actions() if not a.isSeparator()]
    assert window.view.undo_action in edit_actions  # the view's own actions, not stand-ins
    assert window.view.next_action in window.go_menu.actions()
    assert first.title in window.windowTitle()
    window.resize(760, 520)  # not the default size (85% of the offscreen screen)
    assert window.close()
    assert settings_file().exists()

    again = make_window(db)
    assert (again.size().width(), again.size().height()) == (760, 520)
    assert again.restore_last_assessment()
    assert again.current_assessment_id() == first.id
    # closing the assessment itself (not the window) means "start on the start page next time"
    again.close_action.trigger()
    assert again.view is None and again.stack.currentWidget() is again.start_page
    assert not again.go_menu.actions()[0].isEnabled()  # stand-ins while nothing is open
    assert again.close()
    third = make_window(db)
    assert not third.restore_last_assessment()
    assert third.view is None


def test_a_missing_or_archived_last_assessment_is_not_reopened(make_window, db: Database, mini) -> None:
    a = assessments.create(db, mini, country="KGZ")
    prefs = Preferences()
    prefs.set_last_assessment(db.path, a.id)
    assessments.set_archived(db, a.id, True)
    window = make_window(db)
    assert not window.restore_last_assessment()
    prefs.set_last_assessment(db.path, "00000000-0000-0000-0000-000000000000")
    assert not window.restore_last_assessment()
    assert prefs.last_assessment(db.path) is None


def test_settings_edit_profile_and_switch_language(make_window, db: Database, monkeypatch) -> None:
    window = make_window(db)

    def fill(dialog) -> int:
        dialog.profile.name.setText("Amina Diallo")
        dialog.profile.role.setCurrentIndex(dialog.profile.role.findData("reviewer"))
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    try:
        window.settings_action.trigger()
        profile = db.user()
        assert (profile.name, profile.role) == ("Amina Diallo", "reviewer")
        assert Preferences().language() == "fr"
        assert i18n.current() == "fr"
        assert "Amina Diallo" in window.user_label.text()
        assert window.menuBar().actions()[0].menu().title() == "&Fichier"
    finally:
        i18n.install("en")


def test_switching_database_opens_the_other_file_and_lists_it_as_recent(
        make_window, db: Database, tmp_path, monkeypatch) -> None:
    window = make_window(db)
    other_path = tmp_path / "other.sqlite"
    monkeypatch.setattr(ProfileDialog, "exec", lambda dialog: (
        dialog.form.name.setText("Second User"), dialog.accept(), int(QDialog.DialogCode.Accepted))[-1])
    assert window.switch_database(other_path)
    assert window.db.path == other_path and window.db is not db
    assert window.db.user().name == "Second User"
    assert Preferences().recent_databases()[0] == other_path
    assert window.start_page.proxy.rowCount() == 0
    window.db.close()


def test_refused_database_offers_restore_of_the_latest_backup(qtbot, db: Database, mini, monkeypatch) -> None:
    from mgi_desktop.storage import backup

    a = assessments.create(db, mini, country="KGZ")
    path = db.path
    db.close()
    backup.create_backup(path, reason="manual")
    path.write_bytes(b"this is not a database any more")
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    asked = []

    def ask(parent, exc, latest, *, at_start):
        asked.append(exc.message)
        return database_opening.RESTORE

    monkeypatch.setattr(database_opening, "ask_recovery", ask)
    monkeypatch.setattr(database_opening, "confirm_restore", lambda *args: True)
    restored = database_opening.open_database(None, path, at_start=True)
    assert restored is not None
    try:
        assert str(path) in asked[0] and "not an SQLite database" in asked[0]
        assert assessments.get(restored, a.id).country == "KGZ"
    finally:
        restored.close()


def test_giving_up_on_a_refused_database_returns_none(qapp, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("hello", encoding="utf-8")
    monkeypatch.setattr(database_opening, "ask_recovery", lambda *a, **k: database_opening.GIVE_UP)
    assert database_opening.open_database(None, bad, at_start=True) is None


def test_window_state_round_trips_through_preferences(qapp) -> None:
    prefs = Preferences()
    prefs.set_window(QByteArray(b"geometry"), QByteArray(b"state"))
    prefs.sync()
    again = Preferences()
    assert again.geometry() == QByteArray(b"geometry") and again.window_state() == QByteArray(b"state")


def test_a_full_disk_at_opening_offers_to_try_again_never_a_restore(qtbot, db: Database, mini, monkeypatch,
                                                                    picture) -> None:
    """The file is sound and every backup older than it: the dialog offers space and a retry only."""
    from PySide6.QtWidgets import QMessageBox

    from mgi_desktop import disk
    from mgi_desktop.storage import backup, health
    from mgi_desktop.storage.db import Database as DatabaseClass

    a = assessments.create(db, mini, country="KGZ")
    path = db.path
    db.close()
    backup.create_backup(path, reason="manual")
    real_open = DatabaseClass.open.__func__
    attempts: list[int] = []

    def open_when_there_is_room(cls, target, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:  # as inspect_file says it when SQLite cannot make its -shm index
            raise disk.disk_full(target.parent, health.NOT_OPENED(), needed=disk.DATABASE_HEADROOM, subject=target)
        return real_open(cls, target, **kwargs)

    shown: list[list[str]] = []

    def read_and_click_try_again(box: QMessageBox) -> int:
        shown.append([b.text() for b in box.buttons()])
        assert "not enough space on the disk of" in box.informativeText()
        assert "Free some space" in box.informativeText()
        box.show()
        picture(box, "full-disk-at-opening")
        (retry,) = [b for b in box.buttons() if b.text() == "Try again"]
        assert box.defaultButton() is retry
        retry.click()
        box.hide()
        return 0

    monkeypatch.setattr(DatabaseClass, "open", classmethod(open_when_there_is_room))
    monkeypatch.setattr(QMessageBox, "exec", read_and_click_try_again)
    opened = database_opening.open_database(None, path, at_start=True)
    assert opened is not None
    try:
        assert len(attempts) == 2
        (buttons,) = shown
        assert not any("Restore" in text for text in buttons)
        assert "Try again" in buttons and "Use another database…" in buttons and "Quit" in buttons
        assert assessments.get(opened, a.id).country == "KGZ"
    finally:
        opened.close()
