"""Child process of the crash test: saves answers in a loop, reporting each save.

Usage: python crash_child.py DATABASE ASSESSMENT_ID FIRST_VALUE
Prints "ready" once it can save, then "saved N" (flushed) after each save returned, i.e. after its commit.
"""

import sys
from pathlib import Path

from mgi_desktop.services import answers
from mgi_desktop.storage.db import Database

database, assessment_id, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
db = Database.open(database, backup_on_open=False)
# Ready to save: the questionnaire (and its conditions' parser) is loaded on first use, after the
# open; loading it here keeps the kills for the saves, as when both came with the open.
answers.list_answers(db, assessment_id)
print("ready", flush=True)
value = first
while True:
    answers.set_answer(db, assessment_id, "Q3", value, justification=f"save {value}")
    print(f"saved {value}", flush=True)
    value += 1
