"""The self-test run in-process: what an installed bundle runs with ``--self-test``."""

from __future__ import annotations

import functools
import io
import os
import shutil
from pathlib import Path

import pytest

from mgi_desktop import paths, selftest
from mgi_desktop.cli import main
from mgi_desktop.questionnaire import catalogue


def run() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue().splitlines()


@pytest.mark.slow  # the whole self-test: seconds
def test_every_check_passes_and_the_users_data_and_environment_are_left_alone(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MGI_DATABASE", str(data_dir / "mine.sqlite"))
    (data_dir / "mine.sqlite").write_bytes(b"the user's database")
    before = sorted(data_dir.rglob("*"))
    code, lines = run()
    assert code == 0, "\n".join(lines)
    assert lines and all(line.startswith("ok ") for line in lines), "\n".join(lines)
    assert len(lines) == len(selftest.CHECKS) + 1
    for name in catalogue.BUNDLED:
        assert any(f"questionnaire {name}" in line for line in lines)
    assert lines[-1] == f"ok    self-test: all {len(selftest.CHECKS)} checks passed"
    assert sorted(data_dir.rglob("*")) == before
    assert (data_dir / "mine.sqlite").read_bytes() == b"the user's database"
    assert os.environ["MGI_DATA_DIR"] == str(data_dir)
    assert os.environ["MGI_DATABASE"] == str(data_dir / "mine.sqlite")


@pytest.mark.slow  # the whole self-test: seconds
def test_a_broken_questionnaire_fails_its_check_and_the_run(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "questionnaires"
    shutil.copytree(paths.questionnaires_dir(), folder)
    (folder / "sdg-10-7-2.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: folder)
    code, lines = run()
    assert code == 1
    failed = [line for line in lines if line.startswith("FAIL")]
    assert failed[0].startswith("FAIL  questionnaire sdg-10-7-2.yaml:")
    assert "sdg-10-7-2.yaml" in failed[0]
    assert failed[-1] == f"FAIL  self-test: 1 of {len(selftest.CHECKS)} checks failed"
    # the other questionnaires still went through the database checks
    assert any(line.startswith("ok    answers:") and "2 assessments" in line for line in lines)


def test_a_missing_migration_folder_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mgi_desktop.storage import migrate

    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path / "nowhere")
    # the head read from the scripts is cached for the process: this test's answer must stay its own
    monkeypatch.setattr(migrate, "quick_head", functools.cache(migrate.quick_head.__wrapped__))
    code, lines = run()
    assert code == 1
    install = next(line for line in lines if "install:" in line)
    assert install.startswith("FAIL") and "nowhere" in install


@pytest.mark.slow  # the whole self-test: seconds
def test_the_command_line_runs_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "ok    self-test: all" in out


@pytest.mark.slow  # the whole self-test: seconds
def test_an_export_that_loses_an_answer_fails_the_xlsx_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from mgi_desktop.export import summary_xlsx

    original = summary_xlsx.write_summary

    def lossy(data, target, **kwargs):  # type: ignore[no-untyped-def]
        original(data, target, **kwargs)
        book = load_workbook(target)
        sheet = book["Answers"]
        column = [c.value for c in sheet[1]].index("Answer code") + 1
        sheet.cell(row=2, column=column, value="tampered")
        book.save(target)
        return target

    monkeypatch.setattr(summary_xlsx, "write_summary", lossy)
    code, lines = run()
    assert code == 1
    failed = [line for line in lines if line.startswith("FAIL")]
    assert len(failed) == 2 and failed[0].startswith("FAIL  xlsx summary:") and "'tampered'" in failed[0]


def test_missing_texts_ignore_line_breaks_but_not_words() -> None:
    assert selftest._missing(["Labour  migration"], "Domain 2:\nLabour\nmigration") == []
    assert selftest._missing(["Labour migration"], "Labour mobility") == ["Labour migration"]
