"""Loading and validating the national catalogue vs plain YAML parsing of the same file.

Run on demand: ``uv run python benchmarks/bench_questionnaire.py [ROUNDS]``.
Both are measured in the same run, so the ratio holds on any machine.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

from mgi_desktop.questionnaire.loader import check_file

FILE = Path(__file__).resolve().parents[1] / "questionnaires" / "mgi-national.yaml"


def timed(fn, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    baseline = timed(lambda: yaml.load(FILE.read_text(encoding="utf-8"), Loader=loader), rounds)
    plain_py = timed(lambda: yaml.safe_load(FILE.read_text(encoding="utf-8")), rounds)
    ours = timed(lambda: check_file(FILE), rounds)
    b, p, o = (statistics.median(t) * 1000 for t in (baseline, plain_py, ours))
    print(f"{FILE.name}, {rounds} rounds (median)")
    print(f"  yaml.load (C loader if present):      {b:8.1f} ms")
    print(f"  yaml.safe_load (pure Python):         {p:8.1f} ms")
    print(f"  mgi loader (parse + validate + index): {o:8.1f} ms")
    print(f"  ratio vs safe_load: {o / p:.2f}x   ratio vs C loader: {o / b:.2f}x")


if __name__ == "__main__":
    main()
