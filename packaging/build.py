"""Build MGI Desktop for the OS this runs on: a one-folder bundle, an archive of it, and checks.

    uv run --group packaging python packaging/build.py [--output-dir DIR] [--self-test]
                                                       [--installer] [--dmg] [--no-archive]

Writes, under DIR (default: dist/ in the repository):

- ``mgi-desktop/`` (Windows, Linux) or ``MGI Desktop.app`` (macOS): the bundle;
- ``mgi-desktop-<version>-<os>-<arch>.tar.gz`` (Linux) or ``.zip`` (Windows, macOS);
- with ``--installer`` on Windows: ``mgi-desktop-<version>-windows-<arch>-setup.exe`` (Inno Setup 6);
- with ``--dmg`` on macOS: a ``.dmg`` disk image.

With ``--self-test`` the bundled executable then runs ``--self-test`` in a clean
environment (no Python, no virtual environment on PATH) and the build fails if
any check fails.  The bundle's size is printed and must stay under 250 MB.
See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "mgi-desktop.spec"
NAME = "mgi-desktop"
APP_NAME = "MGI Desktop"
MAX_BYTES = 250 * 1024 * 1024
WINDOWS, MACOS = sys.platform == "win32", sys.platform == "darwin"


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def os_tag() -> str:
    system = "windows" if WINDOWS else "macos" if MACOS else "linux"
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def bundle_path(output: Path) -> Path:
    return output / (f"{APP_NAME}.app" if MACOS else NAME)


def executable(output: Path, *, console: bool = True) -> Path:
    """The program to run for --self-test: on Windows the console twin of the windowed exe."""
    if MACOS:
        return bundle_path(output) / "Contents" / "MacOS" / NAME
    if WINDOWS:
        return bundle_path(output) / (f"{NAME}-cli.exe" if console else f"{NAME}.exe")
    return bundle_path(output) / NAME


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _has_python(folder: str) -> bool:
    return any(shutil.which(name, path=folder) for name in ("python", "python3", "python.exe"))


def clean_environment(data_dir: Path | None = None) -> dict[str, str]:
    """An official's laptop: no Python on PATH (not even the system's), no virtual environment."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT", "CONDA_PREFIX") and not k.startswith("PYTHON")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and not _has_python(p))
    if not WINDOWS and not MACOS and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if data_dir is not None:
        env["MGI_DATA_DIR"] = str(data_dir)
    return env


def check_tools() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("build.py: PyInstaller is missing; run it as `uv run --group packaging python packaging/build.py`")
    icons = ROOT / "resources" / "icons"
    needed = [icons / "mgi-desktop.ico", icons / "mgi-desktop.icns", icons / "mgi-desktop-256.png"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        sys.exit(f"build.py: icons missing ({', '.join(missing)}); run packaging/make_icons.py")


def run_pyinstaller(output: Path, work: Path) -> None:
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(output), "--workpath", str(work)]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def check_linked(bundle: Path) -> list[str]:
    """On Linux, every Qt/PySide library a bundled file needs must be in the bundle."""
    if WINDOWS or MACOS or shutil.which("ldd") is None:
        return []
    problems = []
    for lib in sorted(bundle.rglob("*.so*")):
        if not lib.is_file():
            continue
        result = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            if "not found" in line and any(k in line for k in ("Qt6", "pyside", "shiboken", "icu")):
                problems.append(f"{lib.relative_to(bundle)}: {line.strip()}")
    return problems


def add_linux_files(bundle: Path) -> None:
    """The per-user installer script and the desktop integration files, next to the executable."""
    linux = PACKAGING / "linux"
    (bundle / "linux").mkdir(exist_ok=True)
    for name in ("mgi-desktop.desktop", "org.iom.mgi-desktop.metainfo.xml", "mgi-desktop-mime.xml"):
        shutil.copy2(linux / name, bundle / "linux" / name)
    shutil.copy2(linux / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    if f'<release version="{version()}"' not in (linux / "org.iom.mgi-desktop.metainfo.xml").read_text("utf-8"):
        print(f"build.py: warning: version {version()} is not among the releases in "
              "packaging/linux/org.iom.mgi-desktop.metainfo.xml", file=sys.stderr)


def make_archive(output: Path) -> Path:
    bundle = bundle_path(output)
    base = output / f"{NAME}-{version()}-{os_tag()}"
    if MACOS:
        target = base.with_suffix(".zip")
        # ditto keeps the .app's symlinks, permissions and extended attributes (zip would not).
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(bundle), str(target)],
                       check=True)
        return target
    if WINDOWS:
        return Path(shutil.make_archive(str(base), "zip", root_dir=output, base_dir=bundle.name))
    target = Path(f"{base}.tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{NAME}-{version()}")
    return target


def make_dmg(output: Path) -> Path:
    target = output / f"{NAME}-{version()}-{os_tag()}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(bundle_path(output)),
                    "-ov", "-format", "UDZO", str(target)], check=True)
    return target


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def make_installer(output: Path) -> Path:
    iscc = find_iscc()
    if iscc is None:
        sys.exit("build.py: Inno Setup 6 (ISCC.exe) not found; install it from https://jrsoftware.org/isinfo.php")
    base = f"{NAME}-{version()}-{os_tag()}-setup"
    subprocess.run([str(iscc), f"/DAppVersion={version()}", f"/DSourceDir={bundle_path(output)}",
                    f"/DOutputDir={output}", f"/DOutputBase={base}",
                    str(PACKAGING / "windows" / "mgi-desktop.iss")], check=True)
    return output / f"{base}.exe"


def run_self_test(output: Path) -> bool:
    import tempfile

    program = executable(output)
    with tempfile.TemporaryDirectory(prefix="mgi-bundle-data-") as data:
        print(f"$ {program} --self-test", flush=True)
        result = subprocess.run([str(program), "--self-test"], env=clean_environment(Path(data)),
                                cwd=data, check=False, timeout=600)
    return result.returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the MGI Desktop bundle for this OS.")
    parser.add_argument("--output-dir", type=Path, default=ROOT / "dist",
                        help="where the bundle and archive go (default: dist/)")
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="PyInstaller's scratch folder (default: build/pyinstaller, or inside --output-dir)")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's --self-test after building")
    parser.add_argument("--no-archive", action="store_true", help="only the bundle folder")
    parser.add_argument("--installer", action="store_true", help="Windows: also build the Inno Setup installer")
    parser.add_argument("--dmg", action="store_true", help="macOS: also build a .dmg disk image")
    args = parser.parse_args(argv)

    check_tools()
    output = args.output_dir.resolve()
    output.mkdir(parents=True, exist_ok=True)
    work = (args.work_dir or (ROOT / "build" / "pyinstaller" if args.output_dir == ROOT / "dist"
                              else output / "work")).resolve()
    run_pyinstaller(output, work)

    bundle = bundle_path(output)
    if not (WINDOWS or MACOS):
        add_linux_files(bundle)
    size = folder_size(bundle)
    print(f"bundle: {bundle} ({size / 1024 / 1024:.1f} MB)")
    ok = True
    if size >= MAX_BYTES:
        print(f"build.py: the bundle is {size / 1024 / 1024:.1f} MB, over the 250 MB limit", file=sys.stderr)
        ok = False
    for problem in check_linked(bundle):
        print(f"build.py: missing library: {problem}", file=sys.stderr)
        ok = False
    if not args.no_archive:
        print(f"archive: {make_archive(output)}")
    if args.dmg and MACOS:
        print(f"disk image: {make_dmg(output)}")
    if args.installer and WINDOWS:
        print(f"installer: {make_installer(output)}")
    if args.self_test and not run_self_test(output):
        print("build.py: the bundle's self-test failed", file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
