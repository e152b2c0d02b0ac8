"""The File menu's exchange and export actions, wired to the core as its features land.

Each action runs its work through `workers.run_in_background` (a worker
thread, a progress dialog, Cancel).  A feature whose core module is not in
this build yet keeps its action, disabled, with the tooltip "Not available yet".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from mgi_desktop.ui.workers import Task

if TYPE_CHECKING:
    from mgi_desktop.ui.main_window import MainWindow


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks: list[Task] = []
        self.actions: dict[str, QAction] = {}

    def make_actions(self) -> None:
        """(Re)create the actions in the current language."""
        texts = {
            "import": self.tr("&Import or receive…"),
            "send": self.tr("&Send for review or back…"),
            "profile": self.tr("&Profile…"),
            "excel": self.tr("&Excel summary…"),
            "consolidate": self.tr("&Consolidate…"),
        }
        self.actions = {}
        for name, text in texts.items():
            action = QAction(text, self.window)
            action.triggered.connect(lambda _checked=False, n=name: self.trigger(n))
            self.actions[name] = action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.actions["import"])
        menu.addAction(self.actions["send"])
        export = menu.addMenu(self.tr("&Export"))
        export.addActions([self.actions["profile"], self.actions["excel"]])
        menu.addAction(self.actions["consolidate"])

    def available(self, name: str) -> bool:
        return False

    def needs_assessment(self, name: str) -> bool:
        return name in ("send", "profile", "excel")

    def update(self) -> None:
        has_assessment = self.window.current_assessment_id() is not None
        for name, action in self.actions.items():
            if not self.available(name):
                action.setEnabled(False)
                action.setToolTip(self.tr("Not available yet"))
                action.setStatusTip(self.tr("Not available yet"))
            else:
                action.setEnabled(has_assessment or not self.needs_assessment(name))
                action.setToolTip("")
                action.setStatusTip("")
        page = self.window.start_page
        page.import_button.setEnabled(self.actions["import"].isEnabled())
        page.import_button.setToolTip(self.actions["import"].toolTip())

    def busy(self) -> bool:
        self.tasks = [t for t in self.tasks if t.running]
        return bool(self.tasks)

    def trigger(self, name: str) -> None:
        if not self.available(name):
            return
