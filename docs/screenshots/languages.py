"""Take the screenshots of the window in each language into docs/screenshots/<lang>/.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/languages.py            # fr, es and pl
    DISPLAY=:99 .venv/bin/python docs/screenshots/languages.py pl         # one language

Each language runs in a process of its own with the system's language set to it (LANG and
LANGUAGE), as a user's desktop sets it: Dossier follows the system's language. The store is a
temporary one with the sample case (a passphrase: the system keyring is never touched), the
settings and the home are temporary too. Shots: the main window with the sample case, the
new-case form, Log a contact and the export dialog, at 1366x768 less a desktop panel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
LOCALES = {"fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8", "pl": "pl_PL.UTF-8", "en": "en_GB.UTF-8"}
PASSPHRASE = "correct horse battery staple"


def shoot(lang: str, folder: Path) -> int:
    """In this process (its environment already set to ``lang``): take the four shots."""
    from PySide6.QtCore import QSettings, QTimer

    from desktop_app.services import Services, Unlock
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.pack_export import ExportPackDialog

    out = OUT / lang
    out.mkdir(exist_ok=True)
    app = create_application()
    unlock = Unlock(passphrase=PASSPHRASE, use_keyring=False)
    with Services.open(folder / "store", interface="gui", unlock=unlock) as services:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.resize(1366, 740)
        window.show()
        services.add_sample_case()
        steps: list[object] = []

        def main_window() -> None:
            window.grab().save(str(out / "main-window.png"))
            from desktop_app.ui.forms import NewCaseDialog

            form = NewCaseDialog(window)
            form.show()
            QTimer.singleShot(
                300, lambda: (form.grab().save(str(out / "new-case.png")), form.close(), contact())
            )

        def contact() -> None:
            case_id = window.current_case_id()
            assert case_id is not None
            dialog = window.records.log_contact_dialog(case_id)
            dialog.show()
            QTimer.singleShot(
                300, lambda: (dialog.grab().save(str(out / "log-contact.png")), dialog.close(), export())
            )

        def export() -> None:
            case_id = window.current_case_id()
            assert case_id is not None
            dialog = ExportPackDialog(services.case_detail(case_id), folder, window, services=services)
            dialog.show()
            steps.append(dialog)
            dialog.preview_button.click()

            def when_checked() -> None:
                if dialog.prebuilt() is None:
                    QTimer.singleShot(200, when_checked)
                    return
                dialog.grab().save(str(out / "export-pack.png"))
                dialog.release_preview()
                dialog.close()
                app.quit()

            QTimer.singleShot(400, when_checked)

        QTimer.singleShot(800, main_window)
        app.exec()
        window.close()
    print(f"{lang}: {', '.join(sorted(p.name for p in out.glob('*.png')))}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) > 2 and argv[1] == "--child":
        return shoot(argv[2], Path(argv[3]))
    languages = argv[1:] or ["fr", "es", "pl"]
    unknown = [lang for lang in languages if lang not in LOCALES]
    if unknown:
        print(f"no such language: {', '.join(unknown)} (known: {', '.join(LOCALES)})", file=sys.stderr)
        return 2
    status = 0
    for lang in languages:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp) / "home"
            env = {
                **os.environ,
                "LANG": LOCALES[lang],
                "LANGUAGE": lang,
                "LC_ALL": LOCALES[lang],
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "XDG_STATE_HOME": str(home / ".local" / "state"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "DOSSIER_LOG_DIR": str(home / "log"),
            }
            done = subprocess.run([sys.executable, __file__, "--child", lang, tmp], env=env, check=False)
            status = status or done.returncode
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
