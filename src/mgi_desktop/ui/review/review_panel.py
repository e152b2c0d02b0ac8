"""The reviewer's panel: a decision on the question shown, the next one to review, the counts, the steps.

Narrow enough to sit beside the question page (a dock or the right side of
the assessment view).  Decisions go through `services.review`, status steps
through `services.assessments.set_status`; which steps are offered comes from
`services.workflow.allowed_next`, so the panel never decides who may do what.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.enums import AssessmentStatus, ReviewState, Role
from mgi_desktop.errors import MgiError
from mgi_desktop.questionnaire.model import LocalizedText
from mgi_desktop.services import answers, assessments, checks, review, standing, workflow
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.errors import save_or_explain, show_error
from mgi_desktop.ui.times import local_time
from mgi_desktop.ui.widgets.plain_text import PlainText, ctrl_enter_presses
from mgi_desktop.ui.widgets.wrap_check import WrapCheckBox


class NoteDialog(QDialog):
    """A title, a prompt and a note; OK stays disabled while a required note is empty."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, *, required: bool,
                 ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.edit = PlainText(self)
        self.edit.setObjectName("note")
        self.edit.setAccessibleName(prompt)
        label.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ctrl_enter_presses(self.edit, self.ok)
        self.edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(not self.required or bool(self.text()))

    def text(self) -> str:
        return self.edit.toPlainText().strip()


def ask_note(parent: QWidget | None, title: str, prompt: str, *, required: bool, ok_text: str = "") -> str | None:
    """The note typed, or None when cancelled."""
    dialog = NoteDialog(parent, title, prompt, required=required, ok_text=ok_text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()


state_name = labels.review_state


class ReviewPanel(QWidget):
    """`ReviewPanel(db, assessment_id)`; call `show_question(code)` when the view shows a question."""

    go_to_question = Signal(str)
    changed = Signal(object)
    #: the "returned and unresolved" filter was switched on or off (`attention_codes()` lists them)
    filter_toggled = Signal(bool)
    status_message = Signal(str)
    #: the focal point resubmits through the submit check (it lists returned answers not revised)
    submit_requested = Signal()

    def __init__(self, db: Database, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        assessment = assessments.get(db, assessment_id)
        self.language = labels.assessment_language(assessment)
        self.framework = assessments.framework_of(db, assessment)
        self.code: str | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        font = QFont(self.status_label.font())
        font.setBold(True)
        self.status_label.setFont(font)
        self.step_buttons: dict[AssessmentStatus, QPushButton] = {}
        self.steps = QWidget(self)
        self.steps_layout = QVBoxLayout(self.steps)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.question_box = QGroupBox(self.tr("This question"), self)
        self.question_label = QLabel(self.question_box)
        self.question_label.setObjectName("question")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = QLabel(self.question_box)
        self.state_label.setObjectName("review_state")
        self.state_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept"), self.question_box)
        self.accept_button.setObjectName("accept")
        self.accept_button.setToolTip(self.tr("Accept this answer (Ctrl+Shift+A)"))
        self.accept_button.setShortcut("Ctrl+Shift+A")
        self.accept_button.clicked.connect(self.accept_current)
        self.return_button = QPushButton(self.tr("Return…"), self.question_box)
        self.return_button.setObjectName("return")
        self.return_button.setToolTip(self.tr("Return this answer to the focal point with a reason (Ctrl+Shift+R)"))
        self.return_button.setShortcut("Ctrl+Shift+R")
        self.return_button.clicked.connect(self.return_current)
        self.next_button = QPushButton(self.tr("Next to review"), self.question_box)
        self.next_button.setObjectName("next")
        self.next_button.setShortcut("Ctrl+Shift+N")
        self.next_button.setToolTip(self.tr("The next answered question without a decision (Ctrl+Shift+N)"))
        self.next_button.clicked.connect(self.next_to_review)
        self.auto_next = WrapCheckBox(self.tr("Go to the next after a decision"), self.question_box)
        self.auto_next.setObjectName("auto_next")
        self.auto_next.setChecked(True)
        self.note_label = QLabel(self.question_box)
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        decisions = QHBoxLayout()
        decisions.addWidget(self.accept_button)
        decisions.addWidget(self.return_button)
        box = QVBoxLayout(self.question_box)
        box.addWidget(self.question_label)
        box.addWidget(self.state_label)
        box.addLayout(decisions)
        box.addWidget(self.next_button)
        box.addWidget(self.auto_next)
        box.addWidget(self.note_label)

        self.counts_box = QGroupBox(self.tr("Decisions per domain"), self)
        self.table = QTableWidget(0, 4, self.counts_box)
        self.table.setObjectName("counts")
        self.table.setHorizontalHeaderLabels([self.tr("Accepted"), self.tr("Returned"), self.tr("To review"),
                                              self.tr("Comments")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        # every header whole (French ones are long); what is left goes to the last column
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Answered questions that apply, by their latest decision; “to review” "
                                      "includes answers revised after a return; comments: unresolved threads"))
        self.filter_box = WrapCheckBox(self.tr("Show only returned answers and unresolved comments"), self.counts_box)
        self.filter_box.setObjectName("attention_filter")
        self.filter_box.toggled.connect(self.filter_toggled.emit)
        counts = QVBoxLayout(self.counts_box)
        counts.addWidget(self.table)
        counts.addWidget(self.filter_box)

        top = QGridLayout()
        top.addWidget(self.status_label, 0, 0)
        top.addWidget(self.steps, 1, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.question_box)
        layout.addWidget(self.counts_box)
        layout.addStretch(1)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------


    def _text(self, value: LocalizedText | None) -> str:
        return labels.content(value, self.language, self.framework.model.source_language)
    def _can_review(self) -> tuple[bool, str]:
        status = AssessmentStatus(assessments.get(self.db, self.assessment_id).status)
        try:
            workflow.check_can_review(status, assessments.actor(self.db, self.assessment_id))
        except MgiError as exc:
            return False, ui_messages.error_text(exc)
        return True, ""

    def refresh(self) -> None:
        """Re-read the status, the counts and the question shown (after any change)."""
        assessment = assessments.get(self.db, self.assessment_id)
        status = AssessmentStatus(assessment.status)
        # The role the user's key holds in this assessment, not the role setting: a focal point sees no
        # decision buttons on their own assessment, whatever the setting says (they are hidden, not greyed).
        role = self.role = Role(assessments.actor(self.db, self.assessment_id).role)
        for widget in (self.accept_button, self.return_button, self.next_button, self.auto_next):
            widget.setVisible(role == Role.REVIEWER)
        self.status_label.setText(self.tr("Status: {status}").replace("{status}", labels.status(status.value)))
        self._fill_steps(workflow.allowed_next(status, role))
        self._keep_steps_room(role)
        self._fill_counts()
        self._show_current()

    def _fill_steps(self, targets: list[AssessmentStatus]) -> None:
        for button in self.step_buttons.values():
            self.steps_layout.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        names = {
            AssessmentStatus.IN_REVIEW: self.tr("Start the review"),
            AssessmentStatus.RETURNED: self.tr("Return the assessment to the focal point…"),
            AssessmentStatus.VALIDATED: self.tr("Validate the assessment…"),
            AssessmentStatus.RESUBMITTED: self.tr("Resubmit for review…"),
            AssessmentStatus.APPROVED: self.tr("Approve the validated assessment…"),
            AssessmentStatus.SUBMITTED: self.tr("Submit for review…"),
        }
        for target in targets:
            button = QPushButton(names.get(target, labels.status(target.value)), self)
            button.setObjectName(f"step_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self.change_status(t))
            self.steps_layout.addWidget(button)
            self.step_buttons[target] = button

    def _keep_steps_room(self, role: Role) -> None:
        """The steps take the room of the most any status offers this role, so that the question's Accept
        and Return do not move when "Start the review" becomes "Return…" and "Validate…"."""
        most = max(len(workflow.allowed_next(status, role)) for status in AssessmentStatus)
        if not most:
            self.steps.setMinimumHeight(0)
            return
        row = QPushButton("X").sizeHint().height()  # unparented: gone when it goes out of scope
        spacing = max(self.steps_layout.spacing(), 0)
        self.steps.setMinimumHeight(most * row + (most - 1) * spacing)

    def _fill_counts(self) -> None:
        summary = review.counts(self.db, self.assessment_id)
        rows = [(str(d.number), f"{d.number}. {self._text(d.title)}", summary.domains[d.number])
                for d in self.framework.model.domains] + [(self.tr("All"), self.tr("All domains"), summary.overall)]
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([short for short, _, _ in rows])
        for row, (_, name, tally) in enumerate(rows):
            values = (tally.accepted, tally.returned, tally.to_review, tally.unresolved_comments)
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == len(rows) - 1:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            self.table.verticalHeaderItem(row).setToolTip(name)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + sum(self.table.rowHeight(r) for r in range(len(rows))))
        # as wide as its columns (no scroll bar to show what is cut off): the splitter leaves it that
        header = self.table.horizontalHeader()
        self.table.setMinimumWidth(self.table.verticalHeader().sizeHint().width() + 2 * self.table.frameWidth()
                                   + sum(header.sectionSizeHint(c) for c in range(self.table.columnCount())))

    def show_question(self, code: str | None) -> None:
        """Show `code`'s answer, review state and decision buttons (None: no question shown)."""
        self.code = code
        self._show_current()

    def _focal_point_note(self, state: ReviewState | None) -> str:
        """What the reviewer's decision asks of the focal point (they never see the reviewer's controls)."""
        status = AssessmentStatus(assessments.get(self.db, self.assessment_id).status)
        if status is AssessmentStatus.VALIDATED:
            return self.tr("IOM validated the assessment: approve it to close the round.")
        if status is not AssessmentStatus.RETURNED:
            return ""
        if state is ReviewState.RETURNED:
            return self.tr("To do: change the answer as the reviewer asks, or say in the comments why it "
                           "stands; then resubmit.")
        if state is ReviewState.REVISED:
            return self.tr("Revised: the reviewer looks at it again once you resubmit.")
        if state is ReviewState.ACCEPTED:
            return self.tr("Accepted by the reviewer: nothing to do here.")
        return ""

    def _show_current(self) -> None:
        can, why = self._can_review()
        focal = self.role is Role.FOCAL_POINT
        if focal:
            why = ""  # the reviewer's controls are hidden from the focal point: no word about them either
        code = self.code
        self.next_button.setEnabled(can)
        if code is None or code not in self.framework.placements:
            self.question_label.setText(self.tr("No question is shown."))
            self.state_label.setText("")
            self.accept_button.setEnabled(False)
            self.return_button.setEnabled(False)
            self._note(self._focal_point_note(None) if focal else why)
            return
        view = answers.get_answer(self.db, self.assessment_id, code)
        question = " ".join(self._text(self.framework.placement(code).question.text).split())
        answer = (self.framework.label_of(code, view.value, self.language) if view.answered
                  else self.tr("not answered"))
        self.question_label.setText(f"{code}  {question}\n" + self.tr("Answer: {answer}").replace("{answer}", answer))
        state = state_name(view.review_state)
        text = self.tr("Review: {state}").replace("{state}", state)
        history = review.history(self.db, self.assessment_id, code)
        if history:
            last = history[-1]
            text += "\n" + self.tr("Last decision: {decision} by {who}, {when}").replace(
                "{decision}", state_name(last.decision).lower()).replace(
                "{who}", last.reviewer).replace("{when}", local_time(last.decided_at))
            if last.reason:
                text += "\n" + self.tr("Reason: {reason}").replace("{reason}", last.reason)
        self.state_label.setText(text)
        self.accept_button.setEnabled(can and view.answered and view.review_state != ReviewState.ACCEPTED)
        self.return_button.setEnabled(can)
        if focal:
            self._note(self._focal_point_note(view.review_state))
            return
        self._note(why if not can else (
            "" if view.answered else self.tr("Unanswered: it can be returned (“please answer”), not accepted.")))

    def _note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def attention_codes(self) -> list[str]:
        """Returned answers and answers with unresolved comments, in questionnaire order."""
        return review.attention(self.db, self.assessment_id)

    # -- acting -----------------------------------------------------------------------------

    def _done(self, changes: Changes, message: str) -> None:
        self.changed.emit(changes)
        self.status_message.emit(message)
        self.refresh()

    def _accept_anyway(self, code: str) -> bool:
        """An answer the submit check would flag (evidence missing, invalid) is accepted only when confirmed."""
        words = {checks.ProblemKind.REQUIRED_MISSING: self.tr("a required answer is missing"),
                 checks.ProblemKind.INVALID: self.tr("the answer is not valid"),
                 checks.ProblemKind.EVIDENCE_MISSING: self.tr("the evidence this question requires is missing")}
        problems = [p for p in checks.submission_problems(self.db, self.assessment_id, self.language)
                    if p.code == code and p.kind in words]
        if not problems:
            return True
        why = "\n".join(f"• {words[p.kind]}" + (f": {ui_messages.text(p.message, with_subject=False)}"
                                                 if p.kind is checks.ProblemKind.INVALID else "")
                        for p in problems)
        answer = QMessageBox.question(
            self, self.tr("Accept {code}?").replace("{code}", code),
            self.tr("Accept {code} although:").replace("{code}", code) + "\n" + why + "\n\n"
            + self.tr("You can return it instead, asking for what is missing."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def accept_current(self) -> None:
        code = self.code
        if code is None:
            return
        if not self._accept_anyway(code):
            return
        changes = save_or_explain(self, lambda: review.accept(self.db, self.assessment_id, code))
        if changes is None:
            return
        self._done(changes, self.tr("{code} accepted").replace("{code}", code))
        if self.auto_next.isChecked():
            self.next_to_review()

    def return_current(self) -> None:
        code = self.code
        if code is None:
            return
        reason = ask_note(self, self.tr("Return {code}").replace("{code}", code), self.tr(
            "Why is this answer returned? The focal point reads this in the question's comments."),
            required=True, ok_text=self.tr("Return"))
        if not reason:
            return
        changes = save_or_explain(self, lambda: review.return_answer(self.db, self.assessment_id, code, reason))
        if changes is None:
            return
        self._done(changes, self.tr("{code} returned").replace("{code}", code))
        if self.auto_next.isChecked():
            self.next_to_review()

    def next_to_review(self) -> None:
        code = review.next_to_review(self.db, self.assessment_id, self.code)
        if code is None:
            self._note(self.tr("Nothing left to review: every answered question has a decision."))
            return
        self.show_question(code)
        self.go_to_question.emit(code)

    def change_status(self, target: AssessmentStatus) -> None:
        current = AssessmentStatus(assessments.get(self.db, self.assessment_id).status)
        if target is AssessmentStatus.RESUBMITTED and self.role is Role.FOCAL_POINT:
            self.submit_requested.emit()
            return
        if target is AssessmentStatus.VALIDATED:  # why not, before the reviewer types a note for nothing
            refusal = standing.validation_refusal(self.db, self.assessment_id)
            if refusal is not None:
                show_error(self, refusal)
                return
        name = labels.status(target.value)
        note = ask_note(self, self.tr("Change the status to “{status}”").replace("{status}", name), self.tr(
            "A note for the audit trail and the other side (what was done, what is expected next):"),
            required=target is AssessmentStatus.RETURNED, ok_text=name)
        if note is None:
            return
        changes = save_or_explain(self, lambda: assessments.set_status(self.db, self.assessment_id, target, note=note))
        if changes is None:
            self.refresh()
            return
        self._done(changes, self.tr("Status: {old} → {new}").replace("{old}", labels.status(current.value))
                   .replace("{new}", name))

