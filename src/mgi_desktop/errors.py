"""The typed exceptions of the core.

`MgiError` and its subclasses carry a `Message` (a code and its parameters,
see `mgi_desktop.messages`) and optional detail messages: the command line
prints them in English, one line each; the window renders them in its own
language in a dialog.  Anything else that escapes is a bug and goes to the
crash handler with its traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from mgi_desktop.messages import Message, english


class MgiError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, message: Message, *, details: Sequence[Message] = ()) -> None:
        if not isinstance(message, Message) or not all(isinstance(d, Message) for d in details):
            raise TypeError("an MgiError carries Messages (a code and parameters), not text")
        self.msg = message
        self.details = list(details)
        super().__init__(english(message))

    @property
    def code(self) -> str:
        return self.msg.code

    @property
    def message(self) -> str:
        """The problem in English (the command line, logs); a window renders `msg` itself."""
        return english(self.msg)

    def lines(self) -> list[str]:
        """Every line in English: the problem, then its details."""
        return [self.message, *(english(d) for d in self.details)]

    def with_details(self, *details: Message) -> MgiError:
        """The same error with more details (e.g. where the latest backup is)."""
        return type(self)(self.msg, details=[*self.details, *details])


class NotFoundError(MgiError):
    """An assessment, question, evidence item... that does not exist."""


class ValidationError(MgiError):
    """A value that breaks a rule of its question or of the data model."""


class PermissionDenied(MgiError):
    """The user's role may not do this (e.g. a reviewer changing an answer)."""


class StateError(MgiError):
    """The assessment is not in a state that allows this."""


class StorageError(MgiError):
    """The database cannot be used: damaged, foreign, newer, locked, read-only."""


class DiskFullError(StorageError):
    """No room left on the disk of `folder` for a write; nothing acknowledged was lost.

    The window offers to free space and retry (never a restore: the data is
    sound); see `mgi_desktop.disk`.
    """

    def __init__(self, message: Message, *, details: Sequence[Message] = (), folder: Path | None = None) -> None:
        super().__init__(message, details=details)
        self.folder = folder

    def with_details(self, *details: Message) -> MgiError:
        return DiskFullError(self.msg, details=[*self.details, *details], folder=self.folder)


class QuestionnaireError(MgiError):
    """A questionnaire file with problems; `details` lists every one."""


class ExchangeError(MgiError):
    """An exchange package that is refused; nothing was changed."""


class PasswordRequired(ExchangeError):
    """A protected package read without its password, or with a wrong one: ask for it (again)."""
