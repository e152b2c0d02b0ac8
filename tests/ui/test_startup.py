"""Cold start: the window paints "Opening…" first; the database, the profile question and the last
assessment come after that first paint, with errors still shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell import app as app_module
from mgi_desktop.ui.shell import database_opening
from mgi_desktop.ui.shell.main_window import MainWindow
from mgi_desktop.ui.shell.profile_dialog import ProfileDialog

pytestmark = pytest.mark.gui


def test_the_window_shows_opening_until_the_database_is_attached(make_window, db: Database, tmp_path: Path,
                                                                 monkeypatch) -> None:
    window = make_window(None)
    assert not window.loaded and window.stack.currentWidget().text() == "Opening…"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert not any(a.menu().isEnabled() for a in window.menuBar().actions())
    received: list[Path] = []
    monkeypatch.setattr(window.file_actions, "receive", lambda path: received.append(path) or True)
    assert not window.open_package(tmp_path / "early.mgi")  # macOS may send it this early: kept
    assert received == []
    window.attach_database(db)
    assert window.loaded and window.stack.currentWidget() is window.start_page
    assert [a.text() for a in window.menuBar().actions()] == titles  # the bar does not jump
    assert received == [tmp_path / "early.mgi"]  # and opened once the window is ready
    window.close()


def test_first_run_asks_for_the_profile_over_the_painted_window(start_app, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "fresh.sqlite"
    asked: list[tuple[bool, bool]] = []

    def answer(dialog: ProfileDialog) -> QDialog.DialogCode:
        window = dialog.parentWidget()
        asked.append((window.isVisible(), window.loaded))
        dialog.form.name.setText("Amina Diallo")
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ProfileDialog, "exec", answer)
    assert start_app(path) == 0
    assert asked == [(True, False)]  # shown and still "Opening…" when asked
    db = Database.open(path)
    try:
        assert db.user().name == "Amina Diallo"
    finally:
        db.close()


def test_declining_the_profile_quits(start_app, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ProfileDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert start_app(tmp_path / "fresh.sqlite") == 0


def test_a_refused_database_is_explained_over_the_window_and_giving_up_quits(start_app, tmp_path: Path,
                                                                             monkeypatch) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    seen: list[tuple[str, bool]] = []

    def give_up(parent, exc, latest, *, at_start):
        seen.append((exc.message, parent is not None and parent.isVisible()))
        return database_opening.GIVE_UP

    monkeypatch.setattr(database_opening, "ask_recovery", give_up)
    assert start_app(bad) == 1
    assert len(seen) == 1 and "bad.sqlite" in seen[0][0] and seen[0][1]


def test_the_last_assessment_is_open_when_the_app_quits_after_show(start_app, db: Database, mini: Framework,
                                                                   monkeypatch) -> None:
    a = assessments.create(db, mini, country="KGZ")
    prefs = Preferences()
    prefs.set_last_assessment(db.path, a.id)
    prefs.sync()
    path = db.path
    db.close()
    opened: list[str | None] = []
    original = MainWindow.closeEvent

    def closing(window, event) -> None:
        opened.append(window.current_assessment_id())
        original(window, event)

    monkeypatch.setattr(MainWindow, "closeEvent", closing)
    assert start_app(path) == 0
    assert a.id in opened  # quit "after show" means after the assessment was shown


def test_the_shared_application_goes_on_after_the_app_quits(start_app, qtbot, qapp, db: Database) -> None:
    """run_app(app=...) ends its own loop and window only: the tests' application keeps running."""
    path = db.path
    db.close()
    before = set(qapp.topLevelWidgets())
    assert start_app(path) == 0
    qtbot.wait(10)  # the window's deferred deletion
    assert not [w for w in set(qapp.topLevelWidgets()) - before if isinstance(w, MainWindow)]
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=1000)  # event loops still run: nothing was quit


def _refreshes(monkeypatch) -> list[str | None]:
    """The assessment open in the window at each building ("built") and filling of the start page."""
    from mgi_desktop.ui.shell.start_page import StartPage

    seen: list[str | None] = []
    original = StartPage.refresh
    original_init = StartPage.__init__

    def init(page, *args, **kwargs) -> None:
        seen.append("built")
        original_init(page, *args, **kwargs)

    monkeypatch.setattr(StartPage, "__init__", init)

    def refresh(page) -> None:
        window = page.window()
        seen.append(window.current_assessment_id() if isinstance(window, MainWindow) else None)
        original(page)

    monkeypatch.setattr(StartPage, "refresh", refresh)
    return seen


def _reopening(db: Database, mini: Framework) -> tuple[Path, str]:
    a = assessments.create(db, mini, country="KGZ")
    prefs = Preferences()
    prefs.set_last_assessment(db.path, a.id)
    prefs.sync()
    path = db.path
    db.close()
    return path, a.id


def test_reopening_the_last_assessment_leaves_the_start_page_for_later(start_app, db: Database, mini: Framework,
                                                                       monkeypatch) -> None:
    path, aid = _reopening(db, mini)
    refreshes = _refreshes(monkeypatch)
    opened: list[str | None] = []
    original = MainWindow.closeEvent
    monkeypatch.setattr(MainWindow, "closeEvent", lambda window, event: (
        opened.append(window.current_assessment_id()), original(window, event)))
    assert start_app(path) == 0  # quits once the assessment is shown
    assert opened == [aid]
    assert refreshes == []  # the start page was neither built nor read on the way


def test_once_the_assessment_is_shown_its_pages_are_prepared_and_the_orm_warmed_up(
        start_app, db: Database, mini: Framework, monkeypatch) -> None:
    path, aid = _reopening(db, mini)
    refreshes = _refreshes(monkeypatch)
    warmed: list[bool] = []

    def warm_up() -> None:  # the real one is tested in a fresh interpreter (tests/unit/test_hot_paths.py)
        warmed.append(True)

    monkeypatch.setattr(app_module.warm_up, "start", warm_up)
    original_idle = app_module._Loader.idle

    def idle_then_quit(loader) -> None:  # the idle work done, the run ends (the shared application goes on)
        original_idle(loader)
        QTimer.singleShot(0, loader.quit_app)

    monkeypatch.setattr(app_module._Loader, "idle", idle_then_quit)
    from mgi_desktop.ui.assessment.assessment_view import AssessmentView

    prepared: list[bool] = []
    original_prepare = AssessmentView.prepare
    monkeypatch.setattr(AssessmentView, "prepare", lambda view: (
        prepared.append(view._page is None), original_prepare(view), prepared.append(view._page is not None)))
    monkeypatch.delenv(app_module.EXIT_AFTER_SHOW, raising=False)  # go on to the idle work this time
    assert start_app(path) == 0
    assert refreshes == ["built", aid]  # built and filled once, with the assessment already open
    assert prepared == [True, True]  # the question page, not built for the first screen, built then
    assert warmed == [True]


def test_without_an_assessment_to_reopen_the_start_page_is_filled_before_it_shows(start_app, tmp_path: Path,
                                                                                  monkeypatch) -> None:
    path = tmp_path / "fresh.sqlite"
    with Database.open(path) as fresh:
        fresh.set_user("Amina Diallo")
    refreshes = _refreshes(monkeypatch)
    assert start_app(path) == 0
    assert refreshes == ["built", None]
