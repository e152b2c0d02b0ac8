"""The app's times are UTC; people read them in their computer's time zone, written as their
window's language writes them (QLocale: "02/12/2026 07:35" in French, "02.12.2026 07:35" in
Russian).  The English window keeps ISO dates ("2026-12-02 07:35"): its locale would be the United
States' month-first dates, which IOM's colleagues elsewhere misread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from mgi_desktop.ui import i18n


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
    local = moment.astimezone()
    if i18n.current() == "en":
        return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    locale = QLocale()
    pattern = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    pattern = pattern.replace("yy", "yyyy") if "yyyy" not in pattern else pattern  # a year is written whole
    utc = QDateTime.fromSecsSinceEpoch(int(local.timestamp()), QTimeZone.utc())
    return locale.toString(utc.toLocalTime(), pattern)
