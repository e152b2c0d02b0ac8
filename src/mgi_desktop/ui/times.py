"""The app's times are UTC; people read them in their computer's time zone."""

from __future__ import annotations

import datetime as dt


def local_time(stamp: dt.datetime | str | None, *, seconds: bool = False) -> str:
    """A UTC time in local time ("2026-03-14 09:21"); text that is not a time is shown as it is."""
    if not stamp:
        return ""
    if isinstance(stamp, dt.datetime):
        moment = stamp
    else:
        try:
            moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
