"""Take the screenshots in docs/screenshots from the real window.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/make_screenshots.py

Uses a temporary store with the sample case (protected by a passphrase: the
system keyring is never touched); the window is sized to a 1366x768 screen
less a desktop panel.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from desktop_app.services import NeedsUnlock, Services, Unlock
from desktop_app.ui.app import create_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pack_export import ExportPackDialog
from desktop_app.ui.unlock import RecoveryKeyDialog, UnlockDialog

OUT = Path(__file__).resolve().parent


def sample_mbox() -> bytes:
    """A few messages as a Takeout export has them, in the sample case's languages."""
    from email.message import EmailMessage
    from email.policy import SMTP

    rows = [
        (
            "StreamNova <no-reply@streamnova.example>",
            "Confirmation de résiliation",
            "Sat, 28 Aug 2026 21:16 +0200",
        ),
        (
            "StreamNova Support <support@streamnova.example>",
            "Re: Remboursement TCK-48213",
            "Wed, 16 Sep 2026 11:02 +0200",
        ),
        (
            "Marta Zielińska <reklamacje@streamnova.example>",
            "Odpowiedź w sprawie reklamacji",
            "Fri, 02 Oct 2026 14:40 +0200",
        ),
        ("Newsletter <news@shop.example>", "Nuevas ofertas de otoño", "Mon, 05 Oct 2026 08:00 +0200"),
        (
            "StreamNova Support <support@streamnova.example>",
            "Votre demande est en cours",
            "Thu, 29 Oct 2026 09:12 +0100",
        ),
    ]
    out = b""
    for n, (sender, subject, when) in enumerate(rows):
        message = EmailMessage()
        message["From"], message["To"], message["Subject"], message["Date"] = (
            sender,
            "me@example.pl",
            subject,
            when,
        )
        message["Message-ID"] = f"<shot-{n}@example>"
        message.set_content("Bonjour,\n")
        out += b"From MAILER-DAEMON Mon Jan  1 00:00:00 2026\n" + message.as_bytes(policy=SMTP).replace(
            b"\r\n", b"\n"
        )
        out += b"\n"
    return out


PASSPHRASE = "plum lantern orbit seventeen"


def unlock_message(folder: Path) -> str:
    """What Dossier says when a store's key is not in the keyring: from a real store."""
    with Services.open(folder, interface="gui", unlock=Unlock(passphrase=PASSPHRASE, use_keyring=False)):
        pass
    try:
        Services.open(folder, interface="gui", unlock=Unlock(use_keyring=False)).close()
    except NeedsUnlock as exc:
        return str(exc)
    raise AssertionError("the store opened without its passphrase")


def main() -> int:
    app = create_application()
    with (
        tempfile.TemporaryDirectory() as tmp,
        Services.open(
            Path(tmp) / "store", interface="gui", unlock=Unlock(passphrase=PASSPHRASE, use_keyring=False)
        ) as services,
    ):
        recovery_key = services.protection().new_recovery_key or ""
        # Settings of its own: the shots never read or change the user's.
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.resize(1366, 740)
        window.show()
        shots: list[tuple[str, object]] = [("welcome.png", lambda: None)]

        def sample() -> None:
            services.add_sample_case()

        def tab(section: str):  # type: ignore[no-untyped-def]
            return lambda: window.case_view.show_section(section)

        def dark_overview() -> None:
            window.set_appearance("dark")
            window.case_view.show_section("overview")

        def evidence_tab() -> None:
            window.case_view.show_section("evidence")
            table = window.case_view.tables["evidence"]
            model = table.model()
            invoice = next(r for r in range(model.rowCount()) if "Invoice" in model.index(r, 0).data())
            table.setCurrentIndex(model.index(invoice, 0))

        dialogs: list[ExportPackDialog] = []

        def export_dialog() -> None:
            case_id = window.current_case_id()
            assert case_id is not None
            dialog = ExportPackDialog(services.case_detail(case_id), Path.home(), window, services=services)
            dialog.profile_box.setCurrentIndex(dialog.profile_box.findData("mastercard"))
            dialog.show()
            dialogs.append(dialog)

        shots += [
            ("main-window.png", sample),
            ("purchases.png", tab("purchases")),
            ("communications.png", tab("communications")),
            ("evidence.png", evidence_tab),
            ("timeline.png", tab("timeline")),
            ("tasks.png", tab("tasks")),
            ("dark.png", dark_overview),
        ]

        def step() -> None:
            if not shots:
                app.quit()
                return
            name, action = shots.pop(0)
            action()  # type: ignore[operator]
            if not name:
                return
            QTimer.singleShot(400, lambda: (window.grab().save(str(OUT / name)), step()))

        def when_checked() -> None:
            dialog = dialogs[0]
            if dialog.prebuilt() is None:
                QTimer.singleShot(200, when_checked)
                return
            dialog.grab().save(str(OUT / "export-pack.png"))
            dialog.release_preview()
            dialog.close()
            search_shot()

        def search_shot() -> None:
            found = window.search("lodz")
            QTimer.singleShot(
                400, lambda: (found.grab().save(str(OUT / "search.png")), found.close(), letter_shot())
            )

        def letter_shot() -> None:
            letter = window.packs.write_letter()  # the sample case's: the kinds that fit it, in French
            assert letter is not None
            letter.why_button.click()  # and why the others are not offered
            QTimer.singleShot(
                400, lambda: (letter.grab().save(str(OUT / "letter.png")), letter.close(), mail_shot())
            )

        def mail_shot() -> None:
            mbox = Path(tmp) / "takeout.mbox"
            mbox.write_bytes(sample_mbox())
            chooser = window.mail.import_mail_paths([mbox])
            assert chooser is not None

            def grab_when_read() -> None:
                if chooser.reading():  # type: ignore[union-attr]
                    QTimer.singleShot(200, grab_when_read)
                    return
                chooser.grab().save(str(OUT / "import-mail.png"))
                chooser.close()
                security_shots()

            QTimer.singleShot(300, grab_when_read)

        def security_shots() -> None:
            message = unlock_message(Path(tmp) / "other")
            unlock = UnlockDialog(message, has_passphrase=True)
            unlock.edit.setText(PASSPHRASE)
            unlock.show()
            recovery = RecoveryKeyDialog(recovery_key, folder=services.data_dir, parent=window)
            recovery.show()
            security = window.store.show_security()

            def grab_all() -> None:
                if security.protection is None:
                    QTimer.singleShot(200, grab_all)
                    return
                unlock.grab().save(str(OUT / "unlock.png"))
                recovery.grab().save(str(OUT / "recovery-key.png"))
                security.grab().save(str(OUT / "security.png"))
                for dialog in (unlock, recovery, security):
                    dialog.done(0)
                app.quit()

            QTimer.singleShot(400, grab_all)

        def dialog_shot() -> None:
            window.set_appearance("system")
            export_dialog()
            dialogs[0].preview_button.click()  # check pages and size, as a user would before exporting
            QTimer.singleShot(400, when_checked)

        shots.append(("", dialog_shot))

        QTimer.singleShot(500, step)
        app.exec()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
