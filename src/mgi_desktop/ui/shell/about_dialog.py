"""About: versions of the app, Qt and the questionnaires, and where the data lives."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mgi_desktop import __version__, paths
from mgi_desktop.errors import MgiError
from mgi_desktop.logs import log_file
from mgi_desktop.questionnaire import catalogue
from mgi_desktop.ui import i18n, labels
from mgi_desktop.ui import messages as ui_messages


class AboutDialog(QDialog):
    def __init__(self, database: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About MGI Desktop"))
        try:
            frameworks = [(f.id, f.version, labels.content(f.model.title, i18n.current(), f.model.source_language))
                          for f in catalogue.bundled()]
        except MgiError as exc:  # a damaged install still gets its About box
            frameworks = [("?", "?", ui_messages.error_text(exc))]
        rows = "".join(f"<li>{html.escape(title)} — <code>{html.escape(fid)}</code> {html.escape(version)}</li>"
                       for fid, version, title in frameworks)
        esc = html.escape
        summary = self.tr("Answer, review, exchange and export Migration Governance Indicators "
                          "assessments, offline.")
        versions = (self.tr("Qt {qt}, PySide6 {pyside}, Python {python}")
                    .replace("{qt}", qVersion()).replace("{pyside}", PySide6.__version__)
                    .replace("{python}", platform.python_version()))
        files = [self.tr("Data folder: {path}").replace("{path}", str(paths.data_dir())),
                 self.tr("Log file: {path}").replace("{path}", str(log_file()))]
        if database is not None:
            files.insert(0, self.tr("Database: {path}").replace("{path}", str(database)))
        text = (f"<h2>MGI Desktop {esc(__version__)}</h2><p>{esc(summary)}</p><p>{esc(versions)}</p>"
                f"<p><b>{esc(self.tr('Bundled questionnaires'))}</b></p><ul>{rows}</ul>"
                f"<p><b>{esc(self.tr('Files'))}</b><br>{'<br>'.join(esc(f) for f in files)}</p>")
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
