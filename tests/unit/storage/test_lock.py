"""The database lock: one process at a time, and the same lock as filelock's (older versions used it)."""

from __future__ import annotations

import subprocess
import sys

import filelock
import pytest

from mgi_desktop.errors import StorageError
from mgi_desktop.storage import lock

posix = pytest.mark.skipif(sys.platform == "win32", reason="the flock path is POSIX's")


def test_a_second_lock_is_refused_until_the_first_is_released(tmp_path):
    database = tmp_path / "a.sqlite"
    first = lock.take(database)
    assert first.is_locked
    with pytest.raises(StorageError, match="already open"):
        lock.take(database)
    first.release()
    assert not first.is_locked
    first.release()  # twice is harmless
    second = lock.take(database)
    second.release()


def test_it_excludes_and_is_excluded_by_filelock(tmp_path):
    """A window of an earlier version (filelock) and a command of this one never share a database."""
    database = tmp_path / "b.sqlite"
    theirs = filelock.FileLock(str(database) + ".lock", timeout=0, is_singleton=False)
    theirs.acquire()
    try:
        with pytest.raises(StorageError, match="already open"):
            lock.take(database)
    finally:
        theirs.release()
    ours = lock.take(database)
    try:
        with pytest.raises(filelock.Timeout):
            filelock.FileLock(str(database) + ".lock", timeout=0, is_singleton=False).acquire()
    finally:
        ours.release()


@posix
def test_a_killed_holder_leaves_no_lock(tmp_path):
    database = tmp_path / "c.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
                               "from mgi_desktop.storage import lock\n"
                               f"lock.take(Path({str(database)!r}))\nprint('held', flush=True)\ntime.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StorageError, match="already open"):
            lock.take(database)
    finally:
        holder.kill()
        holder.communicate()
    lock.take(database).release()


@posix
def test_taking_the_lock_does_not_import_filelock(tmp_path):
    script = ("import sys\nfrom pathlib import Path\nfrom mgi_desktop.storage import lock\n"
              f"lock.take(Path({str(tmp_path / 'd.sqlite')!r})).release()\nprint('filelock' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
