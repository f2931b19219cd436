"""The user's choice of the window's language: View -> Language, remembered, applied at start.

Dossier follows the system's language (the first of its preferred languages that Dossier is
translated into) unless the user chose one in View -> Language: "Like the system", then
English, Français, Español and Polski, each in its own name, for each language whose
translation (``dossier_<lang>.qm``) is installed. The choice is kept in the window's settings
(``window/language``) with the rest of its state, and applied when Dossier starts: the window
says so in the language chosen, with whether a restart is needed to see it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop_app import i18n, logs
from desktop_app.ui.i18n import (
    apply_language,
    language_of_locale,
    offered_languages,
    translation_file,
    window_language,
)

SETTING = "window/language"
SYSTEM = "system"
#: Each language in its own name, with its key in the menu; never translated.
NAMES = {"en": "E&nglish", "fr": "&Français", "es": "&Español", "pl": "&Polski"}

CONTEXT = "LanguageMenu"
# Said in the language just chosen, from its own translation (the window still speaks the old one).
TITLE = str(QT_TRANSLATE_NOOP("LanguageMenu", "Language"))
RESTART = str(
    QT_TRANSLATE_NOOP(
        "LanguageMenu",
        "Dossier will be in this language the next time it starts. "
        "Quit Dossier and start it again to see it now.",
    )
)
NO_RESTART = str(
    QT_TRANSLATE_NOOP("LanguageMenu", "Dossier is in this language already: no restart is needed.")
)
OK = str(QT_TRANSLATE_NOOP("LanguageMenu", "OK"))


def saved_choice(settings: QSettings) -> str:
    """The choice kept in ``settings``: a language code, or ``"system"`` (also when none was made)."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value == SYSTEM or value in i18n.LANGUAGES else SYSTEM


def language_for(choice: str, system: QLocale | None = None, folder: Path | None = None) -> str:
    """The language ``choice`` stands for: itself, or for ``"system"`` the system's (``system``:
    by default :meth:`QLocale.system`)."""
    if choice != SYSTEM:
        return choice
    return language_of_locale(system or QLocale.system(), folder)


def start_language(
    app: QCoreApplication,
    settings: QSettings,
    *,
    system: QLocale | None = None,
    folder: Path | None = None,
) -> str:
    """Apply the language the user chose (or the system's) at start; returns the one in effect."""
    return apply_language(app, language_for(saved_choice(settings), system, folder), folder)


def words_in(code: str, folder: Path | None = None) -> Callable[[str], str]:
    """A ``LanguageMenu`` text in language ``code``, from that language's own translation (the
    English source where it has none)."""
    translator = QTranslator()
    loaded = code != "en" and translator.load(str(translation_file(code, folder)))

    def words(source: str) -> str:
        return (translator.translate(CONTEXT, source) if loaded else "") or source

    return words


class LanguageMenu(QObject):
    """View -> Language: one checkable action per choice, the choice saved in ``settings``.

    ``say`` shows a short line in the window (its status bar); a restart notice is a message box
    that does not block the window.
    """

    def __init__(
        self,
        window: QWidget,
        parent_menu: QMenu,
        settings: QSettings,
        say: Callable[[str], None],
        *,
        system: QLocale | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.say = say
        self.system = system
        self.folder = folder
        self.notice: QMessageBox | None = None
        self.menu = parent_menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("languageMenu")
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        chosen = saved_choice(settings)
        offered = offered_languages(folder)
        if chosen not in offered:
            chosen = SYSTEM  # a language whose translation has gone: the system's is followed
        choices = [(SYSTEM, self.tr("Like the &system")), *((c, NAMES[c]) for c in offered)]
        for choice, label in choices:
            action = QAction(label, self)
            action.setObjectName(f"language_{choice}")
            action.setCheckable(True)
            action.setChecked(choice == chosen)
            action.triggered.connect(partial(self.choose, choice))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
            if choice == SYSTEM:
                self.menu.addSeparator()

    def choose(self, choice: str, _checked: bool = True) -> None:
        """Keep ``choice`` and say, in the language it stands for, whether a restart is needed."""
        self.actions[choice].setChecked(True)
        self.settings.setValue(SETTING, choice)
        self.settings.sync()
        new = language_for(choice, self.system, self.folder)
        words = words_in(new, self.folder)
        logs.event("ui.language.chosen", lang=new, mode=choice)
        if new == window_language():
            self.say(words(NO_RESTART))
            return
        if self.notice is not None:
            self.notice.close()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            words(TITLE),
            words(RESTART),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setDefaultButton(box.addButton(words(OK), QMessageBox.ButtonRole.AcceptRole))
        box.setObjectName("languageNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.destroyed.connect(self._notice_gone)
        box.open()
        self.notice = box

    def _notice_gone(self) -> None:
        self.notice = None
