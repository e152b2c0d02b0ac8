"""The findings page driven by its buttons and drops; every assertion reads the database back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, audit, findings
from mgi_desktop.storage.db import Database
from mgi_desktop.storage.tables import FindingCategory
from mgi_desktop.ui.findings.findings_page import ID_ROLE, FindingsPage, QuestionsDialog

pytestmark = pytest.mark.gui
WELL, POTENTIAL = FindingCategory.WELL_DEVELOPED, FindingCategory.POTENTIAL


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes")
    answers.set_justification(db, aid, "Q1", "The health law of 2015 covers every migrant")
    answers.set_answer(db, aid, "Q1b", "regular")
    return aid


def open_page(qtbot, db: Database, aid: str) -> FindingsPage:
    page = FindingsPage(db, aid)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    return page


def texts(db: Database, aid: str, category: FindingCategory, domain: int = 1) -> list[str]:
    return [f.text for f in findings.list_findings(db, aid, domain=domain) if f.category is category]


def answer_dialog(monkeypatch, text: str | None) -> list[str]:
    shown: list[str] = []

    def fake(parent, title, label, current=""):
        shown.append(current)
        return (text or "", text is not None)

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(fake))
    return shown


def select(page: FindingsPage, category: FindingCategory, *rows: int) -> None:
    widget = page.lists[category]
    widget.clearSelection()
    for row in rows:
        widget.item(row).setSelected(True)


def test_suggestions_are_taken_added_edited_and_moved(qtbot, db, aid, monkeypatch) -> None:
    page = open_page(qtbot, db, aid)
    saved: list = []
    page.changed.connect(saved.append)
    assert page.suggestions.count() == 2  # Q1 yes -> well developed, Q1b regular -> potential
    page.suggestions.selectAll()
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    assert texts(db, aid, WELL) == ["Health: in place. The health law of 2015 covers every migrant."]
    assert len(texts(db, aid, POTENTIAL)) == 1
    assert page.lists[WELL].count() == 1 and page.lists[POTENTIAL].count() == 1
    assert saved and saved[-1].kinds == {"finding"}
    assert page.suggestions.item(0).flags() == Qt.ItemFlag.NoItemFlags  # the empty-state line

    answer_dialog(monkeypatch, "Migrants are registered for health insurance on arrival.")
    qtbot.mouseClick(page.add_buttons[WELL], Qt.MouseButton.LeftButton)
    assert texts(db, aid, WELL)[-1] == "Migrants are registered for health insurance on arrival."

    shown = answer_dialog(monkeypatch, "Health law of 2015 (all migrants).")
    select(page, WELL, 0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert shown == ["Health: in place. The health law of 2015 covers every migrant."]
    assert texts(db, aid, WELL)[0] == "Health law of 2015 (all migrants)."

    select(page, WELL, 1)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert texts(db, aid, WELL) == ["Migrants are registered for health insurance on arrival.",
                                    "Health law of 2015 (all migrants)."]
    assert page.lists[WELL].item(0).isSelected()  # the selection follows the moved finding

    select(page, WELL, 0)
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    assert texts(db, aid, WELL) == ["Health law of 2015 (all migrants)."]
    assert texts(db, aid, POTENTIAL)[-1] == "Migrants are registered for health insurance on arrival."


def test_merge_remove_and_drop_within_and_between_lists(qtbot, db, aid, monkeypatch) -> None:
    for text in ("A.", "B.", "C."):
        findings.add(db, aid, 1, WELL, text)
    page = open_page(qtbot, db, aid)
    ids = [page.lists[WELL].item(r).data(ID_ROLE) for r in range(3)]

    page.lists[WELL].dropped.emit([ids[0]], 3, WELL)  # A dropped below C
    assert texts(db, aid, WELL) == ["B.", "C.", "A."]
    page.lists[POTENTIAL].dropped.emit([ids[2]], 0, WELL)  # C dragged to the other list
    assert texts(db, aid, WELL) == ["B.", "A."] and texts(db, aid, POTENTIAL) == ["C."]

    answer_dialog(monkeypatch, "A and B.")
    select(page, WELL, 0, 1)
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert texts(db, aid, WELL) == ["A and B."]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    select(page, POTENTIAL, 0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert texts(db, aid, POTENTIAL) == ["C."]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert texts(db, aid, POTENTIAL) == []
    fields = [e.field for e in audit.events(db, aid, entity="finding")]
    assert {"order", "moved", "merged", "removed"} <= set(fields)


def test_linked_questions_open_and_are_chosen(qtbot, db, aid, monkeypatch) -> None:
    findings.add(db, aid, 1, WELL, "Health.", question_codes=["Q1"])
    page = open_page(qtbot, db, aid)
    select(page, WELL, 0)
    assert 'href="Q1"' in page.linked.text()
    with qtbot.waitSignal(page.go_to_question) as blocker:
        page.linked.linkActivated.emit("Q1")
    assert blocker.args == ["Q1"]

    def choose(dialog: QuestionsDialog) -> QDialog.DialogCode:
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            item.setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QuestionsDialog, "exec", choose)
    qtbot.mouseClick(page.questions_button, Qt.MouseButton.LeftButton)
    assert findings.list_findings(db, aid)[0].question_codes == ("Q1", "Q1b", "Q2")
    select(page, WELL, 0)
    assert 'href="Q2"' in page.linked.text()


def test_texts_autosave_per_domain_and_reset(qtbot, db, aid) -> None:
    page = open_page(qtbot, db, aid)
    assert page.description.edit.toPlainText() == "Rights of migrants."
    assert page.introduction.edit.toPlainText() == "A small questionnaire for tests."
    page.description.edit.setPlainText("Rights of migrants in Kyrgyzstan.")
    page.set_domain(2)  # switching saves the text typed for domain 1, not for domain 2
    assert findings.domain_descriptions(db, aid) == {1: "Rights of migrants in Kyrgyzstan.", 2: ""}
    assert page.description.edit.toPlainText() == ""
    page.introduction.edit.setPlainText("Our introduction.")
    qtbot.waitUntil(lambda: findings.introduction(db, aid) == "Our introduction.", timeout=3000)
    qtbot.mouseClick(page.introduction.reset_button, Qt.MouseButton.LeftButton)
    assert findings.introduction(db, aid) == "A small questionnaire for tests."
    assert page.introduction.edit.toPlainText() == "A small questionnaire for tests."


def test_read_only_after_submission(qtbot, db, aid) -> None:
    findings.add(db, aid, 1, WELL, "A.")
    assessments.set_status(db, aid, "submitted")
    page = open_page(qtbot, db, aid)
    assert page.read_only_note.isVisible() and "submitted" in page.read_only_note.text()
    select(page, WELL, 0)
    assert not page.edit_button.isEnabled() and not page.add_buttons[WELL].isEnabled()
    assert page.introduction.edit.isReadOnly()
    page.drop([page.lists[WELL].item(0).data(ID_ROLE)], POTENTIAL, 0, WELL)
    assert texts(db, aid, WELL) == ["A."]


def test_picture(qtbot, db, national, picture) -> None:
    aid = assessments.create(db, national, country="SEN").id
    for n, code in enumerate(national.codes()[:12]):
        placement = national.placement(code)
        if placement.choices:
            answers.set_answer(db, aid, code, placement.choices[n % 2].code)
    findings.draft(db, aid)
    codes = [f.id for f in findings.list_findings(db, aid) if f.category is FindingCategory.POTENTIAL]
    for finding_id in codes:
        findings.remove(db, finding_id)
    page = open_page(qtbot, db, aid)
    assert page.lists[WELL].count() >= 1 and page.lists[POTENTIAL].count() == 0  # drafted, potential removed
    select(page, WELL, 0)
    picture(page, "findings")


def test_draft_all_gives_findings_marked_as_drafts_until_kept(qtbot, db, aid, monkeypatch) -> None:
    page = open_page(qtbot, db, aid)
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    item = page.lists[WELL].item(0)
    assert item.text().startswith("[Draft] Health: in place. The health law of 2015 covers every migrant.")
    assert "— yes" not in item.text() and "?" not in item.text().splitlines()[0]
    assert item.font().italic()
    shown = answer_dialog(monkeypatch, "Health: in place. The health law of 2015 covers every migrant.")
    select(page, WELL, 0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)  # OK without a change: kept as written
    assert shown == ["Health: in place. The health law of 2015 covers every migrant."]
    kept = findings.list_findings(db, aid, domain=1)
    assert [(f.text, f.drafted) for f in kept if f.category is WELL] == [
        ("Health: in place. The health law of 2015 covers every migrant.", False)]
    assert not page.lists[WELL].item(0).text().startswith("[Draft]")
    assert page.lists[POTENTIAL].item(0).text().startswith("[Draft] Health: regular migrants only.")


def test_profile_details_are_saved_as_typed_and_never_discarded(qtbot, db, aid, monkeypatch) -> None:
    from mgi_desktop.services import profile_settings

    page = open_page(qtbot, db, aid)
    fields = page.details.fields
    assert fields["title"].edit.text() == "" and fields["title"].edit.placeholderText() == (
        "Migration Governance Profile: Kyrgyz Republic")  # the default, greyed
    assert fields["round_label"].edit.placeholderText() == "First Profile"
    title = "Migration Governance Second Profile: The Kyrgyz Republic (Kyrgyzstan)"
    qtbot.keyClicks(fields["title"].edit, title)  # saved after the pause in typing
    qtbot.waitUntil(lambda: profile_settings.stored(db, aid).title == title, timeout=3000)
    # typed in another field, not saved yet: a reload (a change elsewhere) keeps it
    fields["country_name"].edit.setFocus()
    qtbot.keyClicks(fields["country_name"].edit, "The Kyrgyz Republic (Kyrgyzstan)")
    findings.add(db, aid, 1, WELL, "Changed elsewhere.")
    page.reload()
    assert fields["country_name"].edit.text() == "The Kyrgyz Republic (Kyrgyzstan)"
    page.flush()  # leaving the page saves it
    assert profile_settings.stored(db, aid).country_name == "The Kyrgyz Republic (Kyrgyzstan)"
    # the date is saved when Enter is pressed or focus leaves, never half-typed; a wrong one is explained, kept
    shown: list[str] = []
    monkeypatch.setattr("mgi_desktop.ui.findings.findings_page.save_or_explain",
                        lambda parent, call: _explained(call, shown))
    qtbot.keyClicks(fields["date"].edit, "2023-1")
    qtbot.keyClick(fields["date"].edit, Qt.Key.Key_Return)
    assert shown == ["profile.not_a_date"] and fields["date"].edit.text() == "2023-1"
    assert profile_settings.stored(db, aid).date is None
    qtbot.keyClicks(fields["date"].edit, "2")
    qtbot.keyClick(fields["date"].edit, Qt.Key.Key_Return)
    assert profile_settings.stored(db, aid).date == "2023-12"
    fields["credits"].edit.setPlainText("IOM and the EIU.")
    page.flush()
    assert profile_settings.stored(db, aid).credits == "IOM and the EIU."
    fields["title"].edit.clear()  # empty: back to the default
    page.flush()
    assert profile_settings.stored(db, aid).title is None
    assert [e.field for e in audit.events(db, aid, entity="assessment") if e.field.startswith("profile_")] == [
        "profile_title", "profile_country_name", "profile_date", "profile_credits", "profile_title"]


def _explained(call, shown: list[str]):  # what save_or_explain does, the dialog replaced by a note of its code
    try:
        return call()
    except Exception as exc:
        shown.append(getattr(exc, "code", type(exc).__name__))
        return None


def test_the_local_introduction_has_its_hint_beside_it_not_in_it(qtbot, db, local) -> None:
    aid = assessments.create(db, local, country="KGZ", locality="Osh").id
    page = open_page(qtbot, db, aid)
    hint = page.findChild(type(page.read_only_note), "introduction_hint")
    assert hint is not None and "local authority is responsible for" in hint.text()
    assert "responsible for" not in page.introduction.edit.toPlainText()
