"""Dossier: keep the whole record of a billing dispute and hand it to a bank."""

__version__ = "0.1.0"
APP_NAME = "Dossier"
