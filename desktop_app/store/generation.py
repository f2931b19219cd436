"""The store's record of itself: its identity and its generation, so that a lost or older database shows.

Beside the database a store keeps ``dossier.state``: the store's id, whether it
is encrypted, and its *generation*, the event log's length and the hash of its
newest entry (see :mod:`desktop_app.domain.eventlog`). It is brought up to date
after every commit that adds to the log, with one small atomic write.

Opening a store compares the database with this record before anything else
touches the database (migrations included):

- the database must hold at least as many entries as recorded, and the entry at
  the recorded length must carry the recorded hash. A database that is *ahead*
  (a crash between a commit and the write of this file, or a write that failed
  on a full disk) is sound: its chain still contains the recorded head;
- a database with fewer entries, or whose chain no longer holds the recorded
  head (an older copy put back, the newest entries deleted, another store's
  database), is refused as rolled back, and nothing in the folder is changed.

In an encrypted store the record is authenticated with an HMAC under a key
derived from the data key (HKDF, as the database and vault keys are), so that
it cannot be forged or moved from another store without the key. A plaintext
store has no secret to key it with: its record carries a SHA-256 checksum,
which catches damage and every accident (a deleted, emptied or older database,
a trimmed log) but not someone who deliberately rewrites both the database and
this file.

The record's absence is noticed too: an encrypted store's key file says that
the store keeps one (``"state": true``), a plaintext store's database does
(a preference, see :data:`STATE_PREFERENCE`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import logs
from desktop_app.domain.eventlog import GENESIS
from desktop_app.errors import DossierError, StoreError
from desktop_app.i18n import noop, translate

STATE_NAME = "dossier.state"
FORMAT = "dossier-state/1"
STATE_PREFERENCE = "dossier.state"  # in a plaintext store's database: "recorded" once it keeps a state file
_HEX64 = re.compile(r"[0-9a-f]{64}")

RECOVERY_HINT = noop(
    "Store",
    "Restore the store from a backup into a new folder ('dossier restore BACKUP --data-dir NEW_FOLDER'), "
    "or follow 'If Dossier refuses to open a store' in docs/security.md. Keep a copy of the folder as it is.",
)


def recovery_hint() -> str:
    """:data:`RECOVERY_HINT` in the process's language."""
    return translate("Store", RECOVERY_HINT)


class NoStore(StoreError):
    """A command that only reads was pointed at a folder that holds no Dossier store."""


class RolledBack(StoreError):
    """The database is missing, empty, unreadable, or older than the store's record of it."""


@dataclass(frozen=True)
class Generation:
    """How far the event log has come: its number of entries and its newest entry's hash."""

    events: int
    head: str
    last_id: int = 0  # the newest entry's id (to count only what a commit added); not part of the record

    def same(self, other: Generation) -> bool:
        return self.events == other.events and self.head == other.head


EMPTY = Generation(0, GENESIS, 0)


@dataclass(frozen=True)
class State:
    store_id: str
    encrypted: bool
    generation: Generation

    def to_bytes(self, mac_key: bytes | None) -> bytes:
        body = self._body()
        document: dict[str, Any] = dict(body)
        if mac_key is not None:
            document["hmac"] = hmac.new(mac_key, _canonical(body), hashlib.sha256).hexdigest()
        else:
            document["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
        return (json.dumps(document, indent=2) + "\n").encode("utf-8")

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "store": self.store_id,
            "encrypted": self.encrypted,
            "events": self.generation.events,
            "head": self.generation.head,
        }

    @classmethod
    def from_bytes(cls, data: bytes, mac_key: bytes | None, path: Path) -> State:
        """Parse and authenticate a state file; :class:`RolledBack` names what is wrong."""
        damaged = translate("Store", "The store's record of its database, {path}, is damaged").format(
            path=path
        )
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise RolledBack(
                translate("Store", "{damaged} ({reason}). Nothing was changed. {recovery_hint}").format(
                    damaged=damaged, reason=exc, recovery_hint=recovery_hint()
                )
            ) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise RolledBack(
                translate(
                    "Store", "{damaged} (not a {format} file). Nothing was changed. {recovery_hint}"
                ).format(damaged=damaged, format=FORMAT, recovery_hint=recovery_hint())
            )
        store, encrypted = document.get("store"), document.get("encrypted")
        events, head = document.get("events"), document.get("head")
        if (
            not isinstance(store, str)
            or not _is_uuid(store)
            or not isinstance(encrypted, bool)
            or not isinstance(events, int)
            or isinstance(events, bool)
            or events < 0
            or not isinstance(head, str)
            or not _HEX64.fullmatch(head)
        ):
            raise RolledBack(
                translate(
                    "Store",
                    "{damaged} (a field is missing or malformed). Nothing was changed. {recovery_hint}",
                ).format(damaged=damaged, recovery_hint=recovery_hint())
            )
        state = cls(store, encrypted, Generation(events, head))
        body = _canonical(state._body())
        if encrypted:
            if mac_key is None:
                raise RolledBack(
                    translate(
                        "Store",
                        "{path} records an encrypted store, but its key file is missing from {parent}. "
                        "Nothing was changed. {recovery_hint}",
                    ).format(path=path, parent=path.parent, recovery_hint=recovery_hint())
                )
            given = document.get("hmac")
            expected = hmac.new(mac_key, body, hashlib.sha256).hexdigest()
            if not isinstance(given, str) or not hmac.compare_digest(given, expected):
                raise RolledBack(
                    translate(
                        "Store",
                        "{path} does not match this store's key: it was altered, or it belongs to another "
                        "store. Nothing was changed. {recovery_hint}",
                    ).format(path=path, recovery_hint=recovery_hint())
                )
        else:
            if mac_key is not None:
                raise RolledBack(
                    translate(
                        "Store",
                        "{path} records a store that is not encrypted, but {parent} holds an encrypted "
                        "one: the record was replaced. Nothing was changed. {recovery_hint}",
                    ).format(path=path, parent=path.parent, recovery_hint=recovery_hint())
                )
            given = document.get("sha256")
            if not isinstance(given, str) or not hmac.compare_digest(given, hashlib.sha256(body).hexdigest()):
                raise RolledBack(
                    translate(
                        "Store", "{damaged} (its checksum fails). Nothing was changed. {recovery_hint}"
                    ).format(damaged=damaged, recovery_hint=recovery_hint())
                )
        return state


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def read_state(root: Path, mac_key: bytes | None) -> State | None:
    """The store's state file, checked; None when there is none."""
    path = root / STATE_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise RolledBack(
            translate(
                "Store",
                "The store's record of its database, {path}, cannot be read ({reason}). Nothing was changed.",
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc
    return State.from_bytes(data, mac_key, path)


def write_state(root: Path, state: State, mac_key: bytes | None) -> None:
    """Replace the state file atomically: a 0600 temp file, fsynced, renamed over it.

    The folder is not fsynced after the rename, on purpose: a rename lost to a power cut leaves
    the previous record, which is *behind* the database, and a record behind is accepted (its head
    is still in the chain). The file's own fsync is what matters: a renamed file is whole.
    Raises DossierError naming the file when it cannot be written; the old record is then kept.
    """
    target = root / STATE_NAME
    data = state.to_bytes(mac_key)
    try:
        fd, name = tempfile.mkstemp(dir=root, prefix=f".{STATE_NAME}.", suffix=".part")
    except OSError as exc:
        raise DossierError(
            translate("Store", "{target}: cannot be written ({reason}); the record is kept").format(
                target=target, reason=_reason(exc)
            )
        ) from exc
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DossierError(
            translate("Store", "{target}: cannot be written ({reason}); the record is kept").format(
                target=target, reason=_reason(exc)
            )
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def sweep_state_parts(root: Path) -> None:
    """Remove the temp files of a record write that a kill interrupted (the store's lock is held)."""
    for stale in root.glob(f".{STATE_NAME}.*.part"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _reason(exc: OSError) -> str:
    return "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))


# --------------------------------------------------------------------------- the database's side


def db_generation(conn: Any) -> Generation:
    """The event log's generation as the database holds it now."""
    count, last_id = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM events").fetchone()
    if not count:
        return EMPTY
    row = conn.execute("SELECT hash FROM events WHERE id = ?", (last_id,)).fetchone()
    return Generation(int(count), str(row[0] or GENESIS), int(last_id))


def advanced(conn: Any, previous: Generation) -> Generation:
    """The generation after a commit, counting only the entries added since ``previous`` (cheap)."""
    added, last_id = conn.execute(
        "SELECT count(*), coalesce(max(id), 0) FROM events WHERE id > ?", (previous.last_id,)
    ).fetchone()
    if not added:
        return previous
    row = conn.execute("SELECT hash FROM events WHERE id = ?", (last_id,)).fetchone()
    return Generation(previous.events + int(added), str(row[0] or GENESIS), int(last_id))


def rollback_problem(conn: Any, recorded: Generation, db_path: Path) -> str | None:
    """Why the database does not hold the recorded generation, or None when it does (or is ahead)."""
    if recorded.events == 0:
        return None
    try:
        count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        row = conn.execute(
            "SELECT id, hash FROM events ORDER BY id LIMIT 1 OFFSET ?", (recorded.events - 1,)
        ).fetchone()
    except Exception as exc:  # no events table, no hash column: not the recorded log
        logs.error("store.generation.rollback_problem", exc)
        return f"its event log cannot be read ({exc})"
    if count < recorded.events:
        return (
            f"it holds {count} event-log entries where {recorded.events} were recorded: it is an older "
            "copy, or its newest entries were removed"
        )
    if row is None or row[1] != recorded.head:
        where = f"entry #{row[0]}" if row is not None else f"entry {recorded.events}"
        return (
            f"its event log no longer holds the newest entry recorded ({where} differs): it is another "
            "copy or another store's database, or its entries were changed"
        )
    return None


def new_state(store_id: str | None, encrypted: bool, generation: Generation) -> State:
    return State(store_id or str(uuid.uuid4()), encrypted, generation)


def state_problems(root: Path, conn: Any, mac_key: bytes | None) -> list[str]:
    """For ``dossier verify``: what is wrong between the state file and the open database."""
    try:
        state = read_state(root, mac_key)
    except StoreError as exc:
        logs.error("store.generation.state_problems", exc)
        return [str(exc)]
    if state is None:
        return [f"{root / STATE_NAME} is missing: the store cannot tell an older database from its own"]
    problem = rollback_problem(conn, state.generation, root)
    if problem:
        return [f"the database does not match the store's record ({STATE_NAME}): {problem}"]
    return []
