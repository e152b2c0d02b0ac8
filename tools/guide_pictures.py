"""Copy the window's screenshots into the guide, small enough to ship in the wheel.

    uv run python tools/guide_pictures.py [SCREENSHOTS] [GUIDE]

Reads NAME-LANG.png from SCREENSHOTS (default docs/screenshots, as tools/screenshots.py writes them)
for the pages the guide shows, and writes each, scaled down to at most WIDTH pixels wide and reduced
to a palette, to GUIDE/pictures/NAME-LANG.png (default resources/guide). Run it after rendering the
screenshots again, so that the guide shows the window as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
#: the pages the guide shows, in every language of the window
NAMES = ("start", "wizard", "question", "overview", "submit", "findings", "review", "audit", "compare")
LANGUAGES = ("en", "fr", "es", "ru", "ar")
WIDTH = 820  # what the guide window shows at its first size without scrolling sideways
COLOURS = 128  # the window's flat colours, its state icons and its text's anti-aliasing stay readable


def compact(source: Path, target: Path) -> int:
    """`source` scaled to WIDTH at most and reduced to a palette, written to `target`; its size in bytes."""
    with Image.open(source) as image:
        picture = image.convert("RGB")
    if picture.width > WIDTH:
        picture = picture.resize((WIDTH, round(picture.height * WIDTH / picture.width)), Image.Resampling.LANCZOS)
    small = picture.quantize(COLOURS, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    small.save(partial, "PNG", optimize=True)
    partial.replace(target)
    return target.stat().st_size


def main(argv: list[str]) -> int:
    screenshots = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    guide = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "guide"
    missing = [f"{n}-{lang}.png" for n in NAMES for lang in LANGUAGES
               if not (screenshots / f"{n}-{lang}.png").is_file()]
    if missing:
        print(f"{screenshots}: missing {', '.join(missing)}", file=sys.stderr)
        return 1
    total = 0
    for name in NAMES:
        for language in LANGUAGES:
            total += compact(screenshots / f"{name}-{language}.png", guide / "pictures" / f"{name}-{language}.png")
    print(f"{len(NAMES) * len(LANGUAGES)} pictures, {total / 1024 / 1024:.1f} MB, in {guide / 'pictures'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
