"""The main window: the start page, or the open assessment, with the menus around them.

At start the window is shown at once, saying "Opening…", and gets its
database afterwards (`attach_database`): nothing here imports the storage or
the services at module level, so the first paint does not wait for them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from mgi_desktop.errors import MgiError
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui.errors import open_log_folder, show_error
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.widgets import screen_fit

if TYPE_CHECKING:
    from mgi_desktop.questionnaire.framework import Framework
    from mgi_desktop.storage.db import Database
    from mgi_desktop.ui.shell.file_actions import FileActions
    from mgi_desktop.ui.shell.guide import GuideWindow
    from mgi_desktop.ui.shell.start_page import StartPage

log = logging.getLogger(__name__)

#: the AssessmentView's actions, in the order the Edit and View menus show them (None: a separator)
EDIT_ACTIONS = ("undo_action", "redo_action")
VIEW_ACTIONS = ("previous_action", "next_action", "overview_action", "findings_action", None, "submit_action",
                None, "audit_action", "history_action", "compare_action", None, "language_action")


class MainWindow(QMainWindow):
    """`MainWindow(db, prefs)`; with `db=None` it shows "Opening…" until `attach_database(db)`."""

    db: Database

    def __init__(self, db: Database | None, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.loaded = False
        self.view: QWidget | None = None
        self._start_page: StartPage | None = None
        self._file_actions: FileActions | None = None
        self._waiting_packages: list[Path] = []
        self.guide: GuideWindow | None = None
        self._menu_aliases: dict[QAction, QShortcut] = {}
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.user_label = QLabel(self)
        self.database_label = QLabel(self)
        for label in (self.user_label, self.database_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.opening: QLabel | None = None
        if db is None:
            self._show_opening()
        else:
            self.attach_database(db)
        self.maximise_first = False  # `show_first`
        geometry, state = prefs.geometry(), prefs.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        else:
            self._keep_on_screen()
        if state is not None:
            self.restoreState(state)

    def _default_size(self) -> None:
        """First run: maximised on a laptop's screen, else most of it, up to a comfortable size, centred."""
        screen = screen_fit.available(self)
        width, height = min(1280, int(screen.width() * 0.85)), min(860, int(screen.height() * 0.85))
        self.resize(width, height)
        self.move(screen.center().x() - width // 2, screen.center().y() - height // 2)
        self.maximise_first = screen_fit.is_small(screen)

    def show_first(self) -> None:
        """Show the window as it was left; the first time, maximised on a laptop's screen (every pixel
        is needed there)."""
        if self.maximise_first:
            self.showMaximized()
        else:
            self.show()

    def _keep_on_screen(self) -> None:
        """A place saved on a larger monitor, or one unplugged since: back onto a screen there is."""
        if self.isMaximized() or self.isFullScreen():
            return
        frame = self.frameGeometry()
        if frame == self.geometry():  # not shown yet: the frame the window manager will add, about
            frame = frame.marginsAdded(screen_fit.FRAME)
        fitted = screen_fit.on_a_screen(frame)
        if fitted != frame:
            self.resize(fitted.width() - (frame.width() - self.width()),
                        fitted.height() - (frame.height() - self.height()))
            self.move(fitted.topLeft())

    # -- building (again when the language changes) ----------------------------------

    def _show_opening(self) -> None:
        """What the first paint shows while the database and the last assessment load."""
        self.opening = QLabel(self.tr("Opening…"), self)
        self.opening.setObjectName("opening")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.opening.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.opening.setFont(font)
        self.stack.addWidget(self.opening)
        # the real menus keep these titles, so the bar does not jump when they come
        for title in (self.tr("&File"), self.tr("&Edit"), self.tr("&View"), self.tr("&Help")):
            self.menuBar().addMenu(title).setEnabled(False)
        self.setWindowTitle(self.tr("MGI Desktop"))

    def attach_database(self, db: Database, *, start_page: bool = True) -> None:
        """The database is open: build the menus and the start page (the "Opening…" label goes).

        With ``start_page=False`` the start page is not built yet: at start, when the last
        assessment is reopened, it is not what the person sees, and it (with the progress
        of every assessment it reads) waits until that assessment is shown (`after_start`,
        on idle); whatever shows it builds it first (`start_page`).
        """
        self.db = db
        self._build(start_page=start_page)
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        self.loaded = True
        waiting, self._waiting_packages = self._waiting_packages, []
        for path in waiting:
            self.open_package(path)

    def _build(self, *, start_page: bool = True) -> None:
        self._make_actions()
        self._build_menus()
        if start_page:
            self.start_page.refresh()
        self.file_actions.update()
        self._update_labels()

    @property
    def file_actions(self) -> FileActions:
        """The File menu's exports, imports and rounds, built with the menus (not for "Opening…")."""
        if self._file_actions is None:
            from mgi_desktop.ui.shell.file_actions import FileActions

            self._file_actions = FileActions(self)
        return self._file_actions

    @property
    def start_page(self) -> StartPage:
        """The start page, built when first needed (empty until it is shown or `fill_start_page`)."""
        if self._start_page is None:
            from mgi_desktop.ui.shell.start_page import StartPage

            page = self._start_page = StartPage(self.db, self.prefs, self, fill=False)
            self.stack.addWidget(page)
            page.new_requested.connect(self.new_assessment)
            page.open_requested.connect(self.open_assessment)
            page.database_requested.connect(self.switch_database)
            page.import_requested.connect(lambda: self.file_actions.trigger("import"))
            page.table.selectionModel().selectionChanged.connect(lambda *_: self.file_actions.update())
            self.file_actions.update()
        return self._start_page

    @property
    def built_start_page(self) -> StartPage | None:
        """The start page if it has been built (what the file actions look at without building it)."""
        return self._start_page

    def refresh_start_page(self) -> None:
        """After a change to the list of assessments: re-read it, if the page is built (else it will be)."""
        if self._start_page is not None:
            self._start_page.refresh()

    def _action(self, text: str, slot: object = None,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, role: QAction.MenuRole | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding the platform uses for it
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        if role is not None:
            action.setMenuRole(role)
        return action

    def _make_actions(self) -> None:
        k = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New assessment…"), self.new_assessment, k.New)
        self.open_action = self._action(self.tr("&Open assessment…"), self.show_start_page, k.Open)
        self.open_questionnaire_action = self._action(self.tr("Open q&uestionnaire…"), self.open_questionnaire)
        # no shortcut: Ctrl+Shift+O is the open assessment's Overview
        self.open_database_action = self._action(self.tr("Open &database…"), self.choose_database)
        self.new_database_action = self._action(self.tr("New data&base…"), self.choose_new_database)
        self.close_action = self._action(self.tr("&Close assessment"), self.close_assessment, k.Close)
        self.quit_action = self._action(self.tr("&Quit"), self.close, k.Quit, role=QAction.MenuRole.QuitRole)
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, k.Preferences,
                                            role=QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&About MGI Desktop"), self.show_about,
                                         role=QAction.MenuRole.AboutRole)
        self.log_action = self._action(self.tr("Open &log folder"), open_log_folder)
        self.guide_action = self._action(self.tr("&Guide"), self.show_guide, k.HelpContents)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/")
        self.keys_action = self._action(self.tr("&Keys…"), self.show_keys)
        self.keys_action.setToolTip(self.tr("Your key, and the keys of the people you exchange packages with"))
        self.placeholders = {
            "undo_action": self._action(self.tr("&Undo"), None, k.Undo),
            "redo_action": self._action(self.tr("&Redo"), None, k.Redo),
            "find_action": self._action(self.tr("&Find question…"), None, k.Find),
            "previous_action": self._action(self.tr("&Previous question"), None, "Alt+Left"),
            "next_action": self._action(self.tr("&Next question"), None, "Alt+Right"),
            "overview_action": self._action(self.tr("&Overview"), None),
            "findings_action": self._action(self.tr("&Findings"), None),
            "submit_action": self._action(self.tr("&Submit for review…"), None),
            "audit_action": self._action(self.tr("&Audit trail…"), None),
            "history_action": self._action(self.tr("&History of this question…"), None),
            "compare_action": self._action(self.tr("&Compare with the previous round…"), None),
            "language_action": self._action(self.tr("&Working language…"), None),
        }
        for placeholder in self.placeholders.values():
            placeholder.setEnabled(False)
        self.file_actions.make_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action, self.open_questionnaire_action])
        file_menu.addSeparator()
        file_menu.addActions([self.open_database_action, self.new_database_action])
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        self.file_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.go_menu = bar.addMenu(self.tr("&View"))
        self._fill_view_menus()
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.shortcuts_action, self.about_action, self.log_action])
        self._alias_accented_menus()

    def _alias_accented_menus(self) -> None:
        """A menu whose mnemonic is an accented letter ("&Édition") also opens on Alt+ the plain letter
        (Alt+E): no keyboard sends Alt+É.  Cyrillic and Arabic letters are what their keyboards send."""
        for shortcut in self._menu_aliases.values():
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._menu_aliases = {}
        bar = self.menuBar()
        taken = {i18n.mnemonic_letter(a.text()) for a in bar.actions()}
        for action in bar.actions():
            letter = i18n.mnemonic_letter(action.text())
            plain = i18n.plain_letter(letter) if letter else None
            if plain is None or plain in taken:
                continue
            self._menu_aliases[action] = QShortcut(QKeySequence(f"Alt+{plain}"), self,
                                                   lambda a=action: bar.setActiveAction(a))

    def menu_keys(self, menu_action: QAction) -> list[str]:
        """The keys that open a menu of the bar: its Alt mnemonic, and Alt+ the plain letter of an accented one."""
        keys = []
        if i18n.mnemonic_letter(menu_action.text()):
            keys.append(QKeySequence.mnemonic(menu_action.text()).toString(
                QKeySequence.SequenceFormat.PortableText).upper())
        alias = self._menu_aliases.get(menu_action)
        if alias is not None:
            keys.append(alias.key().toString(QKeySequence.SequenceFormat.PortableText).upper())
        return keys

    def _view_action(self, name: str) -> QAction:
        action = getattr(self.view, name, None) if self.view is not None else None
        return action if isinstance(action, QAction) else self.placeholders[name]

    def _fill_view_menus(self) -> None:
        """The Edit and Go menus hold the open assessment's own actions, or disabled stand-ins."""
        self.edit_menu.clear()
        self.edit_menu.addActions([self._view_action(n) for n in EDIT_ACTIONS])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self._view_action("find_action"))
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.edit_menu.addAction(self.keys_action)
        self.go_menu.clear()
        for name in VIEW_ACTIONS:
            if name is None:
                self.go_menu.addSeparator()
            else:
                self.go_menu.addAction(self._view_action(name))
        self.close_action.setEnabled(self.view is not None)

    def _fill_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        for path in self.prefs.recent_databases():
            action = menu.addAction(str(path))
            action.setEnabled(path != self.db.path)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_database(p))
        menu.setEnabled(bool(menu.actions()))

    def _update_labels(self) -> None:
        profile = self.db.user()
        self.user_label.setText(f"{profile.name} — {labels.role(profile.role)}" if profile else "")
        self.database_label.setText(self.db.path.name)
        self.database_label.setToolTip(str(self.db.path))
        title = self.tr("MGI Desktop")
        if self.view is not None:
            from mgi_desktop.services import assessments

            try:
                title = f"{assessments.get(self.db, self.current_assessment_id() or '').title} — {title}"
            except MgiError:
                pass
        self.setWindowTitle(title)

    # -- assessments --------------------------------------------------------------------

    def current_assessment_id(self) -> str | None:
        return getattr(self.view, "assessment_id", None) if self.view is not None else None

    def open_assessment(self, assessment_id: str) -> bool:
        if self.view is not None and self.current_assessment_id() == assessment_id:
            self.stack.setCurrentWidget(self.view)
            return True
        if self.view is not None and not self._drop_view():
            return False
        from mgi_desktop.services import assessments
        from mgi_desktop.ui.assessment.assessment_view import AssessmentView

        try:
            assessments.get(self.db, assessment_id)
            view = AssessmentView(self.db, assessment_id, self)
        except Exception as exc:  # a view that cannot be built leaves the start page usable
            show_error(self, exc)
            return False
        self.view = view
        view.use_pane_shares(self.prefs.pane_shares())
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.status_message.connect(lambda text: self.statusBar().showMessage(text))
        view.changed.connect(self._update_labels)
        view.language_changed.connect(self._reopen_in_language)
        if hasattr(view, "send_requested"):  # the strip's and the submit check's "Send to IOM…"
            view.send_requested.connect(lambda: self.file_actions.trigger("send"))
        self._fill_view_menus()
        self.file_actions.update()
        self.prefs.set_last_assessment(self.db.path, assessment_id)
        self._update_labels()
        view.setFocus()
        return True

    def _drop_view(self) -> bool:
        """Close the open assessment's view (it saves pending typing on close)."""
        view = self.view
        if view is None:
            return True
        save_pending = getattr(view, "save_pending", None)
        if callable(save_pending):
            save_pending()
        self._remember_place()
        if not view.close():
            return False
        self.stack.removeWidget(view)
        view.setParent(None)
        view.deleteLater()
        self.view = None
        self._fill_view_menus()
        self.file_actions.update()
        self._update_labels()
        return True

    def _remember_place(self) -> None:
        """The page or question shown and the panes' widths, for the next time (`restore_last_assessment`)."""
        from mgi_desktop.ui.assessment.assessment_view import AssessmentView

        view = self.view
        if isinstance(view, AssessmentView):
            self.prefs.set_last_place(self.db.path, view.assessment_id, view.place())
            self.prefs.set_pane_shares({**self.prefs.pane_shares(), **view.pane_shares})

    def close_assessment(self) -> bool:
        if not self._drop_view():
            return False
        self.prefs.set_last_assessment(self.db.path, None)
        self.show_start_page()
        return True

    def fill_start_page(self) -> None:
        """Build and fill the start page if `attach_database` left it for later."""
        if not self.start_page.filled:
            self.start_page.refresh()

    def after_start(self) -> None:
        """On idle once the first screen is painted: what was left for later (the open view's question
        page, the start page), so that the first click does not wait for it."""
        prepare = getattr(self.view, "prepare", None)
        if callable(prepare):
            prepare()
        self.fill_start_page()

    def show_start_page(self) -> None:
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.setFocus()

    def restore_last_assessment(self) -> bool:
        """Reopen the assessment that was open when the window last closed on this database, on the
        question or page it showed."""
        from mgi_desktop.services import assessments

        last = self.prefs.last_assessment(self.db.path)
        if not last:
            return False
        try:
            if assessments.get(self.db, last).archived:
                return False
        except MgiError:
            self.prefs.set_last_assessment(self.db.path, None)
            return False
        if not self.open_assessment(last):
            return False
        self._go_back(last)
        return True

    def _go_back(self, assessment_id: str) -> None:
        go_to_place = getattr(self.view, "go_to_place", None)
        if callable(go_to_place):
            go_to_place(self.prefs.last_place(self.db.path, assessment_id))

    def new_assessment(self, prefer: Framework | None = None) -> None:
        """The new-assessment wizard; `prefer`: the questionnaire to start on (one just opened)."""
        from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard

        wizard = NewAssessmentWizard(self.db, self.prefs, self)
        if prefer is not None:
            wizard.prefer(prefer)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.created_id:
            self.refresh_start_page()
            self.open_assessment(wizard.created_id)

    def open_questionnaire(self) -> None:
        from mgi_desktop.ui.shell.questionnaire_files import open_questionnaire

        open_questionnaire(self)

    def open_package(self, path: Path) -> bool:
        """A package double-clicked or dropped on the app: bring the window up and show what it holds."""
        if not self.loaded:  # macOS can send it while the database is still opening
            self._waiting_packages.append(Path(path))
            return False
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        return self.file_actions.receive(Path(path))

    # -- databases -----------------------------------------------------------------------

    def choose_database(self) -> None:
        from mgi_desktop.ui.shell.database_opening import choose_database_file

        path = choose_database_file(self)
        if path is not None:
            self.switch_database(path)

    def choose_new_database(self) -> None:
        from mgi_desktop.ui.shell.database_opening import choose_database_file

        path = choose_database_file(self, new=True)
        if path is not None:
            self.switch_database(path)

    def switch_database(self, path: Path) -> bool:
        from mgi_desktop.ui.shell.database_opening import ensure_profile, open_database

        path = Path(path).absolute()
        if path == self.db.path:
            return True
        if not self._drop_view():
            return False
        db = open_database(self, path)
        if db is None:
            return False
        if not ensure_profile(db, self):
            db.close()
            return False
        old, self.db = self.db, db
        old.close()
        self.prefs.add_recent_database(db.path)
        self.start_page.set_database(db)
        self.show_start_page()
        self._update_labels()
        self.restore_last_assessment()
        return True

    # -- dialogs ---------------------------------------------------------------------------

    def show_keys(self) -> None:
        from mgi_desktop.ui.exchange.keys_dialog import show_keys

        show_keys(self, self.db, self.current_assessment_id())

    def show_settings(self) -> None:
        from mgi_desktop.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.prefs, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._update_labels()
        if dialog.language_changed:
            self.retranslate(dialog.chosen_language())

    def _reopen_in_language(self, code: str) -> None:
        """The assessment's working language changed: build its view again, in it, where it was."""
        reopen = self.current_assessment_id()
        if reopen is None or not self._drop_view():
            return
        from mgi_desktop.ui.assessment.assessment_view import AssessmentView

        if self.open_assessment(reopen) and code and isinstance(self.view, AssessmentView):
            self.view.go_to(code)

    def retranslate(self, language: str) -> None:
        """Show the window in another language: rebuild what shows text, keep what is open."""
        reopen = self.current_assessment_id()
        if not self._drop_view():
            return
        i18n.install(language)
        if self._start_page is not None:
            self.stack.removeWidget(self._start_page)
            self._start_page.deleteLater()
            self._start_page = None
        self._build()
        self.stack.setCurrentWidget(self.start_page)
        if reopen and self.open_assessment(reopen):
            self._go_back(reopen)
        if self.guide is not None and self.guide.isVisible():  # the open guide follows the language
            self.show_guide()

    def show_guide(self) -> None:
        from mgi_desktop.ui.shell.guide import open_guide

        self.guide = open_guide(self, self.guide)

    def show_shortcuts(self) -> None:
        """Every key of the window as it is now (the open assessment's included), read from its actions."""
        from mgi_desktop.ui.shell.shortcuts_sheet import show_shortcuts

        show_shortcuts(self)

    def show_about(self) -> None:
        from mgi_desktop.ui.shell.about_dialog import AboutDialog

        AboutDialog(self.db.path, self).exec()

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.loaded:  # closed while opening (or the opening failed): nothing to save yet
            event.accept()
            return
        keep = self.current_assessment_id()
        if self.file_actions.busy():
            QMessageBox.information(self, self.tr("MGI Desktop"),
                                    self.tr("Wait for the work in progress to finish, or cancel it."))
            event.ignore()
            return
        if not self._drop_view():
            event.ignore()
            return
        self.prefs.set_last_assessment(self.db.path, keep)
        self.prefs.set_window(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        event.accept()
