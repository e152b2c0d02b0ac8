"""Edit ▸ Keys, driven by its buttons: the user's own key, importing, trusting, replacing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from mgi_desktop.enums import KeyTrust
from mgi_desktop.identity import keyfile
from mgi_desktop.identity.keyfile import Card
from mgi_desktop.services import assessments, keys, parties
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.exchange.keys_dialog import KeysDialog, TrustDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def reviewer(tmp_path: Path, new_db) -> Database:
    """IOM's reviewer, on another computer (with another key)."""
    return new_db(tmp_path / "iom" / "mgi.sqlite", "Rita Reviewer", "IOM", "reviewer")


def open_keys(qtbot, db: Database, assessment_id: str | None = None) -> KeysDialog:
    dialog = KeysDialog(db, assessment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_the_own_key_is_shown_as_read_out_and_exported(qtbot, db, tmp_path, monkeypatch) -> None:
    dialog = open_keys(qtbot, db)
    fingerprint = db.own_key.fingerprint
    assert dialog.own_fingerprint.text() == keys.short(fingerprint)  # five groups of four
    assert len(dialog.own_fingerprint.text().split()) == 5
    assert "Amina Focal" in dialog.own_who.text() and "focal point" in dialog.own_who.text()
    save_as(monkeypatch, tmp_path / "amina")  # the extension is added
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    card = keyfile.read(tmp_path / "amina.mgikey")
    assert isinstance(card, Card) and card.fingerprint == fingerprint and card.name == "Amina Focal"
    assert "amina.mgikey" in dialog.message.text()


def test_an_imported_key_is_trusted_only_once_its_fingerprint_was_compared(qtbot, db, reviewer, tmp_path,
                                                                            monkeypatch) -> None:
    keys.export_own(reviewer, tmp_path / "rita.mgikey")
    dialog = open_keys(qtbot, db)
    assert dialog.import_path(tmp_path / "rita.mgikey")
    (rita,) = dialog.known
    assert rita.fingerprint == reviewer.own_key.fingerprint and rita.trust == KeyTrust.SEEN
    assert dialog.selected() == rita and dialog.trust_button.isEnabled()
    assert dialog.table.item(0, 3).text() == "not verified yet"

    shown: list[TrustDialog] = []

    def look_only(trust_dialog: TrustDialog) -> QDialog.DialogCode:  # read it, did not phone: Cancel
        shown.append(trust_dialog)
        assert not trust_dialog.trust_button.isEnabled()  # nothing to click before the box is ticked
        assert trust_dialog.fingerprint.text() == rita.short
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TrustDialog, "exec", look_only)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert shown and keys.all_keys(db)[-1].trust == KeyTrust.SEEN

    def compared(trust_dialog: TrustDialog) -> QDialog.DialogCode:
        trust_dialog.compared.setChecked(True)
        assert trust_dialog.trust_button.isEnabled()
        trust_dialog.accept()
        return QDialog.DialogCode(trust_dialog.result())

    monkeypatch.setattr(TrustDialog, "exec", compared)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    with db.reading() as session:
        assert keys.is_trusted(session, rita.fingerprint)
    assert dialog.table.item(0, 3).text() == "fingerprint compared" and not dialog.trust_button.isEnabled()


def test_a_damaged_key_file_is_refused_naming_it(qtbot, db, tmp_path, error_boxes) -> None:
    bad = tmp_path / "broken.mgikey"
    bad.write_text('{"format": "mgi-key"', encoding="utf-8")
    dialog = open_keys(qtbot, db)
    assert not dialog.import_path(bad)
    (box,) = error_boxes
    assert "broken.mgikey" in box.text()
    assert dialog.known == []


def test_a_list_from_a_trusted_issuer_trusts_its_reviewers(qtbot, db, reviewer, tmp_path, new_db) -> None:
    regional = new_db(tmp_path / "regional" / "mgi.sqlite", "Regional Office", "IOM", "reviewer")
    keys.export_own(regional, tmp_path / "regional.mgikey")
    keys.export_own(reviewer, tmp_path / "rita.mgikey")
    keys.import_file(regional, tmp_path / "rita.mgikey")
    keys.trust(regional, reviewer.own_key.fingerprint)
    keys.export_list(regional, tmp_path / "iom.mgikeys")
    dialog = open_keys(qtbot, db)
    dialog.import_path(tmp_path / "iom.mgikeys")  # its issuer is not trusted yet: nothing is vouched for
    assert "iom.mgikeys" in dialog.message.text() or "Regional Office" in dialog.message.text()
    assert all(k.fingerprint != reviewer.own_key.fingerprint for k in dialog.known)
    keys.import_file(db, tmp_path / "regional.mgikey")
    keys.trust(db, regional.own_key.fingerprint)
    dialog.import_path(tmp_path / "iom.mgikeys")
    listed = {k.fingerprint: k.trust for k in dialog.known}
    assert listed[reviewer.own_key.fingerprint] == KeyTrust.LIST


def test_replacing_the_own_key_asks_first_and_keeps_the_bindings(qtbot, db, mini, monkeypatch) -> None:
    aid = assessments.create(db, mini, country="KGZ").id
    old = db.own_key.fingerprint
    dialog = open_keys(qtbot, db)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert db.own_key.fingerprint == old
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    new = db.own_key.fingerprint
    assert new != old and dialog.own_fingerprint.text() == keys.short(new)
    assert keys.short(new) in dialog.message.text()
    with db.reading() as session:
        assert new in parties.of(session, aid).focal_points
    (previous,) = [k for k in dialog.known if k.fingerprint == old]
    assert "replaced" in dialog.table.item(dialog.known.index(previous), 3).text()


def test_a_known_key_can_be_let_answer_the_open_assessment(qtbot, db, reviewer, mini, tmp_path, new_db) -> None:
    colleague = new_db(tmp_path / "colleague" / "mgi.sqlite", "Bakyt Colleague", "Ministry", "focal_point")
    keys.export_own(colleague, tmp_path / "bakyt.mgikey")
    aid = assessments.create(db, mini, country="KGZ").id
    without = open_keys(qtbot, db)  # no assessment open: nothing to let them answer
    assert not without.colleague_button.isVisibleTo(without)
    dialog = open_keys(qtbot, db, aid)
    dialog.import_path(tmp_path / "bakyt.mgikey")
    assert dialog.colleague_button.isVisible() and dialog.colleague_button.isEnabled()
    qtbot.mouseClick(dialog.colleague_button, Qt.MouseButton.LeftButton)
    with db.reading() as session:
        assert colleague.own_key.fingerprint in parties.of(session, aid).focal_points
    assert "Bakyt Colleague" in dialog.message.text()


def test_picture(qtbot, db, reviewer, tmp_path, picture) -> None:
    keys.export_own(reviewer, tmp_path / "rita.mgikey")
    dialog = open_keys(qtbot, db)
    dialog.import_path(tmp_path / "rita.mgikey")
    picture(dialog, "keys-dialog")
