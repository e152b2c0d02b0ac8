"""The assessment's working language: chosen in the wizard, changed later from the Assessment menu.

The list offers the window's languages and the questionnaire's own, each with how much of the
questionnaire is translated into it, so nobody picks a language and then meets English questions
unawares (they would show marked "[EN]", see `labels.content`).
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from mgi_desktop.questionnaire import translations
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.ui import i18n


def language_name(code: str) -> str:
    """The language's name in itself ("Français", "Русский"), as a person looks for their own."""
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        name = None
    return (name[:1].upper() + name[1:]) if name else code


class LanguageCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Working language"))

    def offer(self, framework: Framework, current: str | None = None) -> None:
        """The languages to choose among for `framework`, `current` (else the window's) selected."""
        model = framework.source_model
        source = model.source_language
        coverage = {c.language: c for c in translations.coverage(model, framework.translations, i18n.LANGUAGES)}
        self.clear()
        for code in dict.fromkeys([source, *framework.model.languages, *i18n.LANGUAGES]):
            name = language_name(code)
            if code == source:
                text = self.tr("{language} — the questionnaire's own language").replace("{language}", name)
            else:
                c = coverage.get(code)
                percent = round(c.percent) if c else 0
                text = self.tr("{language} — {percent}% translated").replace("{language}", name).replace(
                    "{percent}", str(percent))
                if c and c.translated and c.draft == c.translated:
                    text += self.tr(" (draft, not yet reviewed)")
            self.addItem(text, code)
        wanted = current or i18n.current()
        index = self.findData(wanted)
        self.setCurrentIndex(index if index >= 0 else self.findData(source))

    def language(self) -> str:
        return str(self.currentData() or "en")


class LanguageDialog(QDialog):
    """Change an assessment's working language."""

    def __init__(self, framework: Framework, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Working language"))
        explanation = QLabel(self.tr("The questions, answer options and guidance are shown in this language, "
                                     "and the profile and workbooks are written in it. Answers, justifications "
                                     "and findings are kept as they were typed."), self)
        explanation.setWordWrap(True)
        self.combo = LanguageCombo(self)
        self.combo.offer(framework, current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Language:"), self.combo)
        form.addRow(buttons)
