"""The command line's tests run it in-process, on the test's own database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mgi_desktop.cli import main


@pytest.fixture
def run(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[str, str]]:
    """``run(*args, expect=0)``: the command's exit code checked, its (stdout, stderr) returned."""

    def run(*args: str, expect: int = 0) -> tuple[str, str]:
        code = main(["--database", str(db_path), *args])
        out, err = capsys.readouterr()
        assert code == expect, (out, err)
        return out, err

    return run
