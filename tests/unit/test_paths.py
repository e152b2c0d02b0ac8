"""Where the read-only data (questionnaires/, resources/) is found: bundle, installed package, checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import mgi_desktop
from mgi_desktop import paths

ROOT = Path(__file__).resolve().parents[2]


def _package(tmp_path: Path, *, with_data: bool) -> Path:
    """A stand-in for the installed package's folder, with or without the wheel's data in it."""
    folder = tmp_path / "site-packages" / "mgi_desktop"
    folder.mkdir(parents=True)
    if with_data:
        (folder / "questionnaires").mkdir()
        (folder / "resources").mkdir()
    return folder


def test_a_frozen_bundle_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    package = _package(tmp_path, with_data=True)
    monkeypatch.setattr(paths, "package_dir", lambda: package)
    assert paths.install_root() == bundle
    assert paths.questionnaires_dir() == bundle / "questionnaires"
    assert paths.resources_dir() == bundle / "resources"


def test_then_the_data_inside_the_installed_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    package = _package(tmp_path, with_data=True)
    monkeypatch.setattr(paths, "package_dir", lambda: package)
    assert paths.install_root() == package
    assert paths.questionnaires_dir() == package / "questionnaires"
    assert paths.resources_dir() == package / "resources"


def test_then_the_repositorys_top_level_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    package = _package(tmp_path, with_data=False)
    monkeypatch.setattr(paths, "package_dir", lambda: package)
    assert paths.install_root() == ROOT
    assert paths.questionnaires_dir() == ROOT / "questionnaires"


def test_this_checkout_has_the_code_in_its_package_and_the_data_at_the_top() -> None:
    """What `uv sync` makes: an editable install, whose package folder is src/mgi_desktop."""
    assert not hasattr(sys, "_MEIPASS")
    assert paths.package_dir().resolve() == Path(mgi_desktop.__file__).resolve().parent == ROOT / "src" / "mgi_desktop"
    assert not (paths.package_dir() / "questionnaires").exists()
    assert paths.checkout_root() == ROOT
    assert paths.install_root() == ROOT
    assert (paths.questionnaires_dir() / "mgi-national.yaml").is_file()
    assert (paths.resources_dir() / "i18n" / "mgi_desktop_fr.qm").is_file()
