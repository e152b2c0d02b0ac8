"""Commands that only read leave the database file byte for byte as it was.

An opening used to write the file (the application id set each time), which
changed its header, its time and the backup throttle's idea of a change.  Here
the SHA-256 and the modification time of a closed database are compared
before and after each reading command, a check of a package, and refused
imports: nothing may differ.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from mgi_desktop.cli import main
from mgi_desktop.exchange import receive, send
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence
from mgi_desktop.storage.db import Database

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "hostile"


def _state(path: Path) -> tuple[str, int, bool]:
    """The file's SHA-256, its modification time, and whether a write-ahead log was left beside it."""
    return (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns,
            path.with_name(path.name + "-wal").exists())


@pytest.fixture
def closed(tmp_path: Path, new_db, mini: Framework) -> tuple[Path, str, Path]:
    """The reviewer's closed database, holding the focal point's assessment (an answer, an evidence
    file) from a first package; and the focal point's second package, to check against it."""
    focal = new_db(tmp_path / "a" / "mgi.sqlite")
    aid = assessments.create(focal, mini, country="KGZ").id
    answers.set_answer(focal, aid, "Q3", 12, justification="Labour code, art. 4")
    note = tmp_path / "law.txt"
    note.write_bytes(b"Labour code")
    evidence.add(focal, aid, "Q3", kind="law", title="Labour code", file=note)
    first = send.export_package(focal, aid, tmp_path / "first.mgi").path
    answers.set_answer(focal, aid, "Q7", "yes")
    second = send.export_package(focal, aid, tmp_path / "second.mgi").path
    reviewer = new_db(tmp_path / "b" / "mgi.sqlite", "Rita Reviewer", "IOM", "reviewer")
    receive.apply_import(reviewer, first)
    reviewer.close()
    # its first opening since (the backup on opening, the attachments' tidy-up) happens before the baseline
    Database.open(reviewer.path).close()
    return reviewer.path, aid, second


@pytest.mark.parametrize("command", [
    ["assessment", "list"],
    ["assessment", "list", "--json"],
    ["answer", "list", "{aid}"],
    ["evidence", "list", "{aid}"],
    ["backup", "list"],
    ["attachments", "check"],
    ["package", "import", "{package}", "--dry-run"],
    ["package", "verify", "{package}"],
    ["package", "verify", "{package}", "--json"],
    ["key", "show"],
], ids=lambda c: " ".join(c))
def test_a_reading_command_leaves_the_file_as_it_was(closed: tuple[Path, str, Path], command: list[str],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, aid, package = closed
    before = _state(path)
    args = [part.format(aid=aid, package=package) for part in command]
    assert main(["--database", str(path), *args]) == 0, capsys.readouterr()
    assert _state(path) == before


def test_package_verify_writes_nothing_not_even_a_first_key(closed: tuple[Path, str, Path], data_dir: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path, aid, package = closed
    before = _state(path)
    keys_folder = data_dir / "config" / "keys"
    had_key = (keys_folder / "identity.json").exists()
    assert main(["--database", str(path), "package", "verify", str(package), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["assessment_id"] == aid and report["signer"]["name"] == "Amina Focal"
    assert report["format_version"] == 2 and report["answers"] == 2
    assert _state(path) == before
    assert (keys_folder / "identity.json").exists() == had_key


@pytest.mark.parametrize("name", ["invalid-data.mgi", "path-traversal.mgi", "truncated.mgi", "invalid-text.mgi",
                                  "first.mgi"])
def test_a_refused_import_leaves_the_file_as_it_was(closed: tuple[Path, str, Path], name: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path, _, second = closed
    before = _state(path)
    package = second.with_name(name) if name == "first.mgi" else HOSTILE / name  # first: a replay
    assert main(["--database", str(path), "package", "import", str(package)]) == 1
    assert "mgi-desktop:" in capsys.readouterr().err
    assert _state(path) == before


def test_a_reading_command_does_not_back_up_an_unchanged_database_again(
        closed: tuple[Path, str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The throttle counts the database's own changes: touching the file is not a change, saving is."""
    from mgi_desktop.storage import backup

    path, _, second = closed
    monkeypatch.setattr(backup, "ON_OPEN_MIN_INTERVAL", backup.dt.timedelta(0))
    count = len(backup.list_backups(path))
    os.utime(path)  # a copy, a sync tool, an antivirus: the time changes, the content does not
    assert main(["--database", str(path), "assessment", "list"]) == 0
    assert len(backup.list_backups(path)) == count
    assert main(["--database", str(path), "package", "import", str(second)]) == 0  # a change
    assert main(["--database", str(path), "assessment", "list"]) == 0
    assert len(backup.list_backups(path)) == count + 1
    capsys.readouterr()
