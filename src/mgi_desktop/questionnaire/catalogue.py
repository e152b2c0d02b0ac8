"""The questionnaires that ship with the app, found by file or by framework id."""

from __future__ import annotations

from pathlib import Path

from mgi_desktop import paths
from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.messages import Message, Template
from mgi_desktop.progress import Progress
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.loader import check_file, load_file
from mgi_desktop.questionnaire.problems import Problem
from mgi_desktop.questionnaire.xlsform.read import check_xlsform, is_xlsform, load_xlsform

UNKNOWN_FRAMEWORK = Template("questionnaire.unknown_framework",
                             "no questionnaire file or bundled framework named {name} (bundled: {known})")
BUNDLED = ("mgi-national.yaml", "mgi-local.yaml", "sdg-10-7-2.yaml")

_cache: dict[Path, tuple[float, Framework]] = {}


def bundled_files() -> list[Path]:
    folder = paths.questionnaires_dir()
    return [folder / name for name in BUNDLED if (folder / name).exists()]


def load_cached(path: Path) -> Framework:
    """Load a questionnaire once per file version (a file is re-read when it changes)."""
    path = path.resolve()
    mtime = path.stat().st_mtime
    cached = _cache.get(path)
    if cached is None or cached[0] != mtime:
        cached = (mtime, load_file(path))
        _cache[path] = cached
    return cached[1]


def check(path: Path, progress: Progress | None = None) -> tuple[Framework | None, list[Problem], list[Message]]:
    """Check any questionnaire file, a YAML file or an XLSForm workbook: its framework if it is sound,
    every problem, and (for a workbook) the notes on what was read past."""
    if is_xlsform(path):
        result = check_xlsform(path, progress)
        return result.framework, result.problems, result.notes
    framework, problems = check_file(path, progress)
    return framework, problems, []


def bundled() -> list[Framework]:
    return [load_cached(p) for p in bundled_files()]


def resolve(file_or_id: str) -> Framework:
    """A questionnaire file path (YAML, or an XLSForm workbook), or the id of a bundled framework
    (e.g. ``mgi-national``)."""
    candidate = Path(file_or_id).expanduser()
    if is_xlsform(candidate):
        return load_xlsform(candidate)
    if candidate.suffix.lower() in (".yaml", ".yml", ".json") or candidate.exists():
        return load_file(candidate)
    for path in bundled_files():
        framework = load_cached(path)
        if framework.id == file_or_id:
            return framework
    known = [load_cached(p).id for p in bundled_files()]
    raise QuestionnaireError(UNKNOWN_FRAMEWORK(name=repr(file_or_id), known=known))
