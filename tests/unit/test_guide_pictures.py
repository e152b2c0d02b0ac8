"""The guide's pictures: tools/guide_pictures.py makes compact copies of the screenshots, and the guide
ships one of each page in each language, small enough for the wheel."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

# Pillow is a dev dependency: a missing one fails here rather than skipping the check of what ships
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "resources" / "guide"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guide_pictures", ROOT / "tools" / "guide_pictures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("guide_pictures", module)
    spec.loader.exec_module(module)
    return module


def _screenshots(folder: Path, tool: ModuleType, size: tuple[int, int] = (1366, 768)) -> None:
    folder.mkdir()
    for n, name in enumerate(tool.NAMES):
        for language in tool.LANGUAGES:
            image = Image.new("RGB", size, (250, 250, 250))
            for x in range(0, size[0], 40):  # some detail, in colours, as a window has
                image.paste((40 + n * 20, 120, 200 - x % 150), (x, 100, x + 20, 300))
            image.save(folder / f"{name}-{language}.png")


def test_the_tool_writes_compact_copies_of_every_page_in_every_language(tmp_path: Path) -> None:
    tool = _tool()
    _screenshots(tmp_path / "shots", tool)
    assert tool.main([str(tmp_path / "shots"), str(tmp_path / "guide")]) == 0
    written = sorted((tmp_path / "guide" / "pictures").iterdir())
    assert [p.name for p in written] == sorted(f"{n}-{lang}.png" for n in tool.NAMES for lang in tool.LANGUAGES)
    for picture in written:
        with Image.open(picture) as image:
            assert image.mode == "P" and image.width == tool.WIDTH
            assert image.height == round(768 * tool.WIDTH / 1366)
        assert picture.stat().st_size < (tmp_path / "shots" / picture.name).stat().st_size
    assert not list((tmp_path / "guide" / "pictures").glob("*.part"))


def test_a_missing_screenshot_writes_nothing(tmp_path: Path, capsys) -> None:
    tool = _tool()
    _screenshots(tmp_path / "shots", tool, size=(400, 300))
    (tmp_path / "shots" / "review-ar.png").unlink()
    assert tool.main([str(tmp_path / "shots"), str(tmp_path / "guide")]) == 1
    assert "review-ar.png" in capsys.readouterr().err
    assert not (tmp_path / "guide").exists()


def test_the_guide_ships_each_picture_once_and_small() -> None:
    tool = _tool()
    pictures = sorted((GUIDE / "pictures").iterdir())
    assert [p.name for p in pictures] == sorted(f"{n}-{lang}.png" for n in tool.NAMES for lang in tool.LANGUAGES)
    for picture in pictures:
        with Image.open(picture) as image:
            assert image.mode == "P" and image.width <= tool.WIDTH, picture.name
    total = sum(p.stat().st_size for p in GUIDE.rglob("*") if p.is_file())
    assert total < 3 * 1024 * 1024, f"the guide weighs {total / 1024 / 1024:.1f} MB"
