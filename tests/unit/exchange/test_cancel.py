"""Cancel stops an import between its steps, and a cancelled import changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mgi_desktop.exchange import receive, send
from mgi_desktop.progress import Cancelled
from mgi_desktop.services import assessments, evidence

from .conftest import Side, file_hash


def _package(side_a: Side, mini, tmp_path: Path) -> Path:
    law = tmp_path / "law.txt"
    law.write_bytes(b"the law on migration, as a file")
    with side_a.acting() as a:
        aid = assessments.create(a, mini, country="KGZ").id
        evidence.add(a, aid, "Q1", kind="law", title="Law", file=law)
        return send.export_package(a, aid, tmp_path / "p.mgi").path


class StopAt:
    """A progress callback that answers "stop" from step `at` on, and records what it heard."""

    def __init__(self, at: int | None = None) -> None:
        self.at, self.heard = at, list[tuple[int, int]]()

    def __call__(self, done: int, total: int) -> bool:
        self.heard.append((done, total))
        return self.at is None or done < self.at


def test_the_steps_of_a_preview_and_an_import_are_reported_in_order(side_a, side_b, mini, tmp_path) -> None:
    path = _package(side_a, mini, tmp_path)
    with side_b.acting() as b:
        seen = StopAt()
        receive.preview_import(b, path, progress=seen)
        assert [d for d, _ in seen.heard] == list(range(receive.PREPARE_STEPS + 1))
        seen = StopAt()
        receive.apply_import(b, path, progress=seen)
        assert seen.heard[-1] == (receive.APPLY_STEPS, receive.APPLY_STEPS)
        assert [d for d, _ in seen.heard] == sorted(d for d, _ in seen.heard)


@pytest.mark.parametrize("at", range(receive.PREPARE_STEPS))
def test_a_cancelled_preview_stops_at_its_next_step(side_a, side_b, mini, tmp_path, at: int) -> None:
    path = _package(side_a, mini, tmp_path)
    with side_b.acting() as b:
        stop = StopAt(at)
        with pytest.raises(Cancelled):
            receive.preview_import(b, path, progress=stop)
        assert stop.heard[-1][0] == at  # nothing after the step that heard "stop"


@pytest.mark.parametrize("at", range(receive.PREPARE_STEPS, receive.APPLY_STEPS))
def test_an_import_cancelled_before_it_commits_changes_nothing(side_a, side_b, mini, tmp_path, at: int) -> None:
    path = _package(side_a, mini, tmp_path)
    with side_b.acting() as b:
        before = file_hash(b.path)
        files_before = set(b.attachments.iter_files())
        with pytest.raises(Cancelled):
            receive.apply_import(b, path, progress=StopAt(at))
        assert file_hash(b.path) == before
        assert set(b.attachments.iter_files()) == files_before  # the evidence file it stored is gone again
        assert assessments.list_all(b) == []
        receive.apply_import(b, path)  # and the same package imports afterwards
        assert len(assessments.list_all(b)) == 1
