"""Where the window may write what the person asks for: Dossier's own check behind every save dialog.

Every "Save as" of the window goes through ``ask_save_path`` (or, for a path
typed in a dialog, ``confirm_output``): the file dialog is told not to ask
about replacing a file (``DontConfirmOverwrite``), because Dossier asks
itself, after ``fileio.check_output`` has refused what may never be written
(a place inside a store folder, a folder, a device, a FIFO, a link to one).
An existing file is replaced only once the person said so; the writer is
then called with ``force=True``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import logs
from desktop_app.services import OutputRefused, check_output


@dataclass(frozen=True)
class Target:
    """Where to write (resolved), and whether replacing what is there was confirmed."""

    path: Path
    force: bool


translate = QCoreApplication.translate


def confirm_output(
    parent: QWidget | None,
    path: Path,
    *,
    title: str,
    what: str = "file",
    also: Sequence[Path] = (),
) -> Target | None:
    """Check ``path`` (and ``also``: files the same output replaces, e.g. a pack's parts).

    Refused targets get a message and None. When ``path`` or any of ``also``
    exists, the person is asked whether to replace it; No gives None.
    """
    path = Path(path).expanduser()
    try:
        # force=True here: everything but "it exists" is refused; that one is asked below.
        resolved = check_output(path, force=True, what=what)
        others = [check_output(other, force=True, what=what) for other in also]
    except OutputRefused as exc:
        _refused(parent, title, exc)
        return None
    existing = [p for p in dict.fromkeys([resolved, *others]) if os.path.lexists(p)]
    if not existing:
        return Target(resolved, False)
    names = "\n".join(f"  {p}" for p in existing)
    question = (
        translate("Outputs", "These files already exist:\n%1\n\nReplace them?").replace("%1", names)
        if len(existing) > 1
        else translate("Outputs", "%1 already exists.\n\nReplace it?").replace("%1", str(existing[0]))
    )
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        logs.event("output.kept", what=what.replace(" ", "-"))
        return None
    try:  # it may have changed while the question was open
        return Target(check_output(path, force=True, what=what), True)
    except OutputRefused as exc:
        _refused(parent, title, exc)
        return None


def _refused(parent: QWidget | None, title: str, exc: OutputRefused) -> None:
    logs.error("output.refused", exc)
    text = str(exc)  # confirm_output asks before replacing: never the command line's --force
    tail = translate("Outputs", "Nothing was written. Choose another name or folder.")
    QMessageBox.warning(parent, title, f"{text}\n\n{tail}")


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: Path | str,
    file_filter: str,
    *,
    suffix: str = "",
    what: str = "file",
    also: Sequence[Path] = (),
) -> Target | None:
    """A "Save as" dialog, then Dossier's own check of the name chosen (see the module's description)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), file_filter, "", QFileDialog.Option.DontConfirmOverwrite
    )
    if not name:
        return None
    if suffix and not name.lower().endswith(suffix.lower()):
        name += suffix
    return confirm_output(parent, Path(name), title=title, what=what, also=also)


def save_file_name(
    parent: QWidget | None, title: str, suggested: Path | str, file_filter: str, *, suffix: str = ""
) -> str:
    """A "Save as" dialog for a name typed into another dialog (checked when that dialog is accepted)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), file_filter, "", QFileDialog.Option.DontConfirmOverwrite
    )
    if name and suffix and not name.lower().endswith(suffix.lower()):
        name += suffix
    return name
