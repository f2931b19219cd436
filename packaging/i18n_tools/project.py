"""Where Dossier's catalogues are and how each family's messages are gathered from the code."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from i18n_tools import extract, rules
from i18n_tools.merge import merge
from i18n_tools.ts import QT_LANGUAGE, Catalogue, Message, read, write

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "fr", "es", "pl")
TRANSLATED = ("fr", "es", "pl")  # en is the source: its files hold only the English plural forms


class Project:
    def __init__(self, root: Path = ROOT) -> None:
        self.root = root
        self.package = root / "desktop_app"
        self.ui = self.package / "ui"
        self.translations = root / "resources" / "translations"
        self.rules = root / "resources" / "rules"

    def window_ts(self, code: str) -> Path:
        return self.translations / f"dossier_{code}.ts"

    def messages_ts(self, code: str) -> Path:
        return self.translations / f"messages_{code}.ts"

    def lupdate(self) -> Path:
        venv = [folder / ".venv" / "bin" / "pyside6-lupdate" for folder in (self.root, ROOT)]
        for candidate in (*venv, shutil.which("pyside6-lupdate")):
            if candidate and Path(candidate).is_file():
                return Path(candidate)
        raise SystemExit("pyside6-lupdate not found: install Dossier's dependencies (.venv) first.")

    # The messages family ------------------------------------------------------------------------

    def message_calls(self) -> tuple[list[extract.Call], list[extract.Problem]]:
        calls: list[extract.Call] = []
        problems: list[extract.Problem] = []
        for path in extract.python_files(self.package):
            found, wrong = extract.message_calls(self.root, path)
            calls += found
            problems += wrong
        calls += rules.rule_calls(self.rules)
        return calls, problems

    def messages(self) -> list[Message]:
        return extract.as_messages(self.message_calls()[0], self.translations)

    def update_messages(self, code: str, drop_vanished: bool = False) -> str:
        path = self.messages_ts(code)
        extracted = self.messages()
        if code == "en":
            extracted = [message for message in extracted if message.numerus]
        old = read(path) if path.is_file() else None
        catalogue, stats = merge(old, extracted, code, QT_LANGUAGE[code], drop_vanished)
        changed = write(catalogue, path)
        done = ", ".join(f"{value} {name}" for name, value in stats.items())
        return f"{path.relative_to(self.root)}: {done}{'' if changed else ' (unchanged)'}"

    # The window family --------------------------------------------------------------------------

    def run_lupdate(self, ts: Path, code: str, drop_vanished: bool = False) -> str:
        command = [str(self.lupdate()), "-extensions", "py", "-locations", "absolute"]
        command += [str(self.ui.relative_to(self.root)), "-target-language", QT_LANGUAGE[code]]
        if code == "en":
            command.append("-pluralonly")
        if drop_vanished:
            command.append("-no-obsolete")
        command += ["-ts", str(ts)]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"pyside6-lupdate failed on {ts}:\n{done.stdout}{done.stderr}")
        return done.stdout + done.stderr

    def update_window(self, code: str, drop_vanished: bool = False) -> str:
        path = self.window_ts(code)
        report = self.run_lupdate(path, code, drop_vanished)
        counts = [line.strip() for line in report.splitlines() if "Found" in line or "ropp" in line]
        return f"{path.relative_to(self.root)}: {'; '.join(counts) or 'updated'}"

    def window_messages(self) -> Catalogue:
        """What lupdate extracts from ui/ today (a fresh file, every message)."""
        with tempfile.TemporaryDirectory(prefix="dossier-lupdate-") as folder:
            fresh = Path(folder) / "resources" / "translations" / "fresh.ts"
            fresh.parent.mkdir(parents=True)
            self.run_lupdate(fresh, "fr")
            catalogue = read(fresh)
        for message in catalogue.messages:  # the locations as in a file of resources/translations
            message.locations = [
                (os.path.relpath(os.path.normpath(fresh.parent / name), self.translations), line)
                for name, line in message.locations
            ]
        return catalogue

    def ui_calls(self) -> tuple[list[extract.Call], list[extract.Problem]]:
        calls: list[extract.Call] = []
        problems: list[extract.Problem] = []
        for path in extract.python_files(self.ui):
            found, wrong = extract.qt_calls(path)
            calls += found
            problems += wrong
        return calls, problems
