"""The start page and its table model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.models.assessment_table import (
    ID_ROLE,
    LEVEL,
    PLACE,
    PROGRESS,
    ROUND,
    STATUS,
    AssessmentTableModel,
)
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.shell.start_page import StartPage

pytestmark = pytest.mark.gui


@pytest.fixture
def three(db: Database, mini, local) -> list[str]:
    a = assessments.create(db, mini, country="KGZ")
    b = assessments.create(db, local, country="KEN", locality="Mombasa")
    c = assessments.create(db, mini, country="FRA", previous_id=None, round_number=2)
    answers.set_answer(db, a.id, mini.codes()[0], "yes")
    return [a.id, b.id, c.id]


def test_table_model_passes_qtmodeltester(qtmodeltester, db: Database, three) -> None:
    model = AssessmentTableModel()
    model.set_summaries(assessments.list_all(db))
    qtmodeltester.check(model, force_py=True)
    model.set_summaries([])
    qtmodeltester.check(model, force_py=True)


def test_table_shows_place_level_round_status_progress(qapp, db: Database, three, mini) -> None:
    model = AssessmentTableModel()
    model.set_summaries(assessments.list_all(db))
    rows = {model.index(r, 0).data(ID_ROLE): r for r in range(model.rowCount())}
    assert set(rows) == set(three)
    kgz, ken, fra = (rows[i] for i in three)

    def cell(row: int, column: int) -> str:
        return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)

    assert cell(ken, PLACE) == "Mombasa, Kenya"
    assert cell(ken, LEVEL) == "Local" and cell(kgz, LEVEL) == "National"
    assert cell(fra, ROUND) == "2"
    assert cell(kgz, STATUS) == "Draft"
    progress = assessments.progress_of(db, three[0]).overall
    percent, _, rest = cell(kgz, PROGRESS).partition("% ")
    assert abs(float(percent) - progress.completion) <= 0.5
    assert rest == f"({progress.answered} of {progress.relevant} applicable)" and progress.answered == 1


def test_start_page_archives_opens_and_filters(qtbot, db: Database, three) -> None:
    page = StartPage(db, Preferences())
    qtbot.addWidget(page)
    page.show()
    assert page.proxy.rowCount() == 3 and not page.empty_label.isVisibleTo(page)
    assert page.select(three[1])
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [three[1]]
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert assessments.get(db, three[1]).archived
    assert page.proxy.rowCount() == 2
    page.show_archived.setChecked(True)
    assert page.proxy.rowCount() == 3
    assert page.select(three[1]) and page.archive_button.text() == "Un&archive"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not assessments.get(db, three[1]).archived
    qtbot.keyClicks(page.filter, "momb")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data(ID_ROLE) == three[1]


def test_empty_database_says_how_to_start(qtbot, db: Database) -> None:
    page = StartPage(db, Preferences())
    qtbot.addWidget(page)
    page.show()
    assert page.empty_label.isVisibleTo(page)
    assert not page.open_button.isEnabled() and not page.archive_button.isEnabled()


def test_recent_databases_are_listed_and_activating_one_asks_to_switch(qtbot, db: Database, tmp_path) -> None:
    prefs = Preferences()
    other = tmp_path / "other.sqlite"
    prefs.add_recent_database(other)
    prefs.add_recent_database(db.path)
    page = StartPage(db, prefs)
    qtbot.addWidget(page)
    assert [page.recent.item(i).toolTip() for i in range(page.recent.count())] == [str(db.path), str(other)]
    with qtbot.waitSignal(page.database_requested) as chosen:
        page.recent.itemActivated.emit(page.recent.item(1))
    assert chosen.args == [other]
