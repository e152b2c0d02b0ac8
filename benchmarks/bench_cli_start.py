"""Command-line start-up: ``--version``, ``--help`` and ``answer set`` against a bare interpreter.

Run on demand, not under pytest:

    uv run python benchmarks/bench_cli_start.py [--runs 9]

Aims: ``--version`` and ``--help`` within 0.15 s of wall time, a typical
command (``answer set UUID CODE VALUE``, which opens the database, checks
the value, saves it in one transaction with its audit events and closes)
within 0.5 s.

Prepares, in a temporary data folder, a database holding an assessment of
the bundled national MGI questionnaire, written by the app's own code.  Then
it times, alternately and in fresh processes (the installed ``mgi-desktop``
console script, not ``uv run``, which adds its own start-up):

- ``python -c pass``: the interpreter alone, the floor of every command;
- ``mgi-desktop --version`` and ``mgi-desktop --help``;
- ``mgi-desktop --database DB answer set ID 1.1.1.a VALUE`` (a choice);
- the same for 1.6.1.b, a year with a constraint (". >= 1951"), given a
  value that breaks it every other run, so the constraint's message is
  printed as well.

Each ``answer set`` gives a value other than the stored one, so every run
really writes.  Byte-code is cached as in an installed app (in a temporary
PYTHONPYCACHEPREFIX); a first, unmeasured run of each command writes it.
The medians are printed with their ratio to ``python -c pass`` measured in
the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VERSION_HELP_AIM = 0.15  # seconds of wall time
COMMAND_AIM = 0.5
PLAIN, CONSTRAINED = "1.1.1.a", "1.6.1.b"


def console_script() -> list[str]:
    """The installed ``mgi-desktop`` next to this interpreter, or ``python -m mgi_desktop``."""
    folder = Path(sys.executable).parent
    for name in ("mgi-desktop", "mgi-desktop.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    return [sys.executable, "-m", "mgi_desktop"]


def prepare(folder: Path) -> tuple[Path, str, list[str]]:
    """The database (written by the app's own code), the assessment id and two values of PLAIN."""
    os.environ["MGI_DATA_DIR"] = str(folder)
    from mgi_desktop.questionnaire import catalogue
    from mgi_desktop.services import answers, assessments
    from mgi_desktop.storage.db import Database

    framework = catalogue.resolve("mgi-national")
    choices = [c.code for c in framework.placement(PLAIN).choices][:2]
    assert framework.placement(CONSTRAINED).question.constraints
    path = folder / "bench.sqlite"
    with Database.open(path) as db:
        db.set_user("Bench Focal", "Ministry", "focal_point")
        assessment = assessments.create(db, framework, country="KGZ")
        answers.set_answer(db, assessment.id, "1.6.1.a", "ratified")  # 1.6.1.b applies
        for n, code in enumerate(framework.codes()[:40]):
            value = framework.placement(code).choices[n % 2].code if framework.placement(code).choices else None
            if value is not None:
                answers.set_answer(db, assessment.id, code, value)
    return path, assessment.id, choices


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mgi-bench-cli-"))
    database, assessment_id, choices = prepare(folder)
    env = {**os.environ, "MGI_DATA_DIR": str(folder), "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    env.pop("MGI_DATABASE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = console_script()
    answer = [*app, "--database", str(database), "answer", "set", assessment_id[:8]]

    def commands(run: int) -> dict[str, list[str]]:
        """Each answer set alternates its value, so every run changes the answer."""
        return {
            "python -c pass": [sys.executable, "-c", "pass"],
            "mgi-desktop --version": [*app, "--version"],
            "mgi-desktop --help": [*app, "--help"],
            f"answer set {PLAIN}": [*answer, PLAIN, choices[run % 2]],
            f"answer set {CONSTRAINED} (constraint)": [*answer, CONSTRAINED, ("1940", "1990")[run % 2]],
        }

    for command in commands(0).values():  # unmeasured: byte-code, OS file cache, the on-open backup
        timed(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands(0)}
    for run in range(1, args.runs + 1):  # interleaved, so a busy moment of the machine hits every command
        for name, command in commands(run).items():
            times[name].append(timed(command, env))
    floor = statistics.median(times["python -c pass"])
    print(f"{args.runs} runs each; {' '.join(app)}")
    for name, values in times.items():
        median = statistics.median(values)
        aim = VERSION_HELP_AIM if "--" in name.split()[-1] else COMMAND_AIM if "answer" in name else None
        verdict = "" if aim is None else f"   aim {aim:.2f} s: {'OK' if median <= aim else 'ABOVE AIM'}"
        print(f"{name:<36} median {median * 1000:6.0f} ms  (min {min(values) * 1000:5.0f}, max "
              f"{max(values) * 1000:5.0f})  {median / floor:5.1f}x python -c pass{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
