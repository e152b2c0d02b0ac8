"""Each database keeps its evidence files beside it, content-addressed, written atomically and verified."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

import pytest

from mgi_desktop.errors import StorageError
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, evidence
from mgi_desktop.storage import attachments
from mgi_desktop.storage.attachments import AttachmentStore
from mgi_desktop.storage.db import Database


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_the_store_is_named_after_the_whole_file_name(tmp_path: Path) -> None:
    assert attachments.folder_for(tmp_path / "mgi.sqlite") == tmp_path / "mgi.sqlite-attachments"
    assert attachments.folder_for(tmp_path / "a.sqlite") != attachments.folder_for(tmp_path / "a.db")


def test_store_a_file_under_its_sha256(tmp_path: Path) -> None:
    store = AttachmentStore.beside(tmp_path / "x.sqlite")
    source = tmp_path / "law.pdf"
    source.write_bytes(b"%PDF-1.4 the law")
    digest = store.store(source)
    assert digest == sha(b"%PDF-1.4 the law")
    assert store.path(digest) == tmp_path / "x.sqlite-attachments" / digest[:2] / digest
    assert store.path(digest).read_bytes() == b"%PDF-1.4 the law"
    assert store.has(digest) and store.verify(digest)
    assert store.store(source) == digest  # once, however often stored
    assert store.store_bytes(b"other") == sha(b"other")
    assert sorted(s for s, _ in store.iter_files()) == sorted([digest, sha(b"other")])


def test_a_copy_that_does_not_match_its_name_is_refused_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = AttachmentStore.beside(tmp_path / "x.sqlite")
    source = tmp_path / "law.pdf"
    source.write_bytes(b"the law")

    def changed_meanwhile(src: Path, dst: Path) -> None:
        Path(dst).write_bytes(b"the law, amended while it was copied")

    def read_changed_meanwhile(src: BinaryIO, dst: BinaryIO, length: int = 0) -> None:  # from the file open
        dst.write(b"the law, amended while it was copied")

    monkeypatch.setattr(attachments.shutil, "copyfile", changed_meanwhile)
    monkeypatch.setattr(attachments.shutil, "copyfileobj", read_changed_meanwhile)
    with pytest.raises(StorageError, match="changed while it was copied"):
        store.store(source)
    assert [p for p in store.folder.rglob("*") if p.is_file()] == []
    with pytest.raises(StorageError, match="nothing was stored"):
        store.copy_in(source, "0" * 64)


def test_a_damaged_stored_file_is_noticed_and_replaced_by_a_sound_copy(tmp_path: Path) -> None:
    store = AttachmentStore.beside(tmp_path / "x.sqlite")
    digest = store.store_bytes(b"the law")
    store.path(digest).write_bytes(b"scribbled over")
    assert store.has(digest) and not store.verify(digest)
    sound = tmp_path / "from-a-backup"
    sound.write_bytes(b"the law")
    store.copy_in(sound, digest)
    assert store.path(digest).read_bytes() == b"the law"


def test_leftovers_and_names_that_are_not_sha256_are_not_files_of_the_store(tmp_path: Path) -> None:
    store = AttachmentStore.beside(tmp_path / "x.sqlite")
    digest = store.store_bytes(b"the law")
    (store.path(digest).parent / f".{digest}.abc.part").write_bytes(b"half")  # a write killed midway
    (store.folder / "notes.txt").write_text("hello")
    assert [s for s, _ in store.iter_files()] == [digest]
    with pytest.raises(StorageError, match="not the SHA-256"):
        store.path("../../etc/passwd")


def test_no_folder_until_the_first_file(db: Database, mini: Framework, tmp_path: Path) -> None:
    assert not db.attachments.folder.exists()
    aid = assessments.create(db, mini, country="KGZ").id
    evidence.add(db, aid, "Q1", kind="law", title="Health Law")
    assert not db.attachments.folder.exists()
    document = tmp_path / "law.pdf"
    document.write_bytes(b"%PDF-1.4 the law")
    evidence.add(db, aid, "Q1", kind="law", title="Health Law", file=document)
    assert db.attachments.folder == db.path.with_name(db.path.name + "-attachments")
    assert [p.read_bytes() for _, p in db.attachments.iter_files()] == [b"%PDF-1.4 the law"]


def test_two_databases_in_one_folder_do_not_share_files(data_dir: Path, mini: Framework, tmp_path: Path) -> None:
    document = tmp_path / "law.pdf"
    document.write_bytes(b"%PDF-1.4 only in one")
    with Database.open(data_dir / "one.sqlite") as one, Database.open(data_dir / "one.db") as other:
        one.set_user("Amina", "Ministry", "focal_point")
        aid = assessments.create(one, mini, country="KGZ").id
        evidence.add(one, aid, "Q1", kind="law", title="Law", file=document)
        digest = sha(document.read_bytes())
        assert one.attachments.has(digest)
        assert not other.attachments.has(digest)
        assert not other.attachments.folder.exists()


def test_a_database_opened_read_only_creates_no_folder_and_refuses_to_store(
        db: Database, tmp_path: Path) -> None:
    path = db.path
    db.close()
    with Database.open_read_only(path) as reader:
        assert reader.attachments.read_only
        with pytest.raises(StorageError, match="read-only"):
            reader.attachments.store_bytes(b"x")
    assert not attachments.folder_for(path).exists()
