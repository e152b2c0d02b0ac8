"""Receiving ``.mgi`` packages.

`ImportDialog(db, path, password=None)` shows what a package would change
(`exchange.receive.preview_import`: nothing is written yet), one row per
conflict with "mine" and "theirs" side by side and Keep mine / Take theirs /
Edit, and imports with `receive.apply_import` once every conflict has a
resolution.  A protected package asks for its password (the core raises
`PasswordRequired`, again after a wrong one).

Checking and importing run in a worker thread (`workers.wait_for`) behind a
progress dialog whose Cancel stops the work between its steps: a hostile or
huge package never freezes the window, and a cancelled import changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.errors import MgiError, PasswordRequired
from mgi_desktop.exchange import receive
from mgi_desktop.exchange.merge import Conflict, Edited, Resolution
from mgi_desktop.messages import Template
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.services import assessments
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment.answer_widgets import make_editor
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.times import local_time
from mgi_desktop.ui.widgets import screen_fit
from mgi_desktop.ui.widgets.plain_text import PlainText, ctrl_enter_presses
from mgi_desktop.ui.workers import Cancelled, wait_for

# Counts read with their plural forms (English here, translated in the Messages context)
CONFLICTING = Template("window.import_conflicting",
                       "{n} item changed both here and in the package: choose what to keep",
                       plural="{n} items changed both here and in the package: choose for each", count="n")
PENDING = Template("window.import_pending", "{n} conflict still to resolve",
                   plural="{n} conflicts still to resolve", count="n")

COUNTS = {
    "answers": QT_TRANSLATE_NOOP("ImportDialog", "answers changed"),
    "flags_changed": QT_TRANSLATE_NOOP("ImportDialog", "questions flagged or unflagged"),
    "evidence_added": QT_TRANSLATE_NOOP("ImportDialog", "evidence added"),
    "evidence_removed": QT_TRANSLATE_NOOP("ImportDialog", "evidence removed"),
    "evidence_changed": QT_TRANSLATE_NOOP("ImportDialog", "evidence changed"),
    "comments_added": QT_TRANSLATE_NOOP("ImportDialog", "comments added"),
    "comments_changed": QT_TRANSLATE_NOOP("ImportDialog", "comments changed"),
    "decisions_accepted": QT_TRANSLATE_NOOP("ImportDialog", "answers accepted"),
    "decisions_returned": QT_TRANSLATE_NOOP("ImportDialog", "answers returned"),
    "findings_added": QT_TRANSLATE_NOOP("ImportDialog", "findings added"),
    "findings_removed": QT_TRANSLATE_NOOP("ImportDialog", "findings removed"),
    "findings_changed": QT_TRANSLATE_NOOP("ImportDialog", "findings changed"),
    "domain_texts_changed": QT_TRANSLATE_NOOP("ImportDialog", "domain descriptions changed"),
    "audit_events_added": QT_TRANSLATE_NOOP("ImportDialog", "audit events added"),
}
KINDS = {
    "answer": QT_TRANSLATE_NOOP("ImportDialog", "Answer"),
    "evidence": QT_TRANSLATE_NOOP("ImportDialog", "Evidence"),
    "finding": QT_TRANSLATE_NOOP("ImportDialog", "Finding"),
    "domain_text": QT_TRANSLATE_NOOP("ImportDialog", "Domain description"),
    "assessment": QT_TRANSLATE_NOOP("ImportDialog", "Assessment"),
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
}
MINE, THEIRS, EDIT = 0, 1, 2


def _tr(text: object) -> str:
    return QCoreApplication.translate("ImportDialog", str(text))


class EditAnswerDialog(QDialog):
    """Type the answer that settles a conflict: the question's own editor and a justification."""

    def __init__(self, framework: Framework, code: str, value: AnswerValue, justification: str,
                 parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.framework, self.code = framework, code
        placement = framework.placement(code)
        self.setWindowTitle(self.tr("Edit the answer to {code}").replace("{code}", code))
        question = QLabel(f"{code}  {' '.join(labels.content(placement.question.text, language).split())}", self)
        question.setWordWrap(True)
        self.editor = make_editor(placement, language, self)
        self.editor.set_value(value)
        self.value: AnswerValue = value
        self.editor.edited.connect(self._edited)
        self.justification = PlainText(self)
        self.justification.setObjectName("justification")
        self.justification.setPlainText(justification)
        self.justification.setAccessibleName(self.tr("Justification"))
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ctrl_enter_presses(self.justification, buttons.button(QDialogButtonBox.StandardButton.Ok))
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.editor)
        layout.addWidget(QLabel(self.tr("Justification:"), self))
        layout.addWidget(self.justification)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _edited(self, value: AnswerValue) -> None:
        self.value = value

    def accept(self) -> None:
        self.editor.flush()
        try:  # the rule is the questionnaire's: checked again when the import is applied
            self.value = self.framework.check_value(self.code, self.value)
        except MgiError as exc:
            self.problem.setText(ui_messages.text(exc.msg, with_subject=False))
            return
        super().accept()

    def resolution(self) -> Edited:
        return Edited(self.value, self.justification.toPlainText().strip())


class ImportDialog(QDialog):
    """`ImportDialog(db, path, password=None)`; once the dialog was accepted, `changes` is set."""

    def __init__(self, db: Database, path: Path, password: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.password = password
        self.preview: receive.ImportPreview | None = None
        self.error: MgiError | None = None
        self.changes: Changes | None = None
        self.framework: Framework | None = None
        self.resolutions: dict[str, Resolution] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.language = i18n.current()
        self.setWindowTitle(self.tr("Receive a package — {file}").replace("{file}", self.path.name))

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        # Who signed it, and the confirmation a new key (or an unsigned package) needs before importing.
        self.signer = QLabel(self)
        self.signer.setObjectName("signer")
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("confirm")
        self.confirm.toggled.connect(self._update)
        self.confirm.hide()
        self.conflict_box = QGroupBox(self)
        self.table = QTableWidget(0, 4, self.conflict_box)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Mine (this database)"),
                                              self.tr("Theirs (the package)"), self.tr("Resolution")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the choice buttons take the focus
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.all_mine = QPushButton(self.tr("Keep &mine for all"), self.conflict_box)
        self.all_mine.setObjectName("all_mine")
        self.all_mine.clicked.connect(lambda: self._all("mine"))
        self.all_theirs = QPushButton(self.tr("Take &theirs for all"), self.conflict_box)
        self.all_theirs.setObjectName("all_theirs")
        self.all_theirs.clicked.connect(lambda: self._all("theirs"))
        for button in (self.all_mine, self.all_theirs):
            button.setAutoDefault(False)  # Enter never resolves every conflict at once
        bulk = QHBoxLayout()
        bulk.addStretch(1)
        bulk.addWidget(self.all_mine)
        bulk.addWidget(self.all_theirs)
        conflicts = QVBoxLayout(self.conflict_box)
        conflicts.addWidget(self.table)
        conflicts.addLayout(bulk)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.pending = QLabel(self)
        self.pending.setObjectName("pending")
        bottom = QHBoxLayout()
        bottom.addWidget(self.pending, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.signer)
        layout.addWidget(self.confirm)
        layout.addWidget(self.counts)
        layout.addWidget(self.notes)
        layout.addWidget(self.conflict_box, 1)
        # Without conflicts, the room below the lines goes here, not between them.
        self.filler = QWidget(self)
        layout.addWidget(self.filler, 1)
        layout.addLayout(bottom)
        screen_fit.fit(self, 1000, 640)  # a laptop's screen, or 1920x1080 at 150%, holds it whole
        self.load()

    # -- preview ---------------------------------------------------------------------------

    def ask_password(self, again: bool) -> str | None:
        prompt = (self.tr("Wrong password. Try again:") if again
                  else self.tr("This package is protected by a password. Password:"))
        text, ok = QInputDialog.getText(self, self.tr("Password"), prompt, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def _progress_parent(self) -> QWidget:
        """The window the progress dialog belongs to: ours once shown, before that our parent's."""
        parent = self.parentWidget()
        return self if self.isVisible() or parent is None else parent

    def load(self) -> None:
        """Read and check the package (asking for its password if it has one); nothing is written.

        Cancelled, it leaves `preview` and `error` None."""
        while True:
            try:
                self.preview = wait_for(self._progress_parent(), self.tr("Checking {file}…").replace(
                    "{file}", self.path.name), receive.preview_import, self.db, self.path, self.password)
                self.error = None
                break
            except PasswordRequired as exc:
                given = self.ask_password(again=self.password is not None)
                if given is None:
                    self.error = exc
                    break
                self.password = given
            except Cancelled:
                self.preview = self.error = None
                break
            except MgiError as exc:
                self.error = exc
                break
        self._show()

    def _show(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText(self.tr("This package cannot be received:") + "\n" + (
                ui_messages.error_text(self.error) if self.error else self.tr("checking it was cancelled.")))
            for widget in (self.counts, self.notes, self.conflict_box):
                widget.hide()
            self.import_button.setEnabled(False)
            return
        m = preview.manifest
        sender = m.sender.name + (f" ({m.sender.institution})" if m.sender.institution else "")
        kind = (self.tr("A new assessment for this database.") if preview.is_new
                else self.tr("An update of an assessment already in this database: the changes are merged."))
        lines = [f"<b>{_html(preview.title)}</b>",
                 self.tr("From {sender}, {role}; sent {when}; package {n} from them.")
                 .replace("{sender}", _html(sender)).replace("{role}", labels.role(m.sender.role).lower())
                 .replace("{when}", local_time(m.created_at)).replace("{n}", str(m.sequence)),
                 kind]
        questionnaire = f"{m.framework.id} {m.framework.version}"
        if preview.questionnaire_bundled:
            lines.append(self.tr("Questionnaire: {q}.").replace("{q}", _html(questionnaire)))
        else:
            lines.append(self.tr("Questionnaire: {q}, not included in this installation: the copy carried in "
                                 "the package is used.").replace("{q}", _html(questionnaire)))
        if preview.encryption == "password":
            lines.append(self.tr("The package was protected by a password."))
        elif preview.encryption == "key":
            lines.append(self.tr("The package was encrypted to your key."))
        if preview.status:
            lines.append(self.tr("Status: {now} → {after}.").replace("{now}", labels.status(preview.status[0]))
                         .replace("{after}", labels.status(preview.status[1])))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText("<br>".join(lines))
        self._show_signer(preview)
        changed = [f"{n} {_tr(COUNTS.get(k, k))}" for k, n in preview.counts.items() if n]
        self.counts.setText(self.tr("What it changes: {list}.").replace("{list}", ", ".join(changed)) if changed
                            else self.tr("It changes nothing here."))
        self.notes.setText("\n".join(f"• {ui_messages.text(note)}" for note in preview.notes))
        self.notes.setVisible(bool(preview.notes))
        if not preview.is_new:
            self.framework = assessments.framework_of(self.db, assessments.get(self.db, m.assessment_id))
        self._fill_conflicts(preview.conflicts)
        if not preview.conflicts:  # a few lines to read: no need for the room a table of conflicts takes
            self.resize(self.width(), max(360, self.sizeHint().height()))
        self._update()

    def _show_signer(self, preview: receive.ImportPreview) -> None:
        signer = preview.signer
        if signer is None:
            self.signer.setText(self.tr("⚠ Not signed: this package was written by an older MGI Desktop. "
                                        "Anyone could have written or changed it; its review decisions and "
                                        "status are not applied."))
            self.confirm.setText(self.tr("I know where this package comes from: import it anyway"))
        else:
            who = signer.name + (f" ({signer.institution})" if signer.institution else "")
            text = (self.tr("Signed by {who}, {role}, key {fingerprint}: {trust}.")
                    .replace("{who}", who).replace("{role}", labels.role(signer.role).lower())
                    .replace("{fingerprint}", signer.short).replace("{trust}", labels.key_trust(signer.trust)))
            if preview.unverified:
                text += "\n" + self.tr("⚠ This key is new to you. Phone the sender and compare the fingerprint "
                                        "they read out with the one above before you import.")
            self.signer.setText(text)
            self.confirm.setText(self.tr("I compared the fingerprint {fingerprint} with {who}: it is the same")
                                 .replace("{fingerprint}", signer.short).replace("{who}", signer.name))
        needs = preview.unsigned or bool(preview.unverified)
        font = self.signer.font()
        font.setBold(needs)  # what to check before importing stands out
        self.signer.setFont(font)
        self.confirm.setVisible(needs)
        self.confirm.setChecked(False)

    def _fill_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflict_box.setVisible(bool(conflicts))
        self.filler.setVisible(not conflicts)
        self.conflict_box.setTitle(ui_messages.text(CONFLICTING(n=len(conflicts))))
        self.table.setRowCount(len(conflicts))
        self.groups = {}
        for row, conflict in enumerate(conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(self._item_text(conflict)))
            for column, side in ((1, conflict.mine), (2, conflict.theirs)):
                cell = QTableWidgetItem(self._side_text(conflict, side))
                cell.setToolTip(cell.text())
                self.table.setItem(row, column, cell)
            self.table.setCellWidget(row, 3, self._choices(conflict))
        self.table.resizeRowsToContents()

    def _choices(self, conflict: Conflict) -> QWidget:
        cell = QWidget(self.table)
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(4, 2, 4, 2)
        group = QButtonGroup(cell)
        group.setExclusive(True)
        for number, text in ((MINE, self.tr("Keep mine")), (THEIRS, self.tr("Take theirs")), (EDIT, self.tr("Edit…"))):
            if number == EDIT and conflict.kind != "answer":
                continue
            button = QToolButton(cell)
            button.setText(text)
            button.setCheckable(True)
            button.setObjectName(f"{('mine', 'theirs', 'edit')[number]}_{conflict.key}")
            button.setAccessibleName(f"{text.rstrip('…')} {conflict.key}")
            group.addButton(button, number)
            layout.addWidget(button)
        group.idClicked.connect(lambda number, c=conflict: self.choose(c, number))
        self.groups[conflict.key] = group
        return cell

    def _item_text(self, conflict: Conflict) -> str:
        kind = _tr(KINDS.get(conflict.kind, conflict.kind))
        if conflict.question and self.framework is not None and conflict.question in self.framework.placements:
            text = " ".join(labels.content(self.framework.placement(conflict.question).question.text,
                                          self.language).split())
            return f"{conflict.question}  {text}"
        if conflict.kind == "assessment":
            return f"{kind}: {conflict.key.partition(':')[2]}"
        if conflict.kind == "domain_text":
            return self.tr("Description of domain {n}").replace("{n}", conflict.key.partition(":")[2])
        return kind

    def _side_text(self, conflict: Conflict, side: Any) -> str:
        if side is None:
            return self.tr("(removed)")
        if conflict.kind == "status" and isinstance(side, str):
            return labels.status(side)
        if conflict.kind == "answer" and isinstance(side, dict):
            value = side.get("value")
            if value is None:
                text = self.tr("(no answer)")
            elif self.framework is not None and conflict.question in self.framework.placements:
                text = self.framework.label_of(conflict.question or "", value, self.language)
            else:
                text = json.dumps(value, ensure_ascii=False)
            if side.get("justification"):
                text += "\n" + _short(side["justification"], 300)
            if side.get("updated_by"):
                text += "\n" + self.tr("— {who}, {when}").replace("{who}", side["updated_by"]).replace(
                    "{when}", local_time(side.get("updated_at")))
            return text
        if isinstance(side, dict):
            shown = [str(side[k]) for k in ("title", "text", "description", "reference") if side.get(k)]
            if shown:
                return _short("\n".join(shown), 300)
            return _short(json.dumps(side, ensure_ascii=False, default=str), 300)
        return _short(str(side), 300)

    # -- resolving --------------------------------------------------------------------------

    def choose(self, conflict: Conflict, number: int) -> None:
        if number == MINE:
            self.resolutions[conflict.key] = "mine"
        elif number == THEIRS:
            self.resolutions[conflict.key] = "theirs"
        else:
            self.edit(conflict)
        self._sync(conflict.key)
        self._update()

    def edit(self, conflict: Conflict) -> None:
        assert self.framework is not None and conflict.question is not None
        start = self.resolutions.get(conflict.key)
        if isinstance(start, Edited):
            value, justification = start.value, start.justification
        else:
            side = conflict.theirs if start == "theirs" else conflict.mine
            value, justification = side.get("value"), side.get("justification", "")
        dialog = EditAnswerDialog(self.framework, conflict.question, value, justification, self, self.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.resolutions[conflict.key] = dialog.resolution()
            row = self._row(conflict.key)
            label = self.framework.label_of(conflict.question, dialog.value, self.language)
            self.table.cellWidget(row, 3).setToolTip(self.tr("Edited: {value}").replace("{value}", label))
        self._sync(conflict.key)

    def _row(self, key: str) -> int:
        return list(self.groups).index(key)

    def _sync(self, key: str) -> None:
        """Check the button that matches the stored resolution (none while unresolved)."""
        group = self.groups[key]
        resolution = self.resolutions.get(key)
        number = None if resolution is None else EDIT if isinstance(resolution, Edited) else (
            MINE if resolution == "mine" else THEIRS)
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(group.id(button) == number)
        group.setExclusive(True)
        row = self._row(key)
        for column, side in ((1, MINE), (2, THEIRS)):  # the side that will be kept reads in bold
            item = self.table.item(row, column)
            if item is None:
                continue
            font = item.font()
            font.setBold(number == side)
            item.setFont(font)

    def _all(self, side: str) -> None:
        assert self.preview is not None
        for conflict in self.preview.conflicts:
            self.resolutions[conflict.key] = "mine" if side == "mine" else "theirs"
            self._sync(conflict.key)
        self._update()

    def unresolved(self) -> list[str]:
        if self.preview is None:
            return []
        return [c.key for c in self.preview.conflicts if c.key not in self.resolutions]

    def _needs_confirmation(self) -> bool:
        return self.preview is not None and (self.preview.unsigned or bool(self.preview.unverified))

    def _update(self) -> None:
        left = self.unresolved()
        confirmed = not self._needs_confirmation() or self.confirm.isChecked()
        self.import_button.setEnabled(self.preview is not None and not left and confirmed)
        self.pending.setText(ui_messages.text(PENDING(n=len(left))) if left else "")

    def apply(self) -> None:
        if self.preview is None or self.unresolved():
            return
        if self._needs_confirmation() and not self.confirm.isChecked():
            return
        sure = self.confirm.isChecked()
        try:
            self.changes = wait_for(self, self.tr("Importing {file}…").replace("{file}", self.path.name),
                                    receive.apply_import, self.db, self.path, dict(self.resolutions),
                                    self.password, confirmed=self.preview.unverified if sure else (),
                                    accept_unsigned=sure and self.preview.unsigned)
        except Cancelled:
            self.pending.setText(self.tr("Import cancelled: nothing was imported."))
            return
        except MgiError as exc:
            show_error(self, exc)
            return
        self.accept()


def receive_package(parent: QWidget | None, db: Database, path: Path) -> Changes | None:
    """Show the import dialog for `path`; the changes once imported, None if cancelled or refused."""
    dialog = ImportDialog(db, path, parent=parent)
    if dialog.preview is None and dialog.error is not None and not isinstance(dialog.error, PasswordRequired):
        show_error(parent, dialog.error)
        return None
    if dialog.preview is None:
        return None
    return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else None


def _short(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

