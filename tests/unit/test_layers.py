"""The architecture holds: layers import only downwards, and no module of the core imports itself round a cycle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
#: the front ends and the self-test may reach anything; the rest is the core
FRONT = ("mgi_desktop.ui", "mgi_desktop.cli", "mgi_desktop.selftest", "mgi_desktop.__main__")


def test_import_linter_contracts_are_kept() -> None:
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports")], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 kept, 0 broken" in result.stdout


def test_no_import_cycles_in_the_core() -> None:
    graph = grimp.build_graph("mgi_desktop")
    core = sorted(m for m in graph.modules if not m.startswith(FRONT) and ".migrations" not in m)
    edges = {m: {n for n in graph.find_modules_directly_imported_by(m) if n in core} for m in core}
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(edges[module]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target):], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in core:
        if module not in state:
            visit(module)
    # a package's __init__ naturally "imports" nothing of its own here; any cycle is between real modules
    assert cycles == [], "\n".join(" -> ".join(c) for c in cycles)
