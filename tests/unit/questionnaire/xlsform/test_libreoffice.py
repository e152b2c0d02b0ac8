"""LibreOffice, a second reader and writer: it opens every exported form, and what it saves reads back
as the same questionnaire (a form edited in another spreadsheet program comes back whole)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mgi_desktop.export.xlsform import write_xlsform
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.questionnaire.loader import load_file
from mgi_desktop.questionnaire.xlsform.read import check_xlsform

SOFFICE = shutil.which("soffice")
ROOT = Path(__file__).resolve().parents[4]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)")]


def test_libreoffice_opens_and_resaves_every_form(tmp_path: Path) -> None:
    sources = [*catalogue.bundled(), load_file(ROOT / "tests" / "data" / "mini.yaml"),
               load_file(ROOT / "tests" / "data" / "cascade.yaml")]
    forms = []
    for framework in sources:
        form = tmp_path / f"{framework.id}.xlsx"
        write_xlsform(framework, form)
        forms.append(form)
    saved = tmp_path / "saved"
    profile = (tmp_path / "profile").as_uri()  # its own profile: no first-start dialog, no other instance
    assert SOFFICE is not None
    done = subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                           "--outdir", str(saved), *map(str, forms)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    for framework, form in zip(sources, forms, strict=True):
        again = saved / form.name
        assert again.exists(), f"LibreOffice did not open {form.name}: {done.stdout} {done.stderr}"
        result = check_xlsform(again)
        assert result.problems == [], [str(p) for p in result.problems]
        assert result.framework is not None and result.framework.model == framework.model
