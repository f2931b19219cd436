"""The rule tables of resources/ (letters' words, the escalation ladder, the deadline rules, the
evidence checklists), each read and checked once.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.domain.checklist import ReasonRules, parse_checklists
from desktop_app.domain.deadlines import DeadlineRule, parse_deadline_rules
from desktop_app.domain.escalation import Ladder, parse_ladder
from desktop_app.domain.profiles import LANGUAGES
from desktop_app.domain.vocab import Reason
from desktop_app.errors import DossierError, InvalidInputError
from desktop_app.i18n import noop, translate
from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from desktop_app.domain.letter_law import LawTable


@functools.cache
def letter_words(lang: str) -> dict[str, Any]:
    """The letters' words in ``lang``, from resources/letters/<lang>.json, checked once."""
    if lang not in LANGUAGES:
        raise InvalidInputError(
            translate(
                "Services", "{language} is not a language of the letters; choose one of {languages}"
            ).format(language=repr(lang), languages=", ".join(LANGUAGES))
        )

    def checked(words: dict[str, Any]) -> dict[str, Any]:
        from desktop_app.domain.letters import check_templates  # when a letter is first written

        check_templates(words, lang)
        return words

    return _read_table(("letters", f"{lang}.json"), noop("Services", "the letters"), checked)


@functools.cache
def letter_law() -> LawTable:
    """The letters' legal basis and answer clocks, resources/letters/law.json, read once."""
    from desktop_app.domain.letter_law import parse_law  # when a letter is first written

    return _read_table(("letters", "law.json"), noop("Services", "the letters' legal basis"), parse_law)


Table = TypeVar("Table")


def _read_table(parts: tuple[str, ...], what: str, parse: Callable[[Any], Table]) -> Table:
    """A data table of resources/, parsed; a damaged one says which file and why."""
    path = resource_path(*parts)
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        text = translate("Services", "{path}: {what} cannot be read ({reason}); reinstall Dossier.")
        raise DossierError(text.format(path=path, what=translate("Services", what), reason=exc)) from exc


@functools.cache
def escalation_ladder() -> Ladder:
    """The escalation ladder of resources/rules/escalation.json, read once."""
    return _read_table(("rules", "escalation.json"), noop("Services", "the escalation ladder"), parse_ladder)


@functools.cache
def deadline_rules() -> list[DeadlineRule]:
    """The deadline rules of resources/rules/deadlines.json, read once."""
    return _read_table(
        ("rules", "deadlines.json"), noop("Services", "the deadline rules"), parse_deadline_rules
    )


@functools.cache
def checklist_rules() -> dict[Reason, ReasonRules]:
    """The evidence checklists of resources/rules/checklists.json, read once."""
    return _read_table(
        ("rules", "checklists.json"), noop("Services", "the evidence checklists"), parse_checklists
    )
