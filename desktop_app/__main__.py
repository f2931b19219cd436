"""``python -m desktop_app`` runs the same entry point as the ``dossier`` command."""

from desktop_app.cli.entry import run

run()
