"""The assessment window body: navigator on the left, question / overview / submit check / findings in
the centre, and the review panel on the right while a review is going on.

Every change goes to the database at once through a service; the view keeps
one cache (`AssessmentData`) and refreshes only what the service's `Changes`
name (`apply_changes`, also fed by the findings page and the review panel).
The main window embeds the view and puts its actions in its menus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.enums import AssessmentStatus, ChangeKind, Role
from mgi_desktop.questionnaire.framework import AnswerValue
from mgi_desktop.services import answers, assessments, standing
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui.assessment.assessment_data import AssessmentData
from mgi_desktop.ui.assessment.overview_page import OverviewPage, first_open_question
from mgi_desktop.ui.assessment.status_strip import StatusStrip
from mgi_desktop.ui.assessment.undo import AnswerCommand
from mgi_desktop.ui.models.navigator import CODE_ROLE, FILTERS, KIND_ROLE, NavigatorFilter, NavigatorModel

if TYPE_CHECKING:  # built when first needed: the view opens on the overview, most sessions never show some
    from mgi_desktop.exchange.incoming import Incoming
    from mgi_desktop.ui.assessment.question_page import QuestionPage
    from mgi_desktop.ui.assessment.submit_check import SubmitCheck, SubmittedBox
    from mgi_desktop.ui.exchange.came_back import CameBackDialog
    from mgi_desktop.ui.findings.findings_page import FindingsPage
    from mgi_desktop.ui.review.review_panel import ReviewPanel


#: each pane's share of the width (navigator, page, review panel) until the person moves the splitter:
#: at 1366 pixels the reviewer's panel gets about 380, the page 700 and the navigator 280
PANE_SHARES = {"plain": [0.3, 0.7], "review": [0.21, 0.51, 0.28]}
PANEL_MIN_WIDTH = 300


def key_sequences(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Each key once: a standard key brings all the platform's bindings, and a sequence bound twice
    would make Qt refuse both ("Ambiguous shortcut overload")."""
    found: list[QKeySequence] = []
    for key in keys:
        bindings = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)])
        found += [b for b in bindings if not b.isEmpty() and b not in found]
    return found


class AssessmentView(QWidget):
    """One open assessment.  The main window embeds it and puts its actions in menus."""

    status_message = Signal(str)
    changed = Signal()
    #: the working language changed: the window rebuilds the view, back on this question (or "")
    language_changed = Signal(str)
    #: the next step is to send the assessment to the other side (the window's File ▸ Send)
    send_requested = Signal()

    def __init__(self, db: Database, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self.data = AssessmentData(db, assessment_id)
        self.current_code: str | None = None
        self._syncing_tree = False
        self.findings: FindingsPage | None = None  # built on first use: most sessions never open it
        self.review_panel: ReviewPanel | None = None
        # built when first shown (`page`, `submit_check`): the view opens on the overview
        self._page: QuestionPage | None = None
        self._submit_check: SubmitCheck | None = None
        self._read_only_note: str | None = None
        #: what the last import brought, and the questions of it the person has not looked at yet
        self.came_back: Incoming | None = None
        self.came_back_dialog: CameBackDialog | None = None
        self.submitted_box: SubmittedBox | None = None
        self._not_looked: list[str] = []
        self.pane_shares: dict[str, list[float]] = {}  # as the person moved the splitter
        self._fitting = False
        self.undo_stack = QUndoStack(self)
        self._make_actions()
        self._build()
        self._update_read_only()
        self._update_review_panel()
        self.refresh_standing()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_pending)
        self.show_overview()

    # -- actions ----------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], *keys: QKeySequence | QKeySequence.StandardKey | str,
                   name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts(key_sequences(*keys))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.undo_action = action(self.tr("&Undo answer change"), self.undo_stack.undo,
                                  QKeySequence.StandardKey.Undo, name="undo")
        # Ctrl+Y and Ctrl+Shift+Z on every platform, with the platform's own (listed once each)
        self.redo_action = action(self.tr("&Redo answer change"), self.undo_stack.redo, "Ctrl+Y", "Ctrl+Shift+Z",
                                  QKeySequence.StandardKey.Redo, name="redo")
        self.next_action = action(self.tr("&Next question"), self.go_next, "Alt+Right", "Ctrl+PgDown",
                                  name="next")
        self.previous_action = action(self.tr("&Previous question"), self.go_previous, "Alt+Left",
                                      "Ctrl+PgUp", name="previous")
        self.overview_action = action(self.tr("&Overview"), self.show_overview, "Ctrl+Shift+O",
                                      name="overview")
        self.find_action = action(self.tr("&Find question…"), self.focus_search, QKeySequence.StandardKey.Find,
                                  name="find")
        self.submit_action = action(self.tr("&Submit for review…"), self.show_submit_check, name="submit")
        self.findings_action = action(self.tr("&Findings"), self.show_findings, "Ctrl+Shift+F", name="findings")
        self.audit_action = action(self.tr("&Audit trail…"), self.show_audit, name="audit")
        self.history_action = action(self.tr("&History of this question…"), self.show_history, "Ctrl+Shift+H",
                                     name="history")
        self.compare_action = action(self.tr("&Compare with the previous round…"), self.show_comparison,
                                     name="compare")
        self.language_action = action(self.tr("&Working language…"), self.choose_language, name="language")
        self.history_action.setEnabled(False)
        self.compare_action.setEnabled(self.data.assessment.previous_id is not None)
        if not self.compare_action.isEnabled():
            self.compare_action.setToolTip(self.tr("This assessment does not follow an earlier round"))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self._update_undo)
        self.undo_stack.canRedoChanged.connect(self._update_undo)

    def _update_undo(self) -> None:
        editable = self.data.read_only_cause() is None
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.model = NavigatorModel(self.data, self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)
        left = QWidget(self)
        self.filter_combo = QComboBox(left)
        self.filter_combo.setObjectName("filter")
        self.filter_combo.setAccessibleName(self.tr("Show"))
        labels = {"all": self.tr("All questions"), "unanswered": self.tr("Unanswered"),
                  "required_missing": self.tr("Required, missing"),
                  "evidence_missing": self.tr("Evidence required, missing"),
                  "returned": self.tr("Returned by reviewer"),
                  "flagged": self.tr("Flagged"), "comments": self.tr("With comments"),
                  "attention": self.tr("Returned or with open comments")}
        for name in FILTERS:
            self.filter_combo.addItem(labels[name], name)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        # as wide as the navigator is, not as its longest choice (Russian ones are long)
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_combo.setMinimumContentsLength(12)
        self.search = QLineEdit(left)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search codes and text (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search questions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._go_to_first_match)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._leave_search,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.tree = QTreeView(left)
        self.tree.setObjectName("navigator")
        self.tree.setAccessibleName(self.tr("Questions"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.activated.connect(self._tree_activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addAction(self.history_action)
        self._show_filtered(False)
        show_label = QLabel(self.tr("Sho&w:"), left)
        show_label.setBuddy(self.filter_combo)
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.filter_combo, 1)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)

        self.overview = OverviewPage(self.data, self)
        self.overview.domain_chosen.connect(self._domain_chosen)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.overview)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._panes_moved)
        self.strip = StatusStrip(self)
        self.strip.step_requested.connect(self.take_next_step)
        self.strip.summary_requested.connect(self.show_came_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.strip)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.filter_combo, self.search)
        QWidget.setTabOrder(self.search, self.tree)
        QWidget.setTabOrder(self.tree, self.stack)

    # -- the pages built on first use ---------------------------------------------------

    @property
    def page(self) -> QuestionPage:
        """The question page (one for every question), built the first time a question is shown."""
        if self._page is None:
            from mgi_desktop.ui.assessment.question_page import QuestionPage

            page = self._page = QuestionPage(self.data, self._save, self)
            page.value_committed.connect(self._value_committed)
            page.justification_committed.connect(self._justification_committed)
            page.previous_requested.connect(self.go_previous)
            page.next_requested.connect(self.go_next)
            page.status_message.connect(self.status_message.emit)
            page.set_read_only_note(self._read_only_note)
            self.stack.addWidget(page)
        return self._page

    @property
    def submit_check(self) -> SubmitCheck:
        if self._submit_check is None:
            from mgi_desktop.ui.assessment.submit_check import SubmitCheck

            check = self._submit_check = SubmitCheck(self.data, self._save, self)
            check.question_chosen.connect(self.go_to)
            check.submitted.connect(self._submitted)
            check.send_requested.connect(self.send_requested.emit)
            self.stack.addWidget(check)
        return self._submit_check

    def prepare(self) -> None:
        """Build the question page ahead of its first use (on idle once the view is shown)."""
        self.page  # noqa: B018  (built by the property)

    def _on_question_page(self) -> bool:
        return self._page is not None and self.stack.currentWidget() is self._page

    # -- navigation ----------------------------------------------------------------------

    def go_to(self, code: str) -> None:
        """Show the question with this code."""
        if code not in self.data.answers:
            return
        if self.stack.currentWidget() is not self.page:
            self._flush_findings()
            self.stack.setCurrentWidget(self.page)
        self.page.show_question(code)
        self.current_code = code
        self._looked_at(code)
        self._select_in_tree(code)
        self.previous_action.setEnabled(self.data.neighbour(code, -1) is not None)
        self.next_action.setEnabled(self.data.neighbour(code, +1) is not None)
        self.history_action.setEnabled(True)
        if self.review_panel is not None:
            self.review_panel.show_question(code)

    def _left_question(self) -> None:
        """Another page replaces the question page: the panel and History have no question any more."""
        self.history_action.setEnabled(False)
        if self.review_panel is not None:
            self.review_panel.show_question(None)

    def go_next(self) -> None:
        self._step(+1)

    def go_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self._on_question_page() or self.current_code is None:
            target = self.current_code or self.data.neighbour(None, step)
        else:
            target = self.data.neighbour(self.current_code, step)
        if target is not None:
            self.go_to(target)
            if self.search.hasFocus():
                return  # looking through the matches: the search keeps its text and focus
            self.page.settle_focus()

    def show_overview(self) -> None:
        self.save_pending()
        self.overview.refresh()
        self.stack.setCurrentWidget(self.overview)
        self.previous_action.setEnabled(True)
        self.next_action.setEnabled(True)
        self._left_question()

    def show_submit_check(self) -> None:
        self.save_pending()
        self.submit_check.refresh()
        self.stack.setCurrentWidget(self.submit_check)
        check = self.submit_check
        (check.list if not check.list.isHidden() else check.send_button).setFocus()
        self._left_question()

    def show_findings(self) -> None:
        """The findings page, re-read each time: its drafts follow the answers."""
        if self._page is not None:
            self._page.flush()
        page = self.findings
        if page is None:
            from mgi_desktop.ui.findings.findings_page import FindingsPage

            page = self.findings = FindingsPage(self.db, self.assessment_id, self)
            page.go_to_question.connect(self.go_to)
            page.status_message.connect(self.status_message.emit)
            page.changed.connect(self.apply_changes)
            self.stack.addWidget(page)
        page.reload()
        self.stack.setCurrentWidget(page)
        self.previous_action.setEnabled(True)
        self.next_action.setEnabled(True)
        self._left_question()

    def _flush_findings(self) -> None:
        if self.findings is not None:
            self.findings.flush()

    # -- dialogs on the assessment -------------------------------------------------------

    def show_audit(self) -> None:
        self.save_pending()
        from mgi_desktop.ui.review.audit_view import AuditDialog

        AuditDialog(self.db, self.assessment_id, parent=self).exec()

    def show_history(self) -> None:
        """The audit trail of the question shown."""
        if self.current_code is None:
            return
        self.save_pending()
        from mgi_desktop.ui.review.audit_view import AuditDialog

        AuditDialog(self.db, self.assessment_id, question=self.current_code, parent=self).exec()

    def show_comparison(self) -> None:
        """Non-modal, so that a double-clicked row can be looked at in the view while the table stays open."""
        self.save_pending()
        from mgi_desktop.ui.review.round_compare import RoundCompareDialog

        dialog = RoundCompareDialog(self.db, self.assessment_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.go_to_question.connect(self.go_to)
        dialog.show()

    # -- review panel ---------------------------------------------------------------------

    def review_panel_wanted(self) -> bool:
        """A reviewer always; a focal point while a returned or validated assessment waits for their step.

        The reviewer is the one whose key is bound as such to this assessment, not the role setting."""
        if assessments.actor(self.db, self.assessment_id).role == Role.REVIEWER:
            return True
        return AssessmentStatus(self.data.assessment.status) in (AssessmentStatus.RETURNED,
                                                                   AssessmentStatus.VALIDATED)

    def _update_review_panel(self) -> None:
        wanted = self.review_panel_wanted()
        panel = self.review_panel
        if wanted and panel is None:
            from mgi_desktop.ui.review.review_panel import ReviewPanel

            panel = self.review_panel = ReviewPanel(self.db, self.assessment_id, self)
            panel.setObjectName("review_panel")
            panel.go_to_question.connect(self.go_to)
            panel.changed.connect(self.apply_changes)
            panel.status_message.connect(self.status_message.emit)
            panel.filter_toggled.connect(self._attention_filter)
            panel.submit_requested.connect(self.show_submit_check)
            panel.setMinimumWidth(max(PANEL_MIN_WIDTH, panel.minimumSizeHint().width()))
            self.splitter.addWidget(panel)
            self.splitter.setStretchFactor(2, 1)
            panel.show_question(self.current_code if self._on_question_page() else None)
        if panel is not None and panel.isVisibleTo(self) != wanted:
            panel.setVisible(wanted)
            self._fit_panes()

    # -- the panes' widths ------------------------------------------------------------------

    def _pane_layout(self) -> str:
        return "review" if self.review_panel is not None and self.review_panel.isVisibleTo(self) else "plain"

    def _fit_panes(self) -> None:
        """Share the width as the person last did, else as `PANE_SHARES` says: the reviewer sees the
        question and the panel together, the navigator narrower beside them."""
        count = 3 if self._pane_layout() == "review" else 2
        total = self.splitter.width() - self.splitter.handleWidth() * (count - 1)
        if total <= 0:
            return
        shares = self.pane_shares.get(self._pane_layout()) or PANE_SHARES[self._pane_layout()]
        sizes = [round(total * share) for share in shares] + [0] * (self.splitter.count() - count)
        self._fitting = True
        try:
            self.splitter.setSizes(sizes)
        finally:
            self._fitting = False

    def _panes_moved(self) -> None:
        if self._fitting:
            return
        sizes = [w for w in self.splitter.sizes() if w > 0]
        total = sum(sizes)
        if total and len(sizes) == (3 if self._pane_layout() == "review" else 2):
            self.pane_shares[self._pane_layout()] = [w / total for w in sizes]

    def use_pane_shares(self, shares: dict[str, list[float]]) -> None:
        """The shares the person left last time (`Preferences.pane_shares`), for each layout."""
        self.pane_shares = {k: v for k, v in shares.items() if len(v) == len(PANE_SHARES.get(k, ()))}
        self._fit_panes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_panes()  # a maximised or restored window keeps the panes' shares, not their pixels

    # -- where the person is --------------------------------------------------------------

    def place(self) -> str:
        """What is shown, to come back to when the assessment reopens (`go_to_place`)."""
        page = self.stack.currentWidget()
        if self._on_question_page() and self.current_code:
            return f"question:{self.current_code}"
        if page is not None and page is self.findings:
            return "findings"
        if page is not None and page is self._submit_check:
            return "submit"
        return "overview"

    def go_to_place(self, place: str | None) -> None:
        """Back where `place` says; a question that is no longer in the questionnaire: the overview."""
        kind, _, code = (place or "").partition(":")
        if kind == "question" and code in self.data.answers:
            self.go_to(code)
        elif kind == "findings":
            self.show_findings()
        elif kind == "submit":
            self.show_submit_check()
        else:
            self.show_overview()

    def _attention_filter(self, on: bool) -> None:
        """The panel's "returned answers and unresolved comments" box drives the navigator's filter."""
        target = "attention" if on else "all"
        if on or self.filter_combo.currentData() == "attention":
            self.filter_combo.setCurrentIndex(self.filter_combo.findData(target))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _show_filtered(self, filtered: bool) -> None:
        """The tree shows the model itself unless a filter or search is on (the proxy costs every paint)."""
        model = self.proxy if filtered else self.model
        if self.tree.model() is model:
            if filtered:
                self.tree.expandAll()
            return
        old_selection = self.tree.selectionModel()
        self.tree.setModel(model)
        if old_selection is not None:
            old_selection.deleteLater()
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        if filtered:
            self.tree.expandAll()
        else:
            for row in range(model.rowCount()):
                self.tree.expand(model.index(row, 0))

    def _tree_index(self, code: str) -> QModelIndex:
        index = self.model.index_of(code)
        return self.proxy.mapFromSource(index) if self.tree.model() is self.proxy else index

    def _select_in_tree(self, code: str) -> None:
        index = self._tree_index(code)
        selection = self.tree.selectionModel()
        if not index.isValid() or selection.currentIndex() == index:
            return
        # signals stay on so the tree repaints just the two rows; the flag stops the echo
        self._syncing_tree = True
        self.tree.setAutoScroll(False)  # the view would scroll to the new row itself, row by row: see below
        try:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self.tree.setAutoScroll(True)  # for the arrow keys and drags in the tree
            self._syncing_tree = False
        # scroll only when the row left the view, and then by a screenful, not row by row:
        # a scrolled tree repaints whole, the costliest part of moving on
        # (vertically: a row wider than the tree is never "contained", and scrolling every move made the
        # tree repaint whole on every move)
        parent = index.parent()  # a row under a collapsed indicator is opened, not scrolled to
        while parent.isValid():
            if not self.tree.isExpanded(parent):
                self.tree.expand(parent)
            parent = parent.parent()
        row = self.tree.visualRect(index)
        if row.isEmpty() or row.top() < 0 or row.bottom() > self.tree.viewport().height():
            self.tree.scrollTo(index, QTreeView.ScrollHint.PositionAtCenter)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_tree:
            return
        if current.isValid() and current.data(KIND_ROLE) == "question":
            self.go_to(current.data(CODE_ROLE))

    def _tree_activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "question":
            self.go_to(index.data(CODE_ROLE))
            self.page.focus_answer()
        elif index.isValid():
            self.tree.setExpanded(index, True)
            self.go_to(self._first_code_under(index))

    def _first_code_under(self, index: QModelIndex) -> str:
        model = self.tree.model()
        while model.rowCount(index):
            index = model.index(0, 0, index)
        return str(index.data(CODE_ROLE))

    def _domain_chosen(self, number: int) -> None:
        code = first_open_question(self.data, number)
        if code is not None:
            self.go_to(code)
            self.page.focus_answer()

    def _filter_changed(self) -> None:
        name = self.filter_combo.currentData()
        self.proxy.set_filter(name)
        self._expand_after_filter()
        panel = self.review_panel
        if panel is not None and panel.filter_box.isChecked() != (name == "attention"):
            panel.filter_box.blockSignals(True)  # the box follows the list without echoing back
            panel.filter_box.setChecked(name == "attention")
            panel.filter_box.blockSignals(False)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._expand_after_filter()

    def _expand_after_filter(self) -> None:
        self._show_filtered(self.proxy.is_filtering())
        if self.current_code:
            self._select_in_tree(self.current_code)

    def _go_to_first_match(self) -> None:
        model, index = self.tree.model(), QModelIndex()
        while model.rowCount(index):
            index = model.index(0, 0, index)
        if index.isValid() and index.data(KIND_ROLE) == "question":
            self.go_to(index.data(CODE_ROLE))
            self.page.focus_answer()

    def _leave_search(self) -> None:
        self.search.clear()
        if self._page is not None:
            self._page.focus_answer()

    # -- saving ------------------------------------------------------------------------

    def choose_language(self) -> None:
        """Show (and export) the assessment in another language: the whole view is rebuilt in it."""
        from mgi_desktop.ui.assessment.language_choice import LanguageDialog

        dialog = LanguageDialog(self.data.framework, self.data.language, self)
        if dialog.exec() != LanguageDialog.DialogCode.Accepted or dialog.combo.language() == self.data.language:
            return
        self.save_pending()
        language = dialog.combo.language()
        if self._save(lambda: assessments.set_language(self.db, self.assessment_id, language)) is not None:
            self.language_changed.emit(self.current_code or "")

    def _save(self, call: Callable[[], Changes]) -> Changes | None:
        """Run one service call; show its error plainly, or take in what it changed."""
        from mgi_desktop.ui.errors import save_or_explain

        changes = save_or_explain(self, call)  # a full disk: free space and try again
        if changes is None:
            return None
        self.apply_changes(changes)
        return changes

    def apply_changes(self, changes: Changes) -> None:
        """Take in what a service call changed (here, on the findings page or in the review panel)."""
        if not changes:
            return
        changed = self.data.apply(changes)
        self.model.refresh_questions(changed)
        domains = set(changes.domains) | {self.data.placement(c).domain.number for c in changed}
        self.model.refresh_domains(domains)
        if self.stack.currentWidget() is self.overview:
            self.overview.refresh(domains)
        if self._page is not None:
            self._page.refresh_status()
            if changes.messages and self.current_code in changes.questions:
                self._page.show_messages(changes.messages)
        if "status" in changes.kinds:
            self._status_changed()
        if changes.kinds & {ChangeKind.STATUS, ChangeKind.REVIEW} or (
                ChangeKind.ANSWER in changes.kinds and self.data.assessment.status == AssessmentStatus.RETURNED):
            self.refresh_standing()  # a decision or a revised answer changes the counts the strip says
        if self.review_panel is not None and self.review_panel.isVisible():
            self.review_panel.refresh()  # its counts and states follow answers, comments and decisions
        self.status_message.emit(self.tr("Saved {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        self.changed.emit()

    def _status_changed(self) -> None:
        """Who may edit, and whether the review panel shows, follow the status."""
        self.undo_stack.clear()  # undoing across a status step would bypass the workflow
        self._update_read_only()
        self._update_review_panel()

    def _value_committed(self, code: str, value: AnswerValue) -> None:
        old = self.data.answers[code].value
        if self._save(lambda: answers.set_answer(self.db, self.assessment_id, code, value)):
            new = self.data.answers[code].value
            self.undo_stack.push(AnswerCommand(self, code, "value", old, new,
                                               self.tr("answer to {code}").format(code=code)))

    def _justification_committed(self, code: str, text: str) -> None:
        old = self.data.answers[code].justification
        if self._save(lambda: answers.set_justification(self.db, self.assessment_id, code, text)):
            self.undo_stack.push(AnswerCommand(self, code, "justification", old, text,
                                               self.tr("justification of {code}").format(code=code)))

    def restore(self, code: str, field: str, value: object) -> None:
        """Undo and redo: the earlier value is saved again through the service (and audited)."""
        if self._page is not None:
            self._page.flush()
        if field == "value":
            self._save(lambda: answers.set_answer(self.db, self.assessment_id, code, value))
        else:
            self._save(lambda: answers.set_justification(self.db, self.assessment_id, code, str(value)))
        self.go_to(code)

    def save_pending(self) -> None:
        """Save text still being typed; the main window calls this before closing or switching."""
        if self._page is not None:
            self._page.flush()
        self._flush_findings()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_pending()
        super().hideEvent(event)

    # -- state -------------------------------------------------------------------------

    def _submitted(self) -> None:
        # apply_changes has already taken in the status step (read-only state, review panel)
        self.status_message.emit(self.tr("Submitted for review"))
        from mgi_desktop.ui.assessment.submit_check import SubmittedBox

        # window-modal without blocking, as the summary after an import: the view goes on behind it
        box = self.submitted_box = SubmittedBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.send_button.clicked.connect(self.send_requested.emit)
        box.open()

    # -- the next step and what came back -------------------------------------------------

    def refresh_standing(self) -> None:
        """The strip follows the status, the decisions, a package sent or received."""
        self.current_standing = standing.standing(self.db, self.assessment_id)
        self.strip.refresh(self.current_standing)
        self.strip.show_came_back(len(self._not_looked))

    def take_next_step(self, step: str) -> None:
        """What the strip's button does: the one next step of the workflow."""
        self.save_pending()
        next_step = standing.NextStep(step)
        if next_step in (standing.NextStep.SUBMIT, standing.NextStep.RESUBMIT):
            self.show_submit_check()
        elif next_step is standing.NextStep.SEND:
            self.send_requested.emit()
        elif next_step is standing.NextStep.REVISE:
            self.filter_combo.setCurrentIndex(self.filter_combo.findData("returned"))
            if self.current_standing.returned:
                self.go_to(self.current_standing.returned[0])
                self.page.focus_answer()
        elif self.review_panel is not None:
            panel = self.review_panel
            if next_step is standing.NextStep.REVIEW:
                panel.next_to_review()
            elif next_step is standing.NextStep.VALIDATE:
                panel.change_status(AssessmentStatus.VALIDATED)
            elif next_step is standing.NextStep.RETURN:
                panel.change_status(AssessmentStatus.RETURNED)
            elif next_step is standing.NextStep.APPROVE:
                panel.change_status(AssessmentStatus.APPROVED)

    def set_came_back(self, came: Incoming) -> None:
        """After an import: remember what it brought and show it (again from the strip until each is seen)."""
        self.came_back = came
        self._not_looked = came.questions()
        self.strip.show_came_back(len(self._not_looked))
        if self._not_looked or came.status or came.note:
            self.show_came_back()

    def show_came_back(self) -> None:
        """The summary of the last import, window-modal without blocking: the view goes on behind it."""
        if self.came_back is None:
            return
        from mgi_desktop.ui.exchange.came_back import CameBackDialog

        dialog = self.came_back_dialog = CameBackDialog(self.data, self.came_back, set(self._not_looked), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.question_chosen.connect(self._came_back_chosen)
        dialog.open()

    def _came_back_chosen(self, code: str) -> None:
        self.go_to(code)
        self.page.focus_answer()

    def _looked_at(self, code: str) -> None:
        if code in self._not_looked:
            self._not_looked.remove(code)
            self.strip.show_came_back(len(self._not_looked))

    def _update_read_only(self) -> None:
        cause = self.data.read_only_cause()
        if cause is None:
            note = None
        elif cause == "reviewer":
            note = self.tr("You are a reviewer: the answers are read-only. You can comment and flag questions.")
        elif cause == "not_a_party":
            note = self.tr("Your key is not one of this assessment's (neither its focal point nor a reviewer): "
                           "the answers are read-only. You can comment and flag questions.")
        else:
            note = self.tr("The assessment is {status}: answers can be changed only while it is a draft or "
                           "after the reviewer returned it.").format(status=labels.status(cause).lower())
        self._read_only_note = note
        if self._page is not None:
            self._page.set_read_only_note(note)
        self._update_undo()
        if self.current_code is not None:
            self.page.show_question(self.current_code)
