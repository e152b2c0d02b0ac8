"""File menu exports and exchange, run in the background from the real actions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window, db: Database) -> MainWindow:
    return make_window(db)


def _wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.file_actions.busy(), timeout=20000)


def test_excel_summary_export_writes_the_workbook(qtbot, window, db, mini, tmp_path, monkeypatch) -> None:
    a = assessments.create(db, mini, country="KGZ")
    answers.set_answer(db, a.id, mini.codes()[0], "yes")
    window.start_page.refresh()
    assert window.start_page.select(a.id)
    target = tmp_path / "summary.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    action = window.file_actions.actions["excel"]
    assert action.isEnabled()
    action.trigger()
    _wait_idle(qtbot, window)
    assert target.exists() and target.stat().st_size > 1000
    assert "summary.xlsx" in window.statusBar().currentMessage()


# sending and receiving through the dialogs: tests/ui/test_window_integration.py
