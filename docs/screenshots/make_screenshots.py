"""Take the screenshots in docs/screenshots from the real window.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/make_screenshots.py

Uses a temporary store with the sample case; the window is sized to a
1366x768 screen less a desktop panel.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from desktop_app.services import Services
from desktop_app.ui.app import create_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pack_export import ExportPackDialog

OUT = Path(__file__).resolve().parent


def main() -> int:
    app = create_application()
    with (
        tempfile.TemporaryDirectory() as tmp,
        Services.open(Path(tmp) / "store", interface="gui") as services,
    ):
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
            app.quit()

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
