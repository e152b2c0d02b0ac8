"""Before submitting: every problem, each a link to its question; then submit, with a note.

Once submitted the page says so, and that the assessment is not with IOM until it is sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.enums import AssessmentStatus, Role
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, checks, standing, workflow
from mgi_desktop.ui import labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment.assessment_data import AssessmentData
from mgi_desktop.ui.assessment.saver import Saver
from mgi_desktop.ui.times import local_time
from mgi_desktop.ui.widgets.plain_text import PlainText, ctrl_enter_presses
from mgi_desktop.ui.widgets.wrap_check import WrapCheckBox

# Counts read with their plural forms (English here, translated in the Messages context)
PROBLEMS = Template("window.submit_problems",
                    "{n} problem to look at before submitting. Choose it to go to its question.",
                    plural="{n} problems to look at before submitting. Choose one to go to its question.", count="n")

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SubmittedBox(QMessageBox):
    """Said once Submit went through: it is submitted here, and IOM has it only once it is sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Submitted"))
        self.setText(self.tr("The assessment is submitted, but IOM does not have it yet."))
        self.setInformativeText(self.tr("Send it to IOM as a package (File ▸ Send for review or back…): "
                                        "save the file and give it to the reviewer, by e-mail or on a "
                                        "memory stick. Until then nobody can review it."))
        self.send_button = self.addButton(self.tr("&Send it to IOM now…"), QMessageBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send_now")
        self.later_button = self.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("later")
        self.setDefaultButton(self.send_button)
        self.setEscapeButton(self.later_button)


class SubmitCheck(QWidget):
    question_chosen = Signal(str)
    submitted = Signal()
    #: the page's "Send to IOM…" (once submitted)
    send_requested = Signal()

    def __init__(self, data: AssessmentData, save: Saver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self._save = save
        self.problems: list[checks.Problem] = []
        title = QLabel(self.tr("Submit for review"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("submit_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problems")
        self.list.setAccessibleName(self.tr("Problems; press Enter to go to the question"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda item: self.question_chosen.emit(item.data(CODE_ROLE)))
        self.list.itemClicked.connect(lambda item: self.question_chosen.emit(item.data(CODE_ROLE)))
        self.recheck = QPushButton(self.tr("&Check again"), self)
        self.recheck.clicked.connect(self.refresh)
        self.send_button = QPushButton(self.tr("Send to &IOM…"), self)
        self.send_button.setObjectName("send")
        self.send_button.clicked.connect(self.send_requested.emit)
        self.note_label = note_label = QLabel(self.tr("&Note to the reviewer:"), self)
        self.note = PlainText(self)
        self.note.setObjectName("submit_note")
        self.note.setAccessibleName(self.tr("Note to the reviewer"))
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(self._update)
        self.anyway = WrapCheckBox(self.tr("Submit &although problems remain (explain why in the note)"), self)
        self.anyway.setObjectName("submit_anyway")
        self.anyway.toggled.connect(self._update)
        self.submit_button = QPushButton(self.tr("&Submit for review"), self)
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submit)
        ctrl_enter_presses(self.note, self.submit_button)
        self.blocked = QLabel(self)
        self.blocked.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        send_row = QHBoxLayout()  # once submitted: the next step right under what the page says
        send_row.addWidget(self.send_button)
        send_row.addStretch(1)
        # once submitted the list and the note are hidden: the room left stays below the lines
        self.filler = QWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(send_row)
        for widget in (self.list, note_label, self.note, self.anyway, self.blocked):
            layout.addWidget(widget)
        layout.addWidget(self.filler, 1)
        layout.addLayout(buttons)

    def _target(self) -> AssessmentStatus | None:
        status = AssessmentStatus(self.data.assessment.status)
        role = Role(assessments.actor(self.data.db).role)
        allowed = workflow.allowed_next(status, role)
        for target in (AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED):
            if target in allowed:
                return target
        return None

    def _show_state(self) -> bool:
        """Once submitted (or further on), the page says where the assessment is, not what to fix."""
        where = standing.standing(self.data.db, self.data.assessment_id)
        status = where.status
        after = status not in (AssessmentStatus.DRAFT, AssessmentStatus.RETURNED)
        for widget in (self.list, self.note_label, self.note, self.anyway, self.recheck, self.submit_button):
            widget.setVisible(not after)
        self.send_button.setVisible(after and where.next is standing.NextStep.SEND)
        self.filler.setVisible(after)
        if not after:
            return False
        self.problems = []
        step = where.last_step
        when = local_time(step.at) if step is not None else ""
        if where.next is standing.NextStep.SEND:
            text = self.tr("Submitted on {when}. Next: send it to IOM (File ▸ Send for review or back…); "
                           "until then IOM does not have it.")
        elif status in (AssessmentStatus.SUBMITTED, AssessmentStatus.RESUBMITTED):
            text = self.tr("Submitted on {when} and sent to IOM: waiting for the review.")
        else:
            text = self.tr("The assessment is {status}; you cannot submit it now.")
        self.summary.setText(text.replace("{when}", when).replace("{status}", labels.status(status).lower()))
        self.blocked.hide()
        return True

    def refresh(self) -> None:
        data = self.data
        self.list.clear()
        if self._show_state():
            return
        self.problems = checks.submission_problems(data.db, data.assessment_id, data.language)
        words = {checks.ProblemKind.REQUIRED_MISSING: self.tr("required, not answered"),
                 checks.ProblemKind.INVALID: self.tr("invalid"),
                 checks.ProblemKind.EVIDENCE_MISSING: self.tr("evidence required"),
                 checks.ProblemKind.RETURNED: self.tr("returned by the reviewer, not changed since")}
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in self.problems:
            question = data.text(data.placement(problem.code).question.text)
            detail = (f" — {ui_messages.text(problem.message, with_subject=False)}"
                      if problem.kind is checks.ProblemKind.INVALID else "")
            item = QListWidgetItem(f"{problem.code} — {words[problem.kind]}{detail}\n{question}", self.list)
            item.setIcon(icon)
            item.setData(CODE_ROLE, problem.code)
            item.setToolTip(self.tr("Go to {code}").format(code=problem.code))
        if self.problems:
            self.summary.setText(ui_messages.text(PROBLEMS(n=len(self.problems))))
        else:
            self.summary.setText(self.tr("No problems found: every required question is answered, "
                                         "valid and documented."))
        self.list.setVisible(bool(self.problems))
        self.anyway.setChecked(False)
        self.anyway.setVisible(bool(self.problems))
        self._update()

    def _update(self) -> None:
        target = self._target()
        if target is None:
            status = labels.status(self.data.assessment.status).lower()
            self.blocked.setText(self.tr("The assessment is {status}; you cannot submit it now.").format(
                status=status))
        self.blocked.setVisible(target is None)
        ready = not self.problems or (self.anyway.isChecked() and bool(self.note.toPlainText().strip()))
        self.submit_button.setEnabled(target is not None and ready)
        self.anyway.setEnabled(target is not None)
        self.note.setEnabled(target is not None)

    def submit(self) -> None:
        target = self._target()
        if target is None:
            return
        note = self.note.toPlainText()
        if self._save(lambda: assessments.set_status(self.data.db, self.data.assessment_id, target, note=note)):
            self.note.clear()
            self.refresh()  # the page says "submitted" behind the confirmation
            self.submitted.emit()
