"""Starting the window: the application, its look and language, the database, the profile.

``run_app`` is what ``mgi-desktop`` runs when no command is given, and
``mgi-desktop FILE.mgi`` (a double-clicked package: the window, then the
import dialog for it; macOS sends the file as a QFileOpenEvent instead).

Cold start: the window is shown and painted first, saying "Opening…"; the
database and the services (imported only then), the profile question of a
first run and the last assessment come right after that first paint.  The
last assessment is shown without SQLAlchemy (services/__init__.py); what the
person does not see yet waits until it has been painted: then, on idle, the
start page is filled and the ORM is imported in the background
(`warm_up`).  With the environment variable ``MGI_EXIT_AFTER_SHOW=1`` the app
quits once the window has been painted with the assessment (or the start
page) shown, instead of going on to that idle work;
``MGI_EXIT_AFTER_SHOW=opening`` quits after the very first paint (startup
benchmarks, smoke tests of an installation).

``run_app(app=...)`` runs the window in an application the caller made and
keeps (the tests' shared one): it then turns a local event loop instead of the
application's own, and ends it by closing its window, never quitting the application.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from mgi_desktop import __version__, paths
from mgi_desktop.logs import hold_until_setup, setup_logging, write_held
from mgi_desktop.ui import i18n, theme
from mgi_desktop.ui.errors import install_excepthook, show_error
from mgi_desktop.ui.shell import warm_up

if TYPE_CHECKING:
    from mgi_desktop.ui.preferences import Preferences
    from mgi_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_AFTER_SHOW = "MGI_EXIT_AFTER_SHOW"


def app_icon() -> QIcon:
    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"mgi-desktop-{size}.png"
        if png.exists():
            icon.addFile(str(png), QSize(size, size))  # the size given: no need to read the file now
    return icon


def package_of(event: QEvent) -> Path | None:
    """The package a QFileOpenEvent asks to open (macOS: a double-click in the Finder, a drop on the icon)."""
    if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
        path = Path(event.file())
        if path.suffix.lower() == ".mgi":
            return path
    return None


class Application(QApplication):
    """The QApplication, turning macOS's file-open events into `package_opened`."""

    package_opened = Signal(Path)

    def event(self, event: QEvent) -> bool:
        # only events sent to the application object itself come here, so this costs nothing per widget event
        package = package_of(event)
        if package is not None:
            self.package_opened.emit(package)
            return True
        return super().event(event)


def make_application() -> QApplication:
    """The QApplication, set up once (tests and screenshots reuse an existing one)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scaling (125%, 150% on Windows laptops) without rounding blur.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = Application(sys.argv[:1])
    app.setApplicationName("MGI Desktop")
    app.setOrganizationName("IOM")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mgi-desktop")
    app.setWindowIcon(app_icon())
    if sys.platform == "win32":
        _set_windows_app_id()
    theme.apply(app)
    theme.follow_system(app)
    return app


def _set_windows_app_id() -> None:
    # Without it the taskbar groups the window under python.exe with its icon.
    try:
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("IOM.MGIDesktop")  # type: ignore[attr-defined]
    except Exception:  # cosmetic only
        log.debug("could not set the Windows app id", exc_info=True)


class _AfterPaint(QObject):
    """Runs `then` once `watched` has been painted (after that paint has reached the screen)."""

    def __init__(self, watched: QWidget, then: Callable[[], object]) -> None:
        super().__init__(watched)
        self.then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class _Loader(QObject):
    """Opens the database and the last assessment once the "Opening…" window has been painted."""

    #: if no paint comes (a window opened minimised), load anyway after this long
    FALLBACK_MS = 300
    #: likewise for the work left for after the first screen
    IDLE_FALLBACK_MS = 1000

    def __init__(self, window: MainWindow, prefs: Preferences, path: Path, package: Path | None,
                 exit_app: Callable[[int], None], quit_app: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.prefs, self.path, self.package = window, prefs, path, package
        self.exit_app, self.quit_app = exit_app, quit_app
        self.started = False
        self.idled = False
        self.exit_code: int | None = None
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self.load)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.started:
            # after this paint has reached the screen, not inside it
            QTimer.singleShot(0, self.load)
        return False

    def load(self) -> None:
        if self.started:
            return
        self.started = True
        window = self.window
        window.removeEventFilter(self)
        try:
            from mgi_desktop.ui.shell.database_opening import ensure_profile, open_database

            db = open_database(window, self.path, at_start=True)
            if db is None:
                self._stop(1)
                return
            if not ensure_profile(db, window):
                db.close()
                self._stop(0)
                return
            self.prefs.add_recent_database(db.path)
            window.attach_database(db, start_page=False)
            if not window.restore_last_assessment():
                window.show_start_page()  # it is what the person sees
        except Exception as exc:  # a bug: shown with its details, and the app ends rather than hang "Opening…"
            log.exception("the window could not be opened")
            show_error(window, exc)
            self._stop(1)
            return
        if self.package is not None:
            window.open_package(self.package)
        if os.environ.get(EXIT_AFTER_SHOW) == "1":
            _AfterPaint(window, self.quit_app)
        else:
            _AfterPaint(window, self.idle)
            QTimer.singleShot(self.IDLE_FALLBACK_MS, self, self.idle)
        window.update()  # a paint comes even if nothing on screen changed

    def idle(self) -> None:
        """What waited for the first screen to be painted."""
        if self.idled:
            return
        self.idled = True
        setup_logging()  # with the records held since the start
        try:
            self.window.after_start()
        except Exception:  # a page that could not be prepared is built again when it is shown
            log.exception("the window could not prepare its pages")
        warm_up.start()

    def _stop(self, code: int) -> None:
        self.exit_code = code
        QTimer.singleShot(0, lambda: self.exit_app(code))


def run_app(database: Path | None = None, package: Path | None = None, app: QApplication | None = None) -> int:
    """Show the window and run until it is closed; the exit code.  `app`: an application the caller
    keeps (tests), run in a local event loop and never quit (see the module's docstring)."""
    from mgi_desktop.ui.preferences import Preferences
    from mgi_desktop.ui.shell.main_window import MainWindow

    hold_until_setup()  # the log file is opened once the first screen is shown (`_Loader.idle`)
    loop = None if app is None else QEventLoop()
    app = make_application() if app is None else app
    prefs = Preferences()
    i18n.install(prefs.language())
    install_excepthook()
    path = (Path(database) if database else paths.default_database()).expanduser().absolute()
    window = MainWindow(None, prefs)

    def exit_app(code: int) -> None:
        if loop is None:
            QApplication.exit(code)
        else:
            loop.exit(code)

    def quit_app() -> None:
        if loop is None:
            QApplication.quit()
        elif window.close():  # as QApplication.quit does: close the window (unless it refuses), then end
            loop.exit(0)

    if isinstance(app, Application):
        app.package_opened.connect(window.open_package)
    loader = None
    if os.environ.get(EXIT_AFTER_SHOW) == "opening":
        _AfterPaint(window, quit_app)
    else:
        loader = _Loader(window, prefs, path, package, exit_app, quit_app)
    window.show_first()
    try:
        code = int(app.exec() if loop is None else loop.exec())
        if loader is not None and loader.exit_code is not None:
            return loader.exit_code
        return code
    finally:
        write_held()
        if loop is not None:  # the caller's application goes on: leave no window or connection behind
            if window.isVisible():
                window.close()
            if isinstance(app, Application):
                app.package_opened.disconnect(window.open_package)
            window.deleteLater()
        if window.loaded:
            window.db.close()
        if loader is not None:
            loader.idled = True  # nothing is left for an idle moment once the event loop has ended
            window.removeEventFilter(loader)
