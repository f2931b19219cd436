"""Argument types shared by the command line's parser, and the refusal of what was typed.

Light on purpose: the parser (and so ``dossier --help``) imports this module.
"""

from __future__ import annotations

import argparse
from datetime import date

from desktop_app.i18n import translate

# The ``store`` actions that open the store themselves, and so run before it is opened.
BEFORE_OPEN = frozenset({"test-recovery-key", "accept-database"})


class BadInput(Exception):
    """What was typed cannot be recorded: one line per problem, each naming its option."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a number").format(text=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "{text} is not a valid id").format(text=repr(text)))
    return value


def id_list(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a list of ids such as 1,3,4").format(text=repr(text))
        ) from None
    if not ids or any(i < 1 for i in ids):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a list of ids such as 1,3,4").format(text=repr(text))
        )
    return ids


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date written YYYY-MM-DD").format(text=repr(text))
        ) from None
