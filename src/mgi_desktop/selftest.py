"""``mgi-desktop --self-test``: check an installation headlessly, in a throw-away data folder.

It is how a built bundle is checked, by the developers and by an IT department
after installing: every bundled questionnaire loads, a database is created and
migrated, answers are saved and read back, an evidence file is attached (into
the store beside the database), a backup is taken and verified with that file,
the exports are written and read back, and Qt starts with its plugins.  One line
per check, starting with ``ok`` or ``FAIL``; the exit code is 0 only if every
check passed.

The user's own data is never touched: for the run, ``MGI_DATA_DIR`` points to a
new temporary folder (removed afterwards) and ``MGI_DATABASE`` is unset; both
are restored when the run ends.  Without a display, Qt's offscreen platform is
used.  Qt is reached only through mgi_desktop.ui.qt_check, so the core stays Qt-free.
"""

from __future__ import annotations

import contextlib
import html.parser
import importlib
import importlib.util
import os
import platform
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import platformdirs

from mgi_desktop import __version__, paths
from mgi_desktop.enums import Level
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.questionnaire.framework import AnswerValue, Framework
from mgi_desktop.storage.db import Database

#: Where the self-test creates its assessments (any ISO 3166 code would do).
COUNTRY, LOCALITY = "KGZ", "Bishkek"


class CheckFailed(Exception):
    """A check found a problem; the message says which."""


@dataclass
class Context:
    folder: Path
    frameworks: list[Framework] = field(default_factory=list)
    db: Database | None = None
    #: framework id -> (assessment id, the values saved)
    saved: dict[str, tuple[str, dict[str, AnswerValue]]] = field(default_factory=dict)
    exports: Path | None = None

    def database(self) -> Database:
        if self.db is None:
            raise CheckFailed("no database (an earlier check failed)")
        return self.db

    def first_assessment(self) -> tuple[Framework, str]:
        for framework in self.frameworks:
            if framework.id in self.saved:
                return framework, self.saved[framework.id][0]
        raise CheckFailed("no assessment with answers (an earlier check failed)")


Check = Callable[[Context], str]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


# -- the checks, in the order they run ---------------------------------------------


def check_install(ctx: Context) -> str:
    root = paths.install_root()
    from mgi_desktop.storage import migrate

    needed = [paths.questionnaires_dir(), paths.resources_dir() / "icons" / "mgi-desktop.svg",
              migrate.MIGRATIONS / "env.py", migrate.MIGRATIONS / "script.py.mako",
              migrate.MIGRATIONS / "versions"]
    missing = [str(p) for p in needed if not p.exists()]
    _require(not missing, f"missing from the installation: {', '.join(missing)}")
    kind = ("bundle" if getattr(sys, "frozen", False)
            else "installed package" if root == paths.package_dir() else "source tree")
    return f"MGI Desktop {__version__} ({kind}, Python {platform.python_version()}, {sys.platform}) at {root}"


def check_user_data_location(ctx: Context) -> str:
    """User data must never be written inside the install folder (an upgrade would replace it)."""
    folders = [Path(platformdirs.user_data_dir(paths.APP_NAME, paths.APP_AUTHOR, roaming=False)),
               Path(platformdirs.user_config_dir(paths.APP_NAME, paths.APP_AUTHOR, roaming=False)),
               Path(platformdirs.user_log_dir(paths.APP_NAME, paths.APP_AUTHOR))]
    root = paths.install_root().resolve()
    inside = [str(f) for f in folders if f.resolve().is_relative_to(root)]
    _require(not inside, f"user data folders inside the install folder {root}: {', '.join(inside)}")
    return f"user data goes to {folders[0]}, outside the install folder"


def _questionnaire_check(name: str) -> Check:
    def check(ctx: Context) -> str:
        path = paths.questionnaires_dir() / name
        _require(path.is_file(), f"{path} is missing")
        from mgi_desktop.questionnaire.loader import check_file

        framework, problems = check_file(path)
        _require(framework is not None and not problems,
                 f"{path}: {len(problems)} problem{'' if len(problems) == 1 else 's'}: "
                 + "; ".join(str(p) for p in problems[:3]))
        assert framework is not None
        ctx.frameworks.append(framework)
        return f"{framework.id} {framework.version}: {len(framework.codes())} questions"

    check.__name__ = f"questionnaire {name}"
    return check


def check_database(ctx: Context) -> str:
    from mgi_desktop.storage import migrate

    path = ctx.folder / "data" / "self-test.sqlite"
    db = Database.open(path)
    ctx.db = db
    revision, head = migrate.current_revision(path), migrate.head()
    _require(revision == head, f"{path}: schema {revision}, expected {head}")
    db.set_user("Self Test", "MGI Desktop self-test", "focal_point")
    return f"created and migrated to schema {head} in a temporary folder"


def check_answers(ctx: Context) -> str:
    from mgi_desktop.services import answers, assessments

    db = ctx.database()
    _require(bool(ctx.frameworks), "no questionnaire loaded (an earlier check failed)")
    total = 0
    for framework in ctx.frameworks:
        locality = LOCALITY if framework.model.level is Level.LOCAL else None
        assessment = assessments.create(db, framework, country=COUNTRY, locality=locality)
        expected: dict[str, AnswerValue] = {}
        for placement in framework.placements.values():
            value = placement.kind.example(placement, placement.position)
            answers.set_answer(db, assessment.id, placement.question.code, value,
                               justification=f"Source: self-test, {placement.question.code}")
            expected[placement.question.code] = framework.check_value(placement.question.code, value)
        ctx.saved[framework.id] = (assessment.id, expected)
        total += len(expected)
    return f"{total} answers saved in {len(ctx.frameworks)} assessments"


def _compare_saved(ctx: Context, db: Database) -> int:
    from mgi_desktop.services import answers

    compared = 0
    for framework_id, (assessment_id, expected) in ctx.saved.items():
        views = answers.list_answers(db, assessment_id)
        for code, value in expected.items():
            view = views.get(code)
            _require(view is not None and view.value == value,
                     f"{framework_id} {code}: saved {value!r}, read back {view.value if view else None!r}")
            assert view is not None
            _require(view.justification == f"Source: self-test, {code}",
                     f"{framework_id} {code}: the justification was not read back")
            compared += 1
    return compared


def check_read_back(ctx: Context) -> str:
    db = ctx.database()
    _require(bool(ctx.saved), "no answers were saved (an earlier check failed)")
    path = db.path
    db.close()
    ctx.db = None
    # Reopening proves the lock was released and the data reached the file, not only a cache.
    ctx.db = Database.open(path)
    compared = _compare_saved(ctx, ctx.db)
    return f"{compared} answers read back identical after closing and reopening the database"


#: The evidence file the self-test attaches.
ATTACHMENT = b"%PDF-1.4\n% MGI Desktop self-test evidence\n"


def check_attachment(ctx: Context) -> str:
    from mgi_desktop.services import evidence
    from mgi_desktop.storage.attachments import folder_for

    db = ctx.database()
    framework, assessment_id = ctx.first_assessment()
    source = ctx.folder / "self-test-evidence.pdf"
    source.write_bytes(ATTACHMENT)
    code = next(iter(framework.placements))
    evidence.add(db, assessment_id, code, kind="law", title="Self-test law", file=source)
    (item,) = [e for e in evidence.for_question(db, assessment_id, code) if e.file_name == source.name]
    assert item.file_sha256 is not None
    stored = evidence.attachment_path(db, item.file_sha256)
    _require(stored.is_relative_to(folder_for(db.path)), f"{stored}: not in the store beside {db.path}")
    _require(stored.read_bytes() == ATTACHMENT, f"{stored}: the attached file was not stored intact")
    return f"evidence file attached and stored beside the database ({len(ATTACHMENT)} bytes)"


def check_backup(ctx: Context) -> str:
    from mgi_desktop.storage import backup
    from mgi_desktop.storage.attachments import AttachmentStore
    from mgi_desktop.storage.health import inspect_file

    db = ctx.database()
    info = backup.create_backup(db.path, reason="self-test")
    inspect_file(info.path)
    con = sqlite3.connect(f"file:{info.path.as_posix()}?mode=ro", uri=True)
    try:
        (count,) = con.execute("SELECT count(*) FROM answer WHERE value_json IS NOT NULL").fetchone()
    finally:
        con.close()
    expected = sum(len(values) for _, values in ctx.saved.values())
    _require(count == expected, f"{info.path}: {count} answers in the backup, expected {expected}")
    _require(info.path.is_relative_to(ctx.folder), f"{info.path}: backup written outside the test folder")
    referenced = backup.referenced_files(info.path) or set()
    kept = AttachmentStore(info.path.parent / backup.ATTACHMENTS)
    _require(all(kept.verify(sha) for sha in referenced),
             f"{kept.folder}: the backup did not keep every evidence file it references")
    return f"backup of {info.size} bytes with all {count} answers and {len(referenced)} evidence files"


def check_integrity(ctx: Context) -> str:
    db = ctx.database()
    con = sqlite3.connect(f"file:{db.path.as_posix()}?mode=ro", uri=True)
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check")]
        foreign = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    _require(result == ["ok"], f"{db.path}: integrity_check: {'; '.join(result[:3])}")
    _require(not foreign, f"{db.path}: {len(foreign)} rows break a foreign key")
    return "integrity_check ok, no broken foreign keys"


def check_qt(ctx: Context) -> str:
    """Qt starts and finds the plugins the window needs (platform, SVG and PNG images)."""
    from mgi_desktop.ui.qt_check import qt_status

    status = qt_status(paths.resources_dir() / "icons" / "mgi-desktop.svg")
    _require(not status.missing_formats,
             f"Qt image format plugins missing: {', '.join(status.missing_formats)}")
    _require(status.icon_drawn, "the app icon (SVG) cannot be drawn")
    return f"Qt {status.version} started on the {status.platform} platform, icons drawn"


def check_ui_modules(ctx: Context) -> str:
    """The window's code is present (in a bundle, PyInstaller must have collected it)."""
    # By name: the CLI's own import of it is what makes PyInstaller collect it.
    ui_app = importlib.import_module("mgi_desktop.ui.shell.app")
    _require(callable(getattr(ui_app, "run_app", None)), "mgi_desktop.ui.shell.app has no run_app")
    return "the window's modules import"


def _exports_folder(ctx: Context) -> Path:
    if ctx.exports is None:
        ctx.exports = ctx.folder / "exports"
        ctx.exports.mkdir()
    return ctx.exports


def check_xlsx_summary(ctx: Context) -> str:
    """Every assessment's Excel summary, read back with openpyxl: each answer where it belongs."""
    from openpyxl import load_workbook

    from mgi_desktop.export import dataset, sources
    from mgi_desktop.export.summary_xlsx import write_summary

    db = ctx.database()
    _require(bool(ctx.saved), "no answers were saved (an earlier check failed)")
    compared = 0
    for framework_id, (assessment_id, expected) in ctx.saved.items():
        target = write_summary(sources.from_database(db, assessment_id), _exports_folder(ctx) / f"{framework_id}.xlsx")
        book = load_workbook(target, read_only=True, data_only=True)
        try:
            _require("Summary" in book.sheetnames and "Answers" in book.sheetnames,
                     f"{target.name}: sheets {book.sheetnames}")
            rows = book["Answers"].iter_rows(values_only=True)
            header = list(next(rows))
            code_at, answer_at = header.index("Code"), header.index("Answer code")
            found = {row[code_at]: row[answer_at] for row in rows if row[code_at] in expected}
        finally:
            book.close()
        for code, value in expected.items():
            want = dataset.answer_code(value)
            _require(code in found and str(found[code]) == str(want),
                     f"{target.name} {code}: {found.get(code)!r} in the sheet, {want!r} saved")
            compared += 1
    return f"{len(ctx.saved)} workbooks written and read back, {compared} answers in place"


class _TextOf(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _profile_texts(profile: Any) -> list[str]:
    """What any rendering of the profile must show: title, domain titles, a finding."""
    texts = [profile.title, *(d.title for d in profile.domains)]
    findings = [f for d in profile.domains for f in (*d.well_developed, *d.potential)]
    _require(bool(findings), "the profile has no findings (drafting from the answers found none)")
    return [*texts, findings[0]]


def _missing(texts: list[str], rendered: str) -> list[str]:
    flat = " ".join(rendered.split())
    return [t for t in texts if " ".join(t.split()) not in flat]


def check_profile(ctx: Context) -> str:
    """The profile of the national assessment, drafted from its answers, as HTML, DOCX and PDF."""
    import docx

    from mgi_desktop.export.profile import profile_for
    from mgi_desktop.export.profile_docx import write_docx
    from mgi_desktop.export.profile_html import write_html
    from mgi_desktop.services import findings

    db = ctx.database()
    _framework, assessment_id = ctx.first_assessment()
    findings.draft(db, assessment_id)
    profile = profile_for(db, assessment_id)
    texts = _profile_texts(profile)
    folder = _exports_folder(ctx)

    page = write_html(profile, folder / "profile.html")
    parser = _TextOf()
    parser.feed(page.read_text(encoding="utf-8"))
    missing = _missing(texts, "".join(parser.parts))
    _require(not missing, f"{page.name}: missing {missing[:2]}")

    # By name: the self-test itself stays Qt-free (Qt's own check comes first and says what is wrong).
    render = importlib.import_module("mgi_desktop.ui.export.pdf")
    wheel = render.wheel_png(profile)
    pdf = render.write_pdf(profile, folder / "profile.pdf")
    data = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    _require(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:] and pages >= 1,
             f"{pdf.name}: not a complete PDF")
    pdf_note = f"PDF of {pages} pages"

    document = write_docx(profile, folder / "profile.docx", wheel_png=wheel)
    read = docx.Document(str(document))
    body = "\n".join(p.text for p in read.paragraphs)
    missing = _missing(texts, body)
    _require(not missing, f"{document.name}: missing {missing[:2]}")
    _require(wheel is None or len(read.inline_shapes) >= 1, f"{document.name}: the wheel picture is missing")
    return f"HTML, DOCX and {pdf_note}, read back with the title, {len(profile.domains)} domains and findings"




CHECKS: list[Check] = [
    check_install,
    check_user_data_location,
    *[_questionnaire_check(name) for name in catalogue.BUNDLED],
    check_database,
    check_answers,
    check_read_back,
    check_attachment,
    check_backup,
    check_integrity,
    check_qt,
    check_ui_modules,
    check_xlsx_summary,
    check_profile,
]


def _label(check: Check) -> str:
    name = check.__name__
    return name.removeprefix("check_").replace("_", " ")


@contextlib.contextmanager
def _isolated_environment(folder: Path) -> Iterator[None]:
    """Point the app's data folder at `folder` for this run; restore the caller's settings after."""
    names = ("MGI_DATA_DIR", "MGI_DATABASE", "QT_QPA_PLATFORM")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["MGI_DATA_DIR"] = str(folder / "data")
    os.environ.pop("MGI_DATABASE", None)
    if not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _has_display() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def run_checks(checks: list[Check], out: TextIO) -> tuple[int, int]:
    """Run `checks` in a temporary data folder; return (passed, failed)."""
    passed = failed = 0
    # ignore_cleanup_errors: on Windows a file still held open (a log) must not fail the run.
    with (tempfile.TemporaryDirectory(prefix="mgi-self-test-", ignore_cleanup_errors=True) as temp,
          _isolated_environment(Path(temp))):
        ctx = Context(folder=Path(temp))
        try:
            for check in checks:
                started = time.perf_counter()
                try:
                    detail = check(ctx)
                except Exception as exc:  # every failure is reported as a line, never a traceback
                    failed += 1
                    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
                    out.write(f"FAIL  {_label(check)}: {type(exc).__name__}: {message}\n")
                else:
                    passed += 1
                    seconds = time.perf_counter() - started
                    out.write(f"ok    {_label(check)}: {detail} ({seconds:.1f} s)\n")
                out.flush()
        finally:
            if ctx.db is not None:
                ctx.db.close()
    return passed, failed


def run_self_test(out: TextIO | None = None) -> int:
    stream = out if out is not None else sys.stdout
    passed, failed = run_checks(CHECKS, stream)
    if failed:
        stream.write(f"FAIL  self-test: {failed} of {passed + failed} checks failed\n")
        return 1
    stream.write(f"ok    self-test: all {passed} checks passed\n")
    return 0
