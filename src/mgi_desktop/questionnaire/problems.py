"""What a reader of the app's files reports: a `Problem` (file, place, line, what), and a text file
read within the limits every format shares (size, encoding) before any parsing.

Kept apart from the YAML reader (`yaml_source`) so that a format read on the window's hot path
(translations, JSON) does not import YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mgi_desktop.messages import Message, Template, english

TOO_LARGE = Template("questionnaire.too_large", "file is too large for a questionnaire ({size} bytes)")
NOT_FOUND = Template("questionnaire.not_found", "file not found")
IS_A_FOLDER = Template("questionnaire.is_a_folder", "is a folder, not a questionnaire file")
UNREADABLE = Template("questionnaire.unreadable", "cannot read the file: {reason}")
EMPTY_FILE = Template("questionnaire.empty_file", "the file is empty")
NOT_UTF8 = Template("questionnaire.not_utf8", "not a text file (not UTF-8 at byte {offset})")
PROBLEM = Template("questionnaire.problem", "{where}: {message}")

#: Questionnaire files are small; anything bigger is not one (the shipped national one is 120 kB).
#: Checked on files and on text (a package's questionnaire member).
MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    file: str
    place: str
    #: where in the file: a line of a YAML file, or a workbook's cell (``survey!D14``)
    line: int | str | None
    msg: Message

    @property
    def where(self) -> str:
        if isinstance(self.line, str):  # a cell: "form.xlsx: survey!D14"
            where = f"{self.file}: {self.line}"
        else:
            where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.place}" if self.place else where

    @property
    def message(self) -> str:
        return english(self.msg)

    def as_message(self) -> Message:
        return PROBLEM(where=self.where, message=self.msg)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        cell = self.line if isinstance(self.line, str) else None
        return {"file": self.file, "place": self.place, "line": None if cell else self.line, "cell": cell,
                "code": self.msg.code, "message": self.message}


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    """A questionnaire or translation file's text, or why it cannot be read."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(name, "", None, TOO_LARGE(size=size))]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(name, "", None, NOT_FOUND())]
    except IsADirectoryError:
        return None, [Problem(name, "", None, IS_A_FOLDER())]
    except OSError as exc:
        return None, [Problem(name, "", None, UNREADABLE(reason=exc.strerror or str(exc)))]
    if not raw.strip():
        return None, [Problem(name, "", None, EMPTY_FILE())]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return None, [Problem(name, "", None, NOT_UTF8(offset=exc.start))]
