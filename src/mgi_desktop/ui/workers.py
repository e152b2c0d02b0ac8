"""Long work (export, import, consolidation) in a worker thread, with progress and Cancel;
short work on the GUI thread under `busy()`.

`run_in_background(parent, title, fn, *args, on_done=...)` runs
``fn(*args, progress=callback)`` on the thread pool.  The callback takes
``(done, total)`` and returns False once the person pressed Cancel, so `fn`
can stop at a safe point (it may also raise `Cancelled`).  The worker never
touches a widget: it only emits signals, delivered in the GUI thread, where
the progress dialog is updated and `on_done(result)` runs, or the error is
shown with `show_error`.

`with busy():` shows the wait cursor over a short step that has to run on the
GUI thread (it asks questions in between, or is over in a moment); `pause()`
lifts it for a question asked in the middle of such a step.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from mgi_desktop.ui.errors import show_error

Progress = Callable[[int, int], bool]


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """The wait cursor for the length of the block, restored however the block ends."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


@contextlib.contextmanager
def pause() -> Iterator[None]:
    """Inside `busy()`: the normal cursor while a question is asked."""
    QGuiApplication.restoreOverrideCursor()
    try:
        yield
    finally:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


class Cancelled(Exception):
    """Raised by work that stops because the person pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int)
    message = Signal(str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            result = task.fn(*task.args, progress=task.report, **task.kwargs)
        except Cancelled:
            task.signals.finished.emit(Cancelled())
        except BaseException as exc:  # every error goes back to the GUI thread to be shown
            task.signals.failed.emit(exc)
        else:
            task.signals.finished.emit(result)


class Task(QObject):
    """One piece of background work and its progress dialog (lives in the GUI thread)."""

    done = Signal(object)
    error = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any], on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__(parent)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.on_done, self.on_error = on_done, on_error
        self._cancel = threading.Event()
        self.running = False
        self.signals = _Signals()
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.progress.connect(self._on_progress, queued)
        self.signals.finished.connect(self._on_finished, queued)
        self.signals.failed.connect(self._on_failed, queued)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick work finishes without a flash of dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    # -- called from the worker thread ------------------------------------------

    def report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(int(done), int(total))
        return not self._cancel.is_set()

    # -- GUI thread ---------------------------------------------------------------

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Stopping…"))

    def start(self) -> Task:
        self.running = True
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _close(self) -> None:
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._close()
        if isinstance(result, Cancelled) or self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.done.emit(result)
            if self.on_done is not None:
                self.on_done(result)
        self.deleteLater()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        self.error.emit(exc)
        if self.on_error is not None:
            self.on_error(exc)
        else:
            parent = self.parent()
            show_error(parent if isinstance(parent, QWidget) else None, exc)
        self.deleteLater()


def run_in_background(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Task:
    """Start `fn(*args, progress=..., **kwargs)` in a worker thread; returns the running task."""
    return Task(parent, title, fn, args, kwargs, on_done, on_error).start()
