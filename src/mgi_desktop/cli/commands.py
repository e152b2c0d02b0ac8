"""The command groups, in the order ``--help`` lists them."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mgi_desktop.cli import assessment, backup, exchange, export, findings, questionnaire

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

REGISTRY: list[Register] = [
    questionnaire.register,
    assessment.register,
    backup.register,
    findings.register,
    export.register,
    exchange.register,
]
