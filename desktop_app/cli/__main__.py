"""``python -m desktop_app.cli``: the ``dossier`` command."""

from desktop_app.cli import main

if __name__ == "__main__":  # imported by a test that walks every module: run nothing then
    raise SystemExit(main())
