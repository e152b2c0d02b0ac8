"""The documentation's screenshot tool still draws every picture (it lives outside the package, in tools/)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_every_picture_is_drawn_at_the_laptop_size(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MGI_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path / "out"), "--dark"],
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    pictures = sorted((tmp_path / "out").glob("*.png"))
    names = {p.stem for p in pictures}
    pages = ("start", "wizard", "question", "overview", "submit", "findings", "review", "audit", "compare",
             "came-back", "returned")
    assert {f"{page}-{lang}" for page in pages for lang in ("en", "fr", "es", "ru", "ar")} | {
        "question-dark-en", "start-dark-en"} == names
    for picture in pictures:
        image = QImage(str(picture))
        assert not image.isNull(), picture.name
        if not picture.stem.startswith(("wizard", "audit", "compare", "came-back")):  # dialogs: their own size
            assert (image.width(), image.height()) == (1366, 768), picture.name
