"""Progress and Cancel for long core work, without Qt.

Long work takes an optional ``progress`` callable: ``progress(done, total)``
reports a step and returns False once the person asked to stop.  The work
calls `step` between its steps, at points where stopping leaves nothing
half-done (before a transaction commits, never inside a file being
written); `step` raises `Cancelled` there.  The window passes the callback
of its worker (`ui.workers`); the command line passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The person pressed Cancel and the work stopped at a safe point, having changed nothing."""


def step(progress: Progress | None, done: int, total: int) -> None:
    """Report step `done` of `total`; raise `Cancelled` if the person asked to stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled()
