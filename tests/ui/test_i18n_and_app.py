"""Every translation of the window is complete and loads (Arabic right to left); the app starts and
quits cleanly from the command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mgi_desktop import messages
from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui import messages as ui_messages
from mgi_desktop.ui.preferences import Preferences

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")
#: the window's languages besides English, and the plural forms Qt has for each
LANGUAGES = {"fr": 2, "es": 2, "ru": 3, "ar": 6}


def _messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_translation_with_the_same_placeholders(language: str) -> None:
    messages = _messages(I18N / f"mgi_desktop_{language}.ts")
    assert len(messages) > 100
    for context, source, translation in messages:
        assert translation is not None, f"{context}: {source!r} untranslated"
        assert translation.get("type") != "unfinished", f"{context}: {source!r} unfinished"
        numerus = list(translation.iter("numerusform"))
        if numerus:
            assert len(numerus) == LANGUAGES[language], f"{context}: {source!r}: {len(numerus)} plural forms"
        forms = [f.text or "" for f in numerus] or [translation.text or ""]
        assert all(forms), f"{context}: {source!r} untranslated"
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(source))) == sorted(set(PLACEHOLDER.findall(form))), source
        # the count itself at least where the language says "many" (Arabic's forms for 0, 1 and 2 may
        # say "no answer", "one answer", "two answers" in words)
        assert ("%n" in source) <= ("%n" in forms[-1]), source
    assert (I18N / f"mgi_desktop_{language}.qm").stat().st_size > 1000


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_message_is_in_the_translation_under_its_code(language: str) -> None:
    root = ET.parse(I18N / f"mgi_desktop_{language}.ts").getroot()
    shipped = {m.findtext("comment"): m.findtext("source") for ctx in root.iter("context")
               if ctx.findtext("name") == ui_messages.CONTEXT for m in ctx.iter("message")}
    expected = {code: ui_messages.source_text(t) for code, t in messages.load_all(window=True).items()}
    assert shipped == expected, "run: uv run python resources/i18n/update.py"


def test_core_messages_render_in_french_with_real_plurals(qapp) -> None:
    from mgi_desktop.services.assessments import NOT_ALL_ACCEPTED
    from mgi_desktop.services.workflow import NOT_EDITABLE

    one, three = NOT_ALL_ACCEPTED(n=1, codes=["Q1"]), NOT_ALL_ACCEPTED(n=3, codes=["Q1", "Q2", "Q3"])
    returned = NOT_EDITABLE(status=AssessmentStatus.RETURNED)
    assert ui_messages.text(one) == "1 answer is not accepted yet (Q1)"
    assert ui_messages.text(three) == "3 answers are not accepted yet (Q1, Q2, Q3)"
    try:
        assert i18n.install("fr") == "fr"
        assert ui_messages.text(one).startswith("1 réponse ")
        assert ui_messages.text(three).startswith("3 réponses ")
        french = ui_messages.text(returned)
        assert labels.status("returned").lower() in french and "returned" not in french
    finally:
        assert i18n.install("en") == "en"
    assert ui_messages.text(returned).startswith("the assessment is returned:")


def test_the_ts_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "mgi_desktop" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = {(c, s) for c, s, _ in _messages(fresh)}
    for language in LANGUAGES:
        shipped = {(c, s) for c, s, _ in _messages(I18N / f"mgi_desktop_{language}.ts")}
        assert in_code - shipped == set(), f"{language}: run: uv run python resources/i18n/update.py"


def test_french_is_installed_and_english_restored(qapp) -> None:
    try:
        assert i18n.install("fr") == "fr"
        assert labels.status("draft") == "Brouillon"
        assert labels.role("reviewer") == "Examinateur"
    finally:
        assert i18n.install("en") == "en"
    assert labels.status("draft") == "Draft"


@pytest.mark.parametrize(("language", "draft", "direction"), [
    ("es", "Borrador", "LeftToRight"), ("ru", "Черновик", "LeftToRight"), ("ar", "مسودة", "RightToLeft")])
def test_each_language_is_installed_with_its_direction(qapp, language: str, draft: str, direction: str) -> None:
    try:
        assert i18n.install(language) == language
        assert labels.status("draft") == draft
        assert qapp.layoutDirection().name == direction
    finally:
        assert i18n.install("en") == "en"
    assert qapp.layoutDirection().name == "LeftToRight"


@pytest.mark.parametrize(("language", "n", "expected"), [
    ("ru", 1, "1 ответ"), ("ru", 3, "3 ответа"), ("ru", 5, "5 ответов"), ("ru", 21, "21 ответ")])
def test_plurals_follow_the_language(qapp, language: str, n: int, expected: str) -> None:
    from mgi_desktop.services.assessments import NOT_ALL_ACCEPTED

    try:
        i18n.install(language)
        assert ui_messages.text(NOT_ALL_ACCEPTED(n=n, codes=["Q1"])).startswith(expected)
    finally:
        i18n.install("en")


def _run_app(data_dir: Path, database: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "MGI_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
                   "MGI_EXIT_AFTER_SHOW": "1", **env}
    return subprocess.run([sys.executable, "-m", "mgi_desktop", "--database", str(database)],
                          env=environment, capture_output=True, text=True, timeout=120)


@pytest.mark.slow  # a new Python process: seconds
def test_app_opens_the_last_assessment_paints_and_quits(db: Database, mini, data_dir: Path, qapp) -> None:
    a = assessments.create(db, mini, country="KGZ")
    prefs = Preferences()
    prefs.set_last_assessment(db.path, a.id)
    prefs.sync()
    path = db.path
    db.close()
    result = _run_app(data_dir, path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert Preferences().recent_databases()[0] == path
    Preferences().sync()
    again = Preferences()
    assert again.last_assessment(path) == a.id  # still open when the window closed
    assert again.geometry() is not None
