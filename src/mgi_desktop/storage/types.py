"""Column types that give the code typed values while the file keeps plain text.

The schema stores enumerations and times as TEXT (what every earlier version
wrote, readable by any SQLite tool, and ordered correctly as text); these
decorators turn them into `StrEnum` members and aware UTC datetimes on the
way out, and check them on the way in, so a typo or a naive time never
reaches the file.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from mgi_desktop import utc


class StrEnumText(TypeDecorator[enum.StrEnum]):
    impl = String
    cache_ok = True

    def __init__(self, enum_type: type[enum.StrEnum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_type(value).value  # a value outside the enumeration is a bug: ValueError

    def process_result_value(self, value: Any, dialect: Dialect) -> enum.StrEnum | None:
        return None if value is None else self.enum_type(value)

    @property
    def python_type(self) -> type[enum.StrEnum]:
        return self.enum_type


class UtcText(TypeDecorator[dt.datetime]):
    """An aware datetime, stored as `utc.FORMAT` text."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return utc.text(utc.parse(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else utc.parse(value)

    @property
    def python_type(self) -> type[dt.datetime]:
        return dt.datetime
