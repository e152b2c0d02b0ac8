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


def test_consolidation_checks_validations_against_the_windows_keys(qtbot, window, db, mini, tmp_path,
                                                                    monkeypatch) -> None:
    from python_calamine import CalamineWorkbook

    from mgi_desktop.exchange import send

    a = assessments.create(db, mini, country="KGZ")
    package = send.export_package(db, a.id, tmp_path / "kgz.mgi").path
    target = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kw: ([str(package)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    window.file_actions.actions["consolidate"].trigger()
    _wait_idle(qtbot, window)
    about = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("About").to_python()
    assert ["Validations", f"signers checked against the keys trusted in {db.path}"] in about
