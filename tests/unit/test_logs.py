"""The log file: records of a start's first moments are held, then written once the file opens."""

from __future__ import annotations

import logging

from mgi_desktop import logs


def test_records_held_before_the_file_opens_are_written_first(data_dir):
    logs.hold_until_setup()
    logging.getLogger("mgi_desktop.ui.i18n").warning("no translation file; showing English")
    assert not logs.log_file().exists() or "no translation" not in logs.log_file().read_text()
    logs.setup_logging()
    logging.getLogger("mgi_desktop.storage").info("opened")
    text = logs.log_file().read_text(encoding="utf-8")
    held, later = "WARNING mgi_desktop.ui.i18n: no translation file", "INFO mgi_desktop.storage: opened"
    assert text.index(held) < text.index(later)


def test_held_records_are_written_when_the_window_quits_before_the_file_opens(data_dir):
    logs.hold_until_setup()
    logging.getLogger("mgi_desktop").warning("quit while opening")
    logs.write_held()
    assert "quit while opening" in logs.log_file().read_text(encoding="utf-8")
    logs.write_held()  # nothing held any more: nothing happens
