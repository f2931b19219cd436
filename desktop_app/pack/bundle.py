"""The case bundle: one zip with the case file and the original files, unencrypted, for a lawyer.

``case.json`` is a case file (the same format ``dossier case import`` reads)
whose evidence paths point into ``files/`` inside the zip. The zip is
written to a temp file beside the target and renamed into place, so a
failure or a cancel leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app.errors import Cancelled, DossierError
from desktop_app.fileio import CHUNK, check_output, fsync_dir, make_part_file
from desktop_app.i18n import translate

Progress = Callable[[int, int, str], None]

README = """This bundle holds a case exported from Dossier, NOT ENCRYPTED.

case.json  the case: charges, contacts, deadlines and the list of evidence
files/     every evidence file exactly as it was received; its SHA-256 is in case.json

Anyone who has this file can read all of it. Hand it over in person or through a
secure channel, and delete it when it is no longer needed.
"""


def write_bundle(
    out: Path,
    document: dict[str, Any],
    files: Sequence[tuple[str, str]],
    open_file: Callable[[str], BinaryIO],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    force: bool = False,
) -> int:
    """Write the zip: ``files`` are (sha256, path inside the zip). Returns its size in bytes.

    ``out`` is checked first (fileio.check_output; ``force`` replaces an existing file); the zip
    is written 0600 beside it and renamed into place whole.
    """
    out = check_output(out, force=force, what="case bundle")
    if not out.parent.is_dir():
        raise DossierError(
            translate("Pack", "{path}: the folder {folder} does not exist").format(
                path=out, folder=out.parent
            )
        )
    fd, temp = make_part_file(out)
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
                bundle.writestr("README.txt", README)
                bundle.writestr("case.json", json.dumps(document, ensure_ascii=False, indent=2) + "\n")
                for n, (sha, inner) in enumerate(files):
                    if cancelled is not None and cancelled():
                        raise Cancelled(
                            translate("Pack", "The case bundle was not written: you cancelled it.")
                        )
                    if progress is not None:
                        progress(n, len(files), translate("Pack", "Adding {file}").format(file=inner))
                    with open_file(sha) as source, bundle.open(inner, "w", force_zip64=True) as target:
                        while chunk := source.read(CHUNK):
                            target.write(chunk)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, out)
        fsync_dir(out.parent)
        return out.stat().st_size
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DossierError(
            translate("Pack", "{path}: the bundle cannot be written ({reason}); nothing was kept").format(
                path=out, reason=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
