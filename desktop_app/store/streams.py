"""Two small file wrappers for backups: one keeps the HMAC of what it writes, one reads a part of a file."""

from __future__ import annotations

import hashlib
import hmac
import io
from typing import Any, BinaryIO


class MacWriter:
    """Writes to a file while keeping the HMAC of all that passes."""

    def __init__(self, out: BinaryIO, mac_key: bytes) -> None:
        self.out = out
        self.mac = hmac.new(mac_key, digestmod=hashlib.sha256)
        self.size = 0

    def write(self, data: bytes) -> int:
        self.out.write(data)
        self.mac.update(data)
        self.size += len(data)
        return len(data)


class Window(io.RawIOBase):
    """A part of a file, read as if it were the whole file."""

    def __init__(self, raw: BinaryIO, start: int, length: int) -> None:
        super().__init__()
        self._raw, self._start, self._length, self._pos = raw, start, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        count = min(len(buffer), self._length - self._pos)
        if count <= 0:
            return 0
        self._raw.seek(self._start + self._pos)
        data = self._raw.read(count)
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)
