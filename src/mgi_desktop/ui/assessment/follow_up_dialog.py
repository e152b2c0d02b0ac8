"""Start a follow-up round, on the same questionnaire or a revised one, after reviewing what it carries.

The plan (`services.rounds.plan_follow_up`) is worked out in a worker thread each time the
questionnaire or the crosswalk changes. It is shown before anything is created: what is carried,
what waits for confirmation and why, what cannot be carried, and the questions that are new. A
revised questionnaire gets a drafted crosswalk. The focal point can save the draft, edit it and
open it again (`questionnaire.crosswalk`, `docs/crosswalk.md`). "Start round n" then applies
exactly the plan shown, in one transaction.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop import atomic
from mgi_desktop.errors import MgiError
from mgi_desktop.progress import Cancelled, Progress
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.questionnaire.crosswalk import Crosswalk
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.problems import Problem
from mgi_desktop.services import assessments, rounds
from mgi_desktop.services.rounds import CarriedAnswer, FollowUpPlan, NotCarried
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment.new_assessment_wizard import check_all, questionnaire_filters
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.workers import wait_for


def _value_text(framework: Framework, code: str | None, value: Any) -> str:
    if value is None or code is None:
        return "—"
    if code in framework.placements:
        try:
            return framework.label_of(code, value, i18n.current())
        except MgiError:
            pass
    return json.dumps(value, ensure_ascii=False)


class FollowUpDialog(QDialog):
    """Choose the questionnaire of round n+1, review the plan, start it."""

    def __init__(self, db: Database, assessment_id: str, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.assessment_id, self.prefs = db, assessment_id, prefs
        self.previous = assessments.get(db, assessment_id)
        self.old = assessments.framework_of(db, self.previous)
        self.crosswalk: Crosswalk | None = None  # given by the person (a file); None: drafted
        self.crosswalk_file: Path | None = None
        self.plan: FollowUpPlan | None = None
        self.created: str | None = None
        round_number = self.previous.round + 1
        self.setWindowTitle(self.tr("Start follow-up round"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Round {n} of {title} starts from this round's answers, justifications and evidence. "
                               "Each carried-over answer waits for your confirmation; this round stays as it is.")
                       .replace("{n}", str(round_number)).replace("{title}", self.previous.title), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.questionnaire = QComboBox(self)
        self.questionnaire.setAccessibleName(self.tr("Questionnaire of the new round"))
        other = QPushButton(self.tr("Other &file…"), self)
        other.clicked.connect(self._add_file)
        row = QHBoxLayout()
        row.addWidget(self.questionnaire, 1)
        row.addWidget(other)
        questionnaire_label = QLabel(self.tr("&Questionnaire:"), self)
        questionnaire_label.setBuddy(self.questionnaire)
        form.addRow(questionnaire_label, row)
        self.crosswalk_label = QLabel(self)
        self.crosswalk_label.setWordWrap(True)
        self.open_crosswalk = QPushButton(self.tr("&Open crosswalk…"), self)
        self.open_crosswalk.clicked.connect(self._open_crosswalk)
        self.save_crosswalk = QPushButton(self.tr("Save crosswalk to &edit…"), self)
        self.save_crosswalk.clicked.connect(self._save_crosswalk)
        crosswalk_box = QVBoxLayout()
        crosswalk_box.addWidget(self.crosswalk_label)
        crosswalk_buttons = QHBoxLayout()
        crosswalk_buttons.addWidget(self.open_crosswalk)
        crosswalk_buttons.addWidget(self.save_crosswalk)
        crosswalk_buttons.addStretch(1)
        crosswalk_box.addLayout(crosswalk_buttons)
        self.crosswalk_title = QLabel(self.tr("Crosswalk:"), self)
        form.addRow(self.crosswalk_title, crosswalk_box)
        layout.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Question (before → now)"), self.tr("Answer before"),
                                   self.tr("Answer now"), self.tr("Why")])
        self.tree.setAccessibleName(self.tr("What the new round carries"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        for column, width in ((0, 190), (1, 170), (2, 170)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(self.tr("&Start round {n}").replace("{n}", str(round_number)),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.clicked.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.frameworks: list[Framework] = []
        self._fill_questionnaires()
        self.questionnaire.currentIndexChanged.connect(self._questionnaire_changed)
        self.resize(900, 560)
        self._replan()

    # -- the questionnaire of the new round ---------------------------------------------------------------

    def _fill_questionnaires(self) -> None:
        found: list[Framework] = [self.old]
        try:
            found += catalogue.bundled()
        except MgiError as exc:
            show_error(self, exc)
        added = self.prefs.added_questionnaires()
        if added:
            try:
                found += wait_for(self, self.tr("Reading the questionnaire files…"), check_all, added)
            except Cancelled:
                pass
        level = self.old.model.level
        seen: set[str] = set()
        self.frameworks = []
        for framework in found:
            if framework.model.level == level and framework.sha256 not in seen:
                seen.add(framework.sha256)
                self.frameworks.append(framework)
        self.questionnaire.blockSignals(True)
        self.questionnaire.clear()
        for framework in self.frameworks:
            text = labels.questionnaire_name(framework)
            if framework.sha256 == self.old.sha256:
                text = self.tr("{questionnaire} — the same as this round").replace("{questionnaire}", text)
            self.questionnaire.addItem(text, framework.sha256)
        self.questionnaire.blockSignals(False)

    def framework(self) -> Framework:
        sha = self.questionnaire.currentData()
        return next((f for f in self.frameworks if f.sha256 == sha), self.old)

    def choose(self, framework: Framework) -> None:
        """Select `framework` (adding it to the list if new) and plan again."""
        if all(f.sha256 != framework.sha256 for f in self.frameworks):
            self.frameworks.append(framework)
            self.questionnaire.addItem(labels.questionnaire_name(framework), framework.sha256)
        self.questionnaire.setCurrentIndex(self.questionnaire.findData(framework.sha256))

    def _add_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Questionnaire of the new round"), str(Path.home()),
                                              questionnaire_filters())
        if not name:
            return
        path = Path(name)
        try:
            framework, problems, _notes = wait_for(self, self.tr("Checking {file}…").replace("{file}", path.name),
                                                   catalogue.check, path)
        except Cancelled:
            return
        if framework is None:
            from mgi_desktop.ui.shell.questionnaire_files import QuestionnaireReport

            QuestionnaireReport(path, None, problems, [], self).exec()
            return
        if framework.model.level != self.old.model.level:
            QMessageBox.warning(self, self.tr("Questionnaire of the new round"), self.tr(
                "{file} is a {level} questionnaire; a follow-up round keeps the level of the round before ({this}).")
                .replace("{file}", path.name).replace("{level}", labels.level(framework.model.level.value))
                .replace("{this}", labels.level(self.old.model.level.value)))
            return
        self.prefs.add_questionnaire(path)
        self.choose(framework)

    def _questionnaire_changed(self, *_args: object) -> None:
        self.crosswalk, self.crosswalk_file = None, None  # a crosswalk belongs to one pair of versions
        self._replan()

    # -- the crosswalk -------------------------------------------------------------------------------------

    def _open_crosswalk(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open crosswalk"), str(Path.home()),
                                              self.tr("Crosswalks (*.yaml *.yml);;All files (*)"))
        if not name:
            return
        path = Path(name)
        try:
            found, problems = wait_for(self, self.tr("Checking {file}…").replace("{file}", path.name),
                                       _check_crosswalk, path, self.old, self.framework())
        except Cancelled:
            return
        if found is None:
            from mgi_desktop.ui.shell.questionnaire_files import QuestionnaireReport

            QuestionnaireReport(path, None, problems, [], self).exec()
            return
        self.crosswalk, self.crosswalk_file = found, path
        self._replan()

    def _save_crosswalk(self) -> None:
        from mgi_desktop.questionnaire import crosswalk as crosswalks

        if self.plan is None:
            return
        new = self.framework()
        suggested = Path.home() / f"crosswalk-{self.old.id}-{self.old.version}-to-{new.version}.yaml"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save crosswalk"), str(suggested),
                                              self.tr("Crosswalks (*.yaml *.yml)"))
        if not name:
            return
        try:
            atomic.write_text(Path(name), crosswalks.dump_yaml(self.plan.crosswalk))
        except MgiError as exc:
            show_error(self, exc)

    # -- the plan --------------------------------------------------------------------------------------------

    def _replan(self) -> None:
        new = self.framework()
        same = new.sha256 == self.old.sha256
        for widget in (self.crosswalk_title, self.crosswalk_label, self.open_crosswalk, self.save_crosswalk):
            widget.setVisible(not same)
        if self.crosswalk_file is not None:
            self.crosswalk_label.setText(self.tr("from {file}").replace("{file}", self.crosswalk_file.name))
        else:
            self.crosswalk_label.setText(self.tr("drafted from the two versions (same code, same or similar text); "
                                                 "save it to check or edit it"))
        try:
            self.plan = wait_for(self, self.tr("Working out what the new round carries…"), _plan, self.db,
                                 self.assessment_id, None if same else new, self.crosswalk)
        except Cancelled:
            self.plan = None
        except MgiError as exc:
            show_error(self, exc)
            self.plan = None
        self._show_plan()

    def _show_plan(self) -> None:
        self.tree.clear()
        plan = self.plan
        self.start_button.setEnabled(plan is not None)
        if plan is None:
            self.summary.setText(self.tr("Nothing to show: choose the questionnaire again."))
            return
        counts = plan.counts()
        self.summary.setText(self.tr("{carried} answers carried as they were, {confirm} to confirm, {lost} not "
                                     "carried, {new} new questions.")
                             .replace("{carried}", str(counts["carried"]))
                             .replace("{confirm}", str(counts["to_confirm"]))
                             .replace("{lost}", str(counts["not_carried"]))
                             .replace("{new}", str(counts["new_questions"])))
        if plan.findings:  # the profile of the new round starts from them
            self.summary.setText(self.summary.text() + " " + self.tr(
                "Findings of the previous round carried over as drafts, to keep, edit or remove: {n}.")
                .replace("{n}", str(plan.findings)))
        new = self.framework()
        sections = [
            (self.tr("To confirm ({n})"), [self._carried_item(a, new) for a in plan.to_confirm], True),
            (self.tr("Not carried ({n})"), [self._lost_item(n, new) for n in plan.not_carried], True),
            (self.tr("New questions, not answered yet ({n})"),
             [QTreeWidgetItem([code, "—", "—", self.tr("new in this version")]) for code in plan.new_questions],
             False),
            (self.tr("Carried as they were ({n})"), [self._carried_item(a, new) for a in plan.carried], False),
        ]
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for title, items, expanded in sections:
            if not items:
                continue
            head = QTreeWidgetItem([title.replace("{n}", str(len(items)))])
            head.setFont(0, bold)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # once in the tree: before, Qt ignores it
            head.addChildren(items)
            head.setExpanded(expanded)

    def _codes(self, old: str, new: str | None) -> str:
        return old if new == old else f"{old} → {new or '—'}"

    def _carried_item(self, answer: CarriedAnswer, new: Framework) -> QTreeWidgetItem:
        why = ", ".join(labels.follow_up_reason(r.value) for r in answer.reasons)
        if answer.note and self.plan is not None and not self.plan.drafted:  # the author's note; a drafted
            why = f"{why} ({answer.note})" if why else answer.note  # one only repeats the reason, in English
        item = QTreeWidgetItem([self._codes(answer.old_code, answer.new_code),
                                _value_text(self.old, answer.old_code, answer.old_value),
                                _value_text(new, answer.new_code, answer.value), why])
        item.setToolTip(3, why)
        item.setToolTip(0, self._question_text(new, answer.new_code) or self._question_text(self.old, answer.old_code))
        return item

    def _question_text(self, framework: Framework, code: str | None) -> str:
        if code is None or code not in framework.placements:
            return ""
        return framework.model.text(framework.placement(code).question.text, i18n.current())

    def _lost_item(self, lost: NotCarried, new: Framework) -> QTreeWidgetItem:
        why = labels.follow_up_reason(lost.reason.value)
        if lost.detail is not None:
            why += ": " + ui_messages.text(lost.detail, with_subject=False)
        item = QTreeWidgetItem([self._codes(lost.old_code, lost.new_code),
                                _value_text(self.old, lost.old_code, lost.value), "—", why])
        item.setToolTip(3, why)
        item.setToolTip(0, self._question_text(self.old, lost.old_code))
        return item

    # -- start ---------------------------------------------------------------------------------------------------

    def _start(self) -> None:
        if self.plan is None:
            return
        new = self.framework()
        same = new.sha256 == self.old.sha256
        try:
            created = rounds.start_follow_up(self.db, self.assessment_id, None if same else new,
                                             None if same else self.plan.crosswalk)
        except MgiError as exc:
            show_error(self, exc)
            return
        self.created = created.id
        self.accept()


def _plan(db: Database, assessment_id: str, framework: Framework | None, crosswalk: Crosswalk | None, *,
          progress: Progress) -> FollowUpPlan:
    progress(0, 0)  # no steps to tell: a busy bar
    return rounds.plan_follow_up(db, assessment_id, framework, crosswalk)


def _check_crosswalk(path: Path, old: Framework, new: Framework, *,
                     progress: Progress) -> tuple[Crosswalk | None, list[Problem]]:
    from mgi_desktop.questionnaire import crosswalk as crosswalks

    progress(0, 0)
    return crosswalks.check_file(path, old, new)
