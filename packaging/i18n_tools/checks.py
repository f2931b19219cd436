"""The checks that keep the catalogues complete (I18N18.md, "The checks").

For each language and each family: no message unfinished, missing (in the code, not in the .ts),
obsolete (in the .ts, no longer in the code) or vanished; the placeholders of each translation the
same as the source's; plural messages with the language's number of forms. For ui/: every Qt
translation call found in the code is one lupdate extracted, under the context Qt asks at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

from i18n_tools.extract import Call, Problem
from i18n_tools.merge import plural_count
from i18n_tools.project import TRANSLATED, Project
from i18n_tools.ts import Key, Message, read

_PLACEHOLDER = re.compile(
    r"%L?[1-9]|%L?n|%\([a-z_]+\)[sdr]|\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}"
)
_PRINTF = re.compile(r"%%|%[sdr]")  # argparse's own messages (context Cli): %s, %r, %d
# What is left of a text once its placeholders and %% are taken out: a lone % in it breaks argparse.
_PERCENTS = re.compile(r"%%|%L?[1-9]|%L?n|%\([a-z_]+\)[sdr]|%[sdr]")
_POSITIONAL = re.compile(r"(?<!\{)\{\d*(?:[!:][^{}]*)?\}(?!\})")


def printf_tokens(text: str) -> list[str]:
    """argparse's positional %s/%r/%d of ``text``, in order."""
    return [token for token in _PRINTF.findall(text) if token != "%%"]


def placeholders(text: str) -> set[str]:
    found = set()
    for match in _PLACEHOLDER.finditer(text):
        token = match.group()
        if token in ("{{", "}}"):
            continue
        token = token.replace("%L", "%")
        if token.startswith("{"):
            token = "{" + re.split(r"[!:}]", token[1:], maxsplit=1)[0] + "}"
        found.add(token)
    return found


def _name(key: Key) -> str:
    context, source, comment = key
    shown = source if len(source) <= 70 else source[:67] + "..."
    shown = shown.replace("\n", "\\n")
    return f"[{context}] {shown!r}" + (f" ({comment})" if comment else "")


def check_catalogue(path: Path, expected: list[Message], code: str, project: Project) -> list[str]:
    """The problems of one .ts file against the messages the code asks for today."""
    where = str(path.relative_to(project.root))
    if not path.is_file():
        return [f"{where}: missing (run packaging/translations.py update --lang {code})"]
    try:
        catalogue = read(path)
    except Exception as error:  # a damaged file is one problem, reported, not a crash of the check
        return [f"{where}: cannot be read: {error}"]
    problems: list[str] = []
    present = catalogue.by_key()
    wanted = {message.key: message for message in expected}
    for key, message in wanted.items():
        found = present.get(key)
        if found is None or not found.active:
            problems.append(f"{where}: missing {_name(key)} (run update)")
        elif found.numerus != message.numerus:
            problems.append(
                f"{where}: {_name(key)} should {'' if message.numerus else 'not '}be plural (run update)"
            )
    count = plural_count(code)
    for message in catalogue.messages:
        name = _name(message.key)
        if not message.active:
            problems.append(f"{where}: {message.kind} {name} (drop it: update --drop-vanished)")
            continue
        if message.key not in wanted:
            problems.append(f"{where}: obsolete {name}, no longer in the code (run update)")
            continue
        if message.kind == "unfinished" or not all(message.texts):
            problems.append(f"{where}: unfinished {name}")
            continue
        if message.numerus and len(message.forms) != count:
            problems.append(f"{where}: {name} has {len(message.forms)} plural forms, {code} has {count}")
        problems += [f"{where}: {name}: {wrong}" for wrong in _placeholder_problems(message, code)]
        lone = any(_lone_percent(text) for text in message.texts) and not _lone_percent(message.source)
        if message.context == "Cli" and lone:
            problems.append(
                f"{where}: {name}: a lone % (the command line's help is read by argparse, which "
                "fails on it: write %% in a help text, or the word)"
            )
    return problems


def _placeholder_problems(message: Message, code: str) -> list[str]:
    want = placeholders(message.source)
    problems = []
    for index, text in enumerate(message.texts):
        have = placeholders(text)
        if message.numerus and index == 0 and code != "fr":
            # The form for exactly one may say "one" instead of %n.
            have, want_here = have - {"%n"}, want - {"%n"}
        else:
            want_here = want
        if message.context == "Cli" and printf_tokens(text) != printf_tokens(message.source):
            problems.append("argparse's %s/%r/%d placeholders differ from the source's (in number or order)")
        if message.source.endswith("\n") != text.endswith("\n"):
            problems.append("the source ends with a new line and the translation does not, or the reverse")
        if have != want_here:
            label = f"form {index + 1}" if message.numerus else "the translation"
            missing = ", ".join(sorted(want_here - have)) or "-"
            extra = ", ".join(sorted(have - want_here)) or "-"
            problems.append(
                f"{label} has other placeholders than the source (missing {missing}; extra {extra})"
            )
    return problems


def _lone_percent(text: str) -> bool:
    return "%" in _PERCENTS.sub("", text)


def code_problems(problems: list[Problem], project: Project) -> list[str]:
    return [
        f"{path.relative_to(project.root)}:{line}: {text}"
        for path, line, text in ((p.path, p.line, p.text) for p in problems)
    ]


def check_ui_calls(calls: list[Call], fresh: list[Message], project: Project) -> list[str]:
    """Every ui/ call is one lupdate extracted, and lupdate extracted nothing no call asks for."""
    extracted = {message.key: message for message in fresh}
    asked = {call.key for call in calls}
    problems = []
    for call in calls:
        where = f"{call.path.relative_to(project.root)}:{call.line}"
        found = extracted.get(call.key)
        if found is None:
            problems.append(
                f"{where}: lupdate did not extract {_name(call.key)} (a call or attribute among "
                "its arguments, an f-string, 5 arguments?)"
            )
        elif found.numerus != call.numerus:
            problems.append(
                f"{where}: lupdate sees {_name(call.key)} as {'plural' if found.numerus else 'not plural'}"
                " (plurals only through self.tr(text, '', n) with n a plain variable)"
            )
    for key, message in extracted.items():
        if key not in asked:
            where = ", ".join(f"{_from_root(name, project)}:{line}" for name, line in message.locations[:2])
            problems.append(f"{where}: lupdate extracted {_name(key)}, which no call asks Qt for at run time")
    return problems


def _from_root(name: str, project: Project) -> str:
    """A location of a .ts file (relative to resources/translations) as a path from the project's root."""
    import os

    return os.path.relpath(os.path.normpath(project.translations / name), project.root)


def source_problems(messages: list[Message], project: Project) -> list[str]:
    problems = []
    for message in messages:
        if _POSITIONAL.search(message.source):
            where = ", ".join(f"{_from_root(name, project)}:{line}" for name, line in message.locations[:1])
            problems.append(f"{where}: {_name(message.key)} has a positional {{}} placeholder: name it")
    return problems


def check(project: Project, languages: tuple[str, ...] = ("en", *TRANSLATED)) -> list[str]:
    """Every problem of both families, for the given languages (en: its plural forms only)."""
    message_calls, wrong_calls = project.message_calls()
    from i18n_tools.extract import as_messages

    messages = as_messages(message_calls, project.translations)
    problems = code_problems(wrong_calls, project) + source_problems(messages, project)
    ui_calls, wrong_ui = project.ui_calls()
    window = project.window_messages().messages
    problems += code_problems(wrong_ui, project) + check_ui_calls(ui_calls, window, project)
    for code in languages:
        plural_only = code == "en"
        for path, expected in ((project.window_ts(code), window), (project.messages_ts(code), messages)):
            wanted = [message for message in expected if message.numerus or not plural_only]
            problems += check_catalogue(path, wanted, code, project)
    return problems
