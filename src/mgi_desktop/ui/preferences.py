"""What the window remembers between runs (QSettings in an INI file in the config folder).

An INI file under `paths.config_dir()` rather than the registry: it follows
MGI_DATA_DIR (tests, portable use), and a person can delete it to start fresh.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from mgi_desktop import paths

MAX_RECENT = 8


def settings_file() -> Path:
    return paths.config_dir() / "mgi-desktop.ini"


def _as_list(value: object) -> list[str]:
    # QSettings gives a str for a one-item list read back from an INI file, None for none.
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[attr-defined]


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(str(settings_file()), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self.settings.sync()

    # -- language ---------------------------------------------------------------

    def language(self) -> str | None:
        value = self.settings.value("ui/language")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self.settings.setValue("ui/language", language)

    # -- window -----------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

    def pane_shares(self) -> dict[str, list[float]]:
        """The assessment view's splitter, per layout ("plain", "review"): each pane's share of the width."""
        try:
            value = json.loads(str(self.settings.value("window/panes") or "{}"))
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(k): [float(x) for x in v] for k, v in value.items()
                if isinstance(v, list) and all(isinstance(x, int | float) and 0 < x < 1 for x in v)}

    def set_pane_shares(self, shares: dict[str, list[float]]) -> None:
        self.settings.setValue("window/panes", json.dumps({k: [round(x, 4) for x in v] for k, v in shares.items()}))

    # -- databases and assessments ---------------------------------------------------

    def recent_databases(self) -> list[Path]:
        return [Path(p) for p in _as_list(self.settings.value("files/recent_databases"))]

    def add_recent_database(self, path: Path) -> None:
        path = Path(path).absolute()
        recent = [p for p in self.recent_databases() if p != path]
        self.settings.setValue("files/recent_databases", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def remove_recent_database(self, path: Path) -> None:
        recent = [p for p in self.recent_databases() if p != Path(path).absolute()]
        self.settings.setValue("files/recent_databases", [str(p) for p in recent])

    def _last_assessments(self) -> dict[str, str]:
        try:
            value = json.loads(str(self.settings.value("files/last_assessments") or "{}"))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def last_assessment(self, database: Path) -> str | None:
        return self._last_assessments().get(str(Path(database).absolute()))

    def set_last_assessment(self, database: Path, assessment_id: str | None) -> None:
        table = self._last_assessments()
        key = str(Path(database).absolute())
        if assessment_id:
            table[key] = assessment_id
        else:
            table.pop(key, None)
        self.settings.setValue("files/last_assessments", json.dumps(table))

    def _last_places(self) -> dict[str, dict[str, str]]:
        try:
            value = json.loads(str(self.settings.value("files/last_places") or "{}"))
        except ValueError:
            return {}
        return {k: v for k, v in value.items() if isinstance(v, dict)} if isinstance(value, dict) else {}

    def last_place(self, database: Path, assessment_id: str) -> str | None:
        """Where the person was in this assessment when it closed (a page or a question, as the view says)."""
        place = self._last_places().get(str(Path(database).absolute()), {}).get(assessment_id)
        return str(place) if place else None

    def set_last_place(self, database: Path, assessment_id: str, place: str) -> None:
        table = self._last_places()
        table.setdefault(str(Path(database).absolute()), {})[assessment_id] = place
        self.settings.setValue("files/last_places", json.dumps(table))

    # -- questionnaire files the user added in the wizard ------------------------------

    def added_questionnaires(self) -> list[Path]:
        return [Path(p) for p in _as_list(self.settings.value("files/questionnaires"))]

    def add_questionnaire(self, path: Path) -> None:
        path = Path(path).absolute()
        files = [p for p in self.added_questionnaires() if p != path]
        self.settings.setValue("files/questionnaires", [str(p) for p in [*files, path]])
