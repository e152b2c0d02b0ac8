"""Stored times are UTC ISO stamps; people read them in their computer's time zone."""

from __future__ import annotations

import datetime as dt


def local_time(stamp: str | None, *, seconds: bool = False) -> str:
    """A stored UTC stamp in local time ("2026-03-14 09:21"); the stamp itself if it is not a time."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
