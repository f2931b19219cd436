"""Dossier's translation catalogues: gather the strings to translate, and check the catalogues.

    .venv/bin/python packaging/translations.py update [--lang fr ...] [--drop-vanished]
    .venv/bin/python packaging/translations.py check [--lang fr ...]

Two families of Qt Linguist files under resources/translations/ (see its README.md):
- the window, dossier_<lang>.ts: pyside6-lupdate over desktop_app/ui (dossier_en.ts: plural forms only);
- the messages outside Qt, messages_<lang>.ts: desktop_app.i18n's translate/translate_n/noop calls
  anywhere in desktop_app/, read from the code's ast, and the rule texts of resources/rules/*.json
  (messages_en.ts: plural forms only).

``update`` keeps every translation, adds new messages unfinished and marks removed ones vanished
(``--drop-vanished`` removes them). ``check`` prints every problem and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_tools.checks import check
from i18n_tools.project import LANGUAGES, Project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="gather new and changed strings into the .ts files")
    checking = commands.add_parser("check", help="print every problem of the catalogues; exit 1 if any")
    for command in (update, checking):
        command.add_argument(
            "--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)"
        )
    update.add_argument(
        "--drop-vanished", action="store_true", help="remove the messages no longer in the code"
    )
    update.add_argument("--family", choices=("window", "messages"), help="only this family")
    arguments = parser.parse_args(argv)
    project = Project()
    languages = tuple(arguments.lang or LANGUAGES)
    if arguments.command == "update":
        project.translations.mkdir(parents=True, exist_ok=True)
        for code in languages:
            if arguments.family in (None, "window"):
                print(project.update_window(code, arguments.drop_vanished))
            if arguments.family in (None, "messages"):
                print(project.update_messages(code, arguments.drop_vanished))
        return 0
    problems = check(project, languages)
    for problem in problems:
        print(problem)
    print(
        f"{len(problems)} problem(s) in {', '.join(languages)}." if problems else "No problem.",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
