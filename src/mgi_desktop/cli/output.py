"""How commands print: JSON for scripts, aligned text for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers], *[["" if v is None else str(v) for v in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(value.ljust(widths[i]) for i, value in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``count(1, "event")`` -> "1 event", ``count(3, "event")`` -> "3 events" (the command line is English)."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def error(message: str) -> None:
    print(f"mgi-desktop: {message}", file=sys.stderr)
