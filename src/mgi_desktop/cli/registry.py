"""A command of the command line: its name, its one line of help, and how its own parser is built.

The top-level parser lists every command (its name and help); a command's own
parser, with its actions and their arguments, is built only when that command
may be the one asked for (`cli.build_parser`), so that ``--help`` and a single
command do not build the forty-odd parsers of all the others.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NamedTuple


class Command(NamedTuple):
    name: str
    help: str
    build: Callable[[argparse.ArgumentParser], None]
