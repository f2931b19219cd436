"""The services' messages reach the window and the terminal in the process's language, whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_tools import ts

from desktop_app import i18n
from desktop_app.domain.models import Case, Merchant
from desktop_app.domain.vocab import Reason
from desktop_app.errors import InvalidInputError
from desktop_app.services import Services

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


def translation(code: str, source: str) -> str:
    found = ts.read(TRANSLATIONS / f"messages_{code}.ts").by_key()[("Services", source, "")]
    assert found.kind is None and found.translation, f"{source!r} is not translated in {code}"
    return found.translation


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("code", ["fr", "es", "pl"])
def test_a_refusal_is_raised_in_the_process_language(services: Services, code: str, language: None) -> None:
    i18n.set_language(code)
    case = _case(merchant=" ")
    with pytest.raises(InvalidInputError) as refused:
        services.create_case(case)
    assert str(refused.value) == translation(code, "A case needs the merchant's name.")
    assert str(refused.value) != "A case needs the merchant's name."


@pytest.mark.parametrize("code", ["fr", "es", "pl"])
def test_placeholders_are_filled_after_translating(
    services: Services, sample_case: int, code: str, language: None
) -> None:
    i18n.set_language(code)
    detail = services.case_detail(sample_case)
    item = detail.evidence[0]
    services.trash_evidence(item.id or 0)
    with pytest.raises(InvalidInputError) as refused:
        services.trash_evidence(item.id or 0)
    expected = translation(code, "Evidence #{number} is already in the trash.").format(number=item.id)
    assert str(refused.value) == expected and str(item.id) in expected


def test_english_by_default(services: Services) -> None:
    with pytest.raises(InvalidInputError) as refused:
        services.create_case(_case(merchant=""))
    assert str(refused.value) == "A case needs the merchant's name."


def _case(merchant: str) -> Case:
    return Case(title="Gym", merchant=Merchant(name=merchant), reason=Reason.NOT_AS_DESCRIBED, currency="EUR")
