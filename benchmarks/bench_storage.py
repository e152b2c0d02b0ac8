"""Saving one answer through the service vs a raw sqlite3 upsert + audit insert + commit.

Also: opening an assessment of ~90 answered questions with evidence (framework,
answers, progress), the work the window does when an assessment is opened.

Run on demand: ``uv run python benchmarks/bench_storage.py [SAVES]``.  Both
sides use files in the same folder with the same pragmas (WAL,
synchronous=FULL), in the same run.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    saves = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    folder = Path(tempfile.mkdtemp(prefix="mgi-bench-"))
    os.environ["MGI_DATA_DIR"] = str(folder / "data")

    from mgi_desktop.questionnaire.catalogue import resolve
    from mgi_desktop.services import answers, assessments, evidence
    from mgi_desktop.storage.db import Database

    framework = resolve("mgi-national")
    db = Database.open(folder / "service.sqlite")
    db.backups_enabled = False  # measure the save itself, not the rolling backup
    db.set_user("Bench", "", "focal_point")
    aid = assessments.create(db, framework, country="KGZ").id
    number_codes = [c for c, p in framework.placements.items() if p.question.type == "yes_partial_no"]

    service_times = []
    for i in range(saves):
        code = number_codes[i % len(number_codes)]
        value = ("yes", "partially", "no")[(i // len(number_codes)) % 3]  # each save changes its answer
        start = time.perf_counter()
        answers.set_answer(db, aid, code, value)
        service_times.append(time.perf_counter() - start)

    raw = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000"):
        raw.execute(f"PRAGMA {pragma}")
    raw.execute("CREATE TABLE answer (assessment_id TEXT, question_code TEXT, value_json TEXT, revision INT, "
                "updated_at TEXT, PRIMARY KEY (assessment_id, question_code))")
    raw.execute("CREATE TABLE audit_event (seq INTEGER PRIMARY KEY, id TEXT, assessment_id TEXT, at TEXT, "
                "actor TEXT, entity TEXT, entity_id TEXT, field TEXT, old_value TEXT, new_value TEXT)")
    raw_times = []
    for i in range(saves):
        code = number_codes[i % len(number_codes)]
        value = json.dumps(("yes", "partially", "no")[(i // len(number_codes)) % 3])
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT INTO answer VALUES (?, ?, ?, 1, datetime('now')) ON CONFLICT DO UPDATE SET "
                    "value_json = excluded.value_json, revision = revision + 1", (aid, code, value))
        raw.execute("INSERT INTO audit_event (id, assessment_id, at, actor, entity, entity_id, field, new_value) "
                    "VALUES (?, ?, datetime('now'), 'Bench', 'answer', ?, 'value', ?)",
                    (str(uuid.uuid4()), aid, code, value))
        raw.execute("COMMIT")
        raw_times.append(time.perf_counter() - start)

    s50, s99 = percentile(service_times, 0.5) * 1000, percentile(service_times, 0.99) * 1000
    r50, r99 = percentile(raw_times, 0.5) * 1000, percentile(raw_times, 0.99) * 1000
    print(f"Saving one answer, {saves} saves each (synchronous=FULL, WAL)")
    print(f"  raw sqlite3 upsert + audit + commit: p50 {r50:6.2f} ms   p99 {r99:6.2f} ms")
    print(f"  services.answers.set_answer:         p50 {s50:6.2f} ms   p99 {s99:6.2f} ms")
    print(f"  ratio p50: {s50 / r50:.2f}x (aim: within 5x)   p99 {s99:.1f} ms (aim: under 16 ms)")

    # an assessment of every question answered, with evidence on every tenth
    for n, code in enumerate(framework.placements):
        placement = framework.placements[code]
        value = placement.choices[0].code if placement.choices else None
        if value is None:
            value = {"number": 3, "year": 2020, "date": "2020-01-01", "text": "text"}[placement.question.type]
        answers.set_answer(db, aid, code, value, justification="Because of the law.")
        if n % 10 == 0:
            evidence.add(db, aid, code, kind="law", title=f"Law {n}", year=2020)
    from mgi_desktop.services import frameworks

    open_times = []
    for _ in range(30):
        frameworks._parsed.clear()  # as in a fresh process (the questionnaire comes from the JSON cache)
        start = time.perf_counter()
        assessment = assessments.get(db, aid)
        assessments.framework_of(db, assessment)
        answers.list_answers(db, aid)
        assessments.progress_of(db, aid)
        open_times.append(time.perf_counter() - start)
    print(f"\nOpening an assessment of {len(framework.placements)} answered questions with evidence in a new "
          "process (stored questionnaire from its cache, answers, progress)")
    print(f"  median {statistics.median(open_times) * 1000:.1f} ms   max {max(open_times) * 1000:.1f} ms "
          "(aim: under 50 ms)")
    db.close()
    raw.close()


if __name__ == "__main__":
    main()
