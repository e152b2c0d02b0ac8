"""Times: aware UTC datetimes in the code, one fixed text form in files and the database.

The text form, ``2026-12-01T20:54:01.123456Z``, has a fixed width, so text
order is time order in SQL and anywhere else; it is what the database stores
and what ``.mgi`` packages carry.  `parse` is strict: a time without a time
zone, a date alone, or a year outside `YEARS` is refused, so a package cannot
slip in ``"9999"`` or a local time that would sort wrongly against ours.
"""

from __future__ import annotations

import datetime as dt

FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
#: Years a time of this app can have: anything else is a damaged or forged value.
YEARS = range(2000, 2200)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def text(moment: dt.datetime) -> str:
    """The stored form of an aware datetime."""
    if moment.tzinfo is None:
        raise ValueError("a time without a time zone")
    return moment.astimezone(dt.UTC).strftime(FORMAT)


def now_text() -> str:
    return text(now())


def parse(value: object) -> dt.datetime:
    """An aware UTC datetime from its text form (or an ISO 8601 time with an offset); ValueError if not."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str) and len(value) >= 16 and value[10:11] == "T":
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value[:40]!r} is not an ISO 8601 time") from None
    else:
        raise ValueError(f"{str(value)[:40]!r} is not an ISO 8601 time (YYYY-MM-DDTHH:MM:SSZ)")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{str(value)[:40]!r} has no time zone")
    moment = moment.astimezone(dt.UTC)
    if moment.year not in YEARS:
        raise ValueError(f"{str(value)[:40]!r} is not a plausible time (year {moment.year})")
    return moment

