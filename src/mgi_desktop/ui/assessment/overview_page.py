"""Progress of the assessment: per domain a bar and counts, and the six-domain wheel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mgi_desktop.export.labels import SDG_CATEGORIES
from mgi_desktop.scoring import SdgScore
from mgi_desktop.ui import messages
from mgi_desktop.ui.assessment.assessment_data import AssessmentData, State
from mgi_desktop.ui.widgets.wheel import DomainWheel, domain_colour


class OverviewPage(QWidget):
    domain_chosen = Signal(int)

    def __init__(self, data: AssessmentData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.title = QLabel(self)
        self.title.setObjectName("overview_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("overview_summary")
        self.summary.setWordWrap(True)
        self.wheel = DomainWheel(self)
        self.wheel.domain_clicked.connect(self.domain_chosen)
        grid = QGridLayout()
        self.bars: dict[int, QProgressBar] = {}
        self.counts: dict[int, QLabel] = {}
        self.buttons: dict[int, QPushButton] = {}
        size = self.fontMetrics().height()
        for row, domain in enumerate(data.framework.model.domains):
            swatch = QLabel(self)
            pixmap = QPixmap(size, size)
            pixmap.fill(QColor(domain_colour(domain.number)))
            swatch.setPixmap(pixmap)
            button = QPushButton(f"&{domain.number}. {data.text(domain.title)}", self)
            button.setFlat(True)
            button.setStyleSheet("text-align: left")
            button.setToolTip(self.tr("Go to the first open question of this domain"))
            button.clicked.connect(lambda _checked=False, n=domain.number: self.domain_chosen.emit(n))
            bar = QProgressBar(self)
            bar.setRange(0, 100)
            bar.setAccessibleName(self.tr("Domain {n} completion").format(n=domain.number))
            bar.setFixedWidth(self.fontMetrics().averageCharWidth() * 16)
            counts = QLabel(self)
            counts.setWordWrap(True)
            # the domain's name on its own line, its bar and counts under it: the counts read on one
            # line in every language instead of a narrow fourth column, and nothing widens the page
            grid.addWidget(swatch, 2 * row, 0)
            grid.addWidget(button, 2 * row, 1, 1, 2)
            grid.addWidget(bar, 2 * row + 1, 1)
            grid.addWidget(counts, 2 * row + 1, 2)
            self.bars[domain.number], self.counts[domain.number] = bar, counts
            self.buttons[domain.number] = button
        grid.setColumnStretch(2, 1)
        note = self.tr("Percentages are an indicative completion measure, not an official MGI score.")
        if data.sdg is not None:
            note += " " + self.tr("SDG 10.7.2: the completeness-aware value is MGI Desktop's: a domain has one "
                                  "once its five sub-categories are answered. The official-method value is the "
                                  "UN's: a missing sub-category counts as 0.")
        self.note = QLabel(note, self)
        self.note.setObjectName("overview_note")
        self.note.setWordWrap(True)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        top = QHBoxLayout()
        top.addWidget(self.wheel, 2)
        legend = QVBoxLayout()
        legend.addLayout(grid)
        legend.addStretch(1)
        top.addLayout(legend, 3)
        column.addLayout(top, 1)
        column.addWidget(self.note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    def refresh(self, domains: set[int] | None = None) -> None:
        data = self.data
        progress = data.progress
        self.title.setText(data.assessment.title)
        overall = progress.overall
        text = self.tr("{answered} of {relevant} applicable questions answered ({pct:.0f}%); "
                       "{missing} required still missing.").format(
            answered=overall.answered, relevant=overall.relevant, pct=overall.completion,
            missing=overall.required_missing)
        evidence = data.count(State.EVIDENCE_MISSING)
        if evidence:
            text += " " + self.tr("{n} answers still need the evidence their question requires.").format(n=evidence)
        if overall.questions > overall.relevant:  # why the count is not the questionnaire's
            text += " " + self.tr("The questionnaire has {total} questions; {skipped} do not apply with the "
                                  "answers so far.").format(total=overall.questions,
                                                            skipped=overall.questions - overall.relevant)
        if data.sdg is not None:
            text += " " + self.tr("SDG 10.7.2 overall: {aware} (completeness-aware), {official} (official "
                                  "method).").format(aware=self.sdg_text(data.sdg.completeness_aware.overall),
                                                     official=self.sdg_text(data.sdg.official.overall))
        self.summary.setText(text)
        segments = []
        for domain in data.framework.model.domains:
            tally = progress.domains[domain.number]
            segments.append((domain.number, data.text(domain.title), tally.completion))
            if domains is not None and domain.number not in domains:
                continue
            bar = self.bars[domain.number]
            bar.setValue(round(tally.completion))
            bar.setFormat(f"{tally.completion:.0f}%")
            text = self.tr("{answered} of {relevant} answered").format(answered=tally.answered,
                                                                       relevant=tally.relevant)
            if tally.required_missing:
                text += self.tr(", {n} required missing").format(n=tally.required_missing)
            evidence = data.count(State.EVIDENCE_MISSING, domain.number)
            if evidence:
                text += self.tr(", {n} need evidence").format(n=evidence)
            if data.sdg is not None:
                text += "\n" + self.tr("SDG 10.7.2: {aware} (completeness-aware), {official} (official "
                                       "method)").format(
                    aware=self.sdg_text(data.sdg.completeness_aware.domains[domain.number]),
                    official=self.sdg_text(data.sdg.official.domains[domain.number]))
            self.counts[domain.number].setText(text)
            self.bars[domain.number].setAccessibleDescription(text)
        self.wheel.set_progress(segments, overall.completion)

    def sdg_text(self, score: SdgScore) -> str:
        """"80 (Meets)", or that there is no value until the sub-categories are answered."""
        if score.value is None or score.category is None:
            return self.tr("no value yet")
        return self.tr("{value} ({category})").format(value=f"{round(score.value, 1):g}",
                                                      category=messages.text(SDG_CATEGORIES[score.category]()))


def first_open_question(data: AssessmentData, number: int) -> str | None:
    """Where to start work in a domain: its first relevant unanswered question, else its first question."""
    codes = [c for c in data.codes if data.placement(c).domain.number == number]
    for code in codes:
        if data.progress.relevance[code] and not data.answers[code].answered:
            return code
    return codes[0] if codes else None



