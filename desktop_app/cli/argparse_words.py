"""argparse's own words ("usage:", "options", "the following arguments are required") in the process's
language.

argparse says them through ``gettext`` of its own domain, for which Python ships no translation. The
command line installs :func:`argparse_text` as argparse's ``_`` when it builds its parser in a language
other than English: each text is then looked up in Dossier's catalogues ("Cli" context, marked below
with their ``%`` placeholders as argparse fills them). In English nothing is installed and nothing read.
Plural messages (``ngettext``: "expected %s arguments", only for ``nargs=N``, which Dossier does not use)
stay as argparse says them.
"""

from __future__ import annotations

import argparse

from desktop_app.i18n import language, noop, translate

# What argparse (Python 3.11) says to a person, as its source writes it.
WORDS = (
    noop("Cli", "usage: "),
    noop("Cli", "positional arguments"),
    noop("Cli", "options"),
    noop("Cli", "show this help message and exit"),
    noop("Cli", "argument %(argument_name)s: %(message)s"),
    noop("Cli", "unrecognized arguments: %s"),
    noop("Cli", "not allowed with argument %s"),
    noop("Cli", "ignored explicit argument %r"),
    noop("Cli", "the following arguments are required: %s"),
    noop("Cli", "one of the arguments %s is required"),
    noop("Cli", "expected one argument"),
    noop("Cli", "expected at most one argument"),
    noop("Cli", "expected at least one argument"),
    noop("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    noop("Cli", "unexpected option string: %s"),
    noop("Cli", "invalid %(type)s value: %(value)r"),
    noop("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    noop("Cli", "%(prog)s: error: %(message)s\n"),
    noop("Cli", "can't open '%(filename)s': %(error)s"),
    noop("Cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def argparse_text(text: str) -> str:
    """argparse's ``_``: ``text`` in the process's language (itself when it is not in the catalogue)."""
    return translate("Cli", text)


def install() -> None:
    """Make argparse say its words in the process's language (nothing to do in English)."""
    if language() != "en":
        argparse._ = argparse_text  # type: ignore[attr-defined]
