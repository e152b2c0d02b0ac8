"""``--help`` of every command, as people read it: the parser is built lazily, its text must not change.

The expected texts are in tests/data/cli-help.txt (regenerate with
``uv run python tests/unit/cli/test_help.py`` after a deliberate change to the commands).
argparse's layout differs between Python versions, so the comparison runs on
the version the file was written with.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mgi_desktop.cli import build_parser

SNAPSHOT = Path(__file__).resolve().parents[2] / "data" / "cli-help.txt"
WRITTEN_WITH = (3, 11)
WIDTH = "100"

needs_version = pytest.mark.skipif(sys.version_info[:2] != WRITTEN_WITH,
                                   reason=f"argparse's layout is that of Python {WRITTEN_WITH}")


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def every_help() -> str:
    parts = []
    for path, parser in _parsers(build_parser()):
        parts.append(f"==== mgi-desktop {' '.join(path)}".rstrip() + "\n" + parser.format_help())
    return "\n".join(parts)


@needs_version
def test_every_help_text_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", WIDTH)
    assert every_help() == SNAPSHOT.read_text(encoding="utf-8")


@needs_version
def test_the_console_help_is_the_parsers() -> None:
    env = os.environ | {"COLUMNS": WIDTH}
    result = subprocess.run([sys.executable, "-m", "mgi_desktop", "--help"], capture_output=True, text=True,
                            env=env, check=True)
    top = SNAPSHOT.read_text(encoding="utf-8").split("\n==== ", 1)[0]
    assert result.stdout == top.split("\n", 1)[1]


if __name__ == "__main__":
    os.environ["COLUMNS"] = WIDTH
    SNAPSHOT.write_text(every_help(), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_a_command_built_alone_is_the_same_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """`main` builds in full only the command named on its command line: each is the same built alone."""
    monkeypatch.setenv("COLUMNS", WIDTH)
    whole = build_parser()
    assert build_parser(only="").format_help() == whole.format_help()  # what --help shows
    for name, full in _commands(whole).items():
        alone = build_parser(only=name)
        assert alone.format_help() == whole.format_help()
        built = _commands(alone)
        assert [sub.format_help() for _, sub in _parsers(built[name])] == [sub.format_help() for _, sub in
                                                                           _parsers(full)], name
        others = [other for other in built if other != name]
        assert all(not _commands_or_arguments(built[other]) for other in others)  # left empty


def _commands_or_arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]


@pytest.mark.parametrize(("argv", "asked"), [
    ([], ""), (["--help"], ""), (["--version"], ""), (["answer", "set", "x"], "answer"),
    (["--database", "db.sqlite", "status", "x"], "status"), (["--database=db.sqlite", "audit"], "audit"),
    (["--data", "db.sqlite", "answer"], None), (["bogus"], "bogus"),
])
def test_the_command_named_on_a_command_line(argv: list[str], asked: str | None) -> None:
    from mgi_desktop.cli import _asked

    assert _asked(argv) == asked
