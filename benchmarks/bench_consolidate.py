"""Consolidation against the bare writers, in one run.

    uv run python benchmarks/bench_consolidate.py [--assessments 1000] [--answers 90]

Generates a database of national assessments (each answering about 90
questions, so about 90,000 answer rows), then times, each in its own process:

- openpyxl: openpyxl write-only appending the very cells the consolidation
  writes (collected beforehand, untimed): what writing alone costs;
- xlsxwriter: XlsxWriter in constant-memory mode writing the same cells
  (``write_row``), the fastest maintained Python writer;
- consolidate: `export.consolidate.consolidate` from the database file
  (reading, deduplication, sanitising, formats, row heights, print setup,
  atomic save).

It prints each timing, its ratio to the fastest bare writer (aim for the
consolidation: at most 1.2x) and each process's peak RSS (aim for the
consolidation: under 300 MB at 1,000 assessments, and about the same at
10,000: memory stays flat).  Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def generate(db_path: Path, count: int, per: int, seed: int = 7) -> int:
    import sqlalchemy as sa
    from sqlmodel import SQLModel

    from mgi_desktop.questionnaire import answer_types
    from mgi_desktop.questionnaire.loader import load_file
    from mgi_desktop.services import assessments
    from mgi_desktop.storage.db import Database
    from mgi_desktop.storage.tables import new_id
    from mgi_desktop.utc import now as utc_now

    rng = random.Random(seed)
    framework = load_file(REPO / "questionnaires" / "mgi-national.yaml")
    countries = ["KGZ", "KAZ", "UZB", "TJK", "ARM", "GEO", "ALB", "CRI", "IRQ", "PHL", "MEX", "GHA"]
    answers_table = SQLModel.metadata.tables["answer"]
    evidence_table = SQLModel.metadata.tables["evidence"]
    finding_table = SQLModel.metadata.tables["finding"]
    db = Database.open(db_path)
    db.backups_enabled = False
    db.set_user("Bench Focal", "Ministry", "focal_point")
    rows = 0
    try:
        for n in range(count):
            a = assessments.create(db, framework, country=countries[n % len(countries)],
                                   round_number=1 + n // len(countries))
            codes = sorted(rng.sample(framework.codes(), min(per, len(framework.codes()))),
                           key=framework.codes().index)
            answer_rows, evidence_rows, finding_rows = [], [], []
            for code in codes:
                p = framework.placements[code]
                q = p.question
                if answer_types.kind(q.type).has_choices:
                    value = rng.choice([c.code for c in p.choices])
                    value = [value] if q.type == "multiple_choice" else value
                elif q.type == "number":
                    value = rng.randint(int(q.minimum or 0), int(min(q.maximum or 1000, 1000)))
                elif q.type == "year":
                    value = rng.randint(2000, 2024)
                elif q.type == "date":
                    value = f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                else:
                    value = "A law and a decree set this out; see the sources."
                answer_id = new_id()
                answer_rows.append({"id": answer_id, "assessment_id": a.id, "question_code": code,
                                    "value_json": json.dumps(value), "justification": "Law No. 4 (2006), art. 12.",
                                    "carried_over": False, "flagged": False, "review_state": "not_reviewed",
                                    "revision": 1, "updated_at": utc_now(), "updated_by": "Bench Focal"})
                if rng.random() < 0.3:
                    evidence_rows.append({"id": new_id(), "answer_id": answer_id, "kind": "law",
                                          "title": "Law on External Labour Migration", "reference": "No. 4",
                                          "issuing_body": "", "url": "", "note": "", "created_at": utc_now(),
                                          "created_by": "Bench Focal", "updated_at": utc_now()})
            for k in range(6):
                finding_rows.append({"id": new_id(), "assessment_id": a.id, "domain_number": 1 + k,
                                     "category": "well_developed" if k % 2 else "potential",
                                     "text": "A finding.", "position": 0, "question_codes": "[]", "drafted": False,
                                     "created_at": utc_now(), "updated_at": utc_now()})
            with db.engine.begin() as con:
                con.execute(sa.insert(answers_table), answer_rows)
                if evidence_rows:
                    con.execute(sa.insert(evidence_table), evidence_rows)
                con.execute(sa.insert(finding_table), finding_rows)
            rows += len(answer_rows)
    finally:
        db.close()
    return rows


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def child_consolidate(db_path: Path, out: Path) -> dict[str, float]:
    from mgi_desktop.export.consolidate import consolidate
    from mgi_desktop.export.consolidate_filters import Filters

    start = time.perf_counter()
    report = consolidate([db_path], out, filters=Filters.everything())  # the generated assessments are drafts
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "rows": report.answer_rows}


def _cells(db_path: Path) -> tuple[list[tuple[str, list[Any], list[list[Any]]]], int]:
    """The consolidation's cells, sheet by sheet (collected untimed, for the bare writers)."""
    from mgi_desktop.export import consolidate as c
    from mgi_desktop.export import labels as L
    from mgi_desktop.export.sources import DatabaseSource
    from mgi_desktop.export.summary_xlsx import SUMMARY_COLUMNS

    source = DatabaseSource(db_path)
    ids = {s.id for s in source.stubs()}
    codes: dict[str, None] = {}
    long_rows: list[list[Any]] = []
    matrix_rows: list[list[Any]] = []
    domain_rows: list[list[Any]] = []
    datasets = list(source.datasets(ids))
    for data in datasets:
        codes.update(dict.fromkeys(data.framework.placements))
    for data in datasets:
        validation = data.validation(None)
        long_rows.extend(c.long_rows(data, validation))
        matrix_rows.append(c.matrix_row(data, list(codes), validation))
        domain_rows.extend(c.domain_rows(data, False, validation))
    source.close()
    del datasets
    for rows in (long_rows, matrix_rows, domain_rows):  # the enums' values as the plain text the cells hold
        for row in rows:
            row[:] = [str(v) if isinstance(v, str) and type(v) is not str else v for v in row]
    def headers(headings: list[Any]) -> list[Any]:
        return [col.header for col in L.columns(headings, "en")]

    sheets = [("Answers (long)", headers(c.LONG_COLUMNS), long_rows),
              ("Matrix (wide)", headers(c.MATRIX_LEAD) + list(codes), matrix_rows),
              ("Domain summary", headers(c.DOMAIN_LEAD + SUMMARY_COLUMNS), domain_rows)]
    return sheets, len(long_rows)


def child_openpyxl(db_path: Path, out: Path) -> dict[str, float]:
    """Bare write-only openpyxl on the consolidation's cells."""
    from openpyxl import Workbook

    sheets, rows = _cells(db_path)
    start = time.perf_counter()
    book = Workbook(write_only=True)
    for title, header, cells in sheets:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in cells:
            sheet.append(row)
    book.save(out)
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "rows": rows}


def child_xlsxwriter(db_path: Path, out: Path) -> dict[str, float]:
    """Bare XlsxWriter in constant-memory mode on the same cells."""
    from xlsxwriter import Workbook

    sheets, rows = _cells(db_path)
    start = time.perf_counter()
    book = Workbook(str(out), {"constant_memory": True})
    for title, header, cells in sheets:
        sheet = book.add_worksheet(title)
        sheet.write_row(0, 0, header)
        for n, row in enumerate(cells, 1):
            sheet.write_row(n, 0, row)
    book.close()
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "rows": rows}


CHILDREN = {"openpyxl": child_openpyxl, "xlsxwriter": child_xlsxwriter, "consolidate": child_consolidate}


def run_child(kind: str, db_path: Path, out: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(db_path), str(out)],
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--answers", type=int, default=90, help="answered questions per assessment")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best time counts")
    parser.add_argument("--only", default=",".join(CHILDREN),
                        help="which to run, comma-separated (default: all; 'consolidate' alone to see its memory "
                             "at 10,000 assessments without the bare writers, which hold every cell)")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, db_path, out = args.child
        print(json.dumps(CHILDREN[kind](Path(db_path), Path(out))))
        return 0
    with tempfile.TemporaryDirectory(prefix="mgi-bench-") as folder:
        os.environ["MGI_DATA_DIR"] = folder
        db_path = Path(folder) / "bench.sqlite"
        start = time.perf_counter()
        rows = generate(db_path, args.assessments, args.answers)
        print(f"generated {args.assessments} national assessments, {rows:,} answer rows "
              f"in {time.perf_counter() - start:.1f} s")
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.repeat):
            for kind in args.only.split(","):
                result = run_child(kind, db_path, Path(folder) / f"{kind}.xlsx")
                if kind not in best or result["seconds"] < best[kind]["seconds"]:
                    best[kind] = result
        writers = [best[k]["seconds"] for k in ("openpyxl", "xlsxwriter") if k in best]
        fastest = min(writers) if writers else None
        print(f"long-table rows: {int(next(iter(best.values()))['rows']):,} (a row per assessment and question)")
        for kind, label in (("openpyxl", "bare openpyxl write-only"), ("xlsxwriter", "bare xlsxwriter constant_memory"),
                            ("consolidate", "consolidate")):
            if kind not in best:
                continue
            r = best[kind]
            ratio = f"{r['seconds'] / fastest:5.2f}x the fastest writer" if fastest else ""
            print(f"{label:33} {r['seconds']:7.2f} s  {ratio}  peak RSS {r['peak_mb']:5.0f} MB")
        print("aim: consolidate at most 1.2x the fastest, peak RSS under 300 MB (the bare writers' processes "
              "hold every cell in memory beforehand)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
