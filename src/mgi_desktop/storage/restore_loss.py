"""What restoring a backup would lose: the current database's answers that the backup does not hold.

Read before a restore, so that the person confirms it knowing the cost ("12 answers in 2
assessments, given after 14:02 on 2 December, will be lost").  Both files are read directly and
read-only, as `backup.referenced_files` reads them: a restore must work on a database too damaged
to open, and then the comparison is simply unknown (None), never an error.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mgi_desktop import utc
from mgi_desktop.messages import Message, Template

#: How many affected assessments are named (the others are only counted).
NAMED = 3

# What a restore would lose, with their plurals: the window and the command line say the same
ANSWERS_LOST = Template("restore.answers_lost",
                        "{n} answer changed after {since}, in {assessments} ({titles}), will be lost.",
                        plural="{n} answers changed after {since}, in {assessments} ({titles}), will be lost.",
                        count="n")
ASSESSMENTS = Template("restore.assessments", "{n} assessment", plural="{n} assessments", count="n")
NEW_ASSESSMENTS_LOST = Template("restore.new_assessments",
                                "{n} assessment created since the backup will be gone.",
                                plural="{n} assessments created since the backup will be gone.", count="n")


@dataclass(frozen=True)
class RestoreLoss:
    """The answers of the current database that a restore would take back to the backup's state."""

    answers: int  # answers (values or justifications) that differ from the backup's, or that it lacks
    assessments: int  # the assessments those answers belong to
    new_assessments: int  # of those, the assessments the backup does not hold at all
    since: dt.datetime | None  # when the earliest of those answers was last changed
    titles: tuple[str, ...]  # the first `NAMED` affected assessments' titles, the latest changed first

    @property
    def nothing(self) -> bool:
        return self.answers == 0 and self.new_assessments == 0


def _rows(path: Path) -> tuple[dict[tuple[str, str], tuple[str | None, str, str]], dict[str, tuple[str, str]]]:
    """Answers by (assessment, question): (value, justification, changed), and assessments: (title, changed)."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
    try:
        answers = {(a, q): (v, j or "", u) for a, q, v, j, u in con.execute(
            "SELECT assessment_id, question_code, value_json, justification, updated_at FROM answer")}
        assessments = {i: (t, u) for i, t, u in con.execute("SELECT id, title, updated_at FROM assessment")}
    finally:
        con.close()
    return answers, assessments


def what_restore_loses(database: Path, backup: Path) -> RestoreLoss | None:
    """What replacing `database` by `backup` would lose; None when either file cannot be read."""
    try:
        current, current_assessments = _rows(database)
        kept, kept_assessments = _rows(backup)
    except sqlite3.Error:
        return None
    lost: dict[str, list[dt.datetime]] = {}
    for key, (value, justification, changed) in current.items():
        before = kept.get(key)
        if before is not None and before[:2] == (value, justification):
            continue
        if before is None and value is None and not justification:
            continue  # an empty answer row: nothing is lost
        try:
            moment = utc.parse(changed)
        except (ValueError, TypeError):
            continue
        lost.setdefault(key[0], []).append(moment)
    new = [a for a in current_assessments if a not in kept_assessments]
    affected = set(lost) | set(new)
    order = sorted(affected, key=lambda a: current_assessments.get(a, ("", ""))[1], reverse=True)
    moments = [m for ms in lost.values() for m in ms]
    return RestoreLoss(answers=len(moments), assessments=len(affected), new_assessments=len(new),
                       since=min(moments) if moments else None,
                       titles=tuple(current_assessments[a][0] for a in order[:NAMED] if a in current_assessments))


def loss_messages(loss: RestoreLoss, since: str) -> list[Message]:
    """What the restore takes back, said as messages; `since` is the earliest lost change as the front end
    writes times (the window in the person's locale, the command line in UTC)."""
    found = []
    if loss.answers and loss.since is not None:
        titles = ", ".join(f"“{title}”" for title in loss.titles)
        if loss.assessments > len(loss.titles):
            titles += ", …"
        found.append(ANSWERS_LOST(n=loss.answers, since=since, titles=titles,
                                  assessments=ASSESSMENTS(n=loss.assessments)))
    if loss.new_assessments:
        found.append(NEW_ASSESSMENTS_LOST(n=loss.new_assessments))
    return found
