"""Starting the GUI."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.errors import DossierError
from desktop_app.resources import resource_path
from desktop_app.services import Services
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125 %, 150 %) as the system asks, rather than rounded to whole steps.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("dossier")
    icon = resource_path("icons", "dossier.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app)
    return app


def run_gui(data_dir: str | None, *, sample_if_empty: bool = False) -> int:
    app = create_application()
    try:
        services = Services.open(data_dir, interface="gui")
    except DossierError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    try:
        if sample_if_empty and not services.list_cases():
            services.add_sample_case()
        window = MainWindow(services)
        window.show()
        return app.exec()
    finally:
        services.close()
