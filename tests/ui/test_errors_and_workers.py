"""Errors in plain words with details on demand, and long work off the GUI thread."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from mgi_desktop import atomic
from mgi_desktop.errors import StorageError
from mgi_desktop.exchange import package
from mgi_desktop.logs import log_file
from mgi_desktop.ui import errors as ui_errors
from mgi_desktop.ui.workers import Cancelled, run_in_background

pytestmark = pytest.mark.gui


def test_a_problem_the_user_can_act_on_is_shown_plainly(qapp, error_boxes) -> None:
    ui_errors.show_error(None, StorageError(atomic.NOTHING_WRITTEN("/x/mgi.sqlite", file="mgi.sqlite"),
                                            details=[atomic.NO_FOLDER("/x/mgi.sqlite", folder="/x")]))
    (box,) = error_boxes
    assert box.text() == "/x/mgi.sqlite: nothing was written; mgi.sqlite is as it was"
    assert box.detailedText() == "/x/mgi.sqlite: the folder /x does not exist"
    assert "Traceback" not in box.detailedText()
    assert box.log_button is None


def test_a_bug_is_logged_and_shown_with_traceback_and_log_path(qapp, error_boxes) -> None:
    def broken() -> None:
        raise ZeroDivisionError("division by zero in a formula")

    try:
        broken()
    except ZeroDivisionError as exc:
        ui_errors.show_error(None, exc)
    (box,) = error_boxes
    assert "unexpected problem" in box.text()
    assert "Traceback" not in box.text() and "Traceback" not in box.informativeText()
    assert str(log_file()) in box.informativeText()
    assert "in broken" in box.detailedText() and str(log_file()) in box.detailedText()
    assert box.log_button is not None
    assert "division by zero in a formula" in log_file().read_text(encoding="utf-8")


def test_uncaught_exception_hook_logs_and_shows_a_dialog(qapp, error_boxes, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    ui_errors.install_excepthook()
    assert sys.excepthook is ui_errors._hook
    try:
        raise KeyError("missing-code")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(error_boxes) == 1 and "missing-code" in error_boxes[0].detailedText()
    assert "missing-code" in log_file().read_text(encoding="utf-8")


def test_exception_in_another_thread_is_logged_not_shown(qapp, error_boxes, monkeypatch) -> None:
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    ui_errors.install_excepthook()

    def fail() -> None:
        raise RuntimeError("thread trouble")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    assert not error_boxes
    assert "thread trouble" in log_file().read_text(encoding="utf-8")


def test_background_work_reports_progress_and_result(qtbot) -> None:
    gui_thread = threading.get_ident()
    seen_threads, results = [], []

    def work(n: int, *, progress) -> int:
        seen_threads.append(threading.get_ident())
        for i in range(n):
            assert progress(i + 1, n)
        return n * 2

    task = run_in_background(None, "Counting", work, 5, on_done=results.append)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert results == [10]
    assert seen_threads and seen_threads[0] != gui_thread


def test_cancel_stops_the_work_and_skips_on_done(qtbot) -> None:
    started = threading.Event()
    results = []

    def slow(*, progress) -> str:
        started.set()
        for i in range(1000):
            if not progress(i, 1000):
                raise Cancelled()
            time.sleep(0.005)
        return "finished"

    task = run_in_background(None, "Slow", slow, on_done=results.append)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.dialog.canceled.emit()  # what the Cancel button and Escape do
    assert results == []


def test_error_in_background_work_reaches_the_error_dialog(qtbot, error_boxes) -> None:
    def refuse(*, progress) -> None:
        raise StorageError(package.refused("/x/package.mgi", package.NOT_A_ZIP()).msg)

    task = run_in_background(None, "Import", refuse)
    with qtbot.waitSignal(task.error, timeout=5000):
        pass
    assert [box.text() for box in error_boxes] == [
        "/x/package.mgi: refused: not an MGI package (not a zip file); nothing was imported"]
