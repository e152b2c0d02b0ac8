"""Cold start vs a bare PySide6 window: first paint (aim: within 1.5x) and the assessment shown (within 2x).

Run on demand, not under pytest:

    uv run python benchmarks/bench_startup.py [--runs 7] [--platform offscreen]

Prepares, in a temporary data folder, a database holding a 90-question
assessment (6 domains x 15 questions, half answered) that the window
reopens at start (it was "open when the window last closed").  Then it
times, alternately and in fresh processes:

- ``python -m mgi_desktop --database DB`` with ``MGI_EXIT_AFTER_SHOW=opening``
  (run_app quits after the window's first paint, which says "Opening…": what
  the person sees first);
- the same with ``MGI_EXIT_AFTER_SHOW=1`` (quits once the window has been
  painted with the assessment open: the time until the person can work);
- a bare script: QApplication + an empty QMainWindow, quitting after its
  first paint in the same way.

Both go through the same interpreter and the same Qt platform plugin; the
ratio of the medians is what the aim is about.  Byte-code is cached (in a
temporary PYTHONPYCACHEPREFIX, even when PYTHONDONTWRITEBYTECODE is set in the
shell) as in an installed app, whose .pyc files are compiled at install; the
first, unmeasured run of each side writes it.
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

FIRST_PAINT_AIM = 1.5  # the window is on screen, saying "Opening…"
SHOWN_AIM = 2.0  # the last assessment is on screen: the person can work

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
quitter = QuitAfterPaint(window)
window.installEventFilter(quitter)
window.show()
raise SystemExit(app.exec())
"""


def questionnaire_yaml() -> str:
    lines = ["id: bench90", 'version: "1"', "title: Benchmark questionnaire (90 questions)", "level: national",
             "domains:"]
    for d in range(1, 7):
        lines += [f"  - number: {d}", f"    code: D{d}", f"    title: Domain {d}", "    sub_areas:"]
        for s in range(1, 4):
            lines += [f"      - code: D{d}.{s}", f"        title: Sub-area {d}.{s}", "        indicators:"]
            for i in range(1, 6):
                code = f"Q{d}{s}{i}"
                lines += [f"          - code: D{d}.{s}.{i}", f"            title: Indicator {d}.{s}.{i}",
                          "            questions:", f"              - code: {code}",
                          f"                text: Does the government have policy {code} in place?",
                          "                guidance: Cite the law or policy.",
                          "                type: yes_partial_no"]
    return "\n".join(lines) + "\n"


def prepare(folder: Path) -> Path:
    """The database and the window settings, written by the app's own code."""
    os.environ["MGI_DATA_DIR"] = str(folder)
    from mgi_desktop.questionnaire.loader import load_text
    from mgi_desktop.services import answers, assessments
    from mgi_desktop.storage.db import Database
    from mgi_desktop.ui.preferences import Preferences

    framework = load_text(questionnaire_yaml(), "bench90.yaml")
    assert len(framework.codes()) == 90
    path = folder / "bench.sqlite"
    db = Database.open(path)
    try:
        db.set_user("Bench Focal", "Ministry", "focal_point")
        assessment = assessments.create(db, framework, country="KGZ")
        for n, code in enumerate(framework.codes()[:45]):
            answers.set_answer(db, assessment.id, code, ("yes", "partially", "no")[n % 3])
        prefs = Preferences()
        prefs.set_last_assessment(path, assessment.id)
        prefs.sync()
    finally:
        db.close()
    return path


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[:3]} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        help="Qt platform plugin for both sides (default: offscreen)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mgi-bench-startup-"))
    database = prepare(folder)
    env = {**os.environ, "MGI_DATA_DIR": str(folder), "QT_QPA_PLATFORM": args.platform,
           "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    env.pop("MGI_DATABASE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    first_env = {**env, "MGI_EXIT_AFTER_SHOW": "opening"}
    ready_env = {**env, "MGI_EXIT_AFTER_SHOW": "1"}
    app_cmd = [sys.executable, "-m", "mgi_desktop", "--database", str(database)]
    bare_cmd = [sys.executable, "-c", BARE]
    # Unmeasured: writes the byte-code cache and warms the OS file cache for every side.
    timed(bare_cmd, env)
    timed(app_cmd, first_env)
    timed(app_cmd, ready_env)
    bare_times: list[float] = []
    first_times: list[float] = []
    ready_times: list[float] = []
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits every side alike
        bare_times.append(timed(bare_cmd, env))
        first_times.append(timed(app_cmd, first_env))
        ready_times.append(timed(app_cmd, ready_env))
    bare_median = statistics.median(bare_times)
    print(f"platform {args.platform}, {args.runs} runs each, 90-question assessment reopened at start")
    print(f"bare PySide6 window          median {bare_median * 1000:7.0f} ms   "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    for label, times in (("MGI Desktop, first paint", first_times), ("MGI Desktop, assessment shown", ready_times)):
        median = statistics.median(times)
        print(f"{label:<29} median {median * 1000:7.0f} ms   (min {min(times) * 1000:.0f}, "
              f"max {max(times) * 1000:.0f})   ratio {median / bare_median:.2f}x")
    for label, times, aim in (("first paint", first_times, FIRST_PAINT_AIM),
                              ("assessment shown", ready_times, SHOWN_AIM)):
        ratio = statistics.median(times) / bare_median
        print(f"{label}: {ratio:.2f}x a bare window (aim: within {aim}x) -> {'OK' if ratio <= aim else 'ABOVE AIM'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
