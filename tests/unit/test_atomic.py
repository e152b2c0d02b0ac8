"""Atomic writes: all or nothing, with ordinary permissions."""

import os
import stat

import pytest

from mgi_desktop import atomic
from mgi_desktop.errors import MgiError


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_replaces_whole_file_with_ordinary_mode(folder):
    target = folder / "out.txt"
    target.write_text("old")
    atomic.write_text(target, "new")
    assert target.read_text() == "new"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in folder.iterdir()] == ["out.txt"]


def test_failure_keeps_the_old_file_and_leaves_no_temporary(folder):
    target = folder / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as temp:
        temp.write_text("half")
        raise RuntimeError("crash while writing")
    assert target.read_text() == "old"
    assert [p.name for p in folder.iterdir()] == ["out.txt"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(MgiError, match="does not exist"):
        atomic.write_text(tmp_path / "nope" / "out.txt", "x")
