"""What a restore would lose, read from the database and the backup before the person confirms."""

from __future__ import annotations

from pathlib import Path

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage import backup
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.restore_loss import what_restore_loses


def test_answers_given_after_the_backup_are_counted_with_their_assessments(db: Database, mini: Framework) -> None:
    first = assessments.create(db, mini, country="KGZ", title="Kyrgyzstan 2026").id
    answers.set_answer(db, first, "Q1", "yes")
    saved = backup.create_backup(db.path, reason="manual")
    assert what_restore_loses(db.path, saved.path).nothing  # type: ignore[union-attr]

    answers.set_answer(db, first, "Q1", "no")  # changed
    answers.set_answer(db, first, "Q3", 12)  # new
    answers.set_justification(db, first, "Q7", "The strategy is published.")  # a justification alone
    second = assessments.create(db, mini, country="KAZ", title="Kazakhstan 2026").id
    answers.set_answer(db, second, "Q1", "partially")
    loss = what_restore_loses(db.path, saved.path)
    assert loss is not None and not loss.nothing
    assert (loss.answers, loss.assessments, loss.new_assessments) == (4, 2, 1)
    assert loss.since is not None and loss.since >= saved.created
    assert set(loss.titles) == {"Kyrgyzstan 2026", "Kazakhstan 2026"}


def test_a_file_that_cannot_be_read_is_not_compared(db: Database, mini: Framework, tmp_path: Path) -> None:
    saved = backup.create_backup(db.path, reason="manual")
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"this is not a database any more")
    assert what_restore_loses(damaged, saved.path) is None
