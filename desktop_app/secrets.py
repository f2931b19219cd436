"""The store's data key: kept in the OS keyring, wrapped by a passphrase or a recovery key. No Qt.

Nothing here ever writes a key in plaintext. The data key (32 random bytes)
lives in the OS keyring (Windows Credential Locker, macOS Keychain, Secret
Service or KWallet) so that the store opens without a prompt; a copy wrapped
(AES-256-GCM) with a key derived from a passphrase (scrypt), and another
wrapped with the recovery key shown once at creation, let the store open
where the keyring is gone or does not work.

Keyring calls can hang (a locked Secret Service waiting for a prompt): they
run on a thread of their own and give up after a timeout. A backend that
stores secrets in plaintext files (keyrings.alt's) is refused, as is
keyring's "fail" backend.
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop_app import logs
from desktop_app.errors import DossierError
from desktop_app.i18n import translate

SERVICE = "Dossier"
KEY_SIZE = 32
KEYRING_TIMEOUT = 5.0  # seconds before a keyring that does not answer is given up
# scrypt's cost: about 0.1 s and 32 MiB on a laptop, per try of a passphrase.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_REFUSED_BACKENDS = ("keyring.backends.fail", "keyrings.alt")

T = TypeVar("T")


class KeyringUnavailable(DossierError):
    """No usable keyring here: unlock with the passphrase or the recovery key instead."""


class WrongSecret(DossierError):
    """The passphrase or recovery key does not open this store; nothing was changed."""


def new_data_key() -> bytes:
    return os.urandom(KEY_SIZE)


# --------------------------------------------------------------------------- the OS keyring


# Modules that keyring's own imports load but that Dossier's calls never reach: jaraco.context (which
# keyring.backend imports) loads urllib.request, and with it http.client, ssl and the email package,
# for a download helper keyring does not call. That was about 20 ms of every opening of the store.
# Each is put in sys.modules as a stand-in that imports the real module on first use, so nothing
# changes for code that does use it.
_DEFERRED = ("urllib.request",)


class _Deferred(types.ModuleType):
    """Stands for a module not yet imported; the first attribute asked of it imports the real one."""

    def __getattr__(self, attribute: str) -> Any:
        return getattr(_load_deferred(self.__name__), attribute)


def _load_deferred(name: str) -> types.ModuleType:
    import importlib

    if isinstance(sys.modules.get(name), _Deferred):
        del sys.modules[name]
    real = importlib.import_module(name)  # also sets it on its parent package
    return real


def _defer_unused_imports() -> None:
    import importlib.machinery

    for name in _DEFERRED:
        if name in sys.modules:
            continue
        parent_name, _, child = name.rpartition(".")
        parent = importlib.import_module(parent_name) if parent_name else None
        stand_in = _Deferred(name)
        stand_in.__spec__ = importlib.machinery.ModuleSpec(name, None)
        sys.modules[name] = stand_in
        if parent is not None:
            setattr(parent, child, stand_in)


def import_keyring() -> None:
    """Import keyring (no back-end is chosen or asked anything yet)."""
    if "keyring" not in sys.modules:
        _defer_unused_imports()
    import keyring.core  # noqa: F401 - what keyring_load needs first


def _usable_backend() -> Any:
    import_keyring()
    import keyring  # loaded with the first keyring call, not with the command line's parser

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if name.startswith(_REFUSED_BACKENDS) or "plaintext" in name.lower():
        raise KeyringUnavailable(
            translate(
                "Store",
                "there is no safe system keyring on this computer ({backend}), "
                "and Dossier never keeps its key in a plain file",
            ).format(backend=type(backend).__name__)
        )
    return backend


def _late(what: str) -> str:
    """The keyring did not answer while doing ``what`` ("read", "save", "remove"): a whole sentence."""
    if what == "read":
        return translate(
            "Store",
            "the system keyring did not answer within {seconds} s while reading the store's key "
            "(it may be locked or waiting for a prompt)",
        )
    if what == "save":
        return translate(
            "Store",
            "the system keyring did not answer within {seconds} s while saving the key "
            "(it may be locked or waiting for a prompt)",
        )
    return translate(
        "Store",
        "the system keyring did not answer within {seconds} s while removing the key "
        "(it may be locked or waiting for a prompt)",
    )


def _failed(what: str) -> str:
    if what == "read":
        return translate("Store", "the system keyring failed while reading the store's key: {error}")
    if what == "save":
        return translate("Store", "the system keyring failed while saving the key: {error}")
    return translate("Store", "the system keyring failed while removing the key: {error}")


def _with_timeout(call: Callable[[], T], timeout: float | None, what: str) -> T:
    """Run a keyring call on its own thread; a keyring that hangs is given up after ``timeout``."""
    timeout = KEYRING_TIMEOUT if timeout is None else timeout
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the caller's thread, which raises it (below)
            outcome["error"] = exc
            if outcome.get("abandoned"):  # the caller gave up waiting: nobody raises it, so say it here
                logs.error("secrets.keyring_late", exc)

    thread = threading.Thread(target=run, name="dossier-keyring", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        outcome["abandoned"] = True
        raise KeyringUnavailable(_late(what).format(seconds=f"{timeout:g}"))
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, DossierError):
            raise error
        raise KeyringUnavailable(_failed(what).format(error=error)) from error
    value: T = outcome["value"]
    return value


def keyring_load(store_id: str, timeout: float | None = None) -> bytes | None:
    """The data key kept in the OS keyring for ``store_id``, or None when it holds none."""

    def get() -> str | None:
        value: str | None = _usable_backend().get_password(SERVICE, store_id)
        return value

    text = _with_timeout(get, timeout, "read")
    if text is None:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except ValueError as exc:  # not a key of Dossier's: as if the keyring held none
        logs.error("secrets.keyring_load", exc)
        return None
    return key if len(key) == KEY_SIZE else None


def keyring_save(store_id: str, key: bytes, timeout: float | None = None) -> None:
    """Keep the data key in the OS keyring; raises :class:`KeyringUnavailable` where it cannot."""
    text = base64.b64encode(key).decode("ascii")
    _with_timeout(lambda: _usable_backend().set_password(SERVICE, store_id, text), timeout, "save")


def keyring_forget(store_id: str, timeout: float | None = None) -> bool:
    """Remove the store's key from the OS keyring (a decrypted store needs it no more); best effort."""

    def delete() -> bool:
        backend = _usable_backend()
        if backend.get_password(SERVICE, store_id) is None:
            return False
        backend.delete_password(SERVICE, store_id)
        return True

    try:
        return _with_timeout(delete, timeout, "remove")
    except KeyringUnavailable as exc:  # best effort: the store is decrypted whatever the keyring says
        logs.error("secrets.keyring_forget", exc)
        return False


# --------------------------------------------------------------------------- wrapped copies


@dataclass(frozen=True)
class Wrapped:
    """The data key sealed under a secret: what a store keeps beside its data, never the key itself."""

    method: str  # "passphrase" or "recovery"
    salt: bytes
    nonce: bytes
    sealed: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "method": self.method,
            "kdf": f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}" if self.method == "passphrase" else "sha256",
            "salt": base64.b64encode(self.salt).decode(),
            "nonce": base64.b64encode(self.nonce).decode(),
            "sealed": base64.b64encode(self.sealed).decode(),
        }

    @classmethod
    def from_json(cls, data: object) -> Wrapped:
        """A wrapped copy as written by :meth:`to_json`, every field decoded strictly.

        The method and its key derivation must be known, and the salt, nonce and sealed key
        strict base64 of exactly their lengths (16, 12 and 48 bytes): "!!!" is not an empty salt.
        """
        if not isinstance(data, dict):
            raise DossierError(
                translate("Store", "The store's key file is damaged (a key copy is not an object).")
            )
        method = data.get("method")
        if method not in KDFS:
            text = translate("Store", "The store's key file is damaged (unknown key copy method {method}).")
            raise DossierError(text.format(method=repr(method)))
        kdf = data.get("kdf")
        if kdf != KDFS[method]:
            text = translate(
                "Store", "The store's key file is damaged (the {method} copy's kdf {kdf} is not {expected})."
            )
            raise DossierError(text.format(method=method, kdf=repr(kdf), expected=repr(KDFS[method])))
        fields = {name: _strict_b64(data, name, method, size) for name, size in FIELD_SIZES.items()}
        return cls(method, fields["salt"], fields["nonce"], fields["sealed"])


KDFS = {"passphrase": f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}", "recovery": "sha256"}
FIELD_SIZES = {"salt": 16, "nonce": 12, "sealed": KEY_SIZE + 16}  # sealed: the key and its GCM tag


def _strict_b64(data: dict[str, object], name: str, method: str, size: int) -> bytes:
    value = data.get(name)
    if not isinstance(value, str):
        text = translate("Store", "The store's key file is damaged (the {method} copy has no {name}).")
        raise DossierError(text.format(method=method, name=name))
    try:
        decoded = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        text = translate(
            "Store", "The store's key file is damaged (the {method} copy's {name} is not base64)."
        )
        raise DossierError(text.format(method=method, name=name)) from None
    if len(decoded) != size:
        text = translate(
            "Store",
            "The store's key file is damaged (the {method} copy's {name} is {found} bytes, not {size}).",
        )
        raise DossierError(text.format(method=method, name=name, found=len(decoded), size=size))
    return decoded


def _passphrase_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )


def _recovery_key(raw: bytes, salt: bytes) -> bytes:
    return hashlib.sha256(salt + raw).digest()


def _wrapping_key(method: str, secret: str | bytes, salt: bytes) -> bytes:
    if method == "passphrase":
        if not isinstance(secret, str):
            raise TypeError("a passphrase is text")
        return _passphrase_key(secret, salt)
    if not isinstance(secret, bytes):
        raise TypeError("a recovery key is bytes (see parse_recovery_key)")
    return _recovery_key(secret, salt)


def wrap(key: bytes, method: str, secret: str | bytes) -> Wrapped:
    """Seal ``key`` under a passphrase (text) or a recovery key (its raw bytes)."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    wrapping = _wrapping_key(method, secret, salt)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = AESGCM(wrapping).encrypt(nonce, key, method.encode())
    return Wrapped(method, salt, nonce, sealed)


def unwrap(wrapped: Wrapped, secret: str | bytes) -> bytes:
    """The data key, or :class:`WrongSecret` when ``secret`` does not open it."""
    wrapping = _wrapping_key(wrapped.method, secret, wrapped.salt)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping).decrypt(wrapped.nonce, wrapped.sealed, wrapped.method.encode())
    except InvalidTag:
        if wrapped.method == "passphrase":
            said = translate("Store", "This passphrase does not open the store; nothing was changed.")
        else:
            said = translate("Store", "This recovery key does not open the store; nothing was changed.")
        raise WrongSecret(said) from None


# --------------------------------------------------------------------------- the recovery key

_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed without doubt
RECOVERY_SYMBOLS = 36  # 31**36 > 2**176: room for 20 random bytes and a 2-byte check, no wasted symbol
GROUP = 6


def new_recovery_key() -> bytes:
    return os.urandom(20)


def format_recovery_key(raw: bytes) -> str:
    """Six groups of six letters and digits (a check is folded in), to print or write down."""
    number = int.from_bytes(raw + hashlib.sha256(raw).digest()[:2], "big")
    symbols = []
    for _ in range(RECOVERY_SYMBOLS):
        number, digit = divmod(number, len(_ALPHABET))
        symbols.append(_ALPHABET[digit])
    text = "".join(reversed(symbols))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The recovery key as typed (any case, with or without dashes or spaces); a typo is caught."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != RECOVERY_SYMBOLS or any(ch not in _ALPHABET for ch in cleaned):
        text = translate(
            "Store", "A recovery key is {count} letters and digits in groups of six (ABCDEF-GHJKMN-…)"
        )
        raise WrongSecret(text.format(count=RECOVERY_SYMBOLS))
    number = 0
    for ch in cleaned:
        number = number * len(_ALPHABET) + _ALPHABET.index(ch)
    try:
        data = number.to_bytes(22, "big")
    except OverflowError:
        raise WrongSecret(
            translate("Store", "This is not a Dossier recovery key: check what you typed.")
        ) from None
    raw, check = data[:20], data[20:]
    if hashlib.sha256(raw).digest()[:2] != check:
        raise WrongSecret(
            translate("Store", "This recovery key has a typo: check each group against the printed one.")
        )
    return raw
