"""Build the wheel, install it in a new virtual environment, and run the app from there.

The wheel must carry its questionnaires and resources (inside the package, see
pyproject.toml): an installed app has no repository next to it.  Every run of
the installed app happens outside the repository, with no PYTHON* variables, so
nothing but the installed package can be found.

Slow (a build and an install, then three starts of the app).  It needs uv.  The
dependencies are the versions of uv.lock, installed through uv's cache (the
ones ``uv sync`` put there), so no download is needed once the project is synced.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from mgi_desktop import selftest
from mgi_desktop.questionnaire import catalogue

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
#: what the wheel must hold besides the code, as paths inside it
DATA = [
    *(f"mgi_desktop/questionnaires/{name}" for name in (*catalogue.BUNDLED, "schema.json")),
    "mgi_desktop/resources/i18n/mgi_desktop_fr.qm",
    # the core's message catalogues: the exports put their labels into a language with them, without Qt
    *(f"mgi_desktop/resources/i18n/{p.name}" for p in sorted((ROOT / "resources" / "i18n").glob("*-messages.json"))),
    *(f"mgi_desktop/resources/icons/{p.name}" for p in sorted((ROOT / "resources" / "icons").iterdir())),
    # Help ▸ Guide: a page per language, its style and its pictures
    *(f"mgi_desktop/resources/guide/{p.relative_to(ROOT / 'resources' / 'guide').as_posix()}"
      for p in sorted((ROOT / "resources" / "guide").rglob("*")) if p.is_file()),
    "mgi_desktop/storage/migrations/env.py",
    "mgi_desktop/storage/migrations/script.py.mako",
]
#: the translation sources and their script stay in the repository (the window's dictionaries, <lang>.json,
#: are built into the .qm; the core's <lang>-messages.json ship, in DATA)
SOURCES_ONLY = ["update.py", "mgi_desktop_fr.ts", *(p.name for p in sorted(
    (ROOT / "resources" / "i18n").glob("*.json")) if not p.name.endswith("-messages.json"))]


def _uv() -> str:
    uv = shutil.which("uv")
    if uv is None:
        pytest.fail("uv is not on PATH: the wheel test builds and installs with uv")
    return uv


def _run(command: list[str | Path], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False,
                            **kwargs)
    assert result.returncode == 0, f"{command}: {result.returncode}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


def _build(source: Path, out: Path, kind: str) -> Path:
    _run([_uv(), "build", source, kind, "--out-dir", out], cwd=out)
    (artifact,) = out.glob("*.whl" if kind == "--wheel" else "*.tar.gz")
    return artifact


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(ROOT, tmp_path_factory.mktemp("wheel"), "--wheel")


@pytest.fixture(scope="session")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel and the locked versions of its dependencies."""
    folder = tmp_path_factory.mktemp("venv")
    requirements = folder / "requirements.txt"
    _run([_uv(), "export", "--project", ROOT, "--frozen", "--no-default-groups", "--no-emit-project",
          "--no-hashes", "--quiet", "--output-file", requirements], cwd=folder)
    env = folder / "env"
    _run([_uv(), "venv", "--quiet", "--python", sys.executable, env], cwd=folder)
    _run([_uv(), "pip", "install", "--quiet", "--python", _python(env), "-r", requirements, wheel], cwd=folder)
    return env


def _bin(env: Path) -> Path:
    return env / ("Scripts" if WINDOWS else "bin")


def _python(env: Path) -> Path:
    return _bin(env) / ("python.exe" if WINDOWS else "python")


@pytest.fixture
def outside(tmp_path: Path, data_dir: Path) -> tuple[Path, dict[str, str]]:
    """A working folder outside the repository, and an environment that reaches only the venv
    (and the test's own data folder, from conftest.py)."""
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MGI_")) and k != "VIRTUAL_ENV"}
    env.update(MGI_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    assert not work.resolve().is_relative_to(ROOT)
    return work, env


def _app(venv: Path, outside: tuple[Path, dict[str, str]], *args: str,
         **extra: str) -> subprocess.CompletedProcess[str]:
    cwd, env = outside
    return _run([_bin(venv) / "mgi-desktop", *args], cwd=cwd, env=env | extra, timeout=600)


def test_the_wheel_carries_the_questionnaires_and_resources(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert [name for name in DATA if name not in names] == []
    assert not [n for n in names if n.rsplit("/", 1)[-1] in SOURCES_ONLY]
    assert not [n for n in names if n.startswith(("questionnaires/", "resources/"))], "data outside the package"


def test_the_sdist_carries_them_too_and_builds_the_same_wheel(wheel: Path, tmp_path: Path) -> None:
    (tmp_path / "sdist").mkdir()
    sdist = _build(ROOT, tmp_path / "sdist", "--sdist")
    top = sdist.name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as tar:
        members = set(tar.getnames())
    for folder in ("questionnaires", "resources"):
        files = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / folder).rglob("*")) if p.is_file()]
        assert [f for f in files if f"{top}/{f}" not in members] == []
    (tmp_path / "from-sdist").mkdir()
    rebuilt = _build(sdist, tmp_path / "from-sdist", "--wheel")
    with zipfile.ZipFile(wheel) as a, zipfile.ZipFile(rebuilt) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())


def test_the_installed_app_reads_the_data_inside_its_package(venv: Path,
                                                             outside: tuple[Path, dict[str, str]]) -> None:
    script = ("import json, sysconfig, mgi_desktop; from mgi_desktop import paths; print(json.dumps({"
              "'purelib': sysconfig.get_paths()['purelib'], 'package': mgi_desktop.__file__, "
              "'root': str(paths.install_root()), 'questionnaires': str(paths.questionnaires_dir()), "
              "'resources': str(paths.resources_dir())}))")
    cwd, env = outside
    found = {k: Path(v).resolve() for k, v in json.loads(_run([_python(venv), "-c", script], cwd=cwd,
                                                               env=env).stdout).items()}
    package = found["purelib"] / "mgi_desktop"
    assert found["package"] == package / "__init__.py"
    assert found["root"] == package
    assert found["questionnaires"] == package / "questionnaires"
    assert found["resources"] == package / "resources"
    assert (found["resources"] / "i18n" / "mgi_desktop_fr.qm").is_file()
    assert (found["resources"] / "i18n" / "fr-messages.json").is_file()  # what wording.py reads
    assert not any(path.is_relative_to(ROOT) for path in found.values())


def test_the_installed_command_line_creates_and_lists_an_assessment(
        venv: Path, outside: tuple[Path, dict[str, str]]) -> None:
    created = _app(venv, outside, "assessment", "new", "--framework", "mgi-national", "--country", "KGZ")
    assessment_id = created.stdout.strip()
    listed = json.loads(_app(venv, outside, "assessment", "list", "--json").stdout)
    assert [(a["id"], a["framework"], a["country"]) for a in listed] == [(assessment_id, "mgi-national", "KGZ")]
    assert listed[0]["relevant"] > 0  # the questionnaire was read to count its questions


def test_the_installed_window_opens_offscreen_and_quits(venv: Path, outside: tuple[Path, dict[str, str]]) -> None:
    _app(venv, outside, MGI_EXIT_AFTER_SHOW="opening")


def test_the_installed_app_passes_its_self_test(venv: Path, outside: tuple[Path, dict[str, str]]) -> None:
    lines = _app(venv, outside, "--self-test").stdout.splitlines()
    report = "\n".join(lines)
    assert len(lines) == len(selftest.CHECKS) + 1, report
    assert all(line.startswith("ok ") for line in lines), report
    assert "(installed package, Python" in lines[0], report
    assert f"{os.sep}site-packages{os.sep}mgi_desktop" in lines[0] and str(venv) in lines[0], report
