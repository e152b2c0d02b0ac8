"""Receiving packages against merely unzipping and parsing them, in one run.

    uv run python benchmarks/bench_import.py [--packages 200]

Generates the packages of `--packages` national assessments (about 90
answers, a few evidence items with one attached file, comments and an audit
trail each), then times:

- baseline: for every file, open the zip, read every member and parse its
  JSON (what any reader of the files must do at least);
- import: `exchange.receive.apply_import` of every file into one fresh
  database (all checks, the merge bookkeeping, one transaction each).

It prints both timings and their ratio (aim: at most 3).  Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _value(rng: random.Random, placement: object) -> object:
    from mgi_desktop.questionnaire import answer_types

    question = placement.question  # type: ignore[attr-defined]
    codes = [c.code for c in placement.choices]  # type: ignore[attr-defined]
    kind = question.type  # the name of its answer type
    if kind == "multiple_choice":
        return [c for c in codes if rng.random() < 0.4 and c not in ("dont_know", "not_applicable")] or None
    if answer_types.kind(kind).has_choices:
        return rng.choice(codes)
    if kind == "number":
        low = question.minimum if question.minimum is not None else 0
        high = question.maximum if question.maximum is not None else 1000
        return rng.randint(int(low), int(min(high, low + 1000)))
    if kind == "year":
        return rng.randint(1990, 2024)
    if kind == "date":
        return f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    return "Described in the national strategy, section " + str(rng.randint(1, 40))


def generate(folder: Path, count: int, seed: int = 11) -> list[Path]:
    os.environ["MGI_DATA_DIR"] = str(folder / "sender-data")
    from mgi_desktop.exchange import send
    from mgi_desktop.questionnaire.loader import load_file
    from mgi_desktop.services import answers, assessments, comments, evidence
    from mgi_desktop.storage.db import Database

    rng = random.Random(seed)
    framework = load_file(REPO / "questionnaires" / "mgi-national.yaml")
    db = Database.open(folder / "sender.sqlite")
    db.backups_enabled = False
    db.set_user("Amina Focal", "Ministry", "focal_point")
    attached = folder / "law.pdf"
    countries = ["KGZ", "KAZ", "UZB", "TJK", "ARM", "GEO", "ALB", "CRI", "IRQ", "PHL", "MEX", "GHA"]
    first: str | None = None
    out = folder / "packages"
    out.mkdir()
    files = []
    for n in range(count):
        aid = assessments.create(db, framework, country=countries[n % len(countries)], round_number=n + 1).id
        if first is None:
            first = aid
            # answer the first assessment through the services (real audit trail), then clone it in SQL
            values = {}
            for code, placement in framework.placements.items():
                value = _value(rng, placement)
                values[code] = value
            for code, value in values.items():
                if value is not None and framework.relevance(values).get(code, True):
                    try:
                        answers.set_answer(db, aid, code, value, justification=f"Source for {code}")
                    except Exception:
                        continue
            codes = list(values)
            attached.write_bytes(b"%PDF-1.4 " + os.urandom(20_000))
            for code in codes[:5]:
                evidence.add(db, aid, code, kind="law", title=f"Law on {code}", reference="No. 1")
            evidence.add(db, aid, codes[0], kind="policy", title="Strategy", file=attached)
            comments.add(db, aid, codes[1], "Please confirm the year")
        else:
            _clone(db, first, aid)
        files.append(send.export_package(db, aid, out / f"a{n:04d}.mgi").path)
    db.close()
    return files


def _clone(db: object, source: str, target: str) -> None:
    """Copy the answers, evidence, comments and audit of one assessment to another (fast, in SQL)."""
    from sqlmodel import select

    from mgi_desktop.storage.db import Database
    from mgi_desktop.storage.tables import Answer, AuditEvent, Comment, Evidence, new_id

    assert isinstance(db, Database)
    with db.transaction() as session:
        rows = session.exec(select(Answer).where(Answer.assessment_id == source)).all()
        for row in rows:
            copy = Answer(**(row.model_dump(exclude={"id", "assessment_id"}) | {"assessment_id": target}))
            session.add(copy)
            session.flush()
            for item in session.exec(select(Evidence).where(Evidence.answer_id == row.id)).all():
                session.add(Evidence(**(item.model_dump(exclude={"id", "answer_id"}) | {"answer_id": copy.id})))
            for note in session.exec(select(Comment).where(Comment.answer_id == row.id)).all():
                session.add(Comment(**(note.model_dump(exclude={"id", "answer_id"}) | {"answer_id": copy.id})))
        for event in session.exec(select(AuditEvent).where(AuditEvent.assessment_id == source)).all():
            session.add(AuditEvent(**(event.model_dump(exclude={"seq", "id", "assessment_id"})
                                      | {"id": new_id(), "assessment_id": target})))


def baseline(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                content = archive.read(name)
                if name.endswith(".json"):
                    json.loads(content)
    return time.perf_counter() - start


def receive_all(folder: Path, files: list[Path]) -> float:
    os.environ["MGI_DATA_DIR"] = str(folder / "receiver-data")
    from mgi_desktop.exchange import receive
    from mgi_desktop.storage.db import Database

    db = Database.open(folder / "receiver.sqlite")
    db.backups_enabled = False
    db.set_user("Rita Reviewer", "IOM", "reviewer")
    receive.apply_import(db, files[0], {})  # parse the questionnaire once, as a running app has
    start = time.perf_counter()
    for path in files[1:]:
        receive.apply_import(db, path, {})
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        started = time.perf_counter()
        files = generate(folder, args.packages + 1)
        size = sum(p.stat().st_size for p in files) / len(files) / 1024
        print(f"generated {len(files)} packages (about {size:.0f} KiB each) in {time.perf_counter() - started:.1f} s")
        base = baseline(files[1:])
        imported = receive_all(folder, files)
        print(f"baseline (unzip + parse JSON): {base:.2f} s for {args.packages} packages")
        print(f"import (checks, merge bookkeeping, one transaction each): {imported:.2f} s")
        print(f"ratio: {imported / base:.2f} (aim: at most 3)")


if __name__ == "__main__":
    main()
