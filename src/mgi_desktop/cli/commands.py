"""The commands, in the order ``--help`` lists them."""

from __future__ import annotations

from mgi_desktop.cli import (
    assessment,
    attachments,
    backup,
    contributions,
    contributors,
    exchange,
    export,
    findings,
    keys,
    profile,
    questionnaire,
)
from mgi_desktop.cli.registry import Command

COMMANDS: list[Command] = [
    *questionnaire.COMMANDS,
    *assessment.COMMANDS,
    *backup.COMMANDS,
    *attachments.COMMANDS,
    *findings.COMMANDS,
    *profile.COMMANDS,
    *contributors.COMMANDS,
    *contributions.COMMANDS,
    *export.COMMANDS,
    *exchange.COMMANDS,
    *keys.COMMANDS,
]
