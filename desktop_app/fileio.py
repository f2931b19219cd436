"""Durable file writes, shared by every layer that writes files (store, pack, services).

``atomic_write`` writes a temp file in the same folder, fsyncs it and
renames it over the target, so the target is always the old file or the
whole new one. ``fsync_dir`` makes a rename itself durable.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import DossierError

CHUNK = 1024 * 1024


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where the OS cannot)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes | BinaryIO) -> None:
    """Write ``data`` to ``path`` so that ``path`` is either the old file or the whole new one."""
    folder = path.parent
    if not folder.is_dir():
        raise DossierError(f"{path}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise DossierError(f"{path}: cannot write here ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            else:
                while chunk := data.read(CHUNK):
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise DossierError(f"{path}: cannot be written ({reason}); nothing was changed") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
