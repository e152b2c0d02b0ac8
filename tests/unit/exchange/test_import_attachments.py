"""An import is all or nothing for its evidence files too: a failed one removes those it stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from mgi_desktop.exchange import receive, send
from mgi_desktop.services import assessments, evidence


def _file(folder: Path) -> Path:
    path = folder / "law.txt"
    path.write_bytes(b"law text")
    return path


def test_a_failed_import_removes_the_files_it_stored_at_once(side_a, side_b, tmp_path: Path, mini,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        evidence.add(a, aid, "Q1", kind="law", title="Law", file=_file(tmp_path))
        send.export_package(a, aid, tmp_path / "p.mgi")
    with side_b.acting() as b:
        released = b.attachments.store_bytes(b"a file of removed evidence, kept for undo")

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("the disk went away")

        monkeypatch.setattr(receive, "_write", broken)
        with pytest.raises(Exception, match="undone"):
            receive.apply_import(b, tmp_path / "p.mgi")
        stored = {sha for sha, _ in b.attachments.iter_files()}
        assert stored == {released}  # the import's file is gone; the session's unreferenced one stays
        assert assessments.list_all(b) == []
