"""Opening the store from the command line: the secret that unlocks it, and the questions asked.

Secrets come from ``DOSSIER_PASSPHRASE_FILE`` (a file holding the passphrase,
for scripts) or, on a terminal, from a prompt that does not echo. Nothing
here prints a key except the recovery key of a store just made, once.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO, TypeVar

from desktop_app import logs
from desktop_app.errors import DossierError
from desktop_app.i18n import translate
from desktop_app.services import (
    NeedsPassphrase,
    NeedsUnlock,
    NoStore,
    Services,
    Unlock,
    WrongSecret,
    parse_recovery_key,
    resolve_data_dir,
)

PASSPHRASE_ENV = "DOSSIER_PASSPHRASE_FILE"
TRIES = 3

T = TypeVar("T")


def ask(prompt: str) -> str:
    """Read a secret on the terminal without echo (tests replace this)."""
    return getpass.getpass(prompt)


def ask_new_passphrase(prompt: str, refused: str) -> str:
    """A new passphrase typed twice; ``refused`` ends the message when they differ or are empty."""
    first = ask(prompt)
    if not first or ask(translate("Cli", "The same passphrase again: ")) != first:
        raise DossierError(
            translate("Cli", "The two passphrases differ (or are empty); {refused}.").format(refused=refused)
        )
    return first


def can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret_file(path: str | Path, what: str) -> str:
    """The passphrase held in a file: its text without the final line break."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as exc:
        raise DossierError(
            translate("Cli", "{what} names {path}, which cannot be read ({reason}).").format(
                what=what, path=path, reason=exc.strerror or exc
            )
        ) from exc
    except UnicodeDecodeError:
        raise DossierError(
            translate("Cli", "{what} names {path}, which is not UTF-8 text.").format(what=what, path=path)
        ) from None
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    if not text:
        raise DossierError(
            translate("Cli", "{what} names {path}, which is empty.").format(what=what, path=path)
        )
    return text


def unlock_from_environment(env: Mapping[str, str] | None = None) -> Unlock:
    environ = os.environ if env is None else env
    path = environ.get(PASSPHRASE_ENV)
    if path:
        return Unlock(passphrase=read_secret_file(path, PASSPHRASE_ENV))
    return Unlock()


def _typed_secret(text: str) -> Unlock:
    """What was typed at the prompt: a recovery key when it reads as one, else a passphrase."""
    try:
        parse_recovery_key(text)
    except WrongSecret as exc:  # not a recovery key's form: a passphrase
        logs.error("cli.unlock.passphrase_typed", exc)
        return Unlock(passphrase=text, remember=False)
    return Unlock(recovery_key=text)


def with_unlock(opener: Callable[[Unlock], T], where: Path, err: TextIO) -> T:
    """Call ``opener`` with the environment's secret; on a terminal, ask when it is not enough."""
    unlock = unlock_from_environment()
    try:
        return opener(unlock)
    except NeedsUnlock as exc:
        if unlock.passphrase is not None or not can_ask():
            raise DossierError(
                translate(
                    "Cli",
                    "{problem} On a terminal Dossier asks for it; a script sets {variable} to a file "
                    "holding the "
                    "passphrase.",
                ).format(problem=exc, variable=PASSPHRASE_ENV)
            ) from None
        logs.error("cli.unlock.ask", exc)
        print(str(exc), file=err)
    except NeedsPassphrase as exc:
        logs.error("cli.unlock.new_passphrase", exc)
        hint = translate("Cli", "Set {variable} to a file holding the passphrase.").format(
            variable=PASSPHRASE_ENV
        )
        refused = translate("Cli", "nothing was created")
        return opener(Unlock(passphrase=_passphrase_instead(exc, hint, refused, err)))
    for attempt in range(TRIES):
        typed = ask(translate("Cli", "Passphrase or recovery key for {store}: ").format(store=where))
        try:
            return opener(_typed_secret(typed))
        except WrongSecret as exc:
            if attempt == TRIES - 1:
                raise
            logs.error("cli.unlock.wrong_secret", exc)
            print(str(exc), file=err)
    raise AssertionError("unreachable")  # pragma: no cover


# The commands that may make a store where there is none: they record something a new store can hold.
# Every other command only reads, or needs a record that a new store cannot have (a case, an item):
# pointed at a folder with no store, it says "no Dossier store at DIR" (exit status 2) and makes nothing.
CREATING_COMMANDS = frozenset({("demo", None), ("case", "import"), ("case", "new")})


def may_create(args: argparse.Namespace) -> bool:
    """Whether the command in ``args`` may make a new store (``restore`` and the window make theirs)."""
    command = args.command
    if command == "preferences":
        return getattr(args, "own_addresses", None) is not None  # setting one records it
    sub = {"case": "case_command"}.get(command)
    return (command, getattr(args, sub, None) if sub else None) in CREATING_COMMANDS


def open_services(
    data_dir: str | None, err: TextIO, *, create: bool = False, inspect: bool = False
) -> Services:
    """Open the store for a command. ``create``: make one where there is none (only commands that
    record); otherwise a folder with no store raises :class:`NoStore` ("no Dossier store at DIR",
    exit status 2). ``inspect`` (``verify`` only): a database older than the store's record of it
    is opened to be reported on, read-only, instead of refused."""
    root = resolve_data_dir(data_dir)
    if not create and not Services.store_exists(root):
        raise NoStore(translate("Cli", "no Dossier store at {root}").format(root=root))

    def opener(unlock: Unlock) -> Services:
        return Services.open_store(root, interface="cli", unlock=unlock, create=create, inspect=inspect)

    services = with_unlock(opener, root, err)
    state = services.protection(ask_keyring=False)
    recovery = state.new_recovery_key
    if recovery:
        print(
            translate(
                "Cli",
                "dossier: made a new encrypted store at {root}.\n"
                "Its recovery key opens it if the system keyring or the passphrase is lost:\n\n"
                "    {recovery}\n\n"
                "Write it down or print it, and keep it apart from this computer. It is not shown again.",
            ).format(root=root, recovery=recovery),
            file=err,
        )
    note = state.keyring_note
    if state.opened_by == "new" and note:
        print(
            translate("Cli", "dossier: the key is protected by your passphrase only ({note})").format(
                note=note
            ),
            file=err,
        )
    return services


def read_recovery_key(err: TextIO) -> str:
    """The recovery key: at a prompt that does not echo on a terminal, else one line of standard input."""
    if can_ask():
        return ask(translate("Cli", "Recovery key: "))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    text = line.rstrip("\r\n")
    if not text.strip():
        raise DossierError(
            translate("Cli", "No recovery key was given: type it, or give it as one line on standard input.")
        )
    return text


def with_unlock_new(opener: Callable[[Unlock], T], passphrase: str | None, err: TextIO) -> T:
    """Encrypting: the keyring first; where it does not work, a passphrase (given, or asked)."""
    try:
        return opener(Unlock(passphrase=passphrase))
    except NeedsPassphrase as exc:
        logs.error("cli.unlock.new_passphrase", exc)
        hint = translate("Cli", "Give --passphrase-file FILE.")
        refused = translate("Cli", "nothing was changed")
        return opener(Unlock(passphrase=_passphrase_instead(exc, hint, refused, err)))


def _passphrase_instead(needs: NeedsPassphrase, hint: str, refused: str, err: TextIO) -> str:
    """No keyring keeps a new key here: a passphrase asked on the terminal, or the hint where none is."""
    if not can_ask():
        raise DossierError(f"{needs} {hint}") from None
    print(str(needs), file=err)
    return ask_new_passphrase(translate("Cli", "New passphrase: "), refused)
