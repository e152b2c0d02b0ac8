"""The window as the person left it: maximised on a laptop the first time, its place and size (back on a
screen that exists), the panes' widths, and the question or page it showed when it closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell.main_window import MainWindow
from mgi_desktop.ui.widgets import screen_fit

pytestmark = pytest.mark.gui


def window_on(qtbot, db: Database) -> MainWindow:
    window = MainWindow(db, Preferences())
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(("screen", "maximised"), [((1366, 728), True), ((1280, 680), True),
                                                   ((1920, 1040), False)])
def test_the_first_run_is_maximised_on_a_small_screen(qtbot, db, monkeypatch, screen, maximised) -> None:
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, *screen))
    window = window_on(qtbot, db)
    window.show_first()
    qtbot.waitExposed(window)
    assert window.isMaximized() == maximised
    if not maximised:
        assert (window.width(), window.height()) == (1280, 860)


def test_size_and_maximised_state_come_back(qtbot, db) -> None:
    window = window_on(qtbot, db)
    window.show_first()
    window.showNormal()
    window.setGeometry(40, 50, 700, 500)
    assert window.close()
    again = window_on(qtbot, db)
    again.show_first()
    assert (again.width(), again.height()) == (700, 500)
    assert abs(again.x() - 40) <= 4 and abs(again.y() - 50) <= 4  # the frame drawn around it
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    assert again.close()
    third = window_on(qtbot, db)
    third.show_first()
    qtbot.waitUntil(third.isMaximized)


def test_a_place_on_a_larger_or_unplugged_monitor_comes_back_on_screen(qtbot, db) -> None:
    window = window_on(qtbot, db)
    window.show_first()
    window.showNormal()
    window.setGeometry(2600, 300, 1900, 1150)  # a second, larger monitor to the right
    QApplication.processEvents()
    assert window.close()
    again = window_on(qtbot, db)
    again.show_first()
    QApplication.processEvents()
    area = again.screen().availableGeometry()
    assert area.contains(again.frameGeometry()), (again.frameGeometry(), area)
    assert again.width() <= area.width() and again.height() <= area.height()


def test_on_a_screen_keeps_what_fits_and_moves_what_does_not() -> None:
    area = screen_fit.available()
    inside = QRect(area.x() + 10, area.y() + 10, 300, 200)
    assert screen_fit.on_a_screen(inside) == inside
    moved = screen_fit.on_a_screen(QRect(-5000, -5000, area.width() * 2, 100))
    assert area.contains(moved) and moved.width() == area.width()


def test_the_panes_keep_their_shares(qtbot, make_window, db, answered) -> None:
    window = make_window(db, size=(1300, 700))
    assert window.open_assessment(answered)
    view = window.view
    assert isinstance(view, AssessmentView)
    QApplication.processEvents()
    left, page = view.splitter.sizes()[:2]
    assert abs(left / (left + page) - 0.3) < 0.02  # the default share of the navigator
    view.splitter.moveSplitter(500, 1)  # the person drags the handle
    left, page = view.splitter.sizes()[:2]
    assert left == 500
    window.resize(1000, 700)  # a smaller window: the same shares, not the same pixels
    QApplication.processEvents()
    smaller = view.splitter.sizes()
    assert abs(smaller[0] / (smaller[0] + smaller[1]) - left / (left + page)) < 0.02
    assert window.close()
    again = make_window(db, size=(1300, 700))
    assert again.restore_last_assessment()
    QApplication.processEvents()
    sizes = again.view.splitter.sizes()
    assert abs(sizes[0] - 500) <= 3, sizes


def test_it_reopens_on_the_question_it_showed(qtbot, make_window, db, answered) -> None:
    window = make_window(db, active=True)
    assert window.open_assessment(answered)
    view = window.view
    assert isinstance(view, AssessmentView)
    assert view.stack.currentWidget() is view.overview  # an assessment opened from the list: its overview
    view.go_to("Q3")
    view.page.focus_answer()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # on to the next one, by key
    stopped = view.current_code
    assert stopped not in (None, "Q3")
    assert window.close()

    again = make_window(db)
    assert again.restore_last_assessment()
    view = again.view
    assert isinstance(view, AssessmentView)
    assert view.stack.currentWidget() is view.page and view.current_code == stopped
    view.show_findings()
    assert again.close()

    third = make_window(db)
    assert third.restore_last_assessment()
    assert third.view.stack.currentWidget() is third.view.findings
    assert third.close()


def test_a_question_that_is_gone_reopens_on_the_overview(make_window, db, answered) -> None:
    prefs = Preferences()
    prefs.set_last_assessment(db.path, answered)
    prefs.set_last_place(db.path, answered, "question:Q-removed-in-the-new-version")
    window = make_window(db)
    assert window.restore_last_assessment()
    assert window.view.stack.currentWidget() is window.view.overview
    # each database and assessment has its own place
    other = assessments.create(db, window.view.data.framework, country="KEN").id
    prefs.set_last_place(db.path, other, "question:Q1")
    assert prefs.last_place(db.path, answered) == "question:Q-removed-in-the-new-version"
    assert prefs.last_place(db.path.with_name("elsewhere.sqlite"), answered) is None
