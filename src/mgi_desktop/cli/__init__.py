"""The command line: one tree, ``mgi-desktop [--database PATH] [COMMAND ...]``.

With no command the window opens.  Every command prints data on stdout (as
JSON with ``--json``), problems on stderr one per line, and exits non-zero on
failure; a person never sees a traceback here (unexpected errors are logged
and summarised in one line).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mgi_desktop import __version__
from mgi_desktop.errors import MgiError
from mgi_desktop.limits import first_invalid
from mgi_desktop.messages import Message, Template, english

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

NOT_TEXT = Template("cli.not_text",
                    "the value of {option} is not valid text (character {position} is not valid Unicode; it may "
                    "have been pasted or passed from a program in another encoding)")


def build_parser(*, with_commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser.  With ``only``, the commands are all listed (as ``--help`` shows them) but
    only that one's own parser is built, with its actions and arguments: `main` passes the command
    the command line names (`_asked`), so it never parses a command whose parser was left empty."""
    parser = argparse.ArgumentParser(
        prog="mgi-desktop",
        description="MGI Desktop: answer, review, exchange and export Migration Governance Indicators "
        "assessments offline. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"MGI Desktop {__version__}")
    parser.add_argument("--database", metavar="PATH", type=Path,
                        help="the SQLite database to use (default: mgi.sqlite in the data folder, "
                        "or $MGI_DATABASE)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headlessly and exit (0 if every check passes)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if with_commands:
        from mgi_desktop.cli.commands import COMMANDS

        for command in COMMANDS:
            command_parser = sub.add_parser(command.name, help=command.help)
            if only is None or command.name == only:
                command.build(command_parser)
    return parser


def _opens_window(argv: Sequence[str]) -> bool:
    """Only ``--database PATH`` (or nothing): the window opens, and the commands' parsers need
    not be built, which shortens the window's start."""
    return _only(argv, ())


def _only(argv: Sequence[str], flags: tuple[str, ...]) -> bool:
    """Whether `argv` holds nothing but ``--database PATH`` and `flags`."""
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        if option == "--database" and rest:
            rest.pop(0)
        elif not option.startswith("--database=") and option not in flags:
            return False
    return True


def _asked(argv: Sequence[str]) -> str | None:
    """The command this command line names ("" for none, as with ``--help``), or None when that
    cannot be told without parsing (an abbreviated or unknown option): then every parser is built."""
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        if option == "--database" and rest:
            rest.pop(0)
        elif option.startswith("--database=") or option in ("--version", "--self-test"):
            continue
        elif option in ("-h", "--help"):
            return ""
        elif option.startswith("-"):
            return None
        else:
            return option
    return ""


def _opened_package(argv: Sequence[str]) -> Path | None:
    """``mgi-desktop FILE.mgi``: what a double-click on a package runs (Windows "%1", Linux %f).
    Caught before parsing, where a file name would be taken for an unknown command."""
    if len(argv) == 1 and argv[0].lower().endswith(".mgi") and Path(argv[0]).is_file():
        return Path(argv[0]).absolute()
    return None


def _tolerant_output() -> None:
    """Never fail on printing text that cannot be encoded (a name from a file system in another
    encoding, a console that cannot show a script): escape it rather than crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None without a console (pythonw)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a stream that cannot be reconfigured: leave it as it is
                pass


def _option_names(parser: argparse.ArgumentParser, args: argparse.Namespace) -> dict[str, str]:
    """How the command line names each destination of `args`: its longest option string, or a
    positional argument's metavar; through the subcommands `args` chose."""
    names: dict[str, str] = {}
    chosen: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            sub = action.choices.get(getattr(args, action.dest, None) or "")
            if sub is not None:
                chosen.append(sub)
        elif action.option_strings:
            names[action.dest] = max(action.option_strings, key=len)
        else:
            names[action.dest] = str(action.metavar or action.dest)
    for sub in chosen:
        names.update(_option_names(sub, args))
    return names


def _invalid_argument(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Message | None:
    """A string argument holding a lone surrogate (bytes of another encoding, which Python passes on as
    surrogate escapes): it could be neither stored nor printed.  A file name may hold them (on POSIX it
    is any bytes): a `Path`, or a string naming a file that exists (``--framework FILE_OR_ID``,
    ``backup restore BACKUP``); the services still refuse such a string where it would be stored."""

    def first(value: Any) -> int | None:
        if isinstance(value, str):
            position = first_invalid(value)
            return None if position is None or _names_a_file(value) else position
        if isinstance(value, (list, tuple)):
            return next((p for p in map(first, value) if p is not None), None)
        return None

    for dest, value in vars(args).items():
        position = first(value)
        if position is not None:
            option = _option_names(parser, args).get(dest, dest)
            return NOT_TEXT(option=option, position=position)
    return None


def _names_a_file(value: str) -> bool:
    try:
        return os.path.lexists(value)
    except (ValueError, OSError):
        return False


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    argv = sys.argv[1:] if argv is None else list(argv)
    package = _opened_package(argv)
    if package is not None:
        argv = []  # the window, on the default database, then the import dialog for the package
    # the commands' parsers are built only when a command (or the help that lists them) may be asked
    # for, and then only the named command's in full
    parser = build_parser(with_commands=not _only(argv, ("--version", "--self-test")), only=_asked(argv))
    args = parser.parse_args(argv)
    invalid = _invalid_argument(parser, args)
    if invalid is not None:
        print(f"mgi-desktop: {english(invalid)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.self_test:
            from mgi_desktop.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from mgi_desktop.ui.shell.app import run_app

            return run_app(database=args.database, package=package)
        return int(args.handler(args) or EXIT_OK)
    except MgiError as exc:
        for line in exc.lines():
            print(f"mgi-desktop: {line}" if line == exc.message else f"  {line}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("mgi-desktop: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: log it whole, tell the person where
        from mgi_desktop.logs import log_exception

        log_file = log_exception(exc)
        print(f"mgi-desktop: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(f"  the details were written to {log_file}", file=sys.stderr)
        logging.shutdown()
        return EXIT_FAILURE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
