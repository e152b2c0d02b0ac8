"""The new-assessment wizard, driven like a person would: keyboard and buttons."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWizard

from mgi_desktop.logs import log_file
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import errors as ui_errors
from mgi_desktop.ui import i18n
from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard
from mgi_desktop.ui.preferences import Preferences

pytestmark = pytest.mark.gui

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.yaml"


@pytest.fixture
def wizard(qtbot, db: Database) -> NewAssessmentWizard:
    wizard = NewAssessmentWizard(db, Preferences())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(qtbot, wizard: NewAssessmentWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.currentPage().title()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_country(qtbot, wizard: NewAssessmentWizard, text: str) -> None:
    combo = wizard.place_page.country
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), text)


def test_national_assessment_created_through_the_wizard(qtbot, wizard, db: Database) -> None:
    assert wizard.currentPage() is wizard.level_page
    _next(qtbot, wizard)
    assert not wizard.place_page.locality.isVisibleTo(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no country yet
    _type_country(qtbot, wizard, "Kyrgyz")
    assert not next_button.isEnabled()  # a fragment is not a country
    _type_country(qtbot, wizard, "kyrgyzstan")
    assert wizard.place_page.country_code() == "KGZ"
    _next(qtbot, wizard)
    offered = [wizard.framework_page.list.item(i).text() for i in range(wizard.framework_page.list.count())]
    assert offered and all("Local" not in text for text in offered)  # national questionnaires only
    assert "questions in 6 domains" in wizard.framework_page.details.text()
    _next(qtbot, wizard)
    page = wizard.round_page
    assert page.focal_point.text() == "Amina Focal"
    assert page.round.value() == 1
    page.focal_point.clear()
    qtbot.keyClicks(page.focal_point, "Bakyt Focal")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    created = assessments.get(db, wizard.created_id)
    assert (created.country, created.locality, created.level, created.round) == ("KGZ", None, "national", 1)
    assert created.framework_id == "mgi-national"
    assert created.focal_point == "Bakyt Focal"


def test_local_assessment_needs_a_city_and_links_the_previous_round(qtbot, db: Database, local) -> None:
    first = assessments.create(db, local, country="KGZ", locality="Osh")
    assessments.create(db, local, country="KGZ", locality="Bishkek")  # another city: not offered
    wizard = NewAssessmentWizard(db, Preferences())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.level_page.local.setFocus()
    qtbot.keyClick(wizard.level_page.local, Qt.Key.Key_Space)
    assert wizard.level() == "local"
    _next(qtbot, wizard)
    assert wizard.place_page.locality.isVisibleTo(wizard)
    _type_country(qtbot, wizard, "Kyrgyzstan")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the city is missing
    qtbot.keyClicks(wizard.place_page.locality, "Osh")
    _next(qtbot, wizard)
    assert wizard.framework_page.framework().id == "mgi-local"
    _next(qtbot, wizard)
    page = wizard.round_page
    assert page.previous.count() == 2  # "none" and Osh round 1
    assert page.previous_id() == first.id
    assert page.round.value() == 2
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    created = assessments.get(db, wizard.created_id)
    assert (created.locality, created.round, created.previous_id) == ("Osh", 2, first.id)


def test_questionnaire_file_with_problems_lists_them_and_a_good_one_is_added(
        qtbot, wizard, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\nversion: '1'\nlevel: national\ndomains: []\nfoo: 1\n", encoding="utf-8")
    _next(qtbot, wizard)
    _type_country(qtbot, wizard, "Kenya")
    _next(qtbot, wizard)
    page = wizard.framework_page
    before = page.list.count()
    assert not page.add_file(broken)
    assert page.problems.isVisibleTo(wizard) and page.problems.count() >= 1
    assert "broken.yaml" in page.problems_label.text()
    assert page.list.count() == before
    assert page.add_file(MINI)
    assert not page.problems.isVisibleTo(wizard)
    assert page.framework().id == "mini"
    assert Preferences().added_questionnaires() == [MINI]
    # offered again the next time the wizard opens
    assert any(f.id == "mini" for f in wizard.frameworks())


def test_failure_to_create_is_shown_and_the_wizard_stays_open(qtbot, wizard, db, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(ui_errors.ErrorBox, "exec", lambda box: shown.append(box) or 0)
    _next(qtbot, wizard)
    _type_country(qtbot, wizard, "Kenya")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    wizard.round_page.round.setValue(1)
    db.close()  # the database goes away under the wizard (e.g. a removed USB stick)
    db.path.unlink()
    db.path.mkdir()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.created_id is None
    assert len(shown) == 1
    box = shown[0]
    # A refusal the core explains names the file; anything else is a bug, logged with its traceback.
    if str(db.path) in box.text():
        assert "Traceback" not in box.text() + box.informativeText()
    else:
        assert "Traceback" in box.detailedText() and str(log_file()) in box.informativeText()


def test_a_questionnaire_file_is_checked_in_a_worker_thread_and_cancel_adds_nothing(
        qtbot, wizard, monkeypatch) -> None:
    from mgi_desktop.progress import Cancelled
    from mgi_desktop.questionnaire import catalogue
    from mgi_desktop.ui.assessment import new_assessment_wizard

    threads: list[int] = []
    real = catalogue.check

    def watched(path, progress=None):
        threads.append(threading.get_ident())
        return real(path, progress)

    monkeypatch.setattr(new_assessment_wizard.catalogue, "check", watched)
    _next(qtbot, wizard)
    _type_country(qtbot, wizard, "Kenya")
    _next(qtbot, wizard)
    page = wizard.framework_page
    before = page.list.count()
    assert page.add_file(MINI)
    assert threads and threads[0] != threading.get_ident()  # the window kept its thread

    def cancelled(path, progress=None):  # what the check raises once Cancel was pressed
        raise Cancelled()

    monkeypatch.setattr(new_assessment_wizard.catalogue, "check", cancelled)
    other = MINI.with_name("mini-cancelled.yaml")
    assert not page.add_file(other)
    assert page.list.count() == before + 1 and not page.problems.isVisibleTo(wizard)
    assert other not in Preferences().added_questionnaires()


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_alt_next_goes_on_and_no_choice_takes_its_letter(qtbot, db: Database, language: str) -> None:
    i18n.install(language)
    wizard = NewAssessmentWizard(db, Preferences())
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    next_text = wizard.buttonText(QWizard.WizardButton.NextButton)
    letter = i18n.mnemonic_letter(next_text)
    assert letter, next_text
    assert wizard.level_page.national.isChecked()
    qtbot.keyClick(wizard, QKeySequence.mnemonic(next_text)[0].key(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.place_page)  # a mnemonic clicks after a flash
    assert wizard.level() == "national"
