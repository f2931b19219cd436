"""packaging/translations.py on a small made-up project: extraction, merge, checks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from i18n_tools import checks, merge, ts
from i18n_tools.project import Project

PACKAGING = Path(__file__).resolve().parents[3] / "packaging"
SERVICE = """
from desktop_app.i18n import translate, translate_n
from desktop_app import i18n as words


def gone(number: int, count: int, name: str) -> list[str]:
    # Translators: a case's number, as the user typed it
    first = translate("Services", "No case has the number {number}.").format(number=number)
    second = translate_n("Services", "%n file(s) added", count)
    third = words.translate("Services", "Open", "a file")
    fourth = words.noop("Vocabulary", "Card")
    fifth = translate("Services", f"Hello {name}")
    sixth = translate("Services", name)
    seventh = "abc".translate({})
    return [first, second, third, fourth, fifth, sixth, seventh]
"""

WINDOW = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

tr = QCoreApplication.translate


def label(text: str) -> str:
    return QCoreApplication.translate("models", text)


class Form(QWidget):
    def build(self, files: list[str], count: int) -> list[str]:
        return [
            self.tr("Save"),
            self.tr("%n file(s)", "", count),
            QCoreApplication.translate("Form", "%n item(s)", "", count),
            QCoreApplication.translate("Form", "Cancel"),
            tr("Form", "Close"),
            label("Title"),
            f"{self.tr('Next:')} now",
        ]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("project")
    (root / "desktop_app" / "services").mkdir(parents=True)
    (root / "desktop_app" / "ui").mkdir()
    (root / "desktop_app" / "services" / "things.py").write_text(SERVICE, encoding="utf-8")
    (root / "desktop_app" / "ui" / "form.py").write_text(WINDOW, encoding="utf-8")
    (root / "resources" / "rules").mkdir(parents=True)
    (root / "resources" / "translations").mkdir()
    rules = '{"rules": [{"title": "Dispute it", "note": "Keep a margin.", "id": "x"}]}'
    (root / "resources" / "rules" / "deadlines.json").write_text(rules, encoding="utf-8")
    return Project(root)


def test_messages_are_read_from_the_code_and_the_rules(project: Project) -> None:
    calls, problems = project.message_calls()
    keys = {(call.key, call.numerus) for call in calls}
    assert keys == {
        (("Services", "No case has the number {number}.", ""), False),
        (("Services", "%n file(s) added", ""), True),
        (("Services", "Open", "a file"), False),
        (("Vocabulary", "Card", ""), False),
        (("Rules", "Dispute it", ""), False),
        (("Rules", "Keep a margin.", ""), False),
    }
    assert [problem.text.split(":")[0] for problem in problems] == ["translate()"]  # the f-string
    first = next(call for call in calls if "{number}" in call.source)
    assert first.extracomment == "a case's number, as the user typed it"


def test_update_writes_and_merges_keeping_translations(project: Project) -> None:
    project.update_messages("pl")
    path = project.messages_ts("pl")
    catalogue = ts.read(path)
    plural = catalogue.by_key()[("Services", "%n file(s) added", "")]
    assert plural.numerus and plural.forms == ["", "", ""] and plural.kind == "unfinished"
    # The translator translates two; one message leaves the code.
    for message in catalogue.messages:
        if message.source == "Open":
            message.translation, message.kind = "Otwórz", None
        if message.numerus:
            message.forms, message.kind = ["%n plik dodany", "%n pliki dodane", "%n plików dodanych"], None
    catalogue.messages.append(ts.Message("Services", "Removed long ago", translation="Usunięte", kind=None))
    catalogue.messages.append(ts.Message("Services", "Never translated"))
    ts.write(catalogue, path)
    project.update_messages("pl")
    merged = ts.read(path).by_key()
    assert merged[("Services", "Open", "a file")].translation == "Otwórz"
    assert merged[("Services", "Open", "a file")].kind is None
    assert merged[("Services", "%n file(s) added", "")].forms[2] == "%n plików dodanych"
    assert merged[("Services", "Removed long ago", "")].kind == "vanished"
    assert ("Services", "Never translated", "") not in merged
    problems = checks.check_catalogue(path, project.messages(), "pl", project)
    assert any("vanished [Services] 'Removed long ago'" in problem for problem in problems)
    assert any("unfinished [Rules] 'Dispute it'" in problem for problem in problems)
    assert not any("'Open'" in problem for problem in problems)
    project.update_messages("pl", drop_vanished=True)
    assert ("Services", "Removed long ago", "") not in ts.read(path).by_key()


def test_english_keeps_only_the_plurals(project: Project) -> None:
    project.update_messages("en")
    catalogue = ts.read(project.messages_ts("en"))
    assert [message.source for message in catalogue.messages] == ["%n file(s) added"]
    assert len(catalogue.messages[0].forms) == 2


def test_plural_forms_are_fitted_to_the_language() -> None:
    old = ts.Catalogue(
        "fr_FR", [ts.Message("S", "%n day(s)", numerus=True, forms=["a", "b", "c"], kind=None)]
    )
    fresh = [ts.Message("S", "%n day(s)", numerus=True)]
    merged, _ = merge.merge(old, fresh, "fr", "fr_FR")
    assert merged.messages[0].forms == ["a", "b"]
    merged, _ = merge.merge(merged, fresh, "pl", "pl_PL")
    assert merged.messages[0].forms == ["a", "b", ""] and merged.messages[0].kind == "unfinished"


@pytest.mark.parametrize(
    ("source", "translation", "code", "ok"),
    [
        ("No case {number}.", "Aucun dossier {number}.", "fr", True),
        ("No case {number}.", "Aucun dossier {numero}.", "fr", False),
        ("No case {number}.", "Aucun dossier.", "fr", False),
        ("%1 of %2", "%2 sur %1", "fr", True),
        ("%1 of %2", "%1 sur", "fr", False),
        ("{amount:.2f} due", "{amount} à payer", "fr", True),
        ("Braces {{like this}}", "Accolades {{ainsi}}", "fr", True),
    ],
)
def test_placeholders(source: str, translation: str, code: str, ok: bool) -> None:
    message = ts.Message("S", source, translation=translation, kind=None)
    assert (checks._placeholder_problems(message, code) == []) is ok


def test_the_singular_may_say_one_except_in_french() -> None:
    message = ts.Message(
        "S", "%n file(s)", numerus=True, forms=["jeden plik", "%n pliki", "%n plików"], kind=None
    )
    assert checks._placeholder_problems(message, "pl") == []
    message = ts.Message("S", "%n file(s)", numerus=True, forms=["un fichier", "%n fichiers"], kind=None)
    assert len(checks._placeholder_problems(message, "fr")) == 1


def test_positional_placeholders_are_refused() -> None:
    messages = [ts.Message("S", "No case {}.", locations=[("x.py", 1)]), ts.Message("S", "No {{}} {name}")]
    assert len(checks.source_problems(messages, Project(Path("/nowhere")))) == 1


def test_ui_calls_lupdate_misreads_are_found(project: Project) -> None:
    calls, problems = project.ui_calls()
    found = checks.check_ui_calls(calls, project.window_messages().messages, project)
    text = "\n".join(found + checks.code_problems(problems, project))
    assert "'Save'" not in text and "'%n file(s)'" not in text and "'Cancel'" not in text
    assert "lupdate sees [Form] '%n item(s)' as not plural" in text
    assert "lupdate did not extract [Form] 'Next:'" in text  # inside an f-string
    assert "tr('Form', 'Close'): lupdate reads tr() as tr()" in text
    assert "label('Title') goes through a function of the module" in text
    # What lupdate made of tr("Form", "Close"), located in the file:
    assert "desktop_app/ui/form.py:18: lupdate extracted [QCoreApplication" in text
    assert "'Form' (Close), which no call asks Qt for at run time" in text


def test_the_command_line_checks_and_exits_1_on_problems(project: Project, tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(PACKAGING)!r})
        import translations
        from i18n_tools import project
        translations.Project = lambda: project.Project(project.Path({str(project.root)!r}))
        sys.exit(translations.main(sys.argv[1:]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "check", "--lang", "es"], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "resources/translations/dossier_es.ts: missing" in done.stdout
    assert "problem(s) in es" in done.stderr


def test_a_changed_source_starts_from_its_old_translation() -> None:
    before = ts.Message("S", "%n pages per file", numerus=True, forms=["%n page", "%n pages"], kind=None)
    other = ts.Message("S", "Something else entirely", translation="Autre chose", kind=None)
    old = ts.Catalogue("fr_FR", [before, other])
    fresh = [ts.Message("S", "%n page(s) per file", numerus=True), ts.Message("S", "Nothing like it at all")]
    merged, stats = merge.merge(old, fresh, "fr", "fr_FR")
    found = merged.by_key()
    changed = found[("S", "%n page(s) per file", "")]
    assert changed.forms == ["%n page", "%n pages"] and changed.kind == "unfinished"
    assert changed.oldsource == "%n pages per file"
    assert ("S", "%n pages per file", "") not in found  # taken over, not left vanished
    assert found[("S", "Nothing like it at all", "")].translation == ""
    assert found[("S", "Something else entirely", "")].kind == "vanished"
    assert stats == {"new": 1, "kept": 0, "similar": 1, "vanished": 1, "dropped": 0}


def test_a_lone_percent_in_the_command_line_is_a_problem(tmp_path: Path) -> None:
    project = Project(tmp_path)
    project.translations.mkdir(parents=True)
    messages = [ts.Message("Cli", "at most %(default)s files"), ts.Message("Services", "A rate")]
    catalogue = ts.Catalogue(
        "fr_FR",
        [
            ts.Message(
                "Cli",
                "at most %(default)s files",
                translation="au plus %(default)s fichiers (100 %)",
                kind=None,
            ),
            ts.Message("Services", "A rate", translation="Un taux de 100 %", kind=None),
        ],
    )
    ts.write(catalogue, project.messages_ts("fr"))
    problems = checks.check_catalogue(project.messages_ts("fr"), messages, "fr", project)
    assert len(problems) == 1 and "a lone %" in problems[0] and "[Cli]" in problems[0]
    catalogue.messages[0].translation = "au plus %(default)s fichiers (100 %%)"
    ts.write(catalogue, project.messages_ts("fr"))
    assert checks.check_catalogue(project.messages_ts("fr"), messages, "fr", project) == []


@pytest.mark.parametrize(
    ("source", "translation", "problems"),
    [
        ("%(prog)s: error: %(message)s\n", "%(prog)s : erreur : %(message)s\n", 0),
        ("%(prog)s: error: %(message)s\n", "%(prog)s : erreur : %(message)s", 1),  # the new line
        ("ambiguous option: %(option)s could match %(matches)s", "option ambiguë : %(option)s", 1),
        ("expected %s argument", "%s argument attendu", 0),
        ("invalid choice: %r (choose from %s)", "choix invalide : %s (parmi %r)", 1),  # order
        ("invalid choice: %r", "choix invalide", 1),
    ],
)
def test_argparse_placeholders_and_new_lines(source: str, translation: str, problems: int) -> None:
    message = ts.Message("Cli", source, translation=translation, kind=None)
    assert len(checks._placeholder_problems(message, "fr")) == problems
