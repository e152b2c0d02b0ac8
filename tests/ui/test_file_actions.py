"""File menu exports and exchange, run in the background from the real actions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

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
    options = window.file_actions.consolidate_options()
    monkeypatch.setattr(options, "exec", lambda: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(window.file_actions, "consolidate_options", lambda: options)
    window.file_actions.actions["consolidate"].trigger()
    _wait_idle(qtbot, window)
    about = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("About").to_python()
    assert ["Validations", f"signers checked against the keys trusted in {db.path}"] in about


def test_the_consolidation_options_choose_statuses_archived_and_csv(qtbot, window, db, mini, tmp_path,
                                                                     monkeypatch) -> None:
    from python_calamine import CalamineWorkbook

    from mgi_desktop.enums import AssessmentStatus
    from mgi_desktop.ui.shell.consolidate_options import ConsolidateOptions

    kept = assessments.create(db, mini, country="KGZ").id  # a draft
    archived = assessments.create(db, mini, country="KAZ").id
    assessments.set_archived(db, archived)
    target = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kw: ([str(db.path)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))

    options = ConsolidateOptions(window)
    qtbot.addWidget(options)
    checked = {s for s, check in options.statuses.items() if check.isChecked()}
    assert checked == {AssessmentStatus.VALIDATED, AssessmentStatus.APPROVED}  # the core's defaults
    assert not options.archived.isChecked() and not options.csv.isChecked()
    for check in options.statuses.values():
        check.setChecked(False)
    assert not options.buttons.button(options.buttons.StandardButton.Ok).isEnabled()  # no status: nothing to do
    options.statuses[AssessmentStatus.DRAFT].setChecked(True)
    options.csv.setChecked(True)
    monkeypatch.setattr(options, "exec", lambda: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(window.file_actions, "consolidate_options", lambda: options)
    window.file_actions.actions["consolidate"].trigger()
    _wait_idle(qtbot, window)
    about = {row[0]: row[1] for row in CalamineWorkbook.from_path(str(target)).get_sheet_by_name("About").to_python()}
    assert about["Filter: statuses included"] == "draft" and about["Filter: archived assessments"] == "excluded"
    countries = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Country summary").to_python()
    assert [row[0] for row in countries[1:]] == [kept]
    assert (tmp_path / "all-csv" / "datapackage.json").is_file()
