"""Build the Linux bundle once, then check it the way an IT department would: ``--self-test``.

Slow (a PyInstaller build takes minutes on two cores); run by .ci/run with the
rest of the suite.  It needs PyInstaller from the ``packaging`` dependency group:
taken from this environment when present, else through ``uv run --group packaging``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from mgi_desktop import selftest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test builds the Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"
MAX_BYTES = 250 * 1024 * 1024


def _build_command(output: Path) -> list[str]:
    args = ["packaging/build.py", "--output-dir", str(output)]
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        uv = shutil.which("uv")
        if uv is None:
            pytest.fail("PyInstaller is not installed and uv is not on PATH: run `uv sync --group packaging`")
        return [uv, "run", "--group", "packaging", "python", *args]
    return [sys.executable, *args]


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("dist")
    result = subprocess.run(_build_command(output), cwd=ROOT, capture_output=True, text=True, timeout=3600,
                            check=False)
    if result.returncode != 0:
        pytest.fail(f"build failed ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}")
    return output


@pytest.fixture(scope="session")
def bundle(dist: Path) -> Path:
    return dist / "mgi-desktop"


def _has_python(folder: str) -> bool:
    return any(shutil.which(name, path=folder) for name in ("python", "python3", "python3.11"))


def _without_python(data_dir: Path) -> dict[str, str]:
    """An official's laptop: no Python on PATH (not even the system's), no PYTHON* variables,
    no virtual environment, no display."""
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if p and not _has_python(p)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    env.update(PATH=os.pathsep.join(path), QT_QPA_PLATFORM="offscreen", MGI_DATA_DIR=str(data_dir))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def test_the_bundle_passes_its_self_test_without_python(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "official-data"
    data.mkdir()
    (data / "keep.txt").write_text("the user's own file", encoding="utf-8")
    env = _without_python(data)
    assert not _has_python(env["PATH"]) and "VIRTUAL_ENV" not in env and "PYTHONPATH" not in env

    result = subprocess.run([str(bundle / "mgi-desktop"), "--self-test"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=600, check=False)
    lines = result.stdout.splitlines()
    report = f"{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, report
    assert len(lines) == len(selftest.CHECKS) + 1, report
    assert all(line.startswith("ok ") for line in lines), report
    assert "(bundle, Python" in lines[0], report  # the frozen app ran, not the source tree
    assert str(bundle) in lines[0], report
    # the self-test worked in a folder of its own, not in the data folder it was given
    assert sorted(p.name for p in data.rglob("*")) == ["keep.txt"]


def test_the_bundle_stays_under_250_mb(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert 20 * 1024 * 1024 < size < MAX_BYTES, f"{size / 1024 / 1024:.1f} MB"


def test_the_bundle_holds_the_data_files_and_no_unused_qt(bundle: Path) -> None:
    internal = bundle / "_internal"
    migrations = internal / "mgi_desktop" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "src" / "mgi_desktop" / "storage" / "migrations" / "versions").glob("*.py"))
    for name in ("mgi-national.yaml", "mgi-local.yaml", "sdg-10-7-2.yaml"):
        assert (internal / "questionnaires" / name).is_file()
    for name in ("mgi-desktop.svg", "mgi-desktop.ico", "mgi-desktop.icns", "mgi-desktop-256.png"):
        assert (internal / "resources" / "icons" / name).is_file()
    for language in ("en", "fr", "es", "ru", "ar"):  # Help ▸ Guide
        assert (internal / "resources" / "guide" / f"{language}.html").is_file()
        assert (internal / "resources" / "guide" / "pictures" / f"question-{language}.png").is_file()

    names = [p.name for p in internal.rglob("*")]
    for unused in ("Qt6Qml", "Qt6Quick", "Qt6Network", "Qt6Pdf", "Qt6OpenGL", "Qt6Sql", "Qt6Test", "QtQml.abi3"):
        assert not [n for n in names if unused in n], unused
    qt = internal / "PySide6" / "Qt"
    assert {p.name for p in (qt / "plugins" / "platforms").iterdir()} >= {"libqoffscreen.so", "libqxcb.so",
                                                                          "libqwayland.so"}
    assert {p.name for p in (qt / "plugins" / "imageformats").iterdir()} >= {"libqsvg.so", "libqico.so"}
    assert not (qt / "plugins" / "qmltooling").exists() and not (qt / "plugins" / "sqldrivers").exists()
    assert all(p.name.startswith("qtbase_") for p in (qt / "translations").iterdir())
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"


def test_the_archive_installs_per_user(dist: Path, bundle: Path) -> None:
    archives = list(dist.glob("mgi-desktop-*-linux-*.tar.gz"))
    assert len(archives) == 1
    with tarfile.open(archives[0]) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = archives[0].name.split("-linux-")[0]
    assert members[f"{top}/mgi-desktop"].mode & 0o111
    assert members[f"{top}/install.sh"].mode & 0o111
    assert f"{top}/linux/mgi-desktop.desktop" in members
    assert f"{top}/_internal/mgi_desktop/storage/migrations/env.py" in members


def test_install_sh_installs_upgrades_and_uninstalls_keeping_user_data(dist: Path, tmp_path: Path) -> None:
    archive = next(dist.glob("mgi-desktop-*-linux-*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "download", filter="tar")
    unpacked = next((tmp_path / "download").iterdir())
    home = tmp_path / "home"
    user_data = home / ".local" / "share" / "MGI Desktop"
    user_data.mkdir(parents=True)
    (user_data / "mgi.sqlite").write_bytes(b"the official's assessments")
    # the shell tools install.sh uses live next to the system's Python: keep PATH, drop the rest
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "XDG_", "MGI_")) and k != "VIRTUAL_ENV"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")

    def sh(*args: str) -> str:
        result = subprocess.run([str(unpacked / "install.sh"), *args], env=env, capture_output=True, text=True,
                                timeout=300, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    sh()
    sh()  # an upgrade over an installed copy
    program = home / ".local" / "lib" / "mgi-desktop" / "mgi-desktop"
    desktop = (home / ".local" / "share" / "applications" / "mgi-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in desktop
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "mgi-desktop.png").is_file()
    version = subprocess.run([str(home / ".local" / "bin" / "mgi-desktop"), "--version"], env=env,
                             capture_output=True, text=True, timeout=120, check=False)
    assert version.returncode == 0 and version.stdout.startswith("MGI Desktop "), version.stderr

    sh("--uninstall")
    assert not program.exists() and not (home / ".local" / "bin" / "mgi-desktop").exists()
    assert (user_data / "mgi.sqlite").read_bytes() == b"the official's assessments"
