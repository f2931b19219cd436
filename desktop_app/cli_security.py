"""The command line's side of encryption: unlocking, ``store``, ``backup``, ``restore``, ``bundle``.

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

from desktop_app.cli_args import positive_int
from desktop_app.errors import DossierError
from desktop_app.fileio import check_output
from desktop_app.protection import BUNDLE_WARNING
from desktop_app.secrets import WrongSecret, parse_recovery_key
from desktop_app.services import Services
from desktop_app.store.generation import NoStore
from desktop_app.store.keys import NeedsPassphrase, NeedsUnlock, Unlock
from desktop_app.store.location import resolve_data_dir

PASSPHRASE_ENV = "DOSSIER_PASSPHRASE_FILE"
TRIES = 3

T = TypeVar("T")


def ask(prompt: str) -> str:
    """Read a secret on the terminal without echo (tests replace this)."""
    return getpass.getpass(prompt)


def ask_new_passphrase(prompt: str, refused: str) -> str:
    """A new passphrase typed twice; ``refused`` ends the message when they differ or are empty."""
    first = ask(prompt)
    if not first or ask("The same passphrase again: ") != first:
        raise DossierError(f"The two passphrases differ (or are empty); {refused}.")
    return first


def can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret_file(path: str | Path, what: str) -> str:
    """The passphrase held in a file: its text without the final line break."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as exc:
        raise DossierError(f"{what} names {path}, which cannot be read ({exc.strerror or exc}).") from exc
    except UnicodeDecodeError:
        raise DossierError(f"{what} names {path}, which is not UTF-8 text.") from None
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    if not text:
        raise DossierError(f"{what} names {path}, which is empty.")
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
    except WrongSecret:
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
                f"{exc} On a terminal Dossier asks for it; a script sets {PASSPHRASE_ENV} to a file "
                "holding the passphrase."
            ) from None
        print(str(exc), file=err)
    except NeedsPassphrase as exc:
        hint = f"Set {PASSPHRASE_ENV} to a file holding the passphrase."
        return opener(Unlock(passphrase=_passphrase_instead(exc, hint, "nothing was created", err)))
    for attempt in range(TRIES):
        typed = ask(f"Passphrase or recovery key for {where}: ")
        try:
            return opener(_typed_secret(typed))
        except WrongSecret as exc:
            if attempt == TRIES - 1:
                raise
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
        raise NoStore(f"no Dossier store at {root}")

    def opener(unlock: Unlock) -> Services:
        return Services.open_store(root, interface="cli", unlock=unlock, create=create, inspect=inspect)

    services = with_unlock(opener, root, err)
    recovery = services.store.access.new_recovery_key
    if recovery:
        print(
            f"dossier: made a new encrypted store at {root}.\n"
            f"Its recovery key opens it if the system keyring or the passphrase is lost:\n\n"
            f"    {recovery}\n\n"
            "Write it down or print it, and keep it apart from this computer. It is not shown again.",
            file=err,
        )
    note = services.store.access.keyring_note
    if services.store.access.opened_by == "new" and note:
        print(f"dossier: the key is protected by your passphrase only ({note})", file=err)
    return services


def read_recovery_key(err: TextIO) -> str:
    """The recovery key: at a prompt that does not echo on a terminal, else one line of standard input."""
    if can_ask():
        return ask("Recovery key: ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    text = line.rstrip("\r\n")
    if not text.strip():
        raise DossierError("No recovery key was given: type it, or give it as one line on standard input.")
    return text


BEFORE_OPEN = frozenset({"test-recovery-key", "accept-database"})


def handles_before_open(args: argparse.Namespace) -> bool:
    """The ``store`` actions that open the store themselves (main() runs them before opening)."""
    return args.command == "store" and getattr(args, "store_command", None) in BEFORE_OPEN


def run_before_open(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.store_command == "test-recovery-key":
        return test_recovery_key_command(args, out, err)
    return accept_database_command(args, out, err)


def accept_database_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``dossier store accept-database``: open a store refused as rolled back, say what is wrong,
    and (confirmed) accept its database as it is. Exit 0 when accepted or nothing was wrong."""
    with open_services(getattr(args, "data_dir", None), err, inspect=True) as services:
        problems = services.store.generation_problems()
        if not problems:
            print(
                f"The database of the store at {services.data_dir} matches its record: nothing to accept.",
                file=out,
            )
            return 0
        for problem in problems:
            print(f"problem: {problem}", file=out)
        if not args.yes:
            if not can_ask():
                raise DossierError(
                    "Accepting loses the newer records for good: add --yes to confirm (keep a copy of the "
                    "folder first, and look for a backup: 'dossier restore')."
                )
            answer = input("Accept this database as it is, losing the newer records? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was changed.", file=out)
                return 1
        services.accept_database()
        print(
            f"Accepted the database of the store at {services.data_dir} as it is. Evidence files that no "
            "record names any more are kept: 'dossier evidence unused' lists them.",
            file=out,
        )
        return 0


def test_recovery_key_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``dossier store test-recovery-key``: whether the recovery key opens the store; changes nothing.

    Run before the store is opened (it needs neither the keyring nor the passphrase): 0 when the
    key opens the store, 1 when it does not.
    """
    root = resolve_data_dir(getattr(args, "data_dir", None))
    if not Services.store_exists(root):
        raise NoStore(f"no Dossier store at {root}")
    text = read_recovery_key(err)
    problem = Services.test_recovery_key(root, text)
    if problem is None:
        print(f"The recovery key opens the store at {root}. Nothing was changed.", file=out)
        return 0
    print(f"The recovery key does NOT open the store at {root}: {problem}", file=out)
    return 1


# --------------------------------------------------------------------------- commands


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    store = commands.add_parser(
        "store", parents=[common], help="encryption of the store: status, encrypt, decrypt"
    )
    actions = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    actions.add_parser("status", parents=[common], help="say whether the store is encrypted and how it opens")
    encrypt = actions.add_parser("encrypt", parents=[common], help="encrypt a plaintext store in place")
    encrypt.add_argument(
        "--passphrase-file", metavar="FILE", help="also protect the key with the passphrase in FILE"
    )
    actions.add_parser("decrypt", parents=[common], help="decrypt an encrypted store in place (asks first)")
    actions.add_parser(
        "new-recovery-key", parents=[common], help="make a new recovery key; the old stops working"
    )
    accept = actions.add_parser(
        "accept-database",
        parents=[common],
        help="accept a database older than the store's record of it, when no newer one or backup exists "
        "(the newer records are lost; keep a copy of the folder first)",
    )
    accept.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    actions.add_parser(
        "test-recovery-key",
        parents=[common],
        help="say whether a recovery key opens the store (asked, or one line on standard input); "
        "changes nothing",
    )
    passphrase = actions.add_parser(
        "passphrase", parents=[common], help="set, change or remove the passphrase"
    )
    passphrase.add_argument("--passphrase-file", metavar="FILE", help="the new passphrase, from FILE")
    passphrase.add_argument("--remove", action="store_true", help="remove the passphrase")
    for parser in (actions.choices["decrypt"],):
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    backup = commands.add_parser(
        "backup", parents=[common], help="write one encrypted file holding the database and every file"
    )
    backup.add_argument("output", metavar="OUT", type=Path)
    backup.add_argument("--force", action="store_true", help="replace OUT if it exists")
    backup.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="protect the backup with the passphrase in FILE (needed for a store that is not encrypted)",
    )

    restore = commands.add_parser(
        "restore", parents=[common], help="restore a backup into a new or empty folder (--data-dir)"
    )
    restore.add_argument("backup", metavar="IN", type=Path)
    restore.add_argument("--recovery-key-file", metavar="FILE", help="the store's recovery key, from FILE")

    bundle = commands.add_parser(
        "bundle", parents=[common], help="write an UNENCRYPTED zip of a case and its files, for a lawyer"
    )
    bundle.add_argument("case_id", metavar="CASE_ID", type=positive_int)
    bundle.add_argument("-o", "--output", metavar="OUT.zip", type=Path, required=True)
    bundle.add_argument("--force", action="store_true", help="replace OUT.zip if it exists")


def restore_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target = resolve_data_dir(getattr(args, "data_dir", None))
    if args.recovery_key_file:
        key = read_secret_file(args.recovery_key_file, "--recovery-key-file")
        report = Services.restore(args.backup, target, Unlock(recovery_key=key), progress=_progress(err))
    else:
        report = with_unlock(
            lambda unlock: Services.restore(args.backup, target, unlock, progress=_progress(err)),
            args.backup,
            err,
        )
    _end_progress(err)
    print(
        f"Restored {report.cases} case(s) and {report.files} file(s) into {target}; "
        "every file's SHA-256 and the database were checked.",
        file=out,
    )
    return 0


def dispatch(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "backup":
        passphrase = (
            read_secret_file(args.passphrase_file, "--passphrase-file") if args.passphrase_file else None
        )
        if passphrase is None and not services.store.encrypted:
            if not can_ask():
                raise DossierError(
                    "This store is not encrypted: give --passphrase-file FILE to protect its backup."
                )
            passphrase = ask_new_passphrase("A passphrase for the backup: ", "no backup was written")
        report = services.backup(args.output, passphrase, force=args.force, progress=_progress(err))
        _end_progress(err)
        how = "its passphrase" if passphrase else "the store's recovery key or passphrase"
        print(
            f"Wrote {args.output} ({report.size:,} bytes): {report.cases} case(s), {report.files} file(s), "
            f"checked before it was written. It opens with {how}.",
            file=out,
        )
        return 0
    if args.command == "bundle":
        output = check_output(args.output, force=args.force, what="case bundle")  # before the warning
        print(f"dossier: warning: {BUNDLE_WARNING}", file=err)
        size = services.write_case_bundle(args.case_id, output, force=args.force)
        print(f"Wrote {args.output} ({size:,} bytes), not encrypted.", file=out)
        return 0
    return _store(services, args, out, err)


def _store(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    action = args.store_command
    if action == "status":
        state = services.protection()
        print(f"store:       {state.folder}", file=out)
        print(f"encrypted:   {'yes' if state.encrypted else 'no'}", file=out)
        if not state.encrypted:
            print("             'dossier store encrypt' encrypts it in place", file=out)
        if state.encrypted:
            print(
                f"keyring:     {'holds the key' if state.key_in_keyring else 'does not hold the key'}",
                file=out,
            )
            print(f"passphrase:  {'set' if state.has_passphrase else 'none'}", file=out)
            print("recovery key: set when the store was encrypted", file=out)
        return 0
    if action == "encrypt":
        passphrase = (
            read_secret_file(args.passphrase_file, "--passphrase-file") if args.passphrase_file else None
        )
        try:
            recovery = with_unlock_new(
                lambda unlock: services.change_encryption(True, unlock, progress=_progress(err)),
                passphrase,
                err,
            )
        except DossierError as exc:  # the switch completes at the next opening: its key must be seen now
            pending = getattr(exc, "recovery_key", None)
            if pending:
                print(
                    f"The store's new recovery key, shown once; write it down:\n\n    {pending}\n", file=err
                )
            raise
        _end_progress(err)
        print(f"Encrypted the store at {services.data_dir}.", file=out)
        if recovery:
            print(f"Its recovery key, shown once; write it down or print it:\n\n    {recovery}\n", file=err)
        return 0
    if action == "decrypt":
        if not args.yes:
            if not can_ask():
                raise DossierError("Decrypting writes every file in plaintext: add --yes to confirm.")
            if input("Decrypt the store, writing every file in plaintext? [y/N] ").strip().lower() not in (
                "y",
                "yes",
            ):
                print("Nothing was changed.", file=out)
                return 1
        services.change_encryption(False, progress=_progress(err))
        _end_progress(err)
        print(f"Decrypted the store at {services.data_dir}: its files are now in plaintext.", file=out)
        return 0
    if action == "accept-database":  # reached with the store open normally: it matches its record
        print(
            f"The database of the store at {services.data_dir} matches its record: nothing to accept.",
            file=out,
        )
        return 0
    if action == "test-recovery-key":  # reached with the store open: its key is known
        text = read_recovery_key(err)
        problem = services.recovery_key_opens(text)
        if problem is None:
            print(f"The recovery key opens the store at {services.data_dir}. Nothing was changed.", file=out)
            return 0
        print(f"The recovery key does NOT open the store at {services.data_dir}: {problem}", file=out)
        return 1
    if action == "new-recovery-key":
        text = services.renew_recovery_key()
        print(f"New recovery key (the old one no longer works):\n\n    {text}\n", file=out)
        return 0
    if action == "passphrase":
        if args.remove:
            services.set_passphrase(None)
            print(
                "The passphrase was removed: the store opens with the system keyring or its recovery key.",
                file=out,
            )
            return 0
        if args.passphrase_file:
            new = read_secret_file(args.passphrase_file, "--passphrase-file")
        elif can_ask():
            new = ask_new_passphrase("New passphrase: ", "nothing was changed")
        else:
            raise DossierError("Give the new passphrase with --passphrase-file FILE.")
        services.set_passphrase(new)
        print("The passphrase was set.", file=out)
        return 0
    raise AssertionError(action)  # pragma: no cover


def with_unlock_new(opener: Callable[[Unlock], T], passphrase: str | None, err: TextIO) -> T:
    """Encrypting: the keyring first; where it does not work, a passphrase (given, or asked)."""
    try:
        return opener(Unlock(passphrase=passphrase))
    except NeedsPassphrase as exc:
        hint = "Give --passphrase-file FILE."
        return opener(Unlock(passphrase=_passphrase_instead(exc, hint, "nothing was changed", err)))


def _passphrase_instead(needs: NeedsPassphrase, hint: str, refused: str, err: TextIO) -> str:
    """No keyring keeps a new key here: a passphrase asked on the terminal, or the hint where none is."""
    if not can_ask():
        raise DossierError(f"{needs} {hint}") from None
    print(str(needs), file=err)
    return ask_new_passphrase("New passphrase: ", refused)


def _progress(err: TextIO) -> Callable[[int, int, str], None] | None:
    if not (hasattr(err, "isatty") and err.isatty()):
        return None

    def show(done: int, total: int, what: str) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{percent:3d}%  {what[:60]:<60}", end="", file=err, flush=True)

    return show


def _end_progress(err: TextIO) -> None:
    if hasattr(err, "isatty") and err.isatty():
        print(file=err)
