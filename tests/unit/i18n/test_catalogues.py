"""The catalogues are complete: every string of the code translated in French, Spanish and Polish, with the
source's placeholders and the language's plural forms; English plurals written; every ui/ call extracted.

The same checks as ``.venv/bin/python packaging/translations.py check`` (resources/translations/README.md).
"""

from __future__ import annotations

import pytest
from i18n_tools.checks import check
from i18n_tools.project import Project

LANGUAGES = ("en", "fr", "es", "pl")


@pytest.fixture(scope="module")
def problems() -> list[str]:
    return check(Project(), LANGUAGES)


def test_every_translation_call_can_be_extracted(problems: list[str]) -> None:
    """No text lupdate misreads or drops, none built where the extractor cannot read it."""
    in_code = [problem for problem in problems if not problem.startswith("resources/translations/")]
    assert in_code == [], "\n".join(in_code)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("family", ["dossier", "messages"])
def test_catalogue_is_complete(problems: list[str], family: str, code: str) -> None:
    name = f"resources/translations/{family}_{code}.ts:"
    mine = [problem for problem in problems if problem.startswith(name)]
    heading = f"{len(mine)} problem(s); run packaging/translations.py check --lang {code}:\n"
    assert mine == [], heading + "\n".join(mine[:60])
