"""File ▸ Open questionnaire… and Export ▸ Questionnaire as XLSForm…: IOM's own questionnaire in and out.

A questionnaire file (an XLSForm workbook or the app's YAML) is checked in a worker thread (with
Cancel). The report then lists every problem, each with its cell or line, or says what the
questionnaire holds. A sound one is remembered, so the new-assessment wizard offers it, and it can
start an assessment at once. Nothing is stored in the database until an assessment is created on
the questionnaire.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Message
from mgi_desktop.progress import Cancelled
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.problems import Problem
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment.new_assessment_wizard import questionnaire_filters
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.workers import wait_for

if TYPE_CHECKING:
    from mgi_desktop.ui.shell.main_window import MainWindow


class QuestionnaireReport(QDialog):
    """What checking a questionnaire file found: its problems, or what it holds; and the notes."""

    def __init__(self, path: Path, framework: Framework | None, problems: list[Problem], notes: list[Message],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.start_requested = False
        self.setWindowTitle(self.tr("Questionnaire {file}").replace("{file}", path.name))
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        layout.addWidget(self.headline)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details)
        # the problems (or notes) as text one can select and copy, to send back to whoever made the form
        self.listing = QPlainTextEdit(self)
        self.listing.setReadOnly(True)
        self.listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.listing.setAccessibleName(self.tr("Problems and notes"))
        layout.addWidget(self.listing, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.start_button: QPushButton | None = None
        if framework is not None:
            model = framework.model
            self.headline.setText(self.tr("{title}, version {version}").replace(
                "{title}", model.text(model.title, i18n.current())).replace("{version}", model.version))
            self.details.setText("\n".join([
                self.tr("{n} questions in {d} domains.").replace("{n}", str(len(framework.codes())))
                .replace("{d}", str(len(model.domains))),
                self.tr("Level: {level}. Languages: {languages}.").replace(
                    "{level}", labels.level(model.level.value)).replace("{languages}", ", ".join(model.languages)),
                self.tr("It is offered when you start a new assessment.")]))
            if model.notice is not None:  # an indicative catalogue says so wherever it is used
                self.details.setText(self.details.text() + "\n\n" + model.text(model.notice, i18n.current()))
            self.start_button = buttons.addButton(self.tr("&Start an assessment with it…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
            self.start_button.clicked.connect(self._start)
            self.start_button.setDefault(True)
        else:
            self.headline.setText(self.tr("{file} cannot be used: nothing was added.").replace("{file}", path.name))
            self.details.setText(self.tr("Problems to correct in the file ({n}), each with its place:")
                                 .replace("{n}", str(len(problems))))
        lines = [self._problem_line(p) for p in problems]
        if notes:
            lines += ["", self.tr("Read past, for your information:"), *[ui_messages.text(n) for n in notes]]
        self.listing.setPlainText("\n".join(lines).strip())
        self.listing.setVisible(bool(lines))
        if not lines:
            layout.addStretch(1)  # the texts stay together at the top
        layout.addWidget(buttons)
        self.resize(760, 480 if lines else 180)

    @staticmethod
    def _problem_line(problem: Problem) -> str:
        if isinstance(problem.line, str) or not problem.line:  # a workbook's cell, or nowhere in particular
            where = problem.line or ""
        else:
            where = QCoreApplication.translate("QuestionnaireFiles", "line {line}").replace("{line}", str(problem.line))
        text = ui_messages.text(problem.msg)
        parts = [part for part in (where, problem.place, text) if part]
        return ": ".join(parts)

    def _start(self) -> None:
        self.start_requested = True
        self.accept()


def open_questionnaire(window: MainWindow, path: Path | None = None) -> QuestionnaireReport | None:
    """Ask for a questionnaire file (or take `path`), check it and show the report."""
    translate = QCoreApplication.translate
    if path is None:
        title = translate("QuestionnaireFiles", "Open questionnaire")
        name, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), questionnaire_filters())
        if not name:
            return None
        path = Path(name)
    checking = translate("QuestionnaireFiles", "Checking {file}…").replace("{file}", path.name)
    try:
        framework, problems, notes = wait_for(window, checking, catalogue.check, path)
    except Cancelled:
        return None
    if framework is not None:
        window.prefs.add_questionnaire(path)
    report = QuestionnaireReport(path, framework, problems, notes, window)
    report.exec()
    if report.start_requested and framework is not None:
        window.new_assessment(prefer=framework)
    return report


def export_xlsform(window: MainWindow, assessment_id: str | None) -> None:
    """Write a questionnaire as an XLSForm: the open assessment's, or one the user picks."""
    from mgi_desktop.export.xlsform import write_xlsform
    from mgi_desktop.services import assessments

    translate = QCoreApplication.translate
    choices: list[Framework] = []
    try:
        if assessment_id is not None:
            choices.append(assessments.framework_of(window.db, assessments.get(window.db, assessment_id)))
        choices += catalogue.bundled()
    except MgiError as exc:
        show_error(window, exc)
        return
    added = window.prefs.added_questionnaires()
    if added:
        from mgi_desktop.ui.assessment.new_assessment_wizard import check_all

        try:
            choices += wait_for(window, translate("QuestionnaireFiles", "Reading the questionnaire files…"),
                                check_all, added)
        except Cancelled:
            pass
    unique = list({f.sha256: f for f in choices}.values())
    names = [labels.questionnaire_name(f) for f in unique]
    title = translate("QuestionnaireFiles", "Export questionnaire as XLSForm")
    chosen, ok = QInputDialog.getItem(window, title, translate("QuestionnaireFiles", "Questionnaire:"), names, 0,
                                      False)
    if not ok:
        return
    framework = unique[names.index(chosen)]
    suggested = Path.home() / f"{framework.id}-{framework.version}.xlsx"
    target, _ = QFileDialog.getSaveFileName(window, title, str(suggested),
                                            translate("QuestionnaireFiles", "XLSForm workbooks (*.xlsx)"))
    if not target:
        return
    window.file_actions.run_export(translate("QuestionnaireFiles", "Writing the XLSForm…"), Path(target),
                                   write_xlsform, framework, Path(target))
