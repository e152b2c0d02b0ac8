"""Every page and dialog fits a 1366x768 laptop, maximised, and 1920x1080 at 150% (1280x720 logical
pixels), in every language: no horizontal scroll bar, nothing off the window, the reviewer's panel
beside the question.

The window is given what a maximised window has on such a screen: the width, and the height less a
task bar (40) and a title bar (30).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget

from mgi_desktop.exchange import send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, comments, evidence, findings, review, rounds
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n
from mgi_desktop.ui.assessment.assessment_view import AssessmentView
from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard
from mgi_desktop.ui.exchange.import_dialog import ImportDialog
from mgi_desktop.ui.preferences import Preferences
from mgi_desktop.ui.review.audit_view import AuditDialog
from mgi_desktop.ui.review.round_compare import RoundCompareDialog
from mgi_desktop.ui.widgets import screen_fit

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LAPTOP = (1366, 768 - 40 - 30)
SCALED = (1280, 720 - 40 - 30)  # 1920x1080 at 150%
LANGUAGES = ("en", "fr", "es", "ru", "ar")
ROOM = 0.75  # of the width, at most, for the window's minimum


def _answer_some(db: Database, framework: Framework, aid: str, count: int) -> list[str]:
    done: list[str] = []
    for code, placement in framework.placements.items():
        if len(done) == count:
            break
        fixed = placement.kind.fixed_codes
        if fixed is None or "yes" not in fixed:
            continue
        try:
            answers.set_answer(db, aid, code, "yes" if len(done) % 3 else "no")
        except Exception:  # not asked after an earlier answer
            continue
        done.append(code)
    return done


def _problems(wide: list[str]) -> str:
    return "\n".join(wide)


def misfits(window: QWidget) -> list[str]:
    """What does not fit: a horizontal scroll bar shown, a widget (not inside a scrolled area) that
    reaches past the window's edges."""
    QApplication.processEvents()
    found = []
    frame = window.rect().adjusted(-1, -1, 1, 1)  # a right-to-left splitter rounds one pixel over
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(f"horizontal scroll bar on {type(area).__name__} {area.objectName()!r} "
                         f"(in {type(area.parentWidget()).__name__})")
    viewports = {id(a.viewport()) for a in window.findChildren(QAbstractScrollArea)}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _inside(widget, viewports, window):
            continue
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not frame.contains(box):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} at {box.getCoords()} "
                         f"outside {frame.getCoords()}")
    return found


def _inside(widget: QWidget, viewports: set[int], top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if id(parent) in viewports:
            return True
        parent = parent.parentWidget()
    return False


def fits(window: QWidget, size: tuple[int, int], page: str) -> None:
    window.resize(*size)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert (window.width(), window.height()) == size, f"{page}: the window grew to {window.width()}x" \
        f"{window.height()} (its minimum {hint.width()}x{hint.height()})"
    # an honest minimum, with room to spare for a larger system font than the tests' own
    assert hint.width() <= size[0] * ROOM and hint.height() <= size[1], f"{page}: minimum {hint.width()}x" \
        f"{hint.height()}"
    wrong = misfits(window)
    assert not wrong, f"{page}:\n" + _problems(wrong)


def dialog_fits(dialog: QDialog, size: tuple[int, int], name: str, *, close: bool = True) -> None:
    dialog.show()
    QApplication.processEvents()
    hint = dialog.minimumSizeHint()
    assert dialog.width() <= size[0] and dialog.height() <= size[1], f"{name}: {dialog.width()}x{dialog.height()}"
    assert hint.width() <= size[0] and hint.height() <= size[1], f"{name}: minimum {hint.width()}x{hint.height()}"
    wrong = misfits(dialog)
    assert not wrong, f"{name}:\n" + _problems(wrong)
    if close:
        dialog.close()


@pytest.fixture
def demo(db: Database, national: Framework, become, request) -> dict[str, str]:
    """In the working language of the test: a draft with evidence, a comment and findings, its next
    round, and an assessment under review with decisions and a returned answer."""
    language = request.node.callspec.params["language"]
    draft = assessments.create(db, national, country="KGZ", round_number=1, language=language).id
    done = _answer_some(db, national, draft, 24)
    shown = done[1]
    answers.set_justification(db, draft, shown, "The Law on External Migration (2000, amended 2021) sets out "
                              "the rights of migrant workers; its regulations are still being drafted.")
    evidence.add(db, draft, shown, kind="law", title="Law on External Migration", year=2000)
    comments.add(db, draft, shown, "Please confirm whether the 2021 amendment is in force.")
    findings.add(db, draft, 1, "well_developed", "Migrant workers' rights are set out in law.",
                 question_codes=done[:2])
    findings.add(db, draft, 1, "potential", "The implementing regulations are still being drafted.",
                 question_codes=[shown])
    follow_up = rounds.start_follow_up(db, draft).id
    answers.set_answer(db, follow_up, done[0], "yes")
    reviewed = assessments.create(db, national, country="GHA", round_number=1, language=language).id
    answered = _answer_some(db, national, reviewed, 24)
    assessments.set_status(db, reviewed, "submitted", note="Ready for review.")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    for code in answered[:5]:
        review.accept(db, reviewed, code)
    review.return_answer(db, reviewed, answered[5], "Which law is this based on? Please add it as evidence.")
    become(db, "Amina Focal", "Ministry of Labour", "focal_point")
    return {"draft": draft, "shown": shown, "follow_up": follow_up, "reviewed": reviewed, "returned": answered[5]}


@pytest.mark.parametrize("size", [LAPTOP, SCALED], ids=["1366x768", "1920x1080-150pc"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits(qtbot, make_window, db, demo, become, reviewer_db, tmp_path: Path, monkeypatch,
                         language: str, size: tuple[int, int]) -> None:
    i18n.install(language)
    # the dialogs size themselves to the screen: this one (the offscreen platform's is 800x800)
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, size[0], size[1] + 30))
    window = make_window(db, size=size)
    fits(window, size, "start page")
    assert window.open_assessment(demo["draft"])
    view = window.view
    assert isinstance(view, AssessmentView)
    view.go_to(demo["shown"])
    fits(window, size, "question page")
    view.show_overview()
    fits(window, size, "overview")
    view.show_submit_check()
    assert view.submit_check.problems, "the submit check shows its problems"
    fits(window, size, "submit check")
    view.show_findings()
    fits(window, size, "findings page")

    dialog_fits(AuditDialog(db, demo["draft"], parent=window), size, "audit trail")
    wizard = NewAssessmentWizard(db, Preferences(), window)
    qtbot.addWidget(wizard)
    wizard.show()
    seen = []
    for _ in range(4):
        seen.append(wizard.currentId())
        dialog_fits(wizard, size, f"wizard, page {wizard.currentId()}", close=False)
        country = wizard.place_page.country
        country.setCurrentIndex(country.findData("KEN"))
        wizard.next()
    assert len(set(seen)) >= 3, seen  # the level, the place, the questionnaire (and the round)
    wizard.reject()
    package = send.export_package(db, demo["draft"], tmp_path / "draft.mgi").path
    importing = ImportDialog(reviewer_db, package, parent=window)
    qtbot.addWidget(importing)
    dialog_fits(importing, size, "import")

    assert window.open_assessment(demo["follow_up"])
    compare = RoundCompareDialog(db, demo["follow_up"], parent=window)
    qtbot.addWidget(compare)
    dialog_fits(compare, size, "round comparison")

    become(db, "Rita Reviewer", "IOM", "reviewer")
    assert window.open_assessment(demo["reviewed"])
    view = window.view
    assert isinstance(view, AssessmentView)
    view.go_to(demo["returned"])
    fits(window, size, "reviewer's view")
    panel, page = view.review_panel, view.page
    assert panel is not None and panel.isVisible() and page.isVisible()
    assert panel.width() >= 300, f"the review panel is {panel.width()} pixels wide"
    assert page.width() >= 500, f"the question beside it is {page.width()} pixels wide"
    bar = window.statusBar()
    assert bar.isVisible() and window.rect().contains(QRect(bar.mapTo(window, QPoint(0, 0)), bar.size()))
