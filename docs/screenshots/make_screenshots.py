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

from PySide6.QtCore import QTimer

from desktop_app.services import Services
from desktop_app.ui.app import create_application
from desktop_app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent


def main() -> int:
    app = create_application()
    with (
        tempfile.TemporaryDirectory() as tmp,
        Services.open(Path(tmp) / "store", interface="gui") as services,
    ):
        window = MainWindow(services)
        window.resize(1366, 740)
        window.show()
        shots: list[tuple[str, object]] = [("welcome.png", lambda: None)]

        def sample() -> None:
            services.add_sample_case()

        def tab(i: int):  # type: ignore[no-untyped-def]
            return lambda: window.case_view.tabs.setCurrentIndex(i)

        shots += [
            ("main-window.png", sample),
            ("communications.png", tab(1)),
            ("evidence.png", tab(2)),
        ]

        def step() -> None:
            if not shots:
                app.quit()
                return
            name, action = shots.pop(0)
            action()  # type: ignore[operator]
            QTimer.singleShot(400, lambda: (window.grab().save(str(OUT / name)), step()))

        QTimer.singleShot(500, step)
        app.exec()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
