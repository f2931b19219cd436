"""The process's way in and out: the ``dossier`` command and ``python -m desktop_app`` run :func:`run`.

A command that has finished has closed its store (:func:`desktop_app.cli.main` opens it in a
``with``), written its output and its log. What a normal interpreter exit still does after that
is free every object and module one by one: 40 to 70 ms of CPU after ``dossier cases`` at 2,000
cases, and nothing of it reaches a file. So :func:`leave` does the part of a normal exit that
matters (the ``atexit`` handlers: Dossier's private temporary folders removed, ``logging``'s
shutdown that flushes and closes the log; the standard streams flushed) and ends the process.

It leaves the normal way whenever the rest could matter: when the process's main program is not
one of Dossier's entry points (a test, or any program that runs the command and goes on after
it), after the window ran (Qt writes its settings and files from objects' destructors), or while
another thread that is not a daemon is still working (a normal exit waits for it).
:func:`desktop_app.cli.main` itself returns as before.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn

from desktop_app.cli import main

# Python's own exit status when the standard output cannot be flushed at exit.
UNFLUSHED = 120


def run() -> NoReturn:
    try:
        code = main()
    except SystemExit as exc:  # argparse's --help, --version and usage errors end this way
        code = status_of(exc.code)
    leave(code)


def status_of(code: object) -> int:
    """The exit status a normal exit gives ``SystemExit(code)``: None is 0, a number itself, any other
    value is printed to the standard error and gives 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def leave(code: int) -> NoReturn:
    if must_tear_down():
        sys.exit(code)
    atexit._run_exitfuncs()  # what a normal exit runs, in the same order (last registered first)
    code = flushed(code)
    os._exit(code)


def must_tear_down() -> bool:
    """True when the process must end the normal way: its main program is not Dossier's entry point
    (the ``dossier`` script and ``desktop_app/__main__.py`` import :func:`run`), Qt was loaded, or a
    thread that is not a daemon is still alive."""
    if getattr(sys.modules.get("__main__"), "run", None) is not run:
        return True
    if "PySide6.QtCore" in sys.modules:
        return True
    main_thread = threading.main_thread()
    return any(t is not main_thread and t.is_alive() and not t.daemon for t in threading.enumerate())


def flushed(code: int) -> int:
    """Flush the standard streams; ``code``, or 120 when the standard output could not be written
    (as Python's own exit says it) and the command had succeeded."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe, a full disk, a stream already closed
            if stream is sys.stdout and code == 0:
                code = UNFLUSHED
    return code
