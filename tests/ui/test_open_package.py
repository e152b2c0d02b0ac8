"""A double-clicked package: ``mgi-desktop FILE.mgi`` opens the window, then the import dialog for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QDialog

from mgi_desktop import cli
from mgi_desktop.exchange import send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.exchange.import_dialog import ImportDialog
from mgi_desktop.ui.shell import app as app_module

pytestmark = pytest.mark.gui


@pytest.fixture
def package(tmp_path: Path, mini: Framework, new_db) -> tuple[Path, str]:
    """A package sent from another database (the focal point's)."""
    sender = new_db(tmp_path / "sender.sqlite", "Fatima Focal", "Ministry", "focal_point")
    aid = assessments.create(sender, mini, country="KGZ").id
    answers.set_answer(sender, aid, "Q1", "yes")
    path = tmp_path / "Kyrgyzstan round 1.MGI"
    send.export_package(sender, aid, path.with_suffix(".mgi"))
    path.with_suffix(".mgi").rename(path)  # the suffix is matched whatever its case
    sender.close()
    return path, aid


def test_a_package_path_alone_opens_the_window_with_it(package, monkeypatch) -> None:
    path, _ = package
    calls: list[tuple] = []
    monkeypatch.setattr(app_module, "run_app", lambda database=None, package=None: calls.append((database, package))
                        or 0)
    assert cli.main([str(path)]) == 0
    assert calls == [(None, path.absolute())]
    assert cli.main(["--database", "x.sqlite"]) == 0  # the window without a package, as before
    assert calls[-1] == (Path("x.sqlite"), None)


def test_other_arguments_are_still_commands_or_errors(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(app_module, "run_app", lambda **kw: pytest.fail("the window must not open"))
    with pytest.raises(SystemExit) as missing:
        cli.main([str(tmp_path / "missing.mgi")])  # not a file: argparse says it is no command
    assert missing.value.code == 2
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(SystemExit):
        cli.main([str(tmp_path / "notes.txt")])
    with pytest.raises(SystemExit) as version:
        cli.main(["--version"])
    assert version.value.code == 0 and "MGI Desktop" in capsys.readouterr().out


def test_run_app_shows_the_import_dialog_for_the_package(start_app, package, reviewer_db: Database,
                                                         monkeypatch) -> None:
    path, aid = package
    reviewer_db.close()  # the app opens it
    shown: list[tuple[str, bool]] = []

    def import_now(dialog: ImportDialog) -> QDialog.DialogCode:
        shown.append((dialog.path.name, dialog.parentWidget().isVisible()))
        dialog.apply()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", import_now)
    assert start_app(reviewer_db.path, package=path) == 0
    assert shown == [(path.name, True)]  # over the window, already shown
    again = Database.open(reviewer_db.path)
    try:
        assert assessments.values(again, aid) == {"Q1": "yes"}
    finally:
        again.close()


def test_file_open_events_name_packages_only(tmp_path: Path) -> None:
    assert app_module.package_of(QFileOpenEvent(str(tmp_path / "a.mgi"))) == tmp_path / "a.mgi"
    assert app_module.package_of(QFileOpenEvent(str(tmp_path / "a.xlsx"))) is None
    assert app_module.package_of(QEvent(QEvent.Type.Show)) is None
