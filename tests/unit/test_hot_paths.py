"""The paths that must start fast import only what they use, checked in fresh interpreters.

The window's way to a shown assessment and ``answer set`` read and write in
plain SQL (services/__init__.py): SQLAlchemy, SQLModel, the ORM tables and
Alembic stay out of them, and so do pydantic and YAML (a questionnaire
already checked is rebuilt from the cache: questionnaire/model.py), and, for
the command, Qt, the exports and the exchange.  ``--version`` and ``--help``
load none of the storage, services or questionnaire.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mgi_desktop.enums import Role
from mgi_desktop.identity import own
from mgi_desktop.identity.keys import Identity
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import HOT_PATH_MODULES, answers, assessments, parties
from mgi_desktop.storage.db import Database

ORM = ("sqlalchemy", "sqlmodel", "alembic", "mgi_desktop.storage.tables", "mgi_desktop.storage.engine")
CHECKING = ("pydantic", "pydantic_core", "yaml")
#: what the command line never needs for answer set (the parser names the profile's formats, from the
#: constant-only `mgi_desktop.export.profile_formats`; no exporting module comes with it)
NOT_FOR_A_COMMAND = (*ORM, *CHECKING, "PySide6", "shiboken6", "mgi_desktop.ui", "mgi_desktop.export.profile",
                     "mgi_desktop.export.consolidate", "mgi_desktop.export.summary_xlsx", "mgi_desktop.export.sources",
                     "mgi_desktop.export.xlsx_safe", "mgi_desktop.export.profile_html",
                     "mgi_desktop.export.profile_docx", "mgi_desktop.export.dataset", "mgi_desktop.exchange",
                     "openpyxl", "xlsxwriter", "docx", "cryptography")

#: Prints, as JSON, which of the module names given on its command line (or their submodules) are imported
#: once the code before it has run.
REPORT = """
import json, sys
def imported(names):
    return sorted({n for n in names for m in sys.modules if m == n or m.startswith(n + ".")})
"""


def run_python(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            env=os.environ | (env or {}), timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def last_json(result: subprocess.CompletedProcess[str]) -> object:
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_hot_path_services_import_no_orm():
    code = REPORT + f"import {', '.join(HOT_PATH_MODULES)}\nprint(json.dumps(imported({list(ORM)!r})))"
    assert last_json(run_python(code)) == []


@pytest.fixture
def prepared(db: Database, mini: Framework, request: pytest.FixtureRequest) -> tuple[Path, str]:
    """A database with an assessment partly answered, its questionnaire cached as a first start leaves it;
    used by a reviewer when the test is parametrized with "reviewer" (the review panel is then shown too)."""
    from mgi_desktop.services import frameworks

    reviewer = getattr(request, "param", "focal_point") == "reviewer"
    if reviewer:  # the focal point's key is elsewhere: the key on this computer is the reviewer's
        db.use_key(own.OwnKey(Identity.generate(), "2026-12-02T00:00:00.000000Z", None, ()))
    a = assessments.create(db, mini, country="KGZ")
    answers.set_answer(db, a.id, "Q1", "yes")
    if reviewer:
        assessments.set_status(db, a.id, "submitted")
        db.use_key(own.load())
        db.set_user("Rita Reviewer", "IOM", "reviewer")
        with db.transaction() as session:  # bound as a review package would bind it
            parties.bind(session, db, a.id, db.own_key.fingerprint, Role.REVIEWER, parties.HOW_RECEIVER)
    frameworks._parsed.clear()
    assessments.framework_of(db, assessments.get(db, a.id))  # writes the questionnaire's cache
    path = db.path
    db.close()
    return path, a.id


def test_answer_set_imports_neither_the_orm_nor_qt_nor_the_exports(prepared: tuple[Path, str]):
    path, aid = prepared
    code = (REPORT + "from mgi_desktop.cli import main\n"
            "codes = [main(['--database', sys.argv[1], 'answer', 'set', sys.argv[2][:8], 'Q3', '12']),\n"
            "         main(['--database', sys.argv[1], 'answer', 'set', sys.argv[2][:8], 'Q6', '1900'])]\n"
            f"print(json.dumps([codes, imported({list(NOT_FOR_A_COMMAND)!r})]))")
    result = run_python(code, str(path), aid)
    assert last_json(result) == [[0, 0], []]
    assert "Q6 breaks a rule: The year must be between 1950 and 2100." in result.stderr  # the constraint's message
    with Database.open(path) as db:
        assert assessments.values(db, aid) == {"Q1": "yes", "Q3": 12, "Q6": 1900}


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_storage_services_or_questionnaire(option: str):
    heavy = ["mgi_desktop.storage", "mgi_desktop.services", "mgi_desktop.questionnaire", "sqlite3", *NOT_FOR_A_COMMAND]
    code = (REPORT + "from mgi_desktop.cli import main\n"
            f"try:\n    main([{option!r}])\nexcept SystemExit as exit_:\n    assert exit_.code == 0\n"
            f"print(json.dumps(imported({heavy!r})))")
    assert last_json(run_python(code)) == []


WINDOW = REPORT + """
from mgi_desktop.ui.shell.main_window import MainWindow
seen = []
original = MainWindow.closeEvent
def closing(window, event):  # the app quits right after the shown paint (MGI_EXIT_AFTER_SHOW=1)
    panel = getattr(window.view, "review_panel", None)
    seen.append([window.current_assessment_id(), panel is not None and panel.isVisible(), imported(sys.argv[2:])])
    original(window, event)
MainWindow.closeEvent = closing
from mgi_desktop.cli import main
code = main(["--database", sys.argv[1]])
print(json.dumps([code, seen]))
"""


@pytest.mark.gui
@pytest.mark.parametrize("prepared", ["focal_point", "reviewer"], indirect=True)
def test_the_window_shows_the_last_assessment_without_the_orm(prepared: tuple[Path, str]):
    from mgi_desktop.ui.preferences import Preferences

    path, aid = prepared
    prefs = Preferences()
    prefs.set_last_assessment(path, aid)
    prefs.sync()
    with Database.open(path) as db:
        reviewing = db.user() is not None and db.user().role == "reviewer"
    result = run_python(WINDOW, str(path), *ORM, *CHECKING, env={"MGI_EXIT_AFTER_SHOW": "1"})
    assert last_json(result) == [0, [[aid, reviewing, []]]]  # a reviewer sees the review panel's counts too


@pytest.mark.slow
def test_the_warm_up_imports_the_orm_in_the_background():
    code = REPORT + ("from mgi_desktop.ui.shell import warm_up\nwarm_up.start().join(60)\n"
                     "from mgi_desktop.storage.tables import Assessment\n"
                     f"print(json.dumps([imported({list(ORM[:2])!r}), Assessment.__mapper__.configured]))")
    assert last_json(run_python(code)) == [["sqlalchemy", "sqlmodel"], True]
