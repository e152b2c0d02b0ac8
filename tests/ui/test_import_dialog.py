"""Sending and receiving packages through the dialogs, between two real databases."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton

from mgi_desktop.enums import KeyTrust
from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import package, receive, send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, keys, parties
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.exchange import import_dialog
from mgi_desktop.ui.exchange.import_dialog import EditAnswerDialog, ImportDialog
from mgi_desktop.ui.exchange.send_dialog import SendDialog
from mgi_desktop.ui.workers import running

pytestmark = pytest.mark.gui


@pytest.fixture
def other(tmp_path: Path, new_db) -> Database:
    """A colleague's database (another computer)."""
    return new_db(tmp_path / "colleague" / "mgi.sqlite", "Bakyt Colleague", "Ministry", "focal_point")


def send_with_dialog(qtbot, db: Database, aid: str, target: Path, password: str = "") -> Path:
    dialog = SendDialog(db, aid)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(target))
    if password:
        dialog.by_password.setChecked(True)
        dialog.password.setText(password)
        dialog.repeat.setText(password)
    assert dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.sent is not None
    return dialog.sent.path


def open_import(qtbot, db: Database, path: Path, monkeypatch, passwords: list[str] = ()) -> ImportDialog:
    given = list(passwords)
    asked: list[bool] = []

    def ask(self, again: bool) -> str | None:
        asked.append(again)
        return given.pop(0) if given else None

    monkeypatch.setattr(ImportDialog, "ask_password", ask)
    dialog = ImportDialog(db, path)
    dialog.asked = asked
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_send_checks_the_password_twice(qtbot, db, mini, tmp_path) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    dialog = SendDialog(db, aid)
    qtbot.addWidget(dialog)
    assert dialog.file.text().endswith(".mgi") and dialog.send_button.isEnabled()
    assert dialog.unprotected.isChecked() and not dialog.by_keys.isEnabled()  # no other side's key known yet
    assert "No key of the other side" in dialog.keys_hint.text() and not dialog.password.isEnabled()
    dialog.by_password.setChecked(True)
    dialog.password.setText("short")
    assert not dialog.send_button.isEnabled() and "at least 8" in dialog.problem.text()
    dialog.password.setText("long enough")
    assert not dialog.send_button.isEnabled() and "differ" in dialog.problem.text()
    dialog.repeat.setText("long enough")
    dialog.file.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.sent is not None and dialog.sent.path == tmp_path / "out.mgi" and dialog.sent.path.exists()
    assert [e.field for e in audit.events(db, aid, entity="package")] == ["sent"]


def test_protected_new_assessment_asks_for_the_password(qtbot, db, other, mini, tmp_path, monkeypatch) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 10)
    path = send_with_dialog(qtbot, db, aid, tmp_path / "p1.mgi", "correct horse")

    cancelled = open_import(qtbot, other, path, monkeypatch, [])
    assert cancelled.preview is None and "password" in cancelled.summary.text()
    assert not cancelled.import_button.isEnabled()

    dialog = open_import(qtbot, other, path, monkeypatch, ["wrong password", "correct horse"])
    assert dialog.asked == [False, True]  # the second prompt says the first password was wrong
    assert dialog.preview is not None and dialog.preview.is_new and not dialog.conflict_box.isVisible()
    assert "new assessment" in dialog.summary.text() and "1 answers changed" in dialog.counts.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert answers.get_answer(other, aid, "Q3").value == 10


def make_colleague(db: Database, other: Database, aid: str) -> None:
    """`other` answers with the focal point: their key is known (compared) and added to the assessment."""
    with db.transaction() as session:
        keys.remember(session, other.own_key.identity.public, name="Bakyt Colleague", trust=KeyTrust.HAND)
    parties.add_colleague(db, aid, other.own_key.fingerprint)


def shared(db: Database, other: Database, mini: Framework, tmp_path: Path) -> str:
    aid = assessments.create(db, mini, country="KGZ").id
    make_colleague(db, other, aid)
    answers.set_answer(db, aid, "Q3", 10, justification="2020 census")
    answers.set_answer(db, aid, "Q4", "Mandate")
    receive.apply_import(other, send.export_package(db, aid, tmp_path / "p1.mgi").path, {})
    answers.set_answer(other, aid, "Q3", 12, justification="2022 survey")
    answers.set_answer(other, aid, "Q4", "Mandate and budget")
    answers.set_answer(db, aid, "Q3", 11)
    answers.set_answer(db, aid, "Q4", "Mandate of the agency")
    return aid


def test_conflicts_side_by_side_each_resolved(qtbot, db, other, mini, tmp_path, monkeypatch) -> None:
    aid = shared(db, other, mini, tmp_path)
    path = send.export_package(other, aid, tmp_path / "q1.mgi").path
    dialog = open_import(qtbot, db, path, monkeypatch)
    assert [c.key for c in dialog.preview.conflicts] == ["answer:Q3", "answer:Q4"]
    table = dialog.table
    assert table.item(0, 0).text().startswith("Q3  How many staff")
    assert table.item(0, 1).text().startswith("11") and "Amina Focal" in table.item(0, 1).text()
    assert "2022 survey" in table.item(0, 2).text() and "Bakyt Colleague" in table.item(0, 2).text()
    assert not dialog.import_button.isEnabled() and "2 conflict" in dialog.pending.text()

    qtbot.mouseClick(dialog.findChild(object, "mine_answer:Q4"), Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()

    def edit(editor: EditAnswerDialog) -> QDialog.DialogCode:
        editor.editor.line.setText("1000000")  # above the question's maximum: refused in the dialog
        editor.accept()
        assert "maximum" in editor.problem.text() and editor.result() != QDialog.DialogCode.Accepted
        editor.editor.line.setText("13")
        editor.justification.setPlainText("Agreed by phone")
        editor.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditAnswerDialog, "exec", edit)
    qtbot.mouseClick(dialog.findChild(object, "edit_answer:Q3"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(object, "edit_answer:Q3").isChecked()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and "answer" in dialog.changes.kinds
    q3, q4 = answers.get_answer(db, aid, "Q3"), answers.get_answer(db, aid, "Q4")
    assert (q3.value, q3.justification, q4.value) == (13, "Agreed by phone", "Mandate of the agency")
    reasons = [e.reason for e in audit.events(db, aid) if e.field == "conflict"]
    assert any("edited" in (r or "") for r in reasons) and any("kept mine" in (r or "") for r in reasons)


def test_take_theirs_for_all_and_a_cancelled_edit(qtbot, db, other, mini, tmp_path, monkeypatch) -> None:
    aid = shared(db, other, mini, tmp_path)
    path = send.export_package(other, aid, tmp_path / "q1.mgi").path
    dialog = open_import(qtbot, db, path, monkeypatch)
    monkeypatch.setattr(EditAnswerDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.findChild(object, "edit_answer:Q3"), Qt.MouseButton.LeftButton)
    assert not dialog.findChild(object, "edit_answer:Q3").isChecked() and dialog.unresolved() == [
        "answer:Q3", "answer:Q4"]
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert dialog.findChild(object, "theirs_answer:Q3").isChecked()
    dialog.apply()
    assert answers.get_answer(db, aid, "Q3").value == 12
    assert answers.get_answer(db, aid, "Q4").value == "Mandate and budget"


def test_a_refused_package_is_explained(qtbot, db, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "bad.mgi"
    bad.write_bytes(b"not a zip")
    shown: list[BaseException] = []
    monkeypatch.setattr(import_dialog, "show_error", lambda parent, exc: shown.append(exc))
    assert import_dialog.receive_package(None, db, bad) is None
    assert isinstance(shown[0], ExchangeError) and "not a zip" in shown[0].message


def test_pictures(qtbot, db, other, mini, tmp_path, monkeypatch, picture) -> None:
    aid = shared(db, other, mini, tmp_path)
    path = send.export_package(other, aid, tmp_path / "q1.mgi").path
    dialog = open_import(qtbot, db, path, monkeypatch)
    qtbot.mouseClick(dialog.findChild(object, "mine_answer:Q4"), Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2 and dialog.unresolved() == ["answer:Q3"]  # what the picture shows
    picture(dialog, "import")
    sender = SendDialog(db, aid)
    qtbot.addWidget(sender)
    sender.show()
    sender.by_password.setChecked(True)
    sender.password.setText("secret")
    assert "at least 8" in sender.problem.text() and not sender.send_button.isEnabled()
    picture(sender, "send")


def _gate(monkeypatch, module, name: str) -> tuple[threading.Event, threading.Event]:
    """Hold the worker inside `module.name` until released: (entered, release)."""
    entered, release = threading.Event(), threading.Event()
    real = getattr(module, name)

    def held(*args, **kwargs):
        entered.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return entered, release


def _press_cancel_once(entered: threading.Event, release: threading.Event, label: str) -> None:
    """From the GUI thread's event loop: once the worker is held, press the progress dialog's Cancel."""
    def attempt() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.labelText().startswith(label)]
        if not entered.is_set() or not dialogs:
            QTimer.singleShot(10, attempt)
            return
        [cancel] = dialogs[0].findChildren(QPushButton)
        cancel.click()  # the button a person presses (Escape does the same)
        release.set()

    QTimer.singleShot(0, attempt)


def test_cancel_while_a_package_is_checked(qtbot, db, other, mini, tmp_path, monkeypatch) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    path = send.export_package(db, aid, tmp_path / "p.mgi").path
    entered, release = _gate(monkeypatch, package, "read")
    _press_cancel_once(entered, release, "Checking")
    dialog = ImportDialog(other, path)
    qtbot.addWidget(dialog)
    assert dialog.preview is None and dialog.error is None
    assert "cancelled" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert not running() and assessments.list_all(other) == []


def test_an_import_cancelled_before_it_commits_imports_nothing(qtbot, db, other, mini, tmp_path,
                                                               monkeypatch) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 10)
    path = send.export_package(db, aid, tmp_path / "p.mgi").path
    dialog = open_import(qtbot, other, path, monkeypatch)
    assert dialog.import_button.isEnabled()
    entered, release = _gate(monkeypatch, receive, "_write")
    _press_cancel_once(entered, release, "Importing")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.changes is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "nothing was imported" in dialog.pending.text()
    assert assessments.list_all(other) == []
    release.clear()
    release.set()  # not held this time: Import again imports
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert answers.get_answer(other, aid, "Q3").value == 10


def test_the_reply_is_encrypted_to_the_other_partys_key_by_default(qtbot, db, mini, tmp_path, new_db,
                                                                   monkeypatch) -> None:
    reviewer = new_db(tmp_path / "iom" / "mgi.sqlite", "Rita Reviewer", "IOM", "reviewer")
    for one, two in ((db, reviewer), (reviewer, db)):  # the two swapped key files and phoned
        keys.export_own(one, tmp_path / "card.mgikey")
        keys.import_file(two, tmp_path / "card.mgikey")
        keys.trust(two, one.own_key.fingerprint)
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 10)
    assessments.set_status(db, aid, "submitted")
    first = SendDialog(db, aid)  # no reviewer bound yet: the trusted key is offered, not ticked
    qtbot.addWidget(first)
    assert first.by_keys.isEnabled() and not first.by_keys.isChecked() and first.chosen_keys() == []
    assert "Rita Reviewer" in first.recipients.item(0).text()
    first.by_keys.setChecked(True)
    assert not first.send_button.isEnabled() and "Tick at least one" in first.problem.text()
    first.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    first.file.setText(str(tmp_path / "p1.mgi"))
    qtbot.mouseClick(first.send_button, Qt.MouseButton.LeftButton)
    assert first.sent is not None and reviewer.own_key.fingerprint in first.sent.recipients
    received = open_import(qtbot, reviewer, first.sent.path, monkeypatch)
    assert "encrypted to your key" in received.summary.text()
    qtbot.mouseClick(received.import_button, Qt.MouseButton.LeftButton)
    assert received.result() == QDialog.DialogCode.Accepted

    reply = SendDialog(reviewer, aid)  # the focal point is a party now: ticked, and the default
    qtbot.addWidget(reply)
    assert reply.by_keys.isChecked() and reply.chosen_keys() == [db.own_key.fingerprint]
    assert "of this assessment" in reply.recipients.item(0).text()
    reply.file.setText(str(tmp_path / "q1.mgi"))
    qtbot.mouseClick(reply.send_button, Qt.MouseButton.LeftButton)
    assert reply.sent is not None and set(reply.sent.recipients) == {db.own_key.fingerprint,
                                                                     reviewer.own_key.fingerprint}
    stranger = new_db(tmp_path / "x" / "mgi.sqlite", "Someone Else", "", "focal_point")
    with pytest.raises(ExchangeError, match="encrypted for other people's keys"):
        receive.preview_import(stranger, reply.sent.path)
    back = open_import(qtbot, db, reply.sent.path, monkeypatch)
    assert back.preview is not None and back.preview.encryption == "key"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_pictures_of_a_new_key_and_the_ways_to_protect(qtbot, db, mini, tmp_path, new_db, monkeypatch, picture,
                                                       language: str) -> None:
    from mgi_desktop.services import review
    from mgi_desktop.ui import i18n
    from mgi_desktop.ui.exchange.keys_dialog import KeysDialog

    reviewer = new_db(tmp_path / "iom" / "mgi.sqlite", "Rita Reviewer", "IOM Regional Office", "reviewer")
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 10)
    assessments.set_status(db, aid, "submitted")
    receive.apply_import(reviewer, send.export_package(db, aid, tmp_path / "p1.mgi").path)
    review.return_answer(reviewer, aid, "Q3", "Which year is the figure from?")
    assessments.set_status(reviewer, aid, "returned", note="One answer to check")
    path = send.export_package(reviewer, aid, tmp_path / "q1.mgi").path
    i18n.install(language)
    dialog = open_import(qtbot, db, path, monkeypatch)
    assert dialog.confirm.isVisible() and not dialog.import_button.isEnabled()  # a key met for the first time
    assert keys.short(reviewer.own_key.fingerprint) in dialog.signer.text()
    picture(dialog, f"import-new-key-{language}")
    dialog.confirm.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    sender = SendDialog(db, aid)
    qtbot.addWidget(sender)
    sender.show()
    assert sender.by_keys.isChecked()  # the focal point's key is known now, and a party
    picture(sender, f"send-to-keys-{language}")
    manager = KeysDialog(db)
    qtbot.addWidget(manager)
    manager.show()
    picture(manager, f"keys-{language}")
