"""Is this file fit to be evidence? Checks on content, before a file is kept. No Qt, no store.

A file is refused when keeping it would mislead or harm: nothing in it, or a
picture whose size is a trap for any program that opens it (a "decompression
bomb"). A file whose name lies about its content, or a PDF locked with a
password, is kept with a note that says so.
"""

from __future__ import annotations

import mimetypes
import warnings
from pathlib import PurePath
from typing import BinaryIO

from PIL import Image

from desktop_app import logs
from desktop_app.i18n import noop, translate
from desktop_app.intake.images import enable_heif

_KINDS = {
    "application/pdf": noop("Intake", "a PDF"),
    "message/rfc822": noop("Intake", "an e-mail"),
    "text/plain": noop("Intake", "text"),
}


def refusal(name: str, size: int, media_type: str, stream: BinaryIO) -> str | None:
    """Why the file must not be kept, or None."""
    if size == 0:
        return translate("Intake", "{name} is empty (0 bytes): there is nothing in it to keep").format(
            name=name
        )
    if media_type.startswith("image/"):
        enable_heif()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(stream) as image:
                    width, height = image.size
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            millions = (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
            return translate(
                "Intake",
                "{name} claims to be a picture of more than {millions} million pixels: no camera or screen "
                "makes such a picture, and opening it could exhaust this computer's memory",
            ).format(name=name, millions=millions)
        except Exception as exc:  # a picture Pillow cannot read: kept, the preview and pack say so
            logs.error("intake.check.refusal", exc)
            return None
        if width <= 0 or height <= 0:
            return translate("Intake", "{name} is a picture of no size ({width}x{height})").format(
                name=name, width=width, height=height
            )
    return None


def notes(name: str, media_type: str) -> list[str]:
    """What to know about a kept file: a name that lies about its content."""
    guessed, _ = mimetypes.guess_type(PurePath(name).name)
    if not guessed or guessed == media_type or media_type == "application/octet-stream":
        return []
    if guessed.startswith("text/") and media_type.startswith("text/"):
        return []  # .csv, .log, .md... are text whatever they are called
    described = _describe(media_type)
    said = translate("Intake", "{name} is named {suffix} but holds {content}: it is kept as {content}")
    return [said.format(name=name, suffix=PurePath(name).suffix, content=described)]


def _describe(media_type: str) -> str:
    if media_type in _KINDS:
        return translate("Intake", _KINDS[media_type])
    major, _, minor = media_type.partition("/")
    if major == "image":
        return translate("Intake", "a {format} picture").format(format=minor.upper().removeprefix("X-"))
    return translate("Intake", "a {type} file").format(type=media_type)
