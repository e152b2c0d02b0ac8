"""Before a restore the window says what will be lost and that a safety backup is made first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage import backup
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.shell import database_opening

pytestmark = pytest.mark.gui


def test_the_confirmation_names_the_answers_that_a_restore_loses(qapp, db: Database, mini: Framework,
                                                                 monkeypatch) -> None:
    aid = assessments.create(db, mini, country="KGZ", title="Kyrgyzstan 2026").id
    saved = backup.create_backup(db.path, reason="manual")
    for code, value in (("Q1", "yes"), ("Q3", 12), ("Q7", "no")):
        answers.set_answer(db, aid, code, value)
    shown: list[QMessageBox] = []

    def answer_no(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer_no)
    assert not database_opening.confirm_restore(None, db.path, saved)
    box = shown[0]
    assert box.text().startswith(f"Replace {db.path.name} with its backup of ")
    text = box.informativeText()
    assert "3 answers changed after " in text and "in 1 assessment (“Kyrgyzstan 2026”), will be lost." in text
    assert "a safety backup of the current state is made" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)


def test_nothing_lost_is_said_too(qapp, db: Database, mini: Framework) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes")
    saved = backup.create_backup(db.path, reason="manual")
    text = database_opening.restore_summary(db.path, saved)
    assert text.startswith("The backup holds every answer of the current file: no answer will be lost.")
