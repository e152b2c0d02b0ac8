"""An answer whose question requires evidence is not shown as finished until the evidence is there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView
from mgi_desktop.ui.assessment.evidence_dialog import EvidenceDialog
from mgi_desktop.ui.models.navigator import CODE_ROLE, STATE_ROLE

pytestmark = pytest.mark.gui



def _shown_codes(view: AssessmentView) -> list[str]:
    found = []

    def walk(parent) -> None:
        for row in range(view.proxy.rowCount(parent)):
            index = view.proxy.index(row, 0, parent)
            if index.data(STATE_ROLE) is not None:
                found.append(index.data(CODE_ROLE))
            walk(index)

    walk(QModelIndex())
    return found


def test_an_answer_without_its_required_evidence_warns_until_evidence_is_added(
        qtbot, make_view, db: Database, mini: Framework, monkeypatch) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    view = make_view(aid)
    view.go_to("Q1")  # Q1 requires evidence
    view.page.focus_answer()
    qtbot.keyClick(view.page.editor.buttons[0], Qt.Key.Key_Y)
    index = view.model.index_of("Q1")
    assert index.data(STATE_ROLE) == "evidence_missing"  # no green tick
    assert "evidence required" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert view.page.messages.isVisibleTo(view.page)
    assert view.page.message_label.text().startswith("Add the evidence this answer needs")

    view.filter_combo.setCurrentIndex(view.filter_combo.findData("evidence_missing"))
    assert _shown_codes(view) == ["Q1"]
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("all"))

    view.show_overview()
    assert "1 answers still need the evidence" in view.overview.summary.text()
    assert "1 need evidence" in view.overview.counts[1].text()

    def fill_and_accept(dialog: EvidenceDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("law"))
        dialog.title.setText("Health Law")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", fill_and_accept)
    view.go_to("Q1")
    view.page.evidence.add_button.click()
    assert index.data(STATE_ROLE) == "answered"
    assert not view.page.messages.isVisibleTo(view.page)
    view.show_overview()
    assert "evidence" not in view.overview.summary.text()


def test_dont_know_needs_no_evidence(qtbot, make_view, db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    view = make_view(aid)
    view.go_to("Q1")
    view.page.focus_answer()
    qtbot.keyClick(view.page.editor.buttons[0], Qt.Key.Key_D)
    assert view.data.values["Q1"] == "dont_know"
    assert view.model.index_of("Q1").data(STATE_ROLE) == "answered"
