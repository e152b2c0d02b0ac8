"""What a consolidation takes, asked before its files: the statuses, archived or not, and CSV files too.

The same choices as the command line's ``--status``, ``--include-archived`` and ``--csv``
(`export.consolidate_filters.Filters`); the defaults are the core's (validated and approved,
archived left out).  The CSV files go into a folder beside the workbook, named after it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.export.consolidate_filters import DEFAULT_STATUSES, Filters
from mgi_desktop.ui import labels
from mgi_desktop.ui.widgets.wrap_check import WrapCheckBox


def csv_folder_for(workbook: Path) -> Path:
    """Where the CSV files of a workbook go: "mgi-consolidated.xlsx" -> "mgi-consolidated-csv"."""
    return workbook.with_name(f"{workbook.stem}-csv")


class ConsolidateOptions(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consolidate"))
        intro = QLabel(self.tr("Which assessments go into the consolidated workbook? The workbook's About sheet "
                               "lists the filters and how many assessments each left out."), self)
        intro.setWordWrap(True)
        group = QGroupBox(self.tr("Statuses"), self)
        box = QVBoxLayout(group)
        self.statuses: dict[AssessmentStatus, QCheckBox] = {}
        for status in AssessmentStatus:
            check = QCheckBox(labels.status(status.value), group)
            check.setChecked(status in DEFAULT_STATUSES)
            check.toggled.connect(self._update)
            box.addWidget(check)
            self.statuses[status] = check
        self.archived = WrapCheckBox(self.tr("Include archived assessments"), self)
        self.csv = WrapCheckBox(self.tr("Also write the tables as CSV files, with a data dictionary, in a folder "
                                     "beside the workbook"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(group)
        layout.addWidget(self.archived)
        layout.addWidget(self.csv)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._update()

    def _update(self) -> None:
        # nothing to consolidate without a status
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            any(check.isChecked() for check in self.statuses.values()))

    def filters(self) -> Filters:
        return Filters(frozenset(s for s, check in self.statuses.items() if check.isChecked()),
                       include_archived=self.archived.isChecked())

    def wants_csv(self) -> bool:
        return self.csv.isChecked()
