"""The ``dossier`` command.

Every command takes ``--data-dir DIR`` (or ``$DOSSIER_HOME``). Errors go to
stderr with exit status 1; wrong usage, and a value that cannot be recorded as
typed, exit 2. With no command, the GUI opens.

Where things are: :mod:`~desktop_app.cli.parser` holds every command and option
(light: ``dossier --help`` loads nothing heavy); :func:`main` opens the store and
hands the command to its group's module (``cases``, ``records``, ``casefiles``,
``evidence``, ``mail``, ``packs``, ``letters``, ``search``, ``store``, ``check``,
``gui``), imported only when that command runs; :mod:`~desktop_app.cli.output`
prints; :mod:`~desktop_app.cli.unlocking` finds the secret that opens a store.
Each module talks to the store only through :class:`desktop_app.services.Services`;
a long command runs the service's job (``run_job(services.pack_job(...), err)``), the
same object the window's job runner runs.

To add a command: its options in ``parser.py`` (or a small light module it calls),
a ``run(services, args, out, err) -> int`` in its group's module, and its name in
:data:`MODULES`; then its line in docs/cli.md (a test checks every command is there).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TextIO

from desktop_app.cli import collector
from desktop_app.cli.args import BEFORE_OPEN, BadInput
from desktop_app.cli.output import FAILED, INTERRUPTED, OK, UNEXPECTED, USAGE, error
from desktop_app.cli.parser import build_parser, quick_parse
from desktop_app.errors import DossierError
from desktop_app.i18n import language_from_environment, set_language, translate

if TYPE_CHECKING:
    from desktop_app.services import Services

__all__ = ["build_parser", "main"]


class _Command(Protocol):
    def __call__(self, services: Services, args: argparse.Namespace, out: TextIO, err: TextIO) -> int: ...


# Which module runs each command (``run(services, args, out, err)``), imported when the command runs.
MODULES = {
    "demo": "cases",
    "cases": "cases",
    "deadlines": "cases",
    "preferences": "cases",
    "case": "casefiles",  # import, export; ``case new`` is a record (below)
    "bundle": "casefiles",
    "charge": "records",
    "contact": "records",
    "evidence": "evidence",
    "email": "mail",
    "pack": "packs",
    "letter": "letters",
    "search": "search",
    "store": "store",
    "backup": "store",
    "verify": "check",
}
# The commands that record one thing: read and checked before the store is even opened.
RECORDS = (("case", "new"), ("charge", "add"), ("contact", "add"))


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    # While the command's modules are imported and its store opened, the garbage collector waits
    # (see cli/collector.py).
    with collector.waiting():
        return _main(argv, stdout or sys.stdout, stderr or sys.stderr)


def _main(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    set_language(language_from_environment())  # the locale's (LANG...), English by default
    args = quick_parse(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
    data_dir = getattr(args, "data_dir", None)
    command = args.command or "gui"
    from desktop_app import logs  # after parsing: --help and usage errors need no log

    logs.setup("cli")
    from desktop_app.services import DatabaseError, NoStore, sweep_private_dirs

    sweep_private_dirs()  # plaintext a killed Dossier left in temp: its own folders only
    logs.event("command", command=command, action=_action_of(args))
    try:
        return _run(command, args, data_dir, out, err)
    except BadInput as exc:
        logs.error(f"cli.{command}", exc)
        for problem in exc.problems:
            error(problem, err)
        return USAGE
    except NoStore as exc:
        logs.error(f"cli.{command}", exc)
        error(str(exc), err)
        return USAGE
    except DossierError as exc:
        logs.error(f"cli.{command}", exc)
        error(str(exc), err)
        return FAILED
    except DatabaseError as exc:
        logs.error(f"cli.{command}", exc)
        error(
            translate(
                "Cli", "the store's database cannot be read ({reason}); 'dossier verify' checks it"
            ).format(reason=exc),
            err,
        )
        return FAILED
    except KeyboardInterrupt as exc:
        logs.error(f"cli.{command}.interrupted", exc)
        print(translate("Cli", "dossier: interrupted; nothing more was changed"), file=err)
        return INTERRUPTED
    except BrokenPipeError as exc:
        # The reader went away (``dossier cases | head``): not an error of Dossier's.
        logs.error(f"cli.{command}.pipe_closed", exc)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed pipe until exit
        return OK
    except Exception as exc:  # anything unexpected: one line, the details in the log
        where = logs.unexpected(f"cli.{command}", exc)
        error(
            translate(
                "Cli",
                "an unexpected {error} stopped '{command}'. Nothing was lost: the store keeps only whole "
                "changes. The details are in {log} (Dossier never sends it).",
            ).format(error=type(exc).__name__, command=command, log=where),
            err,
        )
        return UNEXPECTED


def _run(command: str, args: argparse.Namespace, data_dir: str | None, out: TextIO, err: TextIO) -> int:
    if command == "gui":
        from desktop_app.cli import gui

        return gui.run_gui(data_dir, sample_if_empty=getattr(args, "sample_if_empty", False), err=err)
    if command == "restore" or (command == "store" and args.store_command in BEFORE_OPEN):
        from desktop_app.cli import store

        collector.collect_from_here()
        if command == "restore":
            return store.restore_command(args, out, err)
        return store.run_before_open(args, out, err)  # store test-recovery-key, store accept-database
    if command in ("pack", "case") and str(getattr(args, "output", "")) == "-":
        if command == "pack":
            refusal = translate("Cli", "-o - cannot be a pack: give the name of the file to write")
        else:
            refusal = translate(
                "Cli",
                "-o - cannot be a case file and the folder of its files: give the name of the file to write",
            )
        error(refusal, err)
        return USAGE
    if command not in ("gui", "cases"):  # the others do their work as they read: collect already
        collector.collect_from_here()
    # A record is read and checked before the store is even opened.
    record = None
    if (command, getattr(args, f"{command}_command", None)) in RECORDS:
        from desktop_app.cli import records

        record = records.plan(args)
    from desktop_app.cli import unlocking

    # Only the commands that record may make a store; verify opens an older database to report on it.
    with unlocking.open_services(
        data_dir, err, create=unlocking.may_create(args), inspect=command == "verify"
    ) as services:
        if record is not None:
            return record.run(services, out, err)
        module = importlib.import_module(f"desktop_app.cli.{MODULES[command]}")
        collector.collect_from_here()
        run: _Command = module.run
        return run(services, args, out, err)


def _action_of(args: argparse.Namespace) -> str | None:
    """The sub-command's name (``evidence add``: ``add``), for the log."""
    for name in ("evidence_command", "case_command", "email_command", "store_command"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            return value
    return None
