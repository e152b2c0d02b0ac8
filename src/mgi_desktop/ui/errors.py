"""Errors in plain words: a dialog, details on demand, never only the console.

`show_error` is what every part of the window calls with an exception it
caught.  An `MgiError` is a problem the person can act on: its message, with
its details behind "Show Details".  Anything else is a bug: it is logged with
its traceback and the dialog says so, with the traceback and the log file's
path behind "Show Details".  `install_excepthook` routes exceptions nobody
caught (in a slot, a timer...) to the same dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mgi_desktop.errors import DiskFullError, MgiError
from mgi_desktop.logs import log_exception, log_file
from mgi_desktop.ui import messages as ui_messages

log = logging.getLogger(__name__)
T = TypeVar("T")
#: lupdate reads the context and text of every translate("Context", "text") call.
translate = QCoreApplication.translate


class ErrorBox(QMessageBox):
    """The one error dialog; tests patch `exec` to read what it would show."""

    def __init__(self, parent: QWidget | None, title: str, text: str, informative: str = "",
                 details: str = "", *, offer_log: bool = False) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(text)
        if informative:
            self.setInformativeText(informative)
        if details:
            self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.log_button = None
        if offer_log:
            self.log_button = self.addButton(translate("ErrorDialog", "Open log folder"),
                                             QMessageBox.ButtonRole.ActionRole)
            self.log_button.clicked.disconnect()  # keep the box open after showing the folder
            self.log_button.clicked.connect(open_log_folder)


def open_log_folder() -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


def free_space_advice() -> str:
    return translate("ErrorDialog", "Free some space on this disk (empty the recycle bin, move large files "
                     "to another drive), then try again. Nothing you saved before was lost.")


def error_box(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> ErrorBox:
    if isinstance(exc, DiskFullError):  # the data is sound: what helps is space, never a restore
        return ErrorBox(parent, title or translate("ErrorDialog", "The disk is full"), ui_messages.error_text(exc),
                        free_space_advice(), details=ui_messages.error_details(exc))
    if isinstance(exc, MgiError):
        return ErrorBox(parent, title or translate("ErrorDialog", "MGI Desktop"), ui_messages.error_text(exc),
                        details=ui_messages.error_details(exc))
    path = log_exception(exc)
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ErrorBox(
        parent, title or translate("ErrorDialog", "Unexpected problem"),
        translate("ErrorDialog", "MGI Desktop ran into an unexpected problem and could not finish what "
                  "you asked."),
        translate("ErrorDialog", "The answers you have already seen saved are safe. The details were "
                  "written to the log file: {path}").replace("{path}", str(path)),
        trace + "\n" + translate("ErrorDialog", "Log file: {path}").replace("{path}", str(path)),
        offer_log=True,
    )


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Tell the person about `exc` in a dialog (logging it first when it is a bug)."""
    if QApplication.instance() is None:
        if not isinstance(exc, MgiError):
            log_exception(exc)
        return
    if parent is None:
        parent = QApplication.activeWindow()
    error_box(parent, exc, title=title).exec()


def ask_retry_after_full_disk(parent: QWidget | None, exc: DiskFullError) -> bool:
    """Whether the person freed space and wants the same save tried again ("Try again"), or gives up.

    What they typed stays in its field either way: giving up discards nothing on screen.
    """
    box = error_box(parent, exc)
    box.setInformativeText(free_space_advice() + " " + translate(
        "ErrorDialog", "What you typed is still in the window."))
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    retry = box.addButton(translate("ErrorDialog", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    if exc.folder is not None:
        folder = exc.folder
        show = box.addButton(translate("ErrorDialog", "Show the folder"), QMessageBox.ButtonRole.ActionRole)
        show.clicked.disconnect()  # keep the box open while the person makes room
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def save_or_explain(parent: QWidget | None, call: Callable[[], T]) -> T | None:
    """Run one save; on a full disk offer to free space and try again; other problems in a dialog.

    The one way the window's pages run a change: None when it was not saved.
    """
    while True:
        try:
            return call()
        except DiskFullError as exc:
            if not ask_retry_after_full_disk(parent, exc):
                return None
        except Exception as exc:
            show_error(parent, exc)
            return None


_showing = False


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or _showing:
        # No window to show it in (or we are already showing one): the log keeps it.
        if not isinstance(exc, MgiError):
            path = log_exception(exc)
            print(f"mgi-desktop: unexpected error, details in {path}", file=sys.stderr)  # noqa: T201
        return
    _showing = True
    try:
        show_error(None, exc)
    except Exception as inner:  # the dialog itself failed: log both, never recurse
        log_exception(inner)
    finally:
        _showing = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log_exception(args.exc_value)


def install_excepthook() -> None:
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
