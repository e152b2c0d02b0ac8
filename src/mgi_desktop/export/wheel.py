"""The six-domain wheel as SVG: for the HTML report inline, and rendered to an
image by the Qt side (ui.export.pdf) for the PDF and DOCX reports.

Kept to SVG Tiny (paths, circles, text with tspans) so QtSvg draws it as a
browser does.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

#: One colour per domain, with white text readable on each (contrast >= 4.5:1).
COLOURS = ("#0033A0", "#1F6FB2", "#00757A", "#8A5A00", "#B0202B", "#4E6B00")
SIZE = 480


def _point(cx: float, cy: float, r: float, degrees: float) -> tuple[float, float]:
    a = math.radians(degrees)
    return cx + r * math.cos(a), cy + r * math.sin(a)


def _wrap(text: str, width: int = 14) -> list[str]:
    lines: list[str] = []
    for word in (part for whole in text.split() for part in _hyphen_parts(whole, width)):
        joiner = "" if lines and lines[-1].endswith("-") else " "
        if lines and len(lines[-1]) + len(joiner) + len(word) <= width:
            lines[-1] += joiner + word
        else:
            lines.append(word)
    return lines or [""]


def _hyphen_parts(word: str, width: int) -> list[str]:
    """A long hyphenated word may break after its hyphens (whole-of- / government)."""
    if len(word) <= width or "-" not in word:
        return [word]
    parts = word.split("-")
    return [p + "-" for p in parts[:-1]] + [parts[-1]]


def wheel_svg(domains: Sequence[tuple[int, str]], *, size: int = SIZE, centre_label: str = "MGI",
              caption: str = "The six domains of the Migration Governance Indicators") -> str:
    """An SVG document: one segment per domain, clockwise from the top, numbered and titled."""
    c = SIZE / 2
    outer, inner = c - 10, c * 0.34
    n = max(len(domains), 1)
    step = 360 / n
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
             f'viewBox="0 0 {SIZE} {SIZE}" font-family="Arial, Helvetica, sans-serif">',
             f"<title>{escape(caption)}</title>"]
    for index, (number, title) in enumerate(domains):
        start, end = -90 + index * step + 1, -90 + (index + 1) * step - 1
        x1, y1 = _point(c, c, outer, start)
        x2, y2 = _point(c, c, outer, end)
        x3, y3 = _point(c, c, inner, end)
        x4, y4 = _point(c, c, inner, start)
        large = 1 if end - start > 180 else 0
        colour = COLOURS[(number - 1) % len(COLOURS)]
        parts.append(
            f'<path d="M {x1:.1f} {y1:.1f} A {outer:.1f} {outer:.1f} 0 {large} 1 {x2:.1f} {y2:.1f} '
            f'L {x3:.1f} {y3:.1f} A {inner:.1f} {inner:.1f} 0 {large} 0 {x4:.1f} {y4:.1f} Z" '
            f'fill="{colour}" stroke="#ffffff" stroke-width="2"/>')
        mx, my = _point(c, c, (outer + inner) / 2, (start + end) / 2)
        lines = _wrap(title)
        top = my - (len(lines) * 15) / 2 - 6
        parts.append(f'<text x="{mx:.1f}" y="{top:.1f}" fill="#ffffff" font-size="22" font-weight="bold" '
                     f'text-anchor="middle">{number}</text>')
        for k, line in enumerate(lines):
            parts.append(f'<text x="{mx:.1f}" y="{top + 18 + k * 15:.1f}" fill="#ffffff" font-size="13" '
                         f'text-anchor="middle">{escape(line)}</text>')
    parts.append(f'<circle cx="{c}" cy="{c}" r="{inner - 6:.1f}" fill="#ffffff" stroke="#0033A0" '
                 'stroke-width="3"/>')
    parts.append(f'<text x="{c}" y="{c + 10}" fill="#0033A0" font-size="30" font-weight="bold" '
                 f'text-anchor="middle">{escape(centre_label)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
