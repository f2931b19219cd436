"""Dossier's own log: what it did and every error, to help people help themselves.

A rotating log (1 MB x 3, each file 0600) in the platform's user log folder
(``platformdirs.user_log_dir("Dossier")``), or in ``$DOSSIER_LOG_DIR``.
Dossier never sends it anywhere; a person may read it, or share it when
asking for help.

What goes in: the names of commands and window actions, record ids and
kinds, error types and tracebacks (the code's file, line and function).
What never goes in: a secret, a passphrase, a key, or case contents. Three
things make sure of that:

- ``event(name, **fields)`` writes only names and fields that are numbers,
  booleans or short identifiers; any other value is written as
  ``[withheld]``.
- A traceback is written as its frames and exception *types* only: an
  exception's message (which may quote a title or a file's text) is left out.
- ``RedactingFilter``, on the handler, rewrites any other record: quoted text,
  long digit runs (card numbers), key-like runs of letters and digits,
  e-mail addresses and the words after "passphrase", "key" or "password"
  are replaced.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir

ENV_VAR = "DOSSIER_LOG_DIR"
LOG_NAME = "dossier.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
LOGGER = "dossier"
WITHHELD = "[withheld]"

_SAFE_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,47}$")
_SAFE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.:-]{0,63}$")
_lock = threading.Lock()
_handler: logging.Handler | None = None
_interface = ""

# Until setup() runs (tests, a library use of the lower layers), Dossier's records go nowhere:
# never to stderr through logging's "last resort" handler.
logging.getLogger(LOGGER).addHandler(logging.NullHandler())


def log_dir() -> Path:
    """Where the log is: ``$DOSSIER_LOG_DIR``, else the platform's user log folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(user_log_dir("Dossier", appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file that rotates at ``max_bytes`` and keeps ``backups`` older files (``dossier.log.1`` the
    newest), each created 0600 (never wider, whatever the umask).

    What ``logging.handlers.RotatingFileHandler`` does, on ``logging.FileHandler``: that module
    imports socket, pickle and queue, 10 ms of every start (issue 14 measures the start).
    """

    def __init__(self, filename: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes, self.backups = max_bytes, backups
        super().__init__(filename, mode="a", encoding="utf-8", delay=False)

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        """Format the record once, rotate first if it would not fit, then write it (as
        logging.StreamHandler.emit writes, without formatting it a second time)."""
        try:
            text = self.format(record) + self.terminator
            if self.stream is None:
                self.stream = self._open()
            if self._full(self.stream, text):
                self._rotate()
            self.stream.write(text)
            self.flush()
        except RecursionError:  # as logging's own handlers do
            raise
        except Exception:  # logging's own rule: reported by logging (stderr), never stopping the program
            self.handleError(record)

    def _full(self, stream: io.TextIOWrapper, text: str) -> bool:
        if not os.path.isfile(self.baseFilename):  # a device or a pipe: nothing to rotate
            return False
        stream.seek(0, os.SEEK_END)
        return bool(stream.tell()) and stream.tell() + len(text.encode("utf-8")) > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # as logging.FileHandler.close does
        for n in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n + 1}")
        if self.backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.remove(self.baseFilename)
        self.stream = self._open()


# --------------------------------------------------------------------------- redaction

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # what follows a word that announces a secret
    (
        re.compile(
            r"(?i)\b(pass(?:phrase|word|wd)?|secret|token|recovery[ _-]?key|data[ _-]?key|key)\b"
            r"(\s*[:=]?\s*)([^,;\n]+)"
        ),
        r"\1\2" + WITHHELD,
    ),
    # anything quoted: titles, names, text
    (re.compile(r"“[^”]*”|‘[^’]*’|«[^»]*»|\"[^\"]*\"|'[^']*'"), WITHHELD),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    # card numbers and other long numbers, with or without spaces or dashes
    (re.compile(r"\b\d(?:[ -]?\d){8,}\b"), "[number]"),
    # key-like runs: recovery keys in groups, base64, hex
    (re.compile(r"\b[A-Za-z0-9]{4,}(?:-[A-Za-z0-9]{4,}){3,}\b"), "[key]"),
    (re.compile(r"[A-Za-z0-9+/_-]{20,}={0,2}"), "[key]"),
]


def redact(text: str) -> str:
    """``text`` with whatever could be a secret or case contents replaced."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def safe_traceback(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> str:
    """A traceback made of frames and exception types: no exception message, no local values."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[BaseException | None, type[BaseException] | None, TracebackType | None]] = []
    current: BaseException | None = exc
    current_type, current_tb = exc_type, tb
    while True:
        chain.append((current, current_type, current_tb))
        if current is None:
            break
        seen.add(id(current))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is None or id(nxt) in seen:
            break
        current, current_type, current_tb = nxt, type(nxt), nxt.__traceback__
    for n, (_, kind, frames) in enumerate(reversed(chain)):
        if n:
            lines.append("During or because of the error above, another one:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(frames):
            lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
        name = kind.__qualname__ if kind is not None else "unknown error"
        module = getattr(kind, "__module__", "")
        lines.append(
            f"{module + '.' if module and module != 'builtins' else ''}{name} (its message is not logged)"
        )
    return "\n".join(lines)


def _short(filename: str) -> str:
    """The file's path from the package on (``desktop_app/...``, ``site-packages/...``): no home folder."""
    parts = Path(filename).parts
    for marker in ("desktop_app", "site-packages", "tests"):
        if marker in parts:
            return "/".join(parts[parts.index(marker) :])
    return Path(filename).name


class RedactingFilter(logging.Filter):
    """Rewrites every record so that no secret or case contents reach the log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "dossier_safe", False):
            try:
                message = record.getMessage()
            except Exception:
                message = str(record.msg)
            record.msg = redact(message)
            record.args = None
        if record.exc_info:
            record.safe_traceback = safe_traceback(*record.exc_info)
            record.exc_info = None
            record.exc_text = None
        if record.stack_info:
            record.stack_info = None
        return True


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        extra = getattr(record, "safe_traceback", "")
        return f"{text}\n{extra}" if extra else text


# --------------------------------------------------------------------------- set-up and writing


def setup(interface: str) -> Path | None:
    """Start logging for ``interface`` ("cli", "gui"); returns the log file (None: it cannot be written).

    Safe to call again (the handler is set up once per folder). A log that
    cannot be written never stops Dossier.
    """
    global _handler, _interface
    with _lock:
        path = log_path()
        _interface = interface if _SAFE_NAME.match(interface) else "other"
        logger = logging.getLogger(LOGGER)
        # Dossier's records go to its own file only, never to another handler (nor to stderr).
        logger.propagate = False
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        if _handler is not None:
            if getattr(_handler, "baseFilename", None) == str(path.absolute()):
                return path
            logger.removeHandler(_handler)
            _handler.close()
            _handler = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = PrivateRotatingFileHandler(path, max_bytes=MAX_BYTES, backups=BACKUPS)
        except OSError:
            return None
        handler.addFilter(RedactingFilter())
        handler.setFormatter(_Formatter("%(asctime)s %(levelname)s [%(process)d %(interface)s] %(message)s"))
        handler.addFilter(_InterfaceFilter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        _handler = handler
    event("start", interface=_interface, pid=os.getpid(), python=".".join(map(str, sys.version_info[:3])))
    return path


def shutdown() -> None:
    """Close the log file (tests, and before the log folder is changed)."""
    global _handler
    with _lock:
        if _handler is not None:
            logging.getLogger(LOGGER).removeHandler(_handler)
            _handler.close()
            _handler = None


class _InterfaceFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.interface = _interface or "-"
        return True


# The only fields whose text is written: names and kinds Dossier itself chose. Any other text
# (a title, a note, a file name) is withheld, whatever it looks like.
TEXT_FIELDS = frozenset(
    {"action", "command", "error", "format", "interface", "kind", "lang", "mode", "name", "paper"}
    | {"phase", "profile", "python", "result", "status", "what"}
)


def _value(key: str, value: object) -> str:
    if value is None or isinstance(value, bool | int):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if (
        key in TEXT_FIELDS
        and isinstance(value, str)
        and _SAFE_VALUE.match(value)
        and not re.search(r"\d{5,}", value)
    ):
        return value
    return WITHHELD


def _line(name: str, fields: dict[str, object]) -> str:
    head = name if _SAFE_NAME.match(name) else WITHHELD
    return " ".join([head, *(f"{k}={_value(k, v)}" for k, v in fields.items() if _SAFE_NAME.match(k))])


def event(name: str, /, **fields: object) -> None:
    """Log that Dossier did ``name`` (a command or action name), with ids and kinds as ``fields``."""
    logging.getLogger(LOGGER).info(_line(name, fields), extra={"dossier_safe": True})


def error(name: str, exc: BaseException, /, **fields: object) -> None:
    """Log an error Dossier explained to the user: its type, where it came from, no message."""
    logging.getLogger(LOGGER).warning(
        _line(name, {**fields, "error": type(exc).__name__}),
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"dossier_safe": True},
    )


def unexpected(name: str, exc: BaseException, /, **fields: object) -> Path:
    """Log an unexpected error with its traceback (types and frames only); returns where the log is."""
    logging.getLogger(LOGGER).error(
        _line(name, {**fields, "error": type(exc).__name__}),
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"dossier_safe": True},
    )
    return log_path()
