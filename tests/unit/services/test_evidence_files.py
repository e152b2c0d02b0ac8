"""Only a regular file is attached as evidence: a symbolic link (to a file, to a system file, dangling),
a folder, a pipe or a device is refused naming it, and nothing is stored or changed.

A link was followed silently: a link to /etc/passwd was stored and sent inside the package (issue 17).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mgi_desktop.errors import ValidationError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, audit, evidence
from mgi_desktop.storage import attachments
from mgi_desktop.storage.attachments import AttachmentStore
from mgi_desktop.storage.db import Database

posix = pytest.mark.skipif(sys.platform == "win32", reason="links, pipes and devices as POSIX makes them")


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    return assessments.create(db, mini, country="KGZ").id


def _law(folder: Path) -> Path:
    law = folder / "law.pdf"
    law.write_bytes(b"%PDF-1.4 the law")
    return law


def link_to_a_file(folder: Path) -> Path:
    (folder / "link.pdf").symlink_to(_law(folder))
    return folder / "link.pdf"


def link_to_passwd(folder: Path) -> Path:
    (folder / "passwd.pdf").symlink_to("/etc/passwd")
    return folder / "passwd.pdf"


def dangling_link(folder: Path) -> Path:
    (folder / "gone.pdf").symlink_to(folder / "nowhere.pdf")
    return folder / "gone.pdf"


def link_to_a_folder(folder: Path) -> Path:
    (folder / "dir.pdf").symlink_to(folder)
    return folder / "dir.pdf"


def fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.pdf")
    return folder / "pipe.pdf"


def a_folder(folder: Path) -> Path:
    (folder / "law folder").mkdir()
    return folder / "law folder"


def a_device(folder: Path) -> Path:
    return Path("/dev/null")


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "link-to-a-file": (link_to_a_file, "attachments.symbolic_link"),
    "link-to-etc-passwd": (link_to_passwd, "attachments.symbolic_link"),
    "dangling-link": (dangling_link, "attachments.symbolic_link"),
    "link-to-a-folder": (link_to_a_folder, "attachments.symbolic_link"),
    "fifo": (fifo, "attachments.not_regular"),
    "folder": (a_folder, "attachments.folder"),
    "device": (a_device, "attachments.not_regular"),
}
TEXTS = {"attachments.symbolic_link": "is a symbolic link: attach the file itself, not a link to it; nothing was "
                                      "stored",
         "attachments.folder": "is a folder, not a file: attach a file; nothing was stored",
         "attachments.not_regular": "is not a regular file (a pipe, a device or a socket): attach a file; nothing "
                                    "was stored"}


def stored_files(db: Database) -> list[Path]:
    return sorted(p for p in db.attachments.folder.rglob("*") if p.is_file())


@posix
@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_as_new_evidence_naming_the_file(case: str, db: Database, aid: str, tmp_path: Path) -> None:
    make, code = CASES[case]
    path = make(tmp_path)
    with pytest.raises(ValidationError) as refused:
        evidence.add(db, aid, "Q1", kind="law", title="Law", file=path)
    assert refused.value.code == code
    assert refused.value.msg.subject == str(path)
    assert refused.value.message == f"{path}: {TEXTS[code]}"
    assert evidence.for_question(db, aid, "Q1") == []
    assert stored_files(db) == []
    assert audit.events(db, aid, entity="evidence") == []


@posix
@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_as_a_replacement_file_and_the_item_keeps_its_own(case: str, db: Database, aid: str,
                                                                  tmp_path: Path) -> None:
    make, code = CASES[case]
    first = tmp_path / "first"
    first.mkdir()
    evidence.add(db, aid, "Q1", kind="law", title="Law", file=_law(first))
    (item,) = evidence.for_question(db, aid, "Q1")
    before = stored_files(db)
    path = make(tmp_path)
    with pytest.raises(ValidationError) as refused:
        evidence.edit(db, item.id, title="Law (amended)", file=path)
    assert refused.value.code == code and refused.value.msg.subject == str(path)
    assert evidence.for_question(db, aid, "Q1") == [item]  # neither the file nor the title changed
    assert stored_files(db) == before


@posix
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_store_itself_refuses_them(case: str, tmp_path: Path) -> None:
    make, code = CASES[case]
    store = AttachmentStore.beside(tmp_path / "x.sqlite")
    with pytest.raises(ValidationError) as refused:
        store.store(make(tmp_path))
    assert refused.value.code == code
    assert not store.folder.exists()


@posix
def test_a_link_in_a_folder_above_is_followed(db: Database, aid: str, tmp_path: Path) -> None:
    """Only the file itself must not be a link: a home or documents folder may be one."""
    real = tmp_path / "real"
    real.mkdir()
    _law(real)
    (tmp_path / "documents").symlink_to(real)
    evidence.add(db, aid, "Q1", kind="law", title="Law", file=tmp_path / "documents" / "law.pdf")
    (item,) = evidence.for_question(db, aid, "Q1")
    assert item.file_name == "law.pdf"
    assert item.file_sha256 and db.attachments.path(item.file_sha256).read_bytes() == b"%PDF-1.4 the law"


def _checked_as(monkeypatch: pytest.MonkeyPatch, name: Path, stand_in: Path) -> None:
    """The check by name (`os.lstat`) sees `stand_in`, a regular file, as if `name` was swapped for
    what it is now only after it was checked."""
    real = os.lstat
    monkeypatch.setattr(attachments.os, "lstat", lambda p, *a, **k: real(stand_in if Path(p) == name else p))


@posix
@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="the open refuses a link only with O_NOFOLLOW")
def test_a_link_swapped_in_after_the_check_is_not_followed(db: Database, aid: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = link_to_passwd(tmp_path)
    _checked_as(monkeypatch, path, _law(tmp_path))
    with pytest.raises(ValidationError) as refused:
        evidence.add(db, aid, "Q1", kind="law", title="Law", file=path)
    assert refused.value.code == "attachments.symbolic_link"
    assert stored_files(db) == [] and evidence.for_question(db, aid, "Q1") == []


@posix
def test_a_pipe_swapped_in_after_the_check_is_refused_without_waiting_for_a_writer(
        db: Database, aid: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = fifo(tmp_path)  # opened without O_NONBLOCK, this would wait for a writer forever
    _checked_as(monkeypatch, path, _law(tmp_path))
    with pytest.raises(ValidationError) as refused:
        evidence.add(db, aid, "Q1", kind="law", title="Law", file=path)
    assert refused.value.code == "attachments.not_regular"
    assert stored_files(db) == [] and evidence.for_question(db, aid, "Q1") == []
