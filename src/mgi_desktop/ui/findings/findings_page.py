"""The findings page: per domain, the two ordered lists of the profile and the drafts behind them.

Everything goes through `services.findings` at once (one call per change,
audited there); the lists are re-read after each change, so what is shown is
what is stored.  Drag and drop between and within the lists is turned into
`findings.move` / `findings.reorder`: Qt never moves the items itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.enums import FindingCategory
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.model import LocalizedText
from mgi_desktop.services import assessments, findings, profile_settings, workflow
from mgi_desktop.services.changes import Changes
from mgi_desktop.services.findings import DomainFindings, Suggestion
from mgi_desktop.services.views import FindingView
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.errors import save_or_explain
from mgi_desktop.ui.findings.profile_details import ProfileDetails
from mgi_desktop.ui.widgets.flow_layout import FlowLayout
from mgi_desktop.ui.widgets.plain_text import TYPING_DELAY_MS, PlainText

# Counts read with their plural forms (English here, translated in the Messages context)
REMOVE = Template("window.findings_remove", "Remove {n} finding? The audit trail keeps its text.",
                  plural="Remove {n} findings? The audit trail keeps their text.", count="n")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODES_ROLE = Qt.ItemDataRole.UserRole + 2
WELL, POTENTIAL = FindingCategory.WELL_DEVELOPED, FindingCategory.POTENTIAL


class FindingList(QListWidget):
    """One ordered list; a drop reports (ids, row, source category) instead of moving items."""

    dropped = Signal(list, int, object)

    def __init__(self, category: FindingCategory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.setObjectName(f"list_{category.value}")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    placeholder = ""

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(12, 12, -12, -12)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
                                       | Qt.TextFlag.TextWordWrap), self.placeholder)
            painter.end()

    def drop_row(self, pos: QPoint) -> int:
        item = self.itemAt(pos)
        if item is None:
            return self.count()
        row = self.row(item)
        return row + 1 if pos.y() > self.visualItemRect(item).center().y() else row

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if isinstance(event.source(), FindingList):
            super().dragMoveEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if not isinstance(source, FindingList):
            event.ignore()
            return
        ids = [item.data(ID_ROLE) for item in source.selectedItems()]
        row = self.drop_row(event.position().toPoint())
        # the page re-reads the lists from the database; Qt must not remove the dragged rows
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if ids:
            self.dropped.emit(ids, row, source.category)

    def selected_ids(self) -> list[str]:
        rows = sorted(self.row(item) for item in self.selectedItems())
        return [self.item(r).data(ID_ROLE) for r in rows]


class QuestionsDialog(QDialog):
    """Which questions of the domain a finding rests on (its evidence comes from them)."""

    def __init__(self, choices: list[tuple[str, str]], chosen: tuple[str, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions behind the finding"))
        self.list = QListWidget(self)
        self.list.setObjectName("question_choices")
        self.list.setWordWrap(True)
        for code, text in choices:
            item = QListWidgetItem(f"{code}  {text}", self.list)
            item.setData(ID_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the questions this finding rests on:"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def codes(self) -> list[str]:
        return [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


class _TextBox(QWidget):
    """A profile text saved after a pause in typing and when focus leaves; Reset goes back to the default."""

    def __init__(self, title: str, save: Callable[[str | None], None], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self._committed = ""
        self.label = QLabel(title, self)
        self.label.setWordWrap(True)  # beside its Reset button, in half the page
        self.edit = PlainText(self)
        self.edit.setAccessibleName(title.replace("&", ""))
        self.edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.label.setBuddy(self.edit)
        self.reset_button = QPushButton(self.tr("Reset to the questionnaire's text"), self)
        self.reset_button.clicked.connect(self.reset)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.focus_lost.connect(self.flush)
        head = QHBoxLayout()
        head.addWidget(self.label, 1)
        head.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.edit)
        self._layout = layout

    def add_below(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def reset(self) -> None:
        self._timer.stop()
        self._committed = self.edit.toPlainText()  # what was typed is given up on purpose: shown again below
        self._save(None)

    def set_text(self, text: str) -> None:
        if self.edit.toPlainText().strip() != self._committed.strip():
            return  # typed and not saved yet: kept, it is saved on its own pause or when focus leaves
        self._timer.stop()
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self._committed = text

    def flush(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText()
        if text.strip() != self._committed.strip():
            self._committed = text
            self._save(text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.reset_button.setEnabled(not read_only)


class FindingsPage(QWidget):
    """`FindingsPage(db, assessment_id)`: findings and profile texts of one assessment."""

    go_to_question = Signal(str)
    changed = Signal(object)
    status_message = Signal(str)

    def __init__(self, db: Database, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        assessment = assessments.get(db, assessment_id)
        self.language = labels.assessment_language(assessment)
        self.framework = assessments.framework_of(db, assessment)
        self.pages: dict[int, DomainFindings] = {}
        self.editable = True
        self._shown_domain = 0
        self._active: FindingList | None = None

        title = QLabel(self.tr("Findings"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.domain_combo = QComboBox(self)
        self.domain_combo.setObjectName("domain")
        self.domain_combo.setAccessibleName(self.tr("Domain"))
        for domain in self.framework.model.domains:
            self.domain_combo.addItem(f"{domain.number}. {self._text(domain.title)}", domain.number)
        domain_label = QLabel(self.tr("&Domain:"), self)
        domain_label.setBuddy(self.domain_combo)
        self.domain_combo.currentIndexChanged.connect(self._domain_switched)
        self.read_only_note = QLabel(self)
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(domain_label)
        top.addWidget(self.domain_combo, 1)

        self.introduction = _TextBox(self.tr("Profile &introduction (all domains)"), self._save_introduction, self)
        self.introduction.setObjectName("introduction")
        self.description = _TextBox(self.tr("Domain des&cription"), self._save_description, self)
        self.description.setObjectName("description")
        if assessment.is_local:  # what the author should say there: a hint, never the profile's text
            self.introduction.edit.setToolTip(self.tr(
                "Also explain what the local authority is responsible for and the local migration context."))
            hint = QLabel(self.introduction.edit.toolTip(), self.introduction)
            hint.setObjectName("introduction_hint")
            hint.setWordWrap(True)
            hint.setEnabled(False)  # greyed: a hint
            self.introduction.add_below(hint)
        self.details = ProfileDetails(self._save_details, self)
        texts = QWidget(self)
        texts_outer = QVBoxLayout(texts)
        texts_outer.setContentsMargins(0, 0, 0, 0)
        texts_outer.addWidget(self.details)
        texts_layout = QHBoxLayout()
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(self.introduction)
        texts_layout.addWidget(self.description)
        texts_outer.addLayout(texts_layout)

        self.lists = {WELL: FindingList(WELL, self), POTENTIAL: FindingList(POTENTIAL, self)}
        self.list_labels: dict[FindingCategory, QLabel] = {}
        self.add_buttons: dict[FindingCategory, QPushButton] = {}
        lists = QWidget(self)
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for category, label_text, add_text in (
                (WELL, self.tr("We&ll-developed areas"), self.tr("Add…")),
                (POTENTIAL, self.tr("Areas with &potential for further development"), self.tr("Add…"))):
            box = QVBoxLayout()
            widget = self.lists[category]
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            label.setWordWrap(True)
            self.list_labels[category] = label
            widget.setAccessibleName(label_text.replace("&", ""))
            add = QPushButton(add_text, self)
            add.setObjectName(f"add_{category.value}")
            add.setAccessibleName(self.tr("Add a finding to {list}").replace("{list}", label_text.replace("&", "")))
            add.clicked.connect(lambda _=False, c=category: self.add_finding(c))
            self.add_buttons[category] = add
            head = QHBoxLayout()
            head.addWidget(label, 1)
            head.addWidget(add)
            box.addLayout(head)
            box.addWidget(widget)
            lists_layout.addLayout(box)
            widget.itemSelectionChanged.connect(lambda w=widget: self._selection_changed(w))
            widget.itemDoubleClicked.connect(lambda _item: self.edit_selected())
            widget.dropped.connect(lambda ids, row, source, c=category: self.drop(ids, c, row, source))

        self.edit_button = self._button(self.tr("Edi&t…"), "edit", self.edit_selected)
        self.remove_button = self._button(self.tr("&Remove"), "remove", self.remove_selected)
        self.merge_button = self._button(self.tr("&Merge"), "merge", self.merge_selected)
        self.up_button = self._button(self.tr("Move &up"), "up", lambda: self.shift_selected(-1))
        self.down_button = self._button(self.tr("Move dow&n"), "down", lambda: self.shift_selected(1))
        self.other_button = self._button(self.tr("Move to the &other list"), "other", self.move_to_other_list)
        self.questions_button = self._button(self.tr("&Questions…"), "questions", self.choose_questions)
        actions = FlowLayout()
        for button in (self.edit_button, self.remove_button, self.merge_button, self.up_button, self.down_button,
                       self.other_button, self.questions_button):
            actions.addWidget(button)
        self.linked = QLabel(self)
        self.linked.setObjectName("linked_questions")
        self.linked.setWordWrap(True)
        self.linked.setTextFormat(Qt.TextFormat.RichText)
        self.linked.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linked.linkActivated.connect(self.go_to_question.emit)
        lists_layout_outer = QVBoxLayout()
        lists_layout_outer.setContentsMargins(0, 0, 0, 0)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(lists, 1)
        middle_layout.addLayout(actions)
        middle_layout.addWidget(self.linked)

        self.suggestion_box = QGroupBox(self)
        self.suggestion_box.setObjectName("suggestions_box")
        self.suggestions = QListWidget(self.suggestion_box)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName(self.tr("Drafts suggested by the answers"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestions.itemSelectionChanged.connect(self._update_buttons)
        self.take_button = QPushButton(self.tr("Ta&ke selected"), self.suggestion_box)
        self.take_button.setObjectName("take_suggestions")
        self.take_button.clicked.connect(self.take_suggestions)
        self.draft_button = QPushButton(self.tr("Draft &all from the answers"), self.suggestion_box)
        self.draft_button.setObjectName("draft_all")
        self.draft_button.setToolTip(self.tr("Adds a draft finding for every answered question not covered yet; "
                                             "untouched drafts follow later changes of the answers"))
        self.draft_button.clicked.connect(self.draft_all)
        suggestion_buttons = QVBoxLayout()
        suggestion_buttons.addWidget(self.take_button)
        suggestion_buttons.addWidget(self.draft_button)
        suggestion_buttons.addStretch(1)
        suggestion_layout = QHBoxLayout(self.suggestion_box)
        suggestion_layout.addWidget(self.suggestions, 1)
        suggestion_layout.addLayout(suggestion_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(texts)
        splitter.addWidget(middle)
        splitter.addWidget(self.suggestion_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_only_note)
        layout.addWidget(splitter, 1)
        self.reload()


    def _text(self, value: LocalizedText | None) -> str:
        return labels.content(value, self.language, self.framework.model.source_language)
    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- reading ---------------------------------------------------------------------------

    @property
    def domain(self) -> int:
        return int(self.domain_combo.currentData())

    def set_domain(self, number: int) -> None:
        index = self.domain_combo.findData(number)
        if index >= 0:
            self.domain_combo.setCurrentIndex(index)

    def _domain_switched(self) -> None:
        self.description.flush()
        self.reload()

    def reload(self) -> None:
        """Re-read everything from the database (after a change here or elsewhere, e.g. an import)."""
        assessment = assessments.get(self.db, self.assessment_id)
        refusal = workflow.edit_refusal(assessment.status, assessments.actor(self.db, self.assessment_id))
        self.editable = refusal is None
        reason = "" if refusal is None else ui_messages.error_text(refusal)
        self.read_only_note.setText(self.tr("Read only: {reason}").replace("{reason}", reason) if reason else "")
        self.read_only_note.setVisible(bool(reason))
        self.pages = findings.by_domain(self.db, self.assessment_id)
        self._shown_domain = self.domain
        page = self.pages[self.domain]
        self.details.load(assessment, self.language)
        self.details.set_read_only(not self.editable)
        self.introduction.set_text(findings.introduction(self.db, self.assessment_id))
        self.description.set_text(page.description)
        self.introduction.set_read_only(not self.editable)
        self.description.set_read_only(not self.editable)
        for category, widget in self.lists.items():
            self._fill(widget, page.of(category))
            widget.setDragEnabled(self.editable)
            widget.setAcceptDrops(self.editable)
            self.add_buttons[category].setEnabled(self.editable)
        self._fill_suggestions(page.suggestions)
        self._update_buttons()

    def _fill(self, widget: FindingList, items: list[FindingView]) -> None:
        selected = set(widget.selected_ids())
        widget.blockSignals(True)
        widget.clear()
        for finding in items:
            # a draft says so in its text, not only in italics: it is not a finding until a person edits or keeps it
            text = self.tr("[Draft] {text}").replace("{text}", finding.text) if finding.drafted else finding.text
            if finding.question_codes:
                text += "\n" + self.tr("Questions: {codes}").replace("{codes}", ", ".join(finding.question_codes))
            item = QListWidgetItem(text, widget)
            item.setData(ID_ROLE, finding.id)
            item.setData(CODES_ROLE, list(finding.question_codes))
            if finding.drafted:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(self.tr("Draft from the answers, not edited yet: edit it, or press OK in Edit… "
                                        "to keep it as written"))
            item.setSelected(finding.id in selected)
        widget.blockSignals(False)
        widget.placeholder = self.tr("No findings yet: add one, take a draft below, or drag one here.")
        widget.viewport().update()

    def _fill_suggestions(self, items: list[Suggestion]) -> None:
        self.suggestions.clear()
        names = {WELL: self.tr("Well-developed"), POTENTIAL: self.tr("Potential")}
        for suggestion in items:
            item = QListWidgetItem(f"[{suggestion.question_code} · {names[suggestion.category]}]  {suggestion.text}",
                                   self.suggestions)
            item.setData(ID_ROLE, suggestion)
        count = len(items)
        self.suggestion_box.setTitle(self.tr("Drafts from the answers ({n})").replace("{n}", str(count)))
        if count == 0:
            item = QListWidgetItem(self.tr("No drafts: every answered question of this domain is covered by a "
                                           "finding, or none has a scored answer yet."), self.suggestions)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _selection_changed(self, widget: FindingList) -> None:
        if widget.selectedItems():
            self._active = widget
            for other in self.lists.values():
                if other is not widget:
                    other.blockSignals(True)
                    other.clearSelection()
                    other.blockSignals(False)
        self._update_buttons()

    def selected(self) -> tuple[FindingList | None, list[str]]:
        for widget in self.lists.values():
            ids = widget.selected_ids()
            if ids:
                return widget, ids
        return None, []

    def _update_buttons(self) -> None:
        widget, ids = self.selected()
        one = len(ids) == 1
        can = self.editable
        self.edit_button.setEnabled(can and one)
        self.remove_button.setEnabled(can and bool(ids))
        self.merge_button.setEnabled(can and len(ids) >= 2)
        rows = [widget.row(widget.selectedItems()[0])] if widget is not None and one else []
        self.up_button.setEnabled(can and one and rows[0] > 0)
        self.down_button.setEnabled(can and one and widget is not None and rows[0] < widget.count() - 1)
        self.other_button.setEnabled(can and bool(ids))
        self.questions_button.setEnabled(can and one)
        self.take_button.setEnabled(can and any(i.flags() & Qt.ItemFlag.ItemIsSelectable
                                                for i in self.suggestions.selectedItems()))
        self.draft_button.setEnabled(can)
        codes: list[str] = widget.selectedItems()[0].data(CODES_ROLE) if widget is not None and one else []
        if codes:
            links = ", ".join(f'<a href="{c}">{c}</a>' for c in codes)
            self.linked.setText(self.tr("Linked questions (click to open): {links}").replace("{links}", links))
        elif one:
            self.linked.setText(self.tr("This finding is not linked to a question yet (Questions…)."))
        else:
            self.linked.setText(self.tr("Select a finding to see the questions it rests on."))

    # -- changing ------------------------------------------------------------------------------

    def _save(self, call: Callable[[], Changes]) -> Changes | None:
        changes = save_or_explain(self, call)  # a full disk: free space and try again
        if changes is None:
            self.reload()
            return None
        if changes:
            self.status_message.emit(self.tr("Saved {time}").replace(
                "{time}", dt.datetime.now().strftime("%H:%M:%S")))
            self.changed.emit(changes)
        self.reload()
        return changes

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getMultiLineText(self, title, label, text)
        value = value.strip() if ok else ""
        return value or None

    def add_finding(self, category: FindingCategory) -> None:
        text = self._ask_text(self.tr("Add a finding"), self.tr("Finding:"))
        if text is not None:
            self._save(lambda: findings.add(self.db, self.assessment_id, self.domain, category, text))

    def edit_selected(self) -> None:
        _, ids = self.selected()
        if len(ids) != 1 or not self.editable:
            return
        current = findings.get(self.db, ids[0])
        text = self._ask_text(self.tr("Edit the finding"), self.tr("Finding:"), current.text)
        if text is not None and text == current.text.strip() and current.drafted:  # OK on a draft keeps it
            self._save(lambda: findings.keep_many(self.db, ids))
        elif text is not None:
            self._save(lambda: findings.edit_text(self.db, ids[0], text))

    def remove_selected(self) -> None:
        _, ids = self.selected()
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("Remove findings"), ui_messages.text(REMOVE(n=len(ids))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._save(lambda: findings.remove_many(self.db, ids))

    def merge_selected(self) -> None:
        _, ids = self.selected()
        if len(ids) < 2:
            return
        joined = " ".join(findings.get(self.db, i).text.strip() for i in ids)
        text = self._ask_text(self.tr("Merge findings"), self.tr("The merged finding:"), joined)
        if text is not None:
            self._save(lambda: findings.merge(self.db, ids, text=text))

    def shift_selected(self, step: int) -> None:
        widget, ids = self.selected()
        if widget is None or len(ids) != 1:
            return
        row = widget.row(widget.selectedItems()[0]) + step
        if 0 <= row < widget.count():
            self._save(lambda: findings.move(self.db, ids[0], position=row))

    def move_to_other_list(self) -> None:
        widget, ids = self.selected()
        if widget is None:
            return
        target = POTENTIAL if widget.category is WELL else WELL
        self.drop(ids, target, self.lists[target].count(), widget.category)

    def drop(self, ids: list[str], category: FindingCategory, row: int, source: FindingCategory) -> None:
        """Place `ids` at `row` of the `category` list (as the list looked before the drop)."""
        if not self.editable or not ids:
            return
        target = self.lists[category]
        current = [target.item(r).data(ID_ROLE) for r in range(target.count())]
        if source is category:
            before = sum(1 for r, i in enumerate(current) if i in ids and r < row)
            order = [i for i in current if i not in ids]
            at = row - before
            order[at:at] = ids
            self._save(lambda: findings.reorder(self.db, self.assessment_id, self.domain, category, order))
            return

        self._save(lambda: findings.move_many(self.db, ids, category=category, position=row))
        target = self.lists[category]
        for r in range(target.count()):
            target.item(r).setSelected(target.item(r).data(ID_ROLE) in ids)

    def choose_questions(self) -> None:
        _, ids = self.selected()
        if len(ids) != 1:
            return
        finding = findings.get(self.db, ids[0])
        domain = next(d for d in self.framework.model.domains if d.number == self.domain)
        choices = [(code, " ".join(self._text(self.framework.placement(code).question.text).split()))
                   for code in self.framework.domain_codes(domain)]
        dialog = QuestionsDialog(choices, finding.question_codes, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            codes = dialog.codes()
            self._save(lambda: findings.set_questions(self.db, ids[0], codes))

    def take_suggestions(self) -> None:
        chosen = [i.data(ID_ROLE) for i in self.suggestions.selectedItems() if isinstance(i.data(ID_ROLE),
                                                                                           Suggestion)]
        if not chosen:
            return

        self._save(lambda: findings.add_many(self.db, self.assessment_id, [
            findings.NewFinding(s.domain_number, s.category, s.text, (s.question_code,)) for s in chosen]))

    def draft_all(self) -> None:
        self._save(lambda: findings.draft(self.db, self.assessment_id))

    def _save_details(self, settings: dict[str, str | None]) -> bool:
        return self._save(lambda: profile_settings.set_profile(self.db, self.assessment_id, **settings)) is not None

    def _save_introduction(self, text: str | None) -> None:
        self._save(lambda: findings.set_introduction(self.db, self.assessment_id, text))

    def _save_description(self, text: str | None) -> None:
        number = self._shown_domain  # on a switch of domain, the text typed belongs to the one shown before
        self._save(lambda: findings.set_domain_description(self.db, self.assessment_id, number, text))

    def flush(self) -> None:
        """Save typed text still waiting for its pause (call before navigating away or closing)."""
        self.details.flush()
        self.introduction.flush()
        self.description.flush()
