"""The assessment's working language in the window: chosen in the wizard, changed from the View menu, and
the questionnaire shown in it (an untranslated text marked, never blank)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mgi_desktop.questionnaire.model import LocalizedText
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui.assessment.language_choice import LanguageCombo, LanguageDialog
from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard
from mgi_desktop.ui.preferences import Preferences

pytestmark = pytest.mark.gui


def test_an_untranslated_text_shows_in_the_source_language_behind_a_mark() -> None:
    both = LocalizedText({"en": "Yes", "fr": "Oui"})
    english_only = LocalizedText({"en": "Do migrants have access?"})
    assert labels.content(both, "fr") == "Oui"
    assert labels.content(both, "en") == "Yes"
    assert labels.content(english_only, "fr") == "[EN] Do migrants have access?"
    assert labels.content(english_only, "en") == "Do migrants have access?"
    assert labels.content(None, "fr") == ""


def test_the_languages_offered_say_how_much_is_translated(qtbot, national) -> None:
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    combo.offer(national, "ru")
    items = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert set(items) >= {"en", "fr", "es", "ru", "ar"}
    assert "own language" in items["en"]
    assert items["fr"].startswith("Français — 100%") and "draft" in items["fr"]
    assert combo.language() == "ru"


def test_the_wizard_creates_the_assessment_in_the_chosen_language(qtbot, db: Database) -> None:
    wizard = NewAssessmentWizard(db, Preferences())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.place_page.country.setCurrentIndex(wizard.place_page.country.findData("KGZ"))
    wizard.next()
    page = wizard.framework_page
    page.language.setCurrentIndex(page.language.findData("es"))
    page.language.activated.emit(page.language.currentIndex())
    assert "Catálogo indicativo" in page.details.text()  # the questionnaire's notice, in Spanish
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    created = assessments.get(db, wizard.created_id or "")
    assert created.language == "es"
    assert created.title == "Kirguistán — IGM nacionales, ronda 1"


def test_changing_the_language_rebuilds_the_view_in_it_on_the_same_question(qtbot, db, national, make_window,
                                                                            monkeypatch) -> None:
    assessment = assessments.create(db, national, country="KGZ")
    window = make_window(db)
    assert window.open_assessment(assessment.id)
    window.view.go_to("1.1.1.a")
    english = window.view.page.question_label.text()
    assert english.startswith("Does the legal framework give migrants")

    monkeypatch.setattr(LanguageDialog, "exec", lambda self: (self.combo.setCurrentIndex(
        self.combo.findData("fr")), LanguageDialog.DialogCode.Accepted)[1])
    window.view.language_action.trigger()
    qtbot.waitUntil(lambda: window.view is not None and window.view.data.language == "fr")
    assert assessments.get(db, assessment.id).language == "fr"
    assert window.view.current_code == "1.1.1.a"
    french = window.view.page.question_label.text()
    assert french != english and "migrants" in french and not french.startswith("[EN]")
    assert i18n.current() == "en"  # the window's own language is another matter
    trail = list(db.query("SELECT field, old_value, new_value FROM audit_event WHERE field = 'language'"))
    assert [(e["old_value"], e["new_value"]) for e in trail] == [("en", "fr")]
