"""Render the window offscreen and save PNGs, in every language of the window (Arabic right to left).

    uv run python tools/screenshots.py OUTDIR [--dark] [LANGUAGE...]

Builds a demonstration database in a temporary data folder (the person's own
data is never touched), then saves: the start page, the new-assessment
wizard, a question page with evidence and a comment, the overview with the
wheel, the submit check with its problems, the findings page, a reviewer's view of a
returned answer with the review panel, the audit trail and the comparison of two rounds, as
NAME-en.png, NAME-fr.png, NAME-es.png, NAME-ru.png and NAME-ar.png: each language's window shows
assessments whose working language is that language.  The window fills a 1366x768 screen (Qt's
offscreen platform is given one), as a maximised window on the laptops officials work on; the
dialogs are as large as they open there.
``--dark`` adds the question page and start page under a forced dark palette.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

WIDTH, HEIGHT = 1366, 768  # the laptops officials work on
LANGUAGES = ("en", "fr", "es", "ru", "ar")
FOCAL = ("Amina Diallo", "Ministry of Labour and Social Protection", "focal_point")
REVIEWER = ("Rita Mensah", "IOM", "reviewer")


@dataclass
class Demo:
    assessment_id: str  # the focal point's draft
    code: str  # its question with evidence and a comment
    reviewed_id: str  # a submitted assessment under review
    returned: str  # its returned answer
    reviewer_key: object  # the reviewer's own key (OwnKey): a focal point's key sees no review panel
    follow_up_id: str  # round 2 of the draft, a few answers changed


def _answer_most(db, framework, assessment_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Two-thirds answered (a third left open for progress and the submit check); the codes answered."""
    from mgi_desktop.services import answers

    cycle = ["yes", "partially", "yes", "no"]
    done = []
    for n, (code, placement) in enumerate(framework.placements.items()):
        if n % 3 == 2:
            continue
        fixed = placement.kind.fixed_codes  # the yes / (partially /) no questions
        if fixed is not None:
            value = cycle[n % len(cycle)] if len(fixed) == 3 else cycle[n % 2 * 3]
            try:
                answers.set_answer(db, assessment_id, code, value)
            except Exception:  # a question that is not relevant now: leave it
                continue
            done.append(code)
    return done


def _demo(db_path: Path, language: str) -> Demo:
    """A national draft (two-thirds answered, one question with evidence and a comment, findings in
    domain 1), a local one, and a national one under review with decisions and a returned answer."""
    from mgi_desktop.questionnaire import catalogue
    from mgi_desktop.services import answers, assessments, comments, evidence, findings, review
    from mgi_desktop.storage.db import Database

    db = Database.open(db_path)
    try:
        db.set_user(*FOCAL)
        national = catalogue.resolve("mgi-national")
        local = catalogue.resolve("mgi-local")
        first = assessments.create(db, national, country="KGZ", round_number=1, language=language)
        assessments.create(db, local, country="KEN", locality="Mombasa", language=language)
        done = _answer_most(db, national, first.id)
        values = assessments.values(db, first.id)
        shown = next((c for c in done if values.get(c) == "partially"), done[0] if done else national.codes()[0])
        answers.set_justification(db, first.id, shown, (
            "The Law on External Migration (2000, amended 2021) sets out the rights of migrant workers; "
            "its implementing regulations are still being drafted."))
        evidence.add(db, first.id, shown, kind="law", title="Law on External Migration", year=2000,
                     reference="Articles 5–12", issuing_body="Jogorku Kenesh")
        evidence.add(db, first.id, shown, kind="policy", title="Concept of the State Migration Policy to 2030",
                     year=2021, url="https://example.org/migration-concept-2030")
        comments.add(db, first.id, shown, "Please confirm whether the 2021 amendment is in force.")
        domain_one = [c for c in done if national.placement(c).domain.number == 1]
        for category, text, codes in (
                ("well_developed", "Migrant workers' rights are set out in the Law on External Migration, "
                 "amended in 2021.", domain_one[:2]),
                ("well_developed", "Migrants have access to emergency health care regardless of status.",
                 domain_one[2:3]),
                ("well_developed", "Children of migrants can enrol in public schools.", domain_one[3:4]),
                ("potential", "The implementing regulations of the 2021 amendment are still being drafted.",
                 [shown]),
                ("potential", "Access to social security for temporary migrant workers could be widened.",
                 domain_one[4:5])):
            findings.add(db, first.id, 1, category, text, question_codes=codes)

        reviewed = assessments.create(db, national, country="GHA", round_number=1, language=language)
        answered = _answer_most(db, national, reviewed.id)
        assessments.set_status(db, reviewed.id, "submitted", note="Ready for review.")
        # The reviewer is another person, with their own key (the role setting alone gives no review powers).
        from mgi_desktop.identity.keys import Identity
        from mgi_desktop.identity.own import OwnKey
        from mgi_desktop.services import rounds

        follow_up = rounds.start_follow_up(db, first.id)
        for n, code in enumerate(done[:40:4]):  # a few answers changed since round 1
            try:
                answers.set_answer(db, follow_up.id, code, "no" if n % 2 else "yes")
            except Exception:  # not relevant any more: leave it
                continue
        focal_key = db.own_key
        reviewer_key = OwnKey(Identity.generate(), "", None, ())
        db.use_key(reviewer_key)
        db.set_user(*REVIEWER)
        for code in answered[:7]:
            review.accept(db, reviewed.id, code)
        returned = answered[7]
        review.return_answer(db, reviewed.id, returned, "Which law or policy is this based on? Please add it "
                             "as evidence.")
        comments.add(db, reviewed.id, answered[8], "Is this the 2019 policy or its 2023 revision?")
        db.use_key(focal_key)
        db.set_user(*FOCAL)
        return Demo(first.id, shown, reviewed.id, returned, reviewer_key, follow_up.id)
    finally:
        db.close()


def _came_back(db, demo: Demo, note: str):  # type: ignore[no-untyped-def]
    """What the import of the reviewer's package brings to the focal point, read from the demo database
    (the reviewer's steps were taken in it): the decisions, the comments and the return."""
    from mgi_desktop.enums import ReviewState, Role
    from mgi_desktop.exchange.incoming import Incoming, NewComment, Step
    from mgi_desktop.services import answers, audit, comments

    views = answers.list_answers(db, demo.reviewed_id)
    step = audit.events(db, demo.reviewed_id, entity="assessment")[-1]
    return Incoming(
        accepted=[c for c, v in views.items() if v.review_state == ReviewState.ACCEPTED],
        returned=[c for c, v in views.items() if v.review_state == ReviewState.RETURNED],
        comments=[NewComment(c.id, code, c.author, c.text) for code, v in views.items() if v.comment_count
                  for c in comments.for_question(db, demo.reviewed_id, code) if c.role == Role.REVIEWER],
        status=("in_review", "returned"),
        steps=[Step("returned", REVIEWER[0], step.at, note)])


def _save(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def _laptop_screen(folder: Path) -> None:
    """Qt's offscreen platform with one 1366x768 screen (its own is 800x800), before the app starts."""
    platform = os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if platform == "offscreen":
        config = folder / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def render(outdir: Path, *, dark: bool = False, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mgi-screens-") as tmp:
        _laptop_screen(Path(tmp))
        os.environ["MGI_DATA_DIR"] = tmp
        os.environ.pop("MGI_DATABASE", None)
        saved = []
        for language in languages:
            db_path = Path(tmp) / f"demo-{language}.sqlite"
            saved += _render_all(outdir, db_path, _demo(db_path, language), dark and language == "en", language)
        return saved


def _render_all(outdir: Path, db_path: Path, demo: Demo, dark: bool, language: str) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from mgi_desktop.services import assessments
    from mgi_desktop.storage.db import Database
    from mgi_desktop.ui import i18n, theme
    from mgi_desktop.ui.assessment.new_assessment_wizard import NewAssessmentWizard
    from mgi_desktop.ui.preferences import Preferences
    from mgi_desktop.ui.review.audit_view import AuditDialog
    from mgi_desktop.ui.review.round_compare import RoundCompareDialog
    from mgi_desktop.ui.shell.app import make_application
    from mgi_desktop.ui.shell.main_window import MainWindow

    app = make_application()
    theme.apply(app, Qt.ColorScheme.Light)
    db = Database.open(db_path)
    saved: list[Path] = []
    assessment_id, code = demo.assessment_id, demo.code
    try:
        prefs = Preferences()
        prefs.add_recent_database(db_path.with_name("ministry-2024.sqlite"))
        prefs.add_recent_database(db_path)
        i18n.install(language)
        window = MainWindow(db, prefs)
        window.show()
        # the whole screen, as maximised (the offscreen platform's maximised window keeps a frame)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.start_page.select(assessment_id)
        saved.append(outdir / f"start-{language}.png")
        _save(window, saved[-1])

        wizard = NewAssessmentWizard(db, prefs, window)
        wizard.show()
        wizard.next()
        wizard.place_page.country.setCurrentText(wizard.place_page.country.itemText(
            wizard.place_page.country.findData("KGZ")))
        wizard.next()
        saved.append(outdir / f"wizard-{language}.png")
        _save(wizard, saved[-1])
        wizard.button(QWizard.WizardButton.CancelButton).click()

        window.open_assessment(assessment_id)
        view = window.view
        view.go_to(code)  # type: ignore[union-attr]
        saved.append(outdir / f"question-{language}.png")
        _save(window, saved[-1])
        view.show_overview()  # type: ignore[union-attr]
        saved.append(outdir / f"overview-{language}.png")
        _save(window, saved[-1])
        view.show_submit_check()  # type: ignore[union-attr]
        saved.append(outdir / f"submit-{language}.png")
        _save(window, saved[-1])
        view.show_findings()  # type: ignore[union-attr]
        page = view.findings  # type: ignore[union-attr]
        page.set_domain(1)
        page.lists[next(iter(page.lists))].setCurrentRow(0)  # its linked questions show below
        saved.append(outdir / f"findings-{language}.png")
        _save(window, saved[-1])

        audit = AuditDialog(db, assessment_id, parent=window)
        audit.show()
        saved.append(outdir / f"audit-{language}.png")
        _save(audit, saved[-1])
        audit.close()

        window.open_assessment(demo.follow_up_id)
        compare = RoundCompareDialog(db, demo.follow_up_id, parent=window)
        compare.show()
        saved.append(outdir / f"compare-{language}.png")
        _save(compare, saved[-1])
        compare.close()

        focal_key = db.own_key
        db.use_key(demo.reviewer_key)  # type: ignore[arg-type]
        db.set_user(*REVIEWER)
        window.open_assessment(demo.reviewed_id)
        window.view.go_to(demo.returned)  # type: ignore[union-attr]
        saved.append(outdir / f"review-{language}.png")
        _save(window, saved[-1])
        window.close_assessment()
        # ...the reviewer returns it; back with the focal point, what came back (as an import shows it)
        note = "Please add the law behind the returned answer, then resubmit."
        assessments.set_status(db, demo.reviewed_id, "returned", note=note)
        db.use_key(focal_key)
        db.set_user(*FOCAL)
        window.open_assessment(demo.reviewed_id)
        came = _came_back(db, demo, note)
        window.view.set_came_back(came)  # type: ignore[union-attr]
        dialog = window.view.came_back_dialog  # type: ignore[union-attr]
        saved.append(outdir / f"came-back-{language}.png")
        _save(dialog, saved[-1])
        dialog.close()
        window.view.go_to(demo.returned)  # type: ignore[union-attr]
        saved.append(outdir / f"returned-{language}.png")
        _save(window, saved[-1])
        window.open_assessment(assessment_id)
        if dark and language == "en":
            theme.apply(app, Qt.ColorScheme.Dark)
            window.view.go_to(code)  # type: ignore[union-attr]
            saved.append(outdir / "question-dark-en.png")
            _save(window, saved[-1])
            window.close_assessment()
            saved.append(outdir / "start-dark-en.png")
            _save(window, saved[-1])
            theme.apply(app, Qt.ColorScheme.Light)
        window.close()
        window.deleteLater()
        i18n.install("en")
    finally:
        db.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    dark = "--dark" in args
    args = [a for a in args if a != "--dark"]
    if not args or any(a not in LANGUAGES for a in args[1:]):
        sys.stderr.write(f"usage: python tools/screenshots.py OUTDIR [--dark] [LANGUAGE...] ({' '.join(LANGUAGES)})\n")
        return 2
    for path in render(Path(args[0]), dark=dark, languages=tuple(args[1:]) or LANGUAGES):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
