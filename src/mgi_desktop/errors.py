"""The typed exceptions of the core.

`MgiError` and its subclasses carry a message meant for a person: the command
line prints it as one line, the window shows it in a dialog.  Anything else that
escapes is a bug and goes to the crash handler with its traceback.
"""

from __future__ import annotations


class MgiError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def lines(self) -> list[str]:
        return [self.message, *self.details]


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


class QuestionnaireError(MgiError):
    """A questionnaire file with problems; `details` lists every one."""


class ExchangeError(MgiError):
    """An exchange package that is refused; nothing was changed."""


class PasswordRequired(ExchangeError):
    """A protected package read without its password, or with a wrong one: ask for it (again)."""
