"""Light and dark palettes that follow the system, or the user's choice.

Qt follows the system's colours where the platform tells it (Windows 11,
macOS, GNOME and KDE through their platform themes). Where the system asks
for dark but the style still paints light (a bare X11 session, Fusion
without a platform theme), Dossier sets a dark Fusion palette itself, and
it follows a change of the system's scheme while it runs. The user can
also choose Light or Dark in View > Appearance.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QTabWidget

CHOICES = ("system", "light", "dark")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Light: "#3c4043",
        QPalette.ColorRole.Midlight: "#34363a",
        QPalette.ColorRole.Mid: "#2a2c2f",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d6fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def error_colour(palette: QPalette) -> str:
    """A red that reads well on the palette's window colour."""
    return "#ff8a80" if is_dark(palette) else "#b3261e"


class Appearance(QObject):
    """Keeps the application's palette in line with the system or the user's choice."""

    changed = Signal(bool)  # dark?

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice if choice in CHOICES else "system"
        # The style Qt chose, read only when Dossier first changes it: reading it makes Python's
        # QStyle type and its hundreds of enums (about 10 ms of the window's start).
        self._system_style: str | None = None
        self._system_palette = QPalette(app.palette())
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    @property
    def choice(self) -> str:
        return self._choice

    def set_choice(self, choice: str) -> None:
        if choice not in CHOICES:
            raise ValueError(f"{choice!r} is not one of {', '.join(CHOICES)}")
        self._choice = choice
        self.apply()

    def wants_dark(self) -> bool:
        if self._choice != "system":
            return self._choice == "dark"
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def apply(self) -> None:
        dark = self.wants_dark()
        if dark and not is_dark(self._system_palette):
            self._keep_system_style()
            self._app.setStyle("Fusion")
            self._app.setPalette(dark_palette())
        elif not dark and is_dark(self._system_palette):
            self._keep_system_style()
            self._app.setStyle("Fusion")
            self._app.setPalette(self._app.style().standardPalette())
        else:
            if self._system_style is not None and self._app.style().name() != self._system_style:
                self._app.setStyle(self._system_style)
            self._app.setPalette(self._system_palette)
        self.changed.emit(dark)

    def _keep_system_style(self) -> None:
        if self._system_style is None:
            self._system_style = self._app.style().name()

    @Slot(Qt.ColorScheme)
    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        # Drop the palette Dossier set, to read the one the platform now gives.
        if self._system_style is not None:
            self._app.setStyle(self._system_style)
        self._app.setPalette(QPalette())
        self._system_palette = QPalette(self._app.palette())
        if self._choice == "system":
            self.apply()


_made: list[tuple[QApplication, Appearance]] = []  # the application and its Appearance, once made


def appearance_of(app: QApplication, choice: str = "system") -> Appearance:
    """The application's one Appearance, made on first use with ``choice``. (Kept here rather than
    looked up with ``findChild``, which wraps every object of the application for Python to test:
    about 10 ms of the window's start.)"""
    for owner, appearance in _made:
        if owner is app and shiboken6.isValid(appearance):
            return appearance
    appearance = Appearance(app, choice)
    _made[:] = [(app, appearance)]
    return appearance


def tabs_with_room_for_accents(tabs: QTabWidget) -> None:
    """Draw ``tabs``' labels with room above and below: Fusion clips a tab's text to the font's
    height, so the accent of a capital letter ("Échéances", "Źródła") is cut off ("Echéances").
    Done only where a tab's name can carry such an accent (a window not in English): the style's
    Python types cost a few ms of the window's start."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class RoomForAccents(QProxyStyle):
        def subElementRect(self, element: QStyle.SubElement, option: Any, widget: Any = None) -> Any:
            rect = super().subElementRect(element, option, widget)
            if element == QStyle.SubElement.SE_TabBarTabText:
                rect = rect.adjusted(0, -3, 0, 3)
            return rect

    style = RoomForAccents()
    style.setParent(tabs)  # kept as long as the tabs
    tabs.tabBar().setStyle(style)
