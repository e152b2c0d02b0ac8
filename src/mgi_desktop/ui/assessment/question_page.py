"""The page of one question; one instance is reused for every question (only the editor is rebuilt)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Message
from mgi_desktop.questionnaire import condition_words
from mgi_desktop.questionnaire.framework import AnswerValue
from mgi_desktop.services import answers, comments, evidence
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment.answer_widgets import AnswerEditor, Debounced, is_answer_key, make_editor, signature
from mgi_desktop.ui.assessment.assessment_data import AssessmentData, State
from mgi_desktop.ui.assessment.comment_thread import CommentThread
from mgi_desktop.ui.assessment.evidence_dialog import EvidencePanel
from mgi_desktop.ui.assessment.saver import Saver
from mgi_desktop.ui.widgets.plain_text import PlainText

JUSTIFICATION_DELAY_MS = 600


class _SelectableOnHover(QObject):
    """Makes a label's text selectable while the mouse is over it (or text is selected in it).

    A selectable label keeps its text in a text document, laid out again for every size question and
    paint: for the page's long texts that was a quarter of the time of moving on.  A plain label is
    laid out by font metrics; the document is made only when a person may select.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel):
            if event.type() == QEvent.Type.Enter:
                watched.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            elif event.type() == QEvent.Type.Leave and not watched.hasSelectedText():
                watched.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return False


_SELECTABLE_ON_HOVER = _SelectableOnHover()


def _label(parent: QWidget, name: str, *, wrap: bool = True, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.installEventFilter(_SELECTABLE_ON_HOVER)
    return label


class Banner(QFrame):
    """A note across the page (not applicable, read-only, carried over) with an optional button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.text = _label(self, name + "_text")
        self.button = QPushButton(self)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_text(self, text: str | None) -> None:
        self.setVisible(bool(text))
        if text:
            self.text.setText(text)
            self.setAccessibleDescription(text)


class QuestionPage(QWidget):
    value_committed = Signal(str, object)  # code, value
    justification_committed = Signal(str, str)  # code, text
    previous_requested = Signal()
    next_requested = Signal()
    #: a short note for the status bar (an answer key pressed where no answer can be picked)
    status_message = Signal(str)

    def __init__(self, data: AssessmentData, save: Saver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self._save = save
        self.code: str | None = None
        self.editor: AnswerEditor | None = None
        self._editors: dict[tuple[object, ...], AnswerEditor] = {}
        self._signature: tuple[object, ...] | None = None
        self._read_only_note: str | None = None
        self._editable = False
        self._build()
        # focus can rest on the page itself (a click on its background, a question that does not
        # apply), where the answer keys still work
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # lists take letters for their type-ahead search: here the letters answer
        for widget in (self.evidence.list, self.comment_thread.list):
            widget.installEventFilter(self)

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        body.setBackgroundRole(QPalette.ColorRole.Base)
        column = QVBoxLayout(body)
        self._column = column
        self.breadcrumb = _label(body, "breadcrumb")
        self.breadcrumb.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header = QHBoxLayout()
        self.code_label = _label(body, "code", wrap=False)
        bold = QFont(self.code_label.font())
        bold.setBold(True)
        self.code_label.setFont(bold)
        self.position_label = _label(body, "position", wrap=False, selectable=False)
        self.required_label = _label(body, "required", wrap=False, selectable=False)
        header.addWidget(self.code_label)
        header.addWidget(self.required_label)
        header.addStretch(1)
        header.addWidget(self.position_label)
        self.question_label = _label(body, "question")
        big = QFont(self.question_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.question_label.setFont(big)
        self.hint_label = _label(body, "hint")
        self.guidance_label = _label(body, "guidance")
        self.not_applicable = Banner("not_applicable", body)
        self.read_only = Banner("read_only", body)
        self.returned = Banner("returned", body)
        self.carried_over = Banner("carried_over", body)
        self.carried_over.button.setText(self.tr("&Confirm this answer"))
        self.carried_over.button.show()
        self.carried_over.button.clicked.connect(self._confirm)

        self.answer_box = QGroupBox(self.tr("Answer"), body)
        self.answer_layout = QVBoxLayout(self.answer_box)
        self.editor_slot = QVBoxLayout()
        self.answer_layout.addLayout(self.editor_slot)
        self.messages = QWidget(self.answer_box)
        self.messages.setObjectName("messages")
        icon = QLabel(self.messages)
        size = self.fontMetrics().height()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.message_label = _label(self.messages, "message_text")
        row = QHBoxLayout(self.messages)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message_label, 1)
        self.messages.hide()
        self.answer_layout.addWidget(self.messages)
        self.clear_button = QPushButton(self.tr("C&lear answer"), self.answer_box)
        self.clear_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.clear_button.clicked.connect(lambda: self._commit_value(None))
        self.answer_layout.addWidget(self.clear_button)
        justification_label = QLabel(self.tr("&Justification (sources, explanation):"), self.answer_box)
        self.justification = PlainText(self.answer_box)
        self.justification.setObjectName("justification")
        self.justification.setAccessibleName(self.tr("Justification"))
        justification_label.setBuddy(self.justification)
        self.answer_layout.addWidget(justification_label)
        self.answer_layout.addWidget(self.justification)
        self._justification_timer = QTimer(self)
        self._justification_timer.setSingleShot(True)
        self._justification_timer.setInterval(JUSTIFICATION_DELAY_MS)
        self._justification_timer.timeout.connect(self.flush_justification)
        self.justification.textChanged.connect(self._justification_timer.start)
        self.justification.focus_lost.connect(self.flush_justification)

        self.evidence_box = QGroupBox(self.tr("Evidence"), body)
        self.evidence = EvidencePanel(self._save, self.evidence_box)
        self.evidence.changed.connect(self._reload_lists)
        QVBoxLayout(self.evidence_box).addWidget(self.evidence)
        self.comments_box = QGroupBox(self.tr("Comments"), body)
        self.comment_thread = CommentThread(self._save, self.comments_box)
        self.comment_thread.changed.connect(self._reload_lists)
        QVBoxLayout(self.comments_box).addWidget(self.comment_thread)
        self.flag = QCheckBox(self.tr("Fla&g for follow-up"), body)
        self.flag.setObjectName("flag")
        self.flag.clicked.connect(self._flag_clicked)

        column.addWidget(self.breadcrumb)
        column.addWidget(self.read_only)
        column.addLayout(header)
        widgets: tuple[QWidget, ...] = (
            self.question_label, self.hint_label, self.guidance_label, self.not_applicable, self.returned,
            self.carried_over, self.answer_box, self.evidence_box, self.comments_box, self.flag)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll
        self.previous_button = QPushButton(self.tr("← Previous"), self)
        self.previous_button.setObjectName("previous")
        self.previous_button.setToolTip(self.tr("Previous question (Alt+Left)"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton(self.tr("Next →"), self)
        self.next_button.setObjectName("next")
        self.next_button.setToolTip(self.tr("Next question (Alt+Right)"))
        self.next_button.clicked.connect(self.next_requested)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(nav)

    # -- showing a question --------------------------------------------------------

    def set_read_only_note(self, note: str | None) -> None:
        self._read_only_note = note
        self.read_only.show_text(note)

    def show_question(self, code: str) -> None:
        self.flush()
        # Showing a hidden widget lays its ancestors out at once, and moving on shows several (banners,
        # hint, lists, the editor): with the page's layout off meanwhile, it is laid out once, afterwards
        self._column.setEnabled(False)
        try:
            self._show_question(code)
        finally:
            self._column.setEnabled(True)
            self._column.invalidate()

    def _show_question(self, code: str) -> None:
        data = self.data
        placement = data.placement(code)
        question = placement.question
        self.code = code
        view = data.answers[code]
        status = data.statuses[code]
        self.breadcrumb.setText(self.tr("Domain {n}: {domain} › {sub_area} › {indicator}").format(
            n=placement.domain.number, domain=data.text(placement.domain.title),
            sub_area=data.text(placement.sub_area.title), indicator=data.text(placement.indicator.title)))
        self.code_label.setText(code)
        self.show_position()
        self.required_label.setText(self.tr("(required)") if question.required else self.tr("(optional)"))
        self.question_label.setText(data.text(question.text))
        self._optional_text(self.hint_label, data.text(question.hint), "")
        self._optional_text(self.guidance_label, data.text(question.guidance), self.tr("Guidance: "))
        self.question_label.setAccessibleName(data.text(question.text))

        wanted = signature(placement, data.language)
        if wanted != self._signature or self.editor is None:
            self._replace_editor(placement, wanted)
            self._signature = wanted
        assert self.editor is not None
        self.editor.set_value(view.value)
        self.editor.offer(data.offered(code))
        self.editor.setAccessibleName(self.tr("Answer to {code}").format(code=code))

        relevant = status.state is not State.NOT_APPLICABLE
        self.not_applicable.show_text(None if relevant else self._not_applicable_text(code))
        self.carried_over.show_text(self.tr("Carried over from the previous round: confirm it, or change it.")
                                    if view.carried_over and relevant else None)
        self.returned.show_text(self._returned_text(status.returned))
        editable = self._editable = relevant and self._read_only_note is None
        self.editor.set_read_only(not editable)
        self.clear_button.setEnabled(editable)
        self.carried_over.button.setEnabled(editable)
        self.justification.setReadOnly(not editable)
        self.answer_box.setEnabled(relevant)
        self.evidence_box.setEnabled(relevant)
        self.evidence.set_read_only(not editable)
        self.justification.blockSignals(True)
        self.justification.setPlainText(view.justification)
        self.justification.blockSignals(False)
        self.show_messages(list(status.messages) if relevant else [])
        self.flag.setChecked(view.flagged)
        self.evidence_box.setTitle(self.tr("Evidence (required)") if question.evidence_required
                                   else self.tr("Evidence"))
        self.evidence.db = self.comment_thread.db = data.db
        self.evidence.assessment_id = self.comment_thread.assessment_id = data.assessment_id
        self.evidence.code = self.comment_thread.code = code
        # only ask the database when there is something to show: navigation stays query-free
        self.evidence.show_items(evidence.for_question(data.db, data.assessment_id, code)
                                 if view.evidence_count else [])
        self.comment_thread.show_comments(comments.for_question(data.db, data.assessment_id, code)
                                  if view.comment_count else [])
        self.previous_button.setEnabled(data.neighbour(code, -1) is not None)
        self.next_button.setEnabled(data.neighbour(code, +1) is not None)
        self.scroll_area.verticalScrollBar().setValue(0)

    def show_position(self) -> None:
        """Where the question stands among all of the questionnaire's, and how many apply now (the
        overview's count): answers change the second, never the first."""
        if self.code is None:
            return
        data = self.data
        self.position_label.setText(self.tr("Question {i} of {n} · {relevant} apply").format(
            i=data.position(self.code) + 1, n=len(data.codes), relevant=data.progress.overall.relevant))

    def refresh_status(self) -> None:
        """After a save: the state around the answer (not the typed text, which the user may be editing)."""
        if self.code is None:
            return
        self.show_position()
        view = self.data.answers[self.code]
        status = self.data.statuses[self.code]
        relevant = status.state is not State.NOT_APPLICABLE
        self.carried_over.show_text(self.tr("Carried over from the previous round: confirm it, or change it.")
                                    if view.carried_over and relevant else None)
        self.returned.show_text(self._returned_text(status.returned))
        self.flag.setChecked(view.flagged)
        self.show_messages(list(status.messages) if relevant else [])

    def _returned_text(self, returned: bool) -> str | None:
        if not returned:
            return None
        if self.data.read_only_cause() == "reviewer":
            return self.tr("This answer was returned to the focal point; it waits for their revision.")
        return self.tr("The reviewer returned this answer: read the comments below, then revise it.")

    def _optional_text(self, label: QLabel, text: str, prefix: str) -> None:
        label.setVisible(bool(text))
        if text:
            label.setText(prefix + text)

    def _not_applicable_text(self, code: str) -> str:
        data = self.data
        reason = condition_words.explain(data.framework, code, data.values, data.language, data.progress.relevance)
        return self.tr("Not applicable: {reason}").format(reason=reason)

    def _replace_editor(self, placement: object, wanted: tuple[object, ...]) -> None:
        """Show the editor for this signature, built once and kept (questionnaires reuse a few kinds)."""
        had_focus = False
        if self.editor is not None:
            self.editor.flush()
            focus = QApplication.focusWidget()
            had_focus = focus is not None and self.editor.isAncestorOf(focus)
            self.editor.hide()
        editor = self._editors.get(wanted)
        if editor is None:
            editor = make_editor(placement, self.data.language, self.answer_box)  # type: ignore[arg-type]
            editor.setObjectName("answer_editor")
            editor.edited.connect(lambda value: self._commit_value(value))
            editor.typing.connect(self._typing)
            self.editor_slot.addWidget(editor)
            self._editors[wanted] = editor
        editor.show()
        self.editor = editor
        self._fix_tab_order()
        if had_focus:
            editor.focus_first()

    def _fix_tab_order(self) -> None:
        assert self.editor is not None
        chain: list[QWidget] = [self.carried_over.button]
        chain += [w for w in self.editor.findChildren(QWidget)
                  if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self.editor.window()]
        chain += [self.clear_button, self.justification, self.evidence.list, self.evidence.add_button,
                  self.evidence.edit_button, self.evidence.remove_button, self.evidence.open_button,
                  self.comment_thread.list, self.comment_thread.edit, self.comment_thread.add_button, self.flag,
                  self.previous_button, self.next_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_answer(self) -> None:
        """Focus on the answer, or on the page when there is nothing to answer (the keys say why)."""
        if self.editor is not None and self._editable:
            self.editor.focus_first()
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def settle_focus(self) -> None:
        """After moving to another question: leave focus where the answer keys work.  Previous and
        Next keep it (Space goes on moving); a text field, or a widget the new question disables,
        gives it to the answer."""
        focus = self.window().focusWidget()  # the window's, active or not: where its keys will go
        if focus is not None and focus.isEnabled() and focus.isVisible():
            if focus in (self.previous_button, self.next_button):
                return
            if self._editable and self.editor is not None and self.editor.isAncestorOf(focus):
                return
        self.focus_answer()

    # -- answer keys ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # keys that no child took come up here: from buttons, the flag, the page itself (text fields
        # keep theirs); no application-wide filter, which every event of every move would pay for
        if not (is_answer_key(event) and self._answer_key(event)):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and is_answer_key(event)
                and watched in (self.evidence.list, self.comment_thread.list)):
            return self._answer_key(event)
        return super().eventFilter(watched, event)

    def _answer_key(self, event: QKeyEvent) -> bool:
        """An answer key pressed on the page, away from the answer: pick that answer, or say why not."""
        if self.code is None or self.editor is None:
            return False
        if not self._editable:
            if self.data.statuses[self.code].state is State.NOT_APPLICABLE:
                self.status_message.emit(self.tr("This question does not apply: there is nothing to answer."))
            else:
                self.status_message.emit(self.tr("The answers are read-only here."))
            return True
        picked = self.editor.answer_key(event)
        if picked is None:
            return False  # a typed answer: the key is not an answer
        if not picked:
            self.status_message.emit(self.tr("No answer of this question has that key."))
        return True

    # -- messages -----------------------------------------------------------------

    def show_messages(self, messages: list[Message]) -> None:
        # the question is on screen: its code is not repeated before each message
        texts = [ui_messages.text(m, with_subject=False) for m in messages]
        if not texts and self.code is not None:
            status = self.data.statuses[self.code]
            if status.state is State.REQUIRED_MISSING:
                texts = [self.tr("This question is required: choose or enter an answer.")]
            elif status.state is State.EVIDENCE_MISSING:
                texts = [self.tr("Add the evidence this answer needs: this question requires at least one "
                                 "source (Evidence, below).")]
        self.messages.setVisible(bool(texts))
        if texts:
            self.message_label.setText("\n".join(texts))
            self.messages.setAccessibleDescription("\n".join(texts))

    def _typing(self, text: str) -> None:
        if self.code is not None:
            self.show_messages(self.data.messages_for(self.code, text or None))

    # -- committing ----------------------------------------------------------------

    def _commit_value(self, value: AnswerValue) -> None:
        code = self.code
        if code is None:
            return
        try:
            canonical = self.data.framework.check_value(code, value)
        except MgiError:  # not a value of this type: say so inline, save nothing
            self.show_messages(self.data.messages_for(code, value))
            return
        self.value_committed.emit(code, value)  # saved by the view, synchronously
        if self.data.answers[code].value == canonical and isinstance(self.editor, Debounced):
            self.editor.mark_committed(self.editor.text())

    def flush_justification(self) -> None:
        self._justification_timer.stop()
        if self.code is None or self.justification.isReadOnly():
            return
        text = self.justification.toPlainText()
        if text != self.data.answers[self.code].justification:
            self.justification_committed.emit(self.code, text)

    def flush(self) -> None:
        """Save whatever is still being typed (before navigation, closing, submitting)."""
        if self.editor is not None:
            self.editor.flush()
        self.flush_justification()

    def _confirm(self) -> None:
        code = self.code
        if code is not None:
            self._save(lambda: answers.confirm_carried_over(self.data.db, self.data.assessment_id, code))

    def _flag_clicked(self, checked: bool) -> None:
        code = self.code
        if code is not None:
            if self._save(lambda: answers.set_flag(self.data.db, self.data.assessment_id, code, checked)) is None:
                self.flag.setChecked(not checked)

    def _reload_lists(self) -> None:
        if self.code is not None:
            self.evidence.show_items(evidence.for_question(self.data.db, self.data.assessment_id, self.code))
            self.comment_thread.show_comments(comments.for_question(self.data.db, self.data.assessment_id, self.code))
