"""Long work (export, import, consolidation) in a worker thread, with progress and Cancel;
short work on the GUI thread under `busy()`.

`run_in_background(parent, title, fn, *args, on_done=...)` runs
``fn(*args, progress=callback)`` on the thread pool.  The callback takes
``(done, total)`` and returns False once the person pressed Cancel, so `fn`
can stop at a safe point (it may also raise `Cancelled`).  The worker never
touches a widget: it only emits signals, delivered in the GUI thread, where
the progress dialog is updated and `on_done(result)` runs, or the error is
shown with `show_error`.

`wait_for(parent, title, fn, *args)` does the same and waits for the result
in a local event loop, so a dialog's code reads in order while the window
stays responsive: it returns what `fn` returned, or raises its error (or
`Cancelled`) in the GUI thread.  `running()` says whether any work is under
way (the window does not close over it).

`with busy():` shows the wait cursor over a short step that has to run on the
GUI thread (it is over in a moment).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from mgi_desktop.progress import Cancelled, Progress
from mgi_desktop.ui.errors import show_error

__all__ = ["Cancelled", "Progress", "Task", "busy", "run_in_background", "running", "wait_for"]

_RUNNING: set[Task] = set()  # started and not yet finished, whoever started them
#: the last task finished, still referenced from here: see `Task._release`
_FINISHED: list[Task] = []


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """The wait cursor for the length of the block, restored however the block ends."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


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
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _close(self) -> None:
        self.running = False
        _RUNNING.discard(self)
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._close()
        # Only work that stopped is cancelled: work past its last safe point when Cancel came
        # (an import that committed) reports what it did, never pretends to have been undone.
        if isinstance(result, Cancelled):
            self.cancelled.emit()
        else:
            self.done.emit(result)
            if self.on_done is not None:
                self.on_done(result)
        self._release()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        self.error.emit(exc)
        if self.on_error is not None:
            self.on_error(exc)
        else:
            parent = self.parent()
            show_error(parent if isinstance(parent, QWidget) else None, exc)
        self._release()

    def _release(self) -> None:
        """Delete the task later, and from the GUI thread.

        The worker may still be returning from the signal that brought us here, holding references to
        the task and its signals; were its reference the last, the Qt objects would be freed in the
        worker thread while this one delivers their events (a crash). So the task stays referenced
        here until the next one finishes, and only then is deleted.
        """
        for old in _FINISHED:
            if shiboken6.isValid(old):  # not gone with its parent (a dialog closed since)
                old.deleteLater()
        _FINISHED[:] = [self]


def run_in_background(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Task:
    """Start `fn(*args, progress=..., **kwargs)` in a worker thread; returns the running task."""
    return Task(parent, title, fn, args, kwargs, on_done, on_error).start()


def running() -> bool:
    """Whether any background work is under way."""
    return bool(_RUNNING)


def wait_for(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run `fn(*args, progress=..., **kwargs)` in a worker thread and wait for it, events flowing.

    Returns its result; raises its exception, or `Cancelled` once the person pressed Cancel and the
    work stopped at a safe point.
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    def cancelled() -> None:
        outcome["error"] = Cancelled()
        loop.quit()

    task = Task(parent, title, fn, args, kwargs, done, failed)
    task.cancelled.connect(cancelled)
    task.start()
    if "result" not in outcome and "error" not in outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
