"""``python -m desktop_app.cli``: the ``dossier`` command."""

from desktop_app.cli import main

raise SystemExit(main())
