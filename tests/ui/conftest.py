"""What the UI tests share: windows, assessments with answers, a reviewer's database, the error
dialog read instead of shown, pictures checked and saved, and the app started in-process."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import errors as ui_errors
from mgi_desktop.ui import i18n
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell import app as app_module
from mgi_desktop.ui.shell.main_window import MainWindow

#: a window as large as on a desktop, so that every part of it is laid out
DESKTOP_SIZE = (1400, 900)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches the language (or starts the app) leaves the next one in English."""
    yield
    if i18n.current() != "en":
        i18n.install("en")


# -- windows -----------------------------------------------------------------------------------


@pytest.fixture
def make_window(qtbot) -> Callable[..., MainWindow]:
    """``make_window(db)``: the main window on `db`, shown.  ``active=True`` also sizes it as on a
    desktop and waits until it is the active window (shortcuts act only there)."""

    def make(db: Database | None, *, active: bool = False, size: tuple[int, int] | None = None) -> MainWindow:
        window = MainWindow(db, Preferences())
        qtbot.addWidget(window)
        size = size or (DESKTOP_SIZE if active else None)
        if size is not None:
            window.resize(*size)
        if active:
            with qtbot.waitActive(window):
                window.show()
                window.activateWindow()
        else:
            window.show()
        return window

    return make


@pytest.fixture
def make_view(qtbot, db: Database) -> Callable[[str], Any]:
    """``make_view(aid)``: the assessment's view on its own (no main window), shown and active, so that
    its shortcuts and the page's answer keys act."""
    from mgi_desktop.ui.assessment.assessment_view import AssessmentView

    def make(assessment_id: str) -> AssessmentView:
        view = AssessmentView(db, assessment_id)
        qtbot.addWidget(view)
        view.resize(1100, 750)
        with qtbot.waitActive(view):
            view.show()
            view.activateWindow()
        return view

    return make


# -- assessments and databases -----------------------------------------------------------------


@pytest.fixture
def make_assessment(db: Database, mini: Framework) -> Callable[..., str]:
    """``make_assessment({"Q1": "yes"})``: the id of a new assessment (of mini.yaml, Kyrgyzstan) in
    `db`, with those answers saved through the service."""

    def make(values: dict[str, Any] | None = None, *, framework: Framework | None = None,
             country: str = "KGZ") -> str:
        aid = assessments.create(db, framework or mini, country=country).id
        for code, value in (values or {}).items():
            answers.set_answer(db, aid, code, value)
        return aid

    return make


@pytest.fixture
def answered(make_assessment) -> str:
    """A draft with some answers: Q1 yes, Q1b all, Q3 12, Q7 no (Q5 and Q6, required, still open)."""
    return make_assessment({"Q1": "yes", "Q1b": "all", "Q3": 12, "Q7": "no"})


@pytest.fixture
def complete(db: Database, make_assessment) -> str:
    """A draft the submit check passes: every required answer, and evidence for Q1."""
    aid = make_assessment({"Q1": "yes", "Q1b": "all", "Q3": 3, "Q5": "2019-01-01", "Q6": 2019, "Q7": "no"})
    evidence.add(db, aid, "Q1", title="Health Law")
    return aid


@pytest.fixture
def reviewer_db(tmp_path: Path, new_db) -> Database:
    """The reviewer's database (IOM, another computer): empty, with its user set."""
    return new_db(tmp_path / "reviewer.sqlite", "Rita Reviewer", "IOM", "reviewer")


# -- dialogs, pictures, the app ----------------------------------------------------------------


@pytest.fixture
def error_boxes(monkeypatch) -> list[ui_errors.ErrorBox]:
    """The error dialogs the test caused, read instead of shown."""
    boxes: list[ui_errors.ErrorBox] = []
    monkeypatch.setattr(ui_errors.ErrorBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


@pytest.fixture
def picture(qtbot, tmp_path: Path) -> Callable[[QWidget, str], QImage]:
    """``picture(widget, "name")``: grab the widget as painted, check the image really shows it (its
    size, more than one colour), save it as name.png (in $MGI_UI_PICTURES when set) and return it."""
    folder = Path(os.environ.get("MGI_UI_PICTURES") or tmp_path)

    def grab(widget: QWidget, name: str) -> QImage:
        assert widget.isVisible(), f"{name}: the widget is not shown"
        qtbot.wait(20)  # let the layout follow the latest texts, as the event loop does in the app
        image = widget.grab().toImage()
        assert not image.isNull(), name
        ratio = widget.devicePixelRatioF()
        expected = (round(widget.width() * ratio), round(widget.height() * ratio))
        assert (image.width(), image.height()) == expected, name
        assert widget.width() >= 200 and widget.height() >= 100, f"{name}: {widget.width()}x{widget.height()}"
        assert len(_colours(image)) >= 3, f"{name}: the picture is (almost) one colour"
        target = folder / f"{name}.png"
        assert image.save(str(target)), target
        assert QImage(str(target)).size() == image.size()
        return image

    return grab


def _colours(image: QImage, samples: int = 40) -> set[int]:
    step_x, step_y = max(1, image.width() // samples), max(1, image.height() // samples)
    return {image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)}


@pytest.fixture
def start_app(qapp, monkeypatch) -> Callable[..., int]:
    """``start_app(database, package=None)``: what ``mgi-desktop`` runs, in this process's shared
    application (which it does not quit), until the window has been painted; its exit code.  An
    error dialog fails the test rather than waiting for a click."""

    def fail(box: ui_errors.ErrorBox) -> int:
        raise AssertionError(box.text())

    monkeypatch.setattr(ui_errors.ErrorBox, "exec", fail)
    monkeypatch.setenv(app_module.EXIT_AFTER_SHOW, "1")
    # run_app installs the app's exception hooks for the process: put pytest's back afterwards
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def start(database: Path, package: Path | None = None) -> int:
        return app_module.run_app(database=database, package=package, app=qapp)

    return start


@pytest.fixture
def in_dialog(qtbot) -> Callable[[Callable[[QWidget], None]], list[QWidget]]:
    """``in_dialog(keys)``: when the next modal dialog opens, `keys(dialog)` is run on it (the test then
    opens it as a person would, by a key); the dialogs seen are returned, for the test to check."""

    def arm(keys: Callable[[QWidget], None]) -> list[QWidget]:
        seen: list[QWidget] = []

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isActiveWindow():  # keys go to the active window only
                QTimer.singleShot(20, look)
                return
            seen.append(dialog)
            try:
                keys(dialog)
            finally:  # a failed step must not leave the test waiting on an open dialog
                if dialog.isVisible() and isinstance(dialog, QDialog):
                    QTimer.singleShot(0, dialog.reject)

        QTimer.singleShot(20, look)
        return seen

    return arm
