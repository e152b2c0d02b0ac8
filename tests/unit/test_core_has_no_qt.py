"""The core never imports PySide6: only mgi_desktop.ui may."""

import pkgutil
import subprocess
import sys

import pytest

import mgi_desktop


def core_modules():
    for info in pkgutil.walk_packages(mgi_desktop.__path__, "mgi_desktop."):
        if info.name.startswith("mgi_desktop.ui") or info.name.endswith("__main__"):
            continue
        if ".migrations" in info.name:
            continue  # Alembic scripts are loaded by Alembic, not imported
        yield info.name


@pytest.mark.slow  # a new Python process importing every core module: seconds
def test_core_imports_without_pyside6():
    modules = sorted(core_modules())
    assert "mgi_desktop.storage.db" in modules and "mgi_desktop.services.answers" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core modules pulled in Qt: {result.stdout}"
