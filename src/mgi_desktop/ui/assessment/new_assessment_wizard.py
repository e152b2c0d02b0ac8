"""The new-assessment wizard: level, place, questionnaire, round and focal point.

It gathers choices and calls `services.assessments.create`; every rule
(country codes, a locality only for local questionnaires, rounds linking to
the same place) is the service's, whose messages are shown when it refuses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mgi_desktop.errors import MgiError
from mgi_desktop.messages import Template
from mgi_desktop.progress import Progress, step
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.assessment import countries
from mgi_desktop.ui.assessment.language_choice import LanguageCombo
from mgi_desktop.ui.errors import show_error
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.workers import Cancelled, wait_for

# Counts read with their plural forms (English here, translated in the Messages context)
UNUSABLE = Template("window.questionnaire_unusable", "{file} cannot be used: it has {n} problem.",
                    plural="{file} cannot be used: it has {n} problems.", count="n")


def questionnaire_filters() -> str:
    """The file dialog's filters for questionnaires: workbooks (XLSForm) and the app's own files."""
    return QCoreApplication.translate("Questionnaires", "Questionnaires (*.xlsx *.yaml *.yml *.json);;XLSForm "
                                      "workbooks (*.xlsx);;Questionnaire files (*.yaml *.yml *.json);;All files (*)")


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class LevelPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Level"))
        self.setSubTitle(self.tr("Is this assessment about a whole country or about a city or province?"))
        self.national = QRadioButton(self.tr("N&ational — the country's migration governance"), self)
        self.local = QRadioButton(self.tr("&Local — a city, municipality or province"), self)
        self.national.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.national)
        layout.addWidget(self.local)
        layout.addStretch(1)

    def level(self) -> str:
        return "local" if self.local.isChecked() else "national"


class PlacePage(QWizardPage):
    def __init__(self, wizard: NewAssessmentWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Place"))
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setAccessibleName(self.tr("Country"))
        for code, name in countries.names(i18n.current()):
            self.country.addItem(name, code)
        self.country.setCurrentIndex(-1)
        line = self.country.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to search, e.g. Kyrgyzstan"))
        completer = QCompleter(self.country.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.setCompleter(completer)
        self.locality = QLineEdit(self)
        self.locality.setAccessibleName(self.tr("City or province"))
        self.locality.setPlaceholderText(self.tr("e.g. Bishkek"))
        self.locality_label = QLabel(self.tr("&City or province:"), self)
        self.locality_label.setBuddy(self.locality)
        form = QFormLayout(self)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.locality_label, self.locality)
        self.country.currentTextChanged.connect(lambda _text: self.completeChanged.emit())
        self.locality.textChanged.connect(lambda _text: self.completeChanged.emit())

    def initializePage(self) -> None:
        local = self.owner.level() == "local"
        self.setSubTitle(self.tr("Which city or province, in which country?") if local
                         else self.tr("Which country is assessed?"))
        self.locality.setVisible(local)
        self.locality_label.setVisible(local)

    def country_code(self) -> str | None:
        text = self.country.currentText().strip().casefold()
        if not text:
            return None
        for row in range(self.country.count()):
            if self.country.itemText(row).casefold() == text:
                return str(self.country.itemData(row))
        return None

    def locality_text(self) -> str | None:
        return self.locality.text().strip() or None if self.owner.level() == "local" else None

    def isComplete(self) -> bool:
        if self.country_code() is None:
            return False
        return self.owner.level() != "local" or bool(self.locality.text().strip())


class FrameworkPage(QWizardPage):
    def __init__(self, wizard: NewAssessmentWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Questionnaire"))
        self.setSubTitle(self.tr("Choose the questionnaire to answer. You can add a questionnaire file that "
                                 "IOM sent you."))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Questionnaires"))
        # long French or Russian names wrap rather than scroll sideways
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("&Add questionnaire file…"), self)
        self.add_button.clicked.connect(self._ask_and_add)
        self.details = _wrapped("", self)
        self.problems_label = _wrapped("", self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems in the questionnaire file"))
        self.language = LanguageCombo(self)
        language_row = QFormLayout()
        language_row.addRow(self.tr("&Working language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.details)
        layout.addLayout(language_row)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        self.list.currentItemChanged.connect(self._selected)
        self.language.activated.connect(self._show_details)
        self._show_problems("", [])

    def initializePage(self) -> None:
        self.list.clear()
        for framework in self.owner.frameworks():
            self._add_item(framework)
        preferred = self.owner.preferred
        rows = [i for i in range(self.list.count())
                if preferred is not None and self.list.item(i).data(Qt.ItemDataRole.UserRole) == preferred.sha256]
        if rows:
            self.list.setCurrentRow(rows[0])
        elif self.list.count():
            self.list.setCurrentRow(0)
        self._selected()

    def _add_item(self, framework: Framework) -> QListWidgetItem:
        item = QListWidgetItem(labels.questionnaire_name(framework), self.list)
        item.setData(Qt.ItemDataRole.UserRole, framework.sha256)
        item.setToolTip(framework.source)
        self.owner.known[framework.sha256] = framework
        return item

    def framework(self) -> Framework | None:
        item = self.list.currentItem()
        return self.owner.known.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _selected(self, *_args: object) -> None:
        framework = self.framework()
        if framework is None:
            self.details.setText(self.tr("No questionnaire of this level yet: add a questionnaire file."))
            self.language.clear()
        else:
            self.language.offer(framework, self.language.currentData() or i18n.current())
        self._show_details()

    def _show_details(self, *_args: object) -> None:
        framework = self.framework()
        if framework is not None:
            notice = labels.content(framework.model.notice, self.language.language(),
                                    framework.model.source_language)
            total, conditional = len(framework.codes()), framework.conditional_count()
            # the same counts as the overview's and the question page's: questions in the file, and
            # how many of them depend on earlier answers (the overview counts those that apply)
            count = (self.tr("{n} questions in {d} domains: {always} always asked, {conditional} only with "
                             "certain earlier answers.") if conditional else self.tr("{n} questions in {d} domains."))
            count = count.replace("{n}", str(total)).replace("{d}", str(len(framework.model.domains))) \
                .replace("{always}", str(total - conditional)).replace("{conditional}", str(conditional))
            self.details.setText(f"{count} {notice}".strip())
        self.completeChanged.emit()

    def _ask_and_add(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add questionnaire file"), str(Path.home()),
                                              questionnaire_filters())
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> bool:
        """Validate a questionnaire file (in a worker thread, with Cancel); list its problems, or add it
        and select it."""
        try:
            framework, problems, _notes = wait_for(self, self.tr("Checking {file}…").replace("{file}", path.name),
                                                   catalogue.check, path)
        except Cancelled:
            return False
        if framework is None:
            self._show_problems(ui_messages.text(UNUSABLE(file=path.name, n=len(problems))),
                                [ui_messages.text(p.as_message()) for p in problems])
            return False
        if framework.model.level.value != self.owner.level():
            self._show_problems(
                self.tr("{file} is a {level} questionnaire; go back and choose that level to use it.")
                .replace("{file}", path.name).replace("{level}", labels.level(framework.model.level.value)),
                [])
            return False
        self._show_problems("", [])
        self.owner.prefs.add_questionnaire(path)
        existing = self.list.findItems(labels.questionnaire_name(framework), Qt.MatchFlag.MatchExactly)
        same = [i for i in existing if i.data(Qt.ItemDataRole.UserRole) == framework.sha256]
        self.list.setCurrentItem(same[0] if same else self._add_item(framework))
        return True

    def _show_problems(self, headline: str, problems: list[str]) -> None:
        self.problems_label.setText(headline)
        self.problems_label.setVisible(bool(headline))
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))

    def isComplete(self) -> bool:
        return self.framework() is not None


class RoundPage(QWizardPage):
    def __init__(self, wizard: NewAssessmentWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Round and focal point"))
        self.setSubTitle(self.tr("Link a new round to the previous one of the same place to compare them."))
        self.previous = QComboBox(self)
        self.previous.setAccessibleName(self.tr("Previous round"))
        self.round = QSpinBox(self)
        self.round.setRange(1, 99)
        self.round.setAccessibleName(self.tr("Round"))
        self.focal_point = QLineEdit(self)
        self.focal_point.setAccessibleName(self.tr("Focal point"))
        self.institution = QLineEdit(self)
        self.institution.setAccessibleName(self.tr("Institution"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Previous round:"), self.previous)
        form.addRow(self.tr("&Round:"), self.round)
        form.addRow(self.tr("&Focal point:"), self.focal_point)
        form.addRow(self.tr("&Institution:"), self.institution)
        self.previous.currentIndexChanged.connect(self._previous_changed)
        profile = wizard.db.user()
        self.focal_point.setText(profile.name if profile else "")
        self.institution.setText(profile.institution if profile else "")
        self._rounds: dict[str, int] = {}

    def initializePage(self) -> None:
        place = self.owner.place_page
        country, locality = place.country_code(), place.locality_text()
        self.previous.clear()
        self.previous.addItem(self.tr("None — this is the first round"), None)
        self._rounds.clear()
        try:
            summaries = assessments.list_all(self.owner.db, include_archived=True)
        except MgiError as exc:
            show_error(self, exc)
            summaries = []
        for summary in sorted(summaries, key=lambda s: s.assessment.round, reverse=True):
            a = summary.assessment
            if a.country == country and (a.locality or None) == locality and a.level == self.owner.level():
                text = (self.tr("Round {round} — {framework} {version} ({status})")
                        .replace("{round}", str(a.round)).replace("{framework}", a.framework_id)
                        .replace("{version}", a.framework_version).replace("{status}", labels.status(a.status)))
                self.previous.addItem(text, a.id)
                self._rounds[a.id] = a.round
        self.previous.setCurrentIndex(1 if self.previous.count() > 1 else 0)
        self._previous_changed()

    def previous_id(self) -> str | None:
        value = self.previous.currentData()
        return str(value) if value else None

    def _previous_changed(self, *_args: object) -> None:
        previous = self.previous_id()
        self.round.setValue(self._rounds[previous] + 1 if previous else max([0, *self._rounds.values()]) + 1)

    def validatePage(self) -> bool:
        return self.owner.create_assessment()


class NewAssessmentWizard(QWizard):
    def __init__(self, db: Database, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.prefs = db, prefs
        self.created_id: str | None = None
        self.known: dict[str, Framework] = {}
        #: the questionnaire to select when the list is shown (`prefer`)
        self.preferred: Framework | None = None
        self.setWindowTitle(self.tr("New assessment"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.level_page = LevelPage(self)
        self.place_page = PlacePage(self)
        self.framework_page = FrameworkPage(self)
        self.round_page = RoundPage(self)
        for page in (self.level_page, self.place_page, self.framework_page, self.round_page):
            self.addPage(page)
        # our own words for Back and Next (not Qt's, which vary with its version): their Alt letters
        # are kept apart from the pages' in every language, as tests/ui/test_shortcuts.py checks
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))
        self.resize(640, 480)

    def level(self) -> str:
        return self.level_page.level()

    def prefer(self, framework: Framework) -> None:
        """Start on `framework`'s level, with it selected (a questionnaire just opened)."""
        self.preferred = framework
        local = framework.model.level.value == "local"
        (self.level_page.local if local else self.level_page.national).setChecked(True)

    def frameworks(self) -> list[Framework]:
        """The bundled questionnaires and the files added before, of the chosen level."""
        found: list[Framework] = []
        try:
            found += catalogue.bundled()
        except MgiError as exc:
            show_error(self, exc)
        added = self.prefs.added_questionnaires()
        if added:  # files outside the app, checked again (they may have changed): in a worker thread
            try:
                found += wait_for(self, self.tr("Reading the questionnaire files…"), check_all, added)
            except Cancelled:
                pass  # the bundled ones are offered; the added ones the next time
        seen: set[str] = set()
        result = []
        for framework in found:
            if framework.model.level.value == self.level() and framework.sha256 not in seen:
                seen.add(framework.sha256)
                result.append(framework)
        return result

    def create_assessment(self) -> bool:
        framework = self.framework_page.framework()
        country = self.place_page.country_code()
        if framework is None or country is None:
            return False
        try:
            assessment = assessments.create(
                self.db, framework, country=country, locality=self.place_page.locality_text(),
                round_number=self.round_page.round.value(), previous_id=self.round_page.previous_id(),
                focal_point=self.round_page.focal_point.text().strip(),
                institution=self.round_page.institution.text().strip(),
                language=self.framework_page.language.language())
        except Exception as exc:  # refused (MgiError) or a bug: either way the wizard stays open
            show_error(self, exc)
            return False
        self.created_id = assessment.id
        return True


def check_all(paths: list[Path], *, progress: Progress) -> list[Framework]:
    """The sound questionnaires among `paths`: a file that moved or broke since is simply not offered."""
    found = []
    for number, path in enumerate(paths):
        step(progress, number, len(paths))
        framework, _problems, _notes = catalogue.check(path)
        if framework is not None:
            found.append(framework)
    return found
