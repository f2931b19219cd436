"""Errors that carry a message meant for the person using Dossier.

Every layer raises these for problems a user can act on; the command line
prints the message and exits non-zero, the GUI shows it in a dialog. The
message is written in the process's language when the error is raised
(``desktop_app.i18n.translate``, placeholders filled after translating), so
it reaches the window or the terminal as it is.
"""

from __future__ import annotations


class DossierError(Exception):
    """A problem explained in words a user can act on."""


class NotFoundError(DossierError):
    pass


class InvalidInputError(DossierError):
    pass


class StoreLockedError(DossierError):
    pass


class StoreError(DossierError):
    """The store cannot be opened or is damaged."""


class Cancelled(DossierError):
    """The user stopped a long job; nothing of it was kept."""
