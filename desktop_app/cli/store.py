"""``dossier store``, ``backup`` and ``restore``: the store's encryption, its backups.

Run with the store open (:func:`run`), except ``restore`` (which makes a store) and
``store test-recovery-key`` / ``store accept-database`` (which open it themselves).
Secrets are read and asked for by :mod:`desktop_app.cli.unlocking`.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop_app.cli import unlocking
from desktop_app.cli.args import BEFORE_OPEN
from desktop_app.cli.output import confirmed, run_job
from desktop_app.errors import DossierError
from desktop_app.i18n import translate, translate_n
from desktop_app.services import NoStore, Services, Unlock, resolve_data_dir


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
    with unlocking.open_services(getattr(args, "data_dir", None), err, inspect=True) as services:
        problems = services.generation_problems()
        if not problems:
            print(
                translate(
                    "Cli", "The database of the store at {data_dir} matches its record: nothing to accept."
                ).format(data_dir=services.data_dir),
                file=out,
            )
            return 0
        for problem in problems:
            print(translate("Cli", "problem: {problem}").format(problem=problem), file=out)
        if not args.yes:
            if not unlocking.can_ask():
                raise DossierError(
                    translate(
                        "Cli",
                        "Accepting loses the newer records for good: add --yes to confirm (keep a copy of "
                        "the folder first, and look for a backup: 'dossier restore').",
                    )
                )
            if not confirmed(
                translate("Cli", "Accept this database as it is, losing the newer records? [y/N] ")
            ):
                print(translate("Cli", "Nothing was changed."), file=out)
                return 1
        services.accept_database()
        print(
            translate(
                "Cli",
                "Accepted the database of the store at {data_dir} as it is. Evidence files that no record "
                "names any more are kept: 'dossier evidence unused' lists them.",
            ).format(data_dir=services.data_dir),
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
        raise NoStore(translate("Cli", "no Dossier store at {root}").format(root=root))
    text = unlocking.read_recovery_key(err)
    problem = Services.test_recovery_key(root, text)
    if problem is None:
        print(
            translate("Cli", "The recovery key opens the store at {root}. Nothing was changed.").format(
                root=root
            ),
            file=out,
        )
        return 0
    print(
        translate("Cli", "The recovery key does NOT open the store at {root}: {problem}").format(
            root=root, problem=problem
        ),
        file=out,
    )
    return 1


def restore_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target = resolve_data_dir(getattr(args, "data_dir", None))
    if args.recovery_key_file:
        key = unlocking.read_secret_file(args.recovery_key_file, "--recovery-key-file")
        report = run_job(Services.restore_job(args.backup, target, Unlock(recovery_key=key)), err)
    else:
        report = unlocking.with_unlock(
            lambda unlock: run_job(Services.restore_job(args.backup, target, unlock), err),
            args.backup,
            err,
        )
    print(
        translate(
            "Cli",
            "Restored {cases} and {files} into {target}; every file's SHA-256 and the database were checked.",
        ).format(
            cases=translate_n("Cli", "%n case(s)", report.cases),
            files=translate_n("Cli", "%n file(s)", report.files),
            target=target,
        ),
        file=out,
    )
    return 0


def run(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "backup":
        passphrase = (
            unlocking.read_secret_file(args.passphrase_file, "--passphrase-file")
            if args.passphrase_file
            else None
        )
        if passphrase is None and not services.protection(ask_keyring=False).encrypted:
            if not unlocking.can_ask():
                raise DossierError(
                    translate(
                        "Cli",
                        "This store is not encrypted: give --passphrase-file FILE to protect its backup.",
                    )
                )
            passphrase = unlocking.ask_new_passphrase(
                translate("Cli", "A passphrase for the backup: "), translate("Cli", "no backup was written")
            )
        report = run_job(services.backup_job(args.output, passphrase, force=args.force), err)
        how = (
            translate("Cli", "its passphrase")
            if passphrase
            else translate("Cli", "the store's recovery key or passphrase")
        )
        print(
            translate(
                "Cli",
                "Wrote {output} ({size}): {cases}, {files}, checked before it was written. It opens with "
                "{how}.",
            ).format(
                output=args.output,
                size=translate_n("Cli", "%Ln byte(s)", report.size),
                cases=translate_n("Cli", "%n case(s)", report.cases),
                files=translate_n("Cli", "%n file(s)", report.files),
                how=how,
            ),
            file=out,
        )
        return 0
    return _store(services, args, out, err)


def _store(services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    action = args.store_command
    if action == "status":
        state = services.protection()
        print(translate("Cli", "store:       {folder}").format(folder=state.folder), file=out)
        print(
            translate("Cli", "encrypted:   {answer}").format(
                answer=translate("Cli", "yes") if state.encrypted else translate("Cli", "no")
            ),
            file=out,
        )
        if not state.encrypted:
            print(translate("Cli", "             'dossier store encrypt' encrypts it in place"), file=out)
        if state.encrypted:
            print(
                translate("Cli", "keyring:     {answer}").format(
                    answer=translate("Cli", "holds the key")
                    if state.key_in_keyring
                    else translate("Cli", "does not hold the key")
                ),
                file=out,
            )
            print(
                translate("Cli", "passphrase:  {answer}").format(
                    answer=translate("Cli", "set") if state.has_passphrase else translate("Cli", "none")
                ),
                file=out,
            )
            print(translate("Cli", "recovery key: set when the store was encrypted"), file=out)
        return 0
    if action == "encrypt":
        passphrase = (
            unlocking.read_secret_file(args.passphrase_file, "--passphrase-file")
            if args.passphrase_file
            else None
        )
        try:
            recovery = unlocking.with_unlock_new(
                lambda unlock: run_job(services.change_encryption_job(True, unlock), err),
                passphrase,
                err,
            )
        except DossierError as exc:  # the switch completes at the next opening: its key must be seen now
            pending = getattr(exc, "recovery_key", None)
            if pending:
                print(
                    translate(
                        "Cli", "The store's new recovery key, shown once; write it down:\n\n    {key}\n"
                    ).format(key=pending),
                    file=err,
                )
            raise
        print(
            translate("Cli", "Encrypted the store at {data_dir}.").format(data_dir=services.data_dir),
            file=out,
        )
        if recovery:
            print(
                translate(
                    "Cli", "Its recovery key, shown once; write it down or print it:\n\n    {recovery}\n"
                ).format(recovery=recovery),
                file=err,
            )
        return 0
    if action == "decrypt":
        if not args.yes:
            if not unlocking.can_ask():
                raise DossierError(
                    translate("Cli", "Decrypting writes every file in plaintext: add --yes to confirm.")
                )
            if not confirmed(translate("Cli", "Decrypt the store, writing every file in plaintext? [y/N] ")):
                print(translate("Cli", "Nothing was changed."), file=out)
                return 1
        run_job(services.change_encryption_job(False), err)
        print(
            translate("Cli", "Decrypted the store at {data_dir}: its files are now in plaintext.").format(
                data_dir=services.data_dir
            ),
            file=out,
        )
        return 0
    if action == "accept-database":  # reached with the store open normally: it matches its record
        print(
            translate(
                "Cli", "The database of the store at {data_dir} matches its record: nothing to accept."
            ).format(data_dir=services.data_dir),
            file=out,
        )
        return 0
    if action == "test-recovery-key":  # reached with the store open: its key is known
        text = unlocking.read_recovery_key(err)
        problem = services.recovery_key_opens(text)
        if problem is None:
            print(
                translate(
                    "Cli", "The recovery key opens the store at {data_dir}. Nothing was changed."
                ).format(data_dir=services.data_dir),
                file=out,
            )
            return 0
        print(
            translate("Cli", "The recovery key does NOT open the store at {data_dir}: {problem}").format(
                data_dir=services.data_dir, problem=problem
            ),
            file=out,
        )
        return 1
    if action == "new-recovery-key":
        text = services.renew_recovery_key()
        print(
            translate("Cli", "New recovery key (the old one no longer works):\n\n    {text}\n").format(
                text=text
            ),
            file=out,
        )
        return 0
    if action == "passphrase":
        if args.remove:
            run_job(services.passphrase_job(None), err)
            print(
                translate(
                    "Cli",
                    "The passphrase was removed: the store opens with the system keyring or its recovery "
                    "key.",
                ),
                file=out,
            )
            return 0
        if args.passphrase_file:
            new = unlocking.read_secret_file(args.passphrase_file, "--passphrase-file")
        elif unlocking.can_ask():
            new = unlocking.ask_new_passphrase(
                translate("Cli", "New passphrase: "), translate("Cli", "nothing was changed")
            )
        else:
            raise DossierError(translate("Cli", "Give the new passphrase with --passphrase-file FILE."))
        run_job(services.passphrase_job(new), err)
        print(translate("Cli", "The passphrase was set."), file=out)
        return 0
    raise AssertionError(action)  # pragma: no cover
