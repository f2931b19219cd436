"""How the command line prints: exit statuses, JSON, tables, questions and progress on a terminal.

Messages for people go to standard error; what a script reads goes to standard output.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal, TextIO, TypeVar

from desktop_app.i18n import translate

if TYPE_CHECKING:
    from desktop_app.services import Job

T = TypeVar("T")

OK = 0
FAILED = 1  # an error explained on standard error
USAGE = 2  # written wrongly, or a value that cannot be taken as typed; no store
INTERRUPTED = 130
UNEXPECTED = 70


def error(message: str, err: TextIO) -> None:
    print(translate("Cli", "dossier: error: {message}").format(message=message), file=err)


def warning(message: str, err: TextIO) -> None:
    print(translate("Cli", "dossier: warning: {message}").format(message=message), file=err)


def print_json(value: object, out: TextIO) -> None:
    """JSON as scripts read it: UTF-8 text as written (no \\u escapes), indented, one trailing newline."""
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def table(out: TextIO, headers: list[str], rows: list[list[str]]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths = [min(w, 48) for w in widths]

    def line(cells: list[str]) -> str:
        # A cell longer than its column ends in "…" (and is then exactly as wide as the column).
        return "  ".join(
            [
                text.ljust(w) if len(text) <= w else text[: w - 1] + "…"
                for text, w in zip(cells, widths, strict=True)
            ]
        ).rstrip()

    lines = [line(headers)]
    lines.extend([line(row) for row in rows])
    lines.append("")
    out.write("\n".join(lines))  # one write for the whole table, not two per row


def confirmed(question: str) -> bool:
    """Ask ``question`` on the terminal; only y or yes (any case) is a yes, or the language's own
    words for it (a translator lists them, separated by "|", as in "o|oui")."""
    yes = {"y", "yes", *translate("Cli", "y|yes", "the answers that mean yes, lower case").split("|")}
    return input(question).strip().lower() in yes


class ProgressLine:
    """A job's progress as one line rewritten on a terminal's standard error; silent elsewhere.

    ``steps`` writes ``[3/12] message`` (the pack's parts), ``percent`` writes `` 25%  message``.
    """

    def __init__(self, err: TextIO, style: Literal["steps", "percent"] = "percent") -> None:
        self._err = err
        self._style = style
        self.shown = hasattr(err, "isatty") and err.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.shown:
            return
        if self._style == "steps":
            line = f"\r[{done}/{total}] {message[:70]:<70}"
        else:
            percent = 100 * done // total if total else 100
            line = f"\r{percent:3d}%  {message[:60]:<60}"
        print(line, end="", file=self._err, flush=True)

    def end(self) -> None:
        """End the line, so that what follows starts on its own."""
        if self.shown:
            print(file=self._err)


@contextmanager
def progress_line(err: TextIO, style: Literal["steps", "percent"] = "percent") -> Iterator[ProgressLine]:
    """A :class:`ProgressLine` for the duration of a job, ended however the job ends."""
    line = ProgressLine(err, style)
    try:
        yield line
    finally:
        line.end()


def run_job(job: Job[T], err: TextIO, style: Literal["steps", "percent"] = "percent") -> T:
    """Run a service's job here, its progress shown on a terminal; its result, or what it raised."""
    with progress_line(err, style) as progress:
        return job.run(progress=progress)
