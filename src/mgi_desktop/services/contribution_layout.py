"""The layout of a contribution workbook, the one definition its writer and its reader share.

A contribution workbook (`services.contributions`) has five sheets:

- the instructions (visible, locked),
- the answers: one row per question given to the contributor, matched back by the code in its
  first column (never by row position: the rows may be sorted or filtered), its columns by their
  header text (never by letter: columns may be added or moved),
- the evidence: one row per evidence item (kind, title, reference, year, web address), keyed by
  the question code typed in its first column,
- the choice lists the drop-downs read (`LISTS`, hidden),
- the record of what was sent (`META`, very hidden): the assessment, the questionnaire and its
  version, the contributor, the time of the export, each question's revision and answer as
  exported, the titles of the sheets and of their columns, and a checksum of that structure.

A sheet's and a column's key is stable; its title is in the contributor's language, and the titles
written are recorded in the hidden sheet, so a workbook is read whatever language it was made in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mgi_desktop.messages import Template

#: The version of this layout, written in the hidden sheet; a reader refuses another one.
FORMAT = "1"
#: The very hidden sheet's title (never shown, so never translated).
META = "_mgi_contribution"
#: The hidden sheet of choice lists the drop-downs read.
LISTS = "_lists"

INSTRUCTIONS, ANSWERS, EVIDENCE = "instructions", "answers", "evidence"

SHEET_TITLES = {
    INSTRUCTIONS: Template("export.contribution.sheet.instructions", "Instructions"),
    ANSWERS: Template("export.contribution.sheet.answers", "Answers"),
    EVIDENCE: Template("export.contribution.sheet.evidence", "Evidence"),
}


@dataclass(frozen=True)
class Field:
    """A column of the answers or evidence sheet: its key, header, width, and whether it is typed in."""

    key: str
    header: Template
    width: float
    wrap: bool = False
    input: bool = False


ANSWER_FIELDS = (
    Field("code", Template("export.contribution.column.code", "Code"), 10),
    Field("question", Template("export.contribution.column.question", "Question"), 50, wrap=True),
    Field("guidance", Template("export.contribution.column.guidance", "Guidance"), 40, wrap=True),
    Field("asked_when", Template("export.contribution.column.asked_when", "Asked when"), 30, wrap=True),
    Field("current", Template("export.contribution.column.current", "Answer in the assessment now"), 20, wrap=True),
    Field("answer", Template("export.contribution.column.answer", "Your answer"), 22, wrap=True, input=True),
    Field("justification", Template("export.contribution.column.justification", "Justification"), 50, wrap=True,
          input=True),
    Field("comment", Template("export.contribution.column.comment", "Comment to the focal point"), 35, wrap=True,
          input=True),
)
EVIDENCE_FIELDS = (
    Field("code", Template("export.contribution.column.code", "Code"), 10, input=True),
    Field("kind", Template("export.contribution.column.kind", "Kind"), 18, input=True),
    Field("title", Template("export.contribution.column.title", "Title"), 45, wrap=True, input=True),
    Field("reference", Template("export.contribution.column.reference", "Reference"), 30, wrap=True, input=True),
    Field("year", Template("export.contribution.column.year", "Year"), 8, input=True),
    Field("url", Template("export.contribution.column.url", "Web address"), 40, wrap=True, input=True),
)
FIELDS = {ANSWERS: ANSWER_FIELDS, EVIDENCE: EVIDENCE_FIELDS}
#: The columns a returned sheet must still have (the others are shown to the contributor only).
REQUIRED = {ANSWERS: ("code", "answer", "justification", "comment"),
            EVIDENCE: ("code", "kind", "title", "reference", "year", "url")}

#: Blank evidence rows offered below the items already recorded, with their drop-downs; more may be added.
BLANK_EVIDENCE_ROWS = 40
#: How far down the drop-downs and checks of the evidence sheet reach.
EVIDENCE_VALIDATION_ROWS = 1000
def years() -> tuple[int, int]:
    """The years an evidence item of a contribution may have: from 1800 to next year (a law of the
    nineteenth century is still cited; a year further ahead is a typing slip)."""
    return 1800, dt.date.today().year + 1


#: Several answers of a multiple choice question are written in one cell, separated by this.
SEPARATOR = ";"

# The hidden sheet: one row per fact, its kind in column A.
ROW_FORMAT, ROW_ASSESSMENT, ROW_QUESTIONNAIRE, ROW_CONTRIBUTOR = "format", "assessment", "questionnaire", "contributor"
ROW_LANGUAGE, ROW_EXPORTED, ROW_SHEET, ROW_COLUMN = "language", "exported_at", "sheet", "column"
ROW_QUESTION, ROW_CHECKSUM = "question", "checksum"


def checksum(questionnaire_sha256: str, codes: Sequence[str], sheets: dict[str, str],
             columns: Iterable[tuple[str, str, str]]) -> str:
    """The SHA-256 of what a reader relies on: the layout's version, the questionnaire, the questions
    in order, the sheets' and columns' titles.  Written in the hidden sheet beside them, so a hidden
    sheet edited or pasted from another workbook is told apart from the one written."""
    data = {"format": FORMAT, "questionnaire": questionnaire_sha256, "codes": list(codes),
            "sheets": sorted(sheets.items()), "columns": sorted(columns)}
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def folded(text: str) -> str:
    """Text compared as a person reads it: case, accents' composition, and runs of spaces ignored
    ("Yes ", "YES", "yes" are one; "Sí" typed with a combining accent is "sí")."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())
