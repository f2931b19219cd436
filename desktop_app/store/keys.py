"""The key file of an encrypted store, and how a store is unlocked. No Qt.

An encrypted store holds ``dossier.keys`` beside its database: the store's
identity (the name of its entry in the OS keyring) and wrapped copies of its
data key, one under the recovery key and, when the user chose one, one under
a passphrase. The data key itself is never written to disk: it lives in the
OS keyring, or is unwrapped from one of these copies.

From the data key two keys are derived (HKDF-SHA256), one for the database
(SQLCipher) and one for the vault files (AES-256-GCM), so that no key
serves two ciphers.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import DossierError, StoreError
from desktop_app.fileio import atomic_write
from desktop_app.i18n import translate
from desktop_app.secrets import KEY_SIZE, Wrapped, WrongSecret, parse_recovery_key, unwrap, wrap
from desktop_app.store.generation import recovery_hint

KEYS_NAME = "dossier.keys"
FORMAT = "dossier-keys/1"


class NeedsUnlock(StoreError):
    """The store is encrypted and its key is not at hand: ask for the passphrase or the recovery key."""

    def __init__(self, message: str, *, has_passphrase: bool) -> None:
        super().__init__(message)
        self.has_passphrase = has_passphrase


class NeedsPassphrase(StoreError):
    """A new encrypted store cannot keep its key in the OS keyring here: ask for a passphrase."""

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason  # why the keyring cannot keep it, in a few words


@dataclass(frozen=True)
class Unlock:
    """What the person (or script) gave to open a store.

    ``passphrase`` opens a store protected by one, and protects a new store;
    ``recovery_key`` is the key shown when the store was made; ``use_keyring``
    lets the store be opened (and a new store's key kept) by the OS keyring;
    ``encrypt_new`` says whether a new store is encrypted (the default);
    ``remember`` keeps the key in the OS keyring once a passphrase or the
    recovery key has opened the store (a new computer, a restored store).
    """

    passphrase: str | None = None
    recovery_key: str | None = None
    use_keyring: bool = True
    encrypt_new: bool = True
    remember: bool = False


def derive(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose ("database", "vault", "backup"), derived from the data key."""
    return hkdf_sha256(data_key, f"dossier {purpose}".encode(), KEY_SIZE)


def hkdf_sha256(key_material: bytes, info: bytes, length: int, salt: bytes = b"") -> bytes:
    """HKDF with SHA-256 (RFC 5869), with the standard library's HMAC: the same bytes as the
    cryptography package's HKDF (tests/unit/store/test_hkdf.py checks both and the RFC's vectors),
    without importing it each time a store opens. No salt means HashLen zero bytes, as the RFC says."""
    import hmac

    if not 0 < length <= 255 * 32:
        raise ValueError(f"HKDF-SHA256 gives 1 to {255 * 32} bytes, not {length}")
    prk = hmac.new(salt or bytes(32), key_material, "sha256").digest()
    blocks, block = [], b""
    for counter in range(1, -(-length // 32) + 1):
        block = hmac.new(prk, block + info + bytes([counter]), "sha256").digest()
        blocks.append(block)
    return b"".join(blocks)[:length]


@dataclass
class KeyFile:
    store_id: str
    wrapped: list[Wrapped] = field(default_factory=list)
    keeps_state: bool = False  # the store keeps dossier.state (see store/generation.py): its absence shows

    @classmethod
    def new(cls) -> KeyFile:
        return cls(str(uuid.uuid4()))

    def copy(self, method: str) -> Wrapped | None:
        return next((w for w in self.wrapped if w.method == method), None)

    @property
    def has_passphrase(self) -> bool:
        return self.copy("passphrase") is not None

    def set_copy(self, key: bytes, method: str, secret: str | bytes) -> None:
        """Wrap ``key`` under a new passphrase or recovery key, replacing any copy of that kind."""
        self.wrapped = [w for w in self.wrapped if w.method != method] + [wrap(key, method, secret)]

    def drop_copy(self, method: str) -> None:
        self.wrapped = [w for w in self.wrapped if w.method != method]

    def open_with(self, unlock: Unlock) -> bytes | None:
        """The data key from the passphrase or recovery key in ``unlock``; None when it gives neither.

        Raises WrongSecret when the one given does not open this store.
        """
        if unlock.recovery_key:
            raw = parse_recovery_key(unlock.recovery_key)
            copy = self.copy("recovery")
            if copy is None:
                raise WrongSecret(translate("Store", "This store has no recovery key; use its passphrase."))
            return unwrap(copy, raw)
        if unlock.passphrase is not None:
            copy = self.copy("passphrase")
            if copy is None:
                raise WrongSecret(
                    translate(
                        "Store",
                        "This store has no passphrase: it opens with the system keyring or its recovery key.",
                    )
                )
            return unwrap(copy, unlock.passphrase)
        return None

    def to_bytes(self) -> bytes:
        document: dict[str, object] = {
            "format": FORMAT,
            "store": self.store_id,
            "keys": [w.to_json() for w in self.wrapped],
        }
        if self.keeps_state:
            document["state"] = True
        return (json.dumps(document, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, name: str = KEYS_NAME) -> KeyFile:
        """Parse a key file, every field strictly: a malformed one is refused, naming the field."""
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict):
                raise ValueError(translate("Store", "not a JSON object"))
            if document.get("format") != FORMAT:
                raise ValueError(
                    translate("Store", "unknown format {format}").format(format=repr(document.get("format")))
                )
            store = document.get("store")
            if not isinstance(store, str) or not _is_uuid(store):
                raise ValueError(
                    translate("Store", "the store id {store} is not a UUID").format(store=repr(store))
                )
            keys = document.get("keys")
            if not isinstance(keys, list):
                raise ValueError(translate("Store", "'keys' is not a list"))
            wrapped = [Wrapped.from_json(w) for w in keys]
            twice = [method for method, n in Counter(w.method for w in wrapped).items() if n > 1]
            if twice:
                raise ValueError(translate("Store", "two {method} copies").format(method=twice[0]))
            if not any(w.method == "recovery" for w in wrapped):
                raise ValueError(translate("Store", "it holds no recovery copy of the key"))
            state = document.get("state", False)
            if not isinstance(state, bool):
                raise ValueError(translate("Store", "'state' is not true or false"))
            return cls(store, wrapped, keeps_state=state)
        except DossierError as exc:
            reason = str(exc).removeprefix("The store's key file is damaged (").removesuffix(").")
            raise StoreError(
                translate(
                    "Store",
                    "The store's key file {name} is damaged ({reason}); nothing was changed. {recovery_hint}",
                ).format(name=name, reason=reason, recovery_hint=recovery_hint())
            ) from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(
                translate(
                    "Store",
                    "The store's key file {name} is damaged ({reason}); nothing was changed. {recovery_hint}",
                ).format(name=name, reason=exc, recovery_hint=recovery_hint())
            ) from exc

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StoreError(
                translate("Store", "The store's key file {path} cannot be read ({reason}).").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from exc
        return cls.from_bytes(data, str(path))

    def write(self, path: Path) -> None:
        """Replace the key file atomically; it is 0600 from its first byte (never renamed in wider)."""
        atomic_write(path, self.to_bytes())


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False
