"""``dossier gui`` (and ``dossier`` alone): open the window. The only command that imports Qt."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from desktop_app.cli.output import FAILED, error
from desktop_app.i18n import translate


def run_gui(data_dir: str | None, *, sample_if_empty: bool, err: TextIO) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        error(
            translate(
                "Cli",
                "no display to open a window on (DISPLAY is not set). Run it in a desktop session, or use "
                "the commands: dossier --help",
            ),
            err,
        )
        return FAILED
    from desktop_app.cli.collector import collect_from_here
    from desktop_app.services import import_opening_modules

    import_opening_modules()  # before Qt, whose import hook reads the source of each module after it
    from desktop_app.ui.app import run_gui as run_window

    collect_from_here()  # Qt and the window's modules are imported
    return run_window(data_dir, sample_if_empty=sample_if_empty)
