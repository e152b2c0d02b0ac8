"""The strip at the top of an assessment: its status in words, who has it now, the latest step's
note, and one button for the next step (`services.standing` says which).

Two lines at most, so that it fits a 1366x768 window above the question page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from mgi_desktop.enums import AssessmentStatus as S
from mgi_desktop.enums import Role
from mgi_desktop.messages import Template
from mgi_desktop.services.standing import NextStep, Standing
from mgi_desktop.ui import labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.times import local_time

# Counts read with their plural forms (English here, translated in the Messages context)
RETURNED_TO_YOU = Template("window.strip_returned", "Returned to you: {n} answer to revise",
                           plural="Returned to you: {n} answers to revise", count="n")
TO_REVIEW = Template("window.strip_to_review", "With you: {n} answer to review",
                     plural="With you: {n} answers to review", count="n")
REVISE = Template("window.strip_revise", "Revise {n} returned answer", plural="Revise {n} returned answers",
                  count="n")
CAME_BACK = Template("window.strip_came_back", "What came back ({n} to look at)…",
                     plural="What came back ({n} to look at)…", count="n")


class StatusStrip(QFrame):
    """`refresh(standing)` after every status step, send or import; `step_requested` asks for the next step."""

    step_requested = Signal(str)  # a NextStep value
    summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_strip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.where = QLabel(self)
        self.where.setObjectName("where")
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        self.note.setObjectName("step_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long notes elide
        self.summary_button = QPushButton(self)
        self.summary_button.setObjectName("came_back")
        self.summary_button.clicked.connect(self.summary_requested.emit)
        self.summary_button.hide()
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_step")
        self.step = NextStep.NONE
        self.next_button.clicked.connect(lambda: self.step_requested.emit(self.step.value))
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        text.addWidget(self.where)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addLayout(text, 1)
        layout.addWidget(self.summary_button)
        layout.addWidget(self.next_button)

    # -- words --------------------------------------------------------------------------

    def holder(self, s: Standing) -> str:
        """Who has the assessment now, in words."""
        focal = s.role is Role.FOCAL_POINT
        if not s.party:
            return self.tr("You are not one of its parties: you can read, comment and flag")
        if s.status is S.APPROVED:
            return self.tr("Approved: the assessment is complete")
        if focal:
            if s.status is S.DRAFT:
                return self.tr("With you: a draft")
            if s.status is S.RETURNED:
                if s.returned:
                    return ui_messages.text(RETURNED_TO_YOU(n=len(s.returned)))
                return self.tr("Returned to you: every returned answer is revised")
            if s.status in (S.SUBMITTED, S.RESUBMITTED):
                return (self.tr("Sent to IOM — waiting for the review") if s.sent
                        else self.tr("Submitted, not yet with IOM: send it"))
            if s.status is S.VALIDATED:
                return self.tr("Validated by IOM: approve it to close the round")
            return self.tr("With IOM: the review is under way")
        if s.status in (S.RETURNED, S.VALIDATED):
            return (self.tr("Sent to the focal point — waiting for them") if s.sent
                    else self.tr("Decided, not yet with the focal point: send it"))
        if s.status in (S.SUBMITTED, S.RESUBMITTED, S.IN_REVIEW):
            if s.to_review:
                return ui_messages.text(TO_REVIEW(n=s.to_review))
            return self.tr("With you: every answer has a decision")
        return self.tr("With the focal point")

    def button_text(self, s: Standing) -> str:
        return {
            NextStep.SUBMIT: self.tr("Check and submit…"),
            NextStep.SEND: (self.tr("Send to IOM…") if s.role is Role.FOCAL_POINT
                            else self.tr("Send to the focal point…")),
            NextStep.REVISE: ui_messages.text(REVISE(n=len(s.returned))),
            NextStep.RESUBMIT: self.tr("Check and resubmit…"),
            NextStep.APPROVE: self.tr("Approve…"),
            NextStep.REVIEW: (self.tr("Start the review") if s.status in (S.SUBMITTED, S.RESUBMITTED)
                              else self.tr("Next to review")),
            NextStep.VALIDATE: self.tr("Validate…"),
            NextStep.RETURN: self.tr("Return to the focal point…"),
        }.get(s.next, "")

    # -- showing ------------------------------------------------------------------------

    def refresh(self, s: Standing) -> None:
        self.step = s.next
        status = labels.status(s.status.value)
        self.where.setText(f"<b>{_html(status)}</b> · {_html(self.holder(s))}")
        note = s.note
        if note is not None:
            line = self.tr("“{note}” — {who}, {when}").replace("{note}", " ".join(note.note.split())).replace(
                "{who}", note.actor).replace("{when}", local_time(note.at))
            self.note.setText(line)
            self.note.setToolTip(note.note)
        self.note.setVisible(note is not None)
        text = self.button_text(s)
        self.next_button.setText(text)
        self.next_button.setVisible(bool(text))

    def show_came_back(self, left: int) -> None:
        """The import summary's button, while `left` of its questions are still to look at."""
        self.summary_button.setText(ui_messages.text(CAME_BACK(n=left)))
        self.summary_button.setVisible(left > 0)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
