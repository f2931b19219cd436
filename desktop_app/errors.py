"""Errors that carry a message meant for the person using Dossier.

Every layer raises these for problems a user can act on; the command line
prints the message and exits non-zero, the GUI shows it in a dialog.
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
