"""Kill a saving process at random moments: nothing it reported as saved may be lost."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 50


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_saving_loses_nothing_reported(tmp_path, mini, data_dir):
    path = tmp_path / "crash.sqlite"
    with Database.open(path) as db:
        db.set_user("Crash Tester", "", "focal_point")
        assessment_id = assessments.create(db, mini, country="KGZ").id
    rng = random.Random(1072)
    env = os.environ | {"MGI_DATA_DIR": str(data_dir)}
    next_value = 0
    reported: list[int] = []
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(path), assessment_id, str(next_value)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        done = [int(line.split()[1]) for line in out.splitlines() if line.startswith("saved ")]
        reported += done
        next_value = (done[-1] + 2) if done else next_value + 1

        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            saved = {json.loads(v) for (v,) in con.execute(
                "SELECT new_value FROM audit_event WHERE entity = 'answer' AND field = 'value'")}
            (current,) = con.execute("SELECT value_json FROM answer WHERE question_code = 'Q3'").fetchone() \
                or (None,)
        finally:
            con.close()
        missing = [v for v in done if v not in saved]
        assert not missing, f"reported as saved but lost: {missing}"
        if done:  # the answer holds the last reported value, or one saved just before the kill
            assert json.loads(current) in (done[-1], done[-1] + 1)
    assert len(reported) > KILLS, "the child should have saved many answers in all"
