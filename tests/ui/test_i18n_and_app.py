"""The French translation is complete and loads; the app starts and quits cleanly from the command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui.preferences import Preferences

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_every_string_has_a_french_translation_with_the_same_placeholders() -> None:
    messages = _messages(I18N / "mgi_desktop_fr.ts")
    assert len(messages) > 100
    for context, source, translation in messages:
        assert translation is not None and translation.text, f"{context}: {source!r} untranslated"
        assert translation.get("type") != "unfinished", f"{context}: {source!r} unfinished"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source
    assert (I18N / "mgi_desktop_fr.qm").stat().st_size > 1000


def test_the_ts_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "mgi_desktop" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = {(c, s) for c, s, _ in _messages(fresh)}
    shipped = {(c, s) for c, s, _ in _messages(I18N / "mgi_desktop_fr.ts")}
    assert in_code - shipped == set(), "run: uv run python resources/i18n/update.py"


def test_french_is_installed_and_english_restored(qapp) -> None:
    try:
        assert i18n.install("fr") == "fr"
        assert labels.status("draft") == "Brouillon"
        assert labels.role("reviewer") == "Examinateur"
    finally:
        assert i18n.install("en") == "en"
    assert labels.status("draft") == "Draft"


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
