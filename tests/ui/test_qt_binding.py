"""The Qt binding must not corrupt reference counts: PySide6 6.12.0 on Python 3.11 dropped a
reference to None on every call of a method returning void, and the app aborted after a few
thousand clicks ("none_dealloc").  pyproject.toml excludes that release; this keeps it out."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setEnabled(True)
    assert sys.getrefcount(None) - before > -50
