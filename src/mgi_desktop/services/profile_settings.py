"""What a profile's title page and credits say, set per assessment: its title, the country's name as
the profile prints it, its date, its round label ("Second Profile"), the credits to partners and the
introduction.

Each setting is stored as typed (``assessment.profile_*``, ``assessment.introduction``) or left None, and
None means the default that the profile works out itself when it is built (`export.profile`): the
title of its level, the country's official name, the month of the last change, the round's ordinal in
the assessment's language, no credits, the framework's introduction.  So a profile follows its
assessment (a later change moves its date) until someone sets a value, and clearing a setting goes
back to the default.

`set_profile` is the one way to change them, from the window and the command line alike: one
transaction, the role and state checked (`workflow.check_can_edit`), each changed field audited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from typing import Any

from mgi_desktop.enums import ChangeKind
from mgi_desktop.errors import ValidationError
from mgi_desktop.limits import check_text
from mgi_desktop.messages import Template
from mgi_desktop.services import assessments, audit
from mgi_desktop.services.changes import Changes
from mgi_desktop.storage.db import Database

NOT_A_DATE = Template("profile.not_a_date", "{value} is not a profile date (YYYY-MM or YYYY-MM-DD, e.g. 2023-12)")
UNKNOWN_SETTING = Template("profile.unknown_setting", "{names}: not a profile setting")
TOO_LONG = Template("profile.too_long", "the profile's {name} is at most {limit} characters")

#: the setting's name -> the assessment's column
COLUMNS = {"title": "profile_title", "country_name": "profile_country_name", "date": "profile_date",
           "round_label": "profile_round_label", "credits": "profile_credits", "introduction": "introduction"}
#: a title-page line is a line, not a page
LINE_LIMIT = 300
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


@dataclass(frozen=True)
class StoredSettings:
    """The settings as stored: None where the profile takes its default."""

    title: str | None = None
    country_name: str | None = None
    date: str | None = None  # "YYYY-MM" or "YYYY-MM-DD"
    round_label: str | None = None
    credits: str | None = None
    introduction: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def parse_date(value: str) -> tuple[dt.date, bool]:
    """A profile date ("2023-12" or "2023-12-05") as a day, and whether it named the day (not only the
    month); a month stands for its first day."""
    match = _DATE.match(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        year, month, day = match.groups()
        return dt.date(int(year), int(month), int(day or 1)), day is not None
    except ValueError:
        raise ValidationError(NOT_A_DATE(value=repr(value))) from None


def stored(db: Database, assessment_id: str) -> StoredSettings:
    assessment = assessments.get(db, assessment_id)
    return StoredSettings(**{name: getattr(assessment, column) for name, column in COLUMNS.items()})


def _clean(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    text = value.replace("\r\n", "\n").strip()
    if not text:
        return None  # cleared: back to the default
    check_text(name.replace("_", " "), text)
    if name == "date":
        parse_date(text)
    elif name not in ("credits", "introduction"):
        text = " ".join(text.split())  # a title-page line: one line
        if len(text) > LINE_LIMIT:
            raise ValidationError(TOO_LONG(name=name.replace("_", " "), limit=LINE_LIMIT))
    return text


def set_profile(db: Database, assessment_id: str, **settings: str | None) -> Changes:
    """Set some of the profile's settings (by `COLUMNS`' names); None or an empty text goes back to
    the default.  A date is ``YYYY-MM`` or ``YYYY-MM-DD``.  Each changed field is audited."""
    unknown = sorted(set(settings) - set(COLUMNS))
    if unknown:
        raise ValidationError(UNKNOWN_SETTING(names=", ".join(unknown)))
    cleaned = {name: _clean(name, value) for name, value in settings.items()}
    with db.transaction() as session:
        assessment, _, who = assessments.editable(session, db, assessment_id)
        changed = False
        for name, new in cleaned.items():
            column = COLUMNS[name]
            old = getattr(assessment, column)
            if old == new:
                continue
            audit.record(session, who, assessment_id=assessment_id, entity="assessment", entity_id=assessment_id,
                         field=column, old=old, new=new, reason=None if new is not None else "reset to the default")
            setattr(assessment, column, new)
            changed = True
        if not changed:
            return Changes(assessment_id)
        assessments.touch(assessment)
        session.add(assessment)
    return Changes(assessment_id, kinds={ChangeKind.ASSESSMENT, ChangeKind.PROFILE})
