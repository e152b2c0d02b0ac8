"""The File menu's exchange, export and follow-up-round actions.

Exports run through `workers.run_in_background` (a worker thread, a progress
dialog, Cancel), so the window never freezes.  Receiving and sending go
through the import and send dialogs (`ui.import_dialog`), which show what a
package holds and settle conflicts before anything is written.  A feature
whose core module is missing from this build keeps its action, disabled, with
the tooltip "Not available yet".
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from mgi_desktop.errors import MgiError
from mgi_desktop.ui.workers import Task, run_in_background, running

if TYPE_CHECKING:
    from mgi_desktop.ui.shell.main_window import MainWindow

class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks: list[Task] = []
        self.actions: dict[str, QAction] = {}

    def make_actions(self) -> None:
        """(Re)create the actions in the current language."""
        texts = {
            "import": self.tr("&Import or receive…"),
            "send": self.tr("&Send for review or back…"),
            "profile": self.tr("&Profile…"),
            "excel": self.tr("&Excel summary…"),
            "sdg": self.tr("S&DG 10.7.2 files…"),
            "consolidate": self.tr("Conso&lidate…"),
            "follow_up": self.tr("Start &follow-up round…"),
            "questionnaire_xlsform": self.tr("Questionnaire as &XLSForm…"),
        }
        self.actions = {}
        for name, text in texts.items():
            action = QAction(text, self.window)
            action.triggered.connect(lambda _checked=False, n=name: self.trigger(n))
            self.actions[name] = action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.actions["import"])
        menu.addAction(self.actions["send"])
        export = menu.addMenu(self.tr("&Export"))
        export.addActions([self.actions["profile"], self.actions["excel"], self.actions["sdg"]])
        export.addSeparator()
        export.addAction(self.actions["questionnaire_xlsform"])
        menu.addAction(self.actions["consolidate"])
        menu.addSeparator()
        menu.addAction(self.actions["follow_up"])

    def needs_assessment(self, name: str) -> bool:
        return name in ("send", "profile", "excel", "sdg", "follow_up")

    def update(self) -> None:
        has_assessment = self.target_assessment() is not None
        for name, action in self.actions.items():
            action.setEnabled(has_assessment or not self.needs_assessment(name))
            action.setToolTip(action.text().replace("&", ""))
        page = self.window.built_start_page
        if page is not None:  # the start page follows once it is built
            page.import_button.setEnabled(self.actions["import"].isEnabled())
            page.import_button.setToolTip(self.actions["import"].toolTip())

    def target_assessment(self) -> str | None:
        """The open assessment, or the one selected on the start page."""
        page = self.window.built_start_page
        return self.window.current_assessment_id() or (page.selected_id() if page is not None else None)

    def busy(self) -> bool:
        """Whether work is under way: an export of ours, or any dialog's (a package being checked)."""
        self.tasks = [t for t in self.tasks if t.running]
        return bool(self.tasks) or running()

    def _run(self, title: str, fn: Any, *args: Any, on_done: Any = None, on_error: Any = None,
             steps: bool = False) -> Task:
        """`fn(*args)` in a worker thread; with `steps`, `fn` takes ``progress=`` (its Cancel stops it)."""
        def job(*, progress: Any) -> Any:
            if steps:
                return fn(*args, progress=progress)
            progress(0, 0)  # the core reports no steps: the dialog shows a busy bar
            return fn(*args)

        task = run_in_background(self.window, title, job, on_done=on_done, on_error=on_error)
        self.tasks.append(task)
        return task

    def run_export(self, title: str, target: Path, fn: Any, *args: Any) -> Task:
        """`fn(*args)` writing `target`, in a worker thread; the status bar says where it went."""
        return self._run(title, fn, *args, on_done=lambda _result: self._done(target))

    def _save_name(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), filters)
        return Path(chosen) if chosen else None

    def _done(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Saved {file}").replace("{file}", str(path)), 15000)

    def trigger(self, name: str) -> None:
        getattr(self, f"_{name}")()

    # -- exports ----------------------------------------------------------------------------

    def _questionnaire_xlsform(self) -> None:
        from mgi_desktop.ui.shell.questionnaire_files import export_xlsform

        export_xlsform(self.window, self.target_assessment())

    def _excel(self) -> None:
        from mgi_desktop.export import sources, summary_xlsx

        assessment_id = self.target_assessment()
        if assessment_id is None:
            return
        target = self._save_name(self.tr("Export Excel summary"), "mgi-summary.xlsx",
                                 self.tr("Excel workbooks (*.xlsx)"))
        if target is None:
            return
        db = self.window.db

        def write() -> Path:
            data = sources.from_database(db, assessment_id)
            return summary_xlsx.write_summary(data, target, language=export_language(data.meta))

        self._run(self.tr("Exporting the Excel summary…"), write, on_done=self._done)

    def _sdg(self) -> None:
        """SDG 10.7.2 for its reporters: the layout is the file type chosen (open-sdg, UN global, transcription)."""
        from mgi_desktop.export import sdg_files, sources

        assessment_id = self.target_assessment()
        if assessment_id is None:
            return
        layouts = [
            (sdg_files.OPEN_SDG, self.tr("National SDG platform, open-sdg layout (*.csv)"), "indicator_10-7-2.csv"),
            (sdg_files.UN_GLOBAL, self.tr("UN global SDG database, SDMX-CSV layout (*.csv)"), "SG_CPA_MIGRS.csv"),
            (sdg_files.TRANSCRIPTION, self.tr("Transcription for the UN Inquiry, Module III (*.xlsx)"),
             "sdg-10-7-2-module-iii.xlsx"),
        ]
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export SDG 10.7.2"), str(Path.home() / layouts[0][2]),
            ";;".join(f for _, f, _ in layouts))
        if not chosen:
            return
        target = Path(chosen)
        layout = next((code for code, f, _ in layouts if f == chosen_filter),
                      sdg_files.TRANSCRIPTION if target.suffix.lower() == ".xlsx" else sdg_files.OPEN_SDG)
        suffix = ".xlsx" if layout == sdg_files.TRANSCRIPTION else ".csv"
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        db = self.window.db

        def write() -> Path:
            # the CSV layouts hold the official-method value, the one the UN publishes; the workbook both
            data = sources.from_database(db, assessment_id)
            return sdg_files.write_sdg(data, target, layout, language=export_language(data.meta))

        self._run(self.tr("Exporting SDG 10.7.2…"), write, on_done=self._done)

    def _profile(self) -> None:
        assessment_id = self.target_assessment()
        if assessment_id is None:
            return
        filters = ";;".join([self.tr("Web page (*.html)"), self.tr("Word document (*.docx)"),
                             self.tr("PDF document (*.pdf)")])
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export profile"), str(Path.home() / "mgi-profile.html"), filters)
        if not chosen:
            return
        target = Path(chosen)
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in ("html", "docx", "pdf"):
            fmt = "docx" if "docx" in chosen_filter else "pdf" if "pdf" in chosen_filter else "html"
            target = target.with_name(f"{target.name}.{fmt}")
        db = self.window.db
        self._run(self.tr("Exporting the profile…"), _write_profile, db, assessment_id, fmt, target,
                  on_done=self._done)

    def consolidate_options(self) -> Any:
        """The options dialog, before the files are asked for (tests replace it)."""
        from mgi_desktop.ui.shell.consolidate_options import ConsolidateOptions

        return ConsolidateOptions(self.window)

    def _consolidate(self) -> None:
        from mgi_desktop.export import consolidate
        from mgi_desktop.services import validation
        from mgi_desktop.ui.shell.consolidate_options import csv_folder_for

        options = self.consolidate_options()
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Databases and packages to consolidate"), str(Path.home()),
            self.tr("Databases and packages (*.sqlite *.db *.mgi);;All files (*)"))
        if not names:
            return
        target = self._save_name(self.tr("Save the consolidated workbook"), "mgi-consolidated.xlsx",
                                 self.tr("Excel workbooks (*.xlsx)"))
        if target is None:
            return
        from mgi_desktop.ui import i18n

        # each validation is checked against the keys this user trusts (read here, before the worker starts);
        # assessments of several languages go in: the workbook is in the window's language
        trust = validation.trust_of(self.window.db)
        csv_folder = csv_folder_for(target) if options.wants_csv() else None
        self._run(self.tr("Consolidating…"),
                  functools.partial(consolidate.consolidate, trust=trust, language=i18n.current(),
                                    filters=options.filters(), csv_folder=csv_folder),
                  [Path(n) for n in names], target, on_done=lambda report: self._done(report.target), steps=True)

    # -- exchange -----------------------------------------------------------------------------

    def _send(self) -> None:
        from mgi_desktop.ui.exchange.send_dialog import send_package

        assessment_id = self.target_assessment()
        if assessment_id is None:
            return
        if (view := self.window.view) is not None and hasattr(view, "save_pending"):
            view.save_pending()
        sent = send_package(self.window, self.window.db, assessment_id)
        if sent is not None:
            self._done(sent.path)
            if (view := self.window.view) is not None and hasattr(view, "refresh_standing"):
                view.refresh_standing()  # the strip's next step: no longer "send it"

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import or receive a package"),
                                              str(Path.home()), self.tr("MGI packages (*.mgi);;All files (*)"))
        if name:
            self.receive(Path(name))

    def receive(self, path: Path) -> bool:
        """The import dialog for `path`; True once the package is imported (and its assessment open)."""
        from mgi_desktop.errors import PasswordRequired
        from mgi_desktop.ui.errors import show_error
        from mgi_desktop.ui.exchange.import_dialog import ImportDialog

        window = self.window
        dialog = ImportDialog(window.db, Path(path), parent=window)
        try:
            if dialog.preview is None:  # refused, or the password prompt cancelled
                if dialog.error is not None and not isinstance(dialog.error, PasswordRequired):
                    show_error(window, dialog.error)
                return False
            # the import rewrites the assessment's rows: an open view of it would show (and save) stale data
            closed = dialog.preview.manifest.assessment_id == window.current_assessment_id()
            if closed and not window.close_assessment():
                return False
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.changes is None:
                if closed:  # cancelled: back to where the user was
                    window.open_assessment(dialog.preview.manifest.assessment_id)
                return False
            self._imported(dialog.changes.assessment_id)
            came = getattr(dialog.changes, "incoming", None)
            view = window.view
            opened = window.current_assessment_id() == dialog.changes.assessment_id
            if came is not None and not dialog.preview.is_new and opened and view is not None \
                    and hasattr(view, "set_came_back"):
                view.set_came_back(came)  # what came back, each item a link to its question
            return True
        finally:
            dialog.deleteLater()

    # -- rounds -------------------------------------------------------------------------------

    def _follow_up(self) -> None:
        from mgi_desktop.ui.assessment.follow_up_dialog import FollowUpDialog
        from mgi_desktop.ui.errors import show_error

        assessment_id = self.target_assessment()
        if assessment_id is None:
            return
        window = self.window
        if (view := window.view) is not None and hasattr(view, "save_pending"):
            view.save_pending()  # the plan reads the answers as they stand
        try:
            dialog = FollowUpDialog(window.db, assessment_id, window.prefs, window)
        except MgiError as exc:
            show_error(window, exc)
            return
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
                return
            created = dialog.created
        finally:
            dialog.deleteLater()
        from mgi_desktop.services import assessments

        new = assessments.get(window.db, created)
        window.refresh_start_page()
        window.open_assessment(new.id)
        window.statusBar().showMessage(self.tr("Round {n} started").replace("{n}", str(new.round)), 15000)

    def _imported(self, assessment_id: str | None) -> None:
        self.window.refresh_start_page()
        if assessment_id:
            self.window.open_assessment(assessment_id)
        self.window.statusBar().showMessage(self.tr("Package imported"), 15000)


def export_language(meta: Any) -> str:
    """The language an assessment's exports are written in: its working language (English where the
    database does not say one)."""
    return str(getattr(meta, "language", None) or "en")


def _write_profile(db: Any, assessment_id: str, fmt: str, target: Path) -> Path:
    from mgi_desktop.export import sources
    from mgi_desktop.export.profile import build_profile
    from mgi_desktop.services.validation import trust_of
    from mgi_desktop.ui.export.profile_files import write_profile

    data = sources.from_database(db, assessment_id)
    profile = build_profile(data, trust=trust_of(db), language=export_language(data.meta))
    return write_profile(profile, fmt, target)
