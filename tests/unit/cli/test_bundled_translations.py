"""The app's own catalogues are translated whole, as drafts, and no translation is outdated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mgi_desktop.cli import main
from mgi_desktop.questionnaire import catalogue, translations

LANGUAGES = ("fr", "es", "ru", "ar")


def test_every_bundled_catalogue_is_translated_whole_as_a_draft(db_path: Path, capsys: pytest.CaptureFixture[str]
                                                                ) -> None:
    files = [str(p) for p in catalogue.bundled_files()]
    assert main(["--database", str(db_path), "questionnaire", "translations", *files, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in report] == ["mgi-national", "mgi-local", "sdg-10-7-2"]
    for entry in report:
        for language in LANGUAGES:
            coverage = entry["languages"][language]
            assert (coverage["percent"], coverage["missing"], coverage["outdated"]) == (100.0, 0, 0), \
                (entry["id"], language, coverage)
            assert coverage["draft"] == coverage["total"] == entry["texts"]  # ours, until IOM reviews them


def test_each_translation_file_says_where_its_words_come_from() -> None:
    for framework in catalogue.bundled():
        for language, layer in framework.translations.items():
            assert layer.origin and "draft" in layer.origin.lower(), (framework.id, language)
            assert layer.path is not None and layer.path.parent.name == translations.FOLDER
