"""What the pack build tells the user (refusals, warnings, progress) speaks the process's language;
the pack's own pages keep the pack's."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_tools import ts

from desktop_app import i18n
from desktop_app.pack.builder import PackOptions, PackRefused
from desktop_app.pack.exhibits import ImagePolicy
from desktop_app.pack.fitting import settings_of
from desktop_app.pack.front_cut import FrontCut
from desktop_app.pack.messages import listed
from desktop_app.pack.profiles import PROFILES
from desktop_app.services import Services
from tests.support.cases import import_with_screenshots
from tests.support.environment import isolated_for

ROOT = Path(__file__).resolve().parents[3]
PACK = ROOT / "desktop_app" / "pack"
TRANSLATIONS = ROOT / "resources" / "translations"


def translation(code: str, context: str, source: str) -> str:
    found = ts.read(TRANSLATIONS / f"messages_{code}.ts").by_key()[(context, source, "")]
    assert found.kind is None and found.translation, f"{source!r} is not translated in {code}"
    assert isinstance(found.translation, str)
    return found.translation


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def too_big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int]]:
    """The sample case with twelve noisy screenshots: no 2 MB PDF holds them."""
    with isolated_for(tmp_path_factory) as home, Services.open(home / "store", interface="test") as services:
        yield services, import_with_screenshots(services, home / "too-big", 12, 1400, 900, digits=2)


@pytest.mark.parametrize("code", ["fr", "es", "pl"])
def test_a_pack_that_cannot_fit_is_refused_in_the_process_language(
    too_big: tuple[Services, int], tmp_path: Path, code: str, language: None
) -> None:
    services, case_id = too_big
    i18n.set_language(code)
    out = tmp_path / "pack.pdf"
    with pytest.raises(PackRefused) as refused:
        services.build_pack(case_id, out, PackOptions(profile=PROFILES["pdf-2mb"]))
    said = str(refused.value)
    # The refusal's sentences are the translation's, whatever the figures are.
    nothing = {"fr": "Rien n'a été écrit", "es": "No se ha escrito nada", "pl": "Niczego nie zapisano"}[code]
    assert nothing in said
    assert "--fit" in said
    for english in ("cannot fit", "Nothing was written", "The largest exhibits", "page(s)", "profile ("):
        assert english not in said, (english, said)
    assert PROFILES["pdf-2mb"].shown_label in said  # the profile's translated name
    assert not out.exists()


@pytest.mark.parametrize("code", ["fr", "es", "pl"])
def test_a_file_name_the_portal_refuses_is_said_in_the_process_language(
    too_big: tuple[Services, int], tmp_path: Path, code: str, language: None
) -> None:
    services, case_id = too_big
    i18n.set_language(code)
    out = tmp_path / "Relevé de compte très long.pdf"
    with pytest.raises(PackRefused) as refused:
        services.build_pack(case_id, out, PackOptions(profile=PROFILES["mastercard"]))
    said = str(refused.value)
    assert said.startswith(out.name)
    assert "portal takes" not in said and "choose a shorter name" not in said
    assert repr(PROFILES["mastercard"].suggest_name(out.name)) in said
    assert not out.exists()


def test_english_counts_take_their_plural_forms() -> None:
    one = FrontCut(level=3, contacts=1, transactions=1, timeline=1).said()
    many = FrontCut(level=3, contacts=200, transactions=3, timeline=12).said()
    assert one[0] == "the full communication log (1 contact)"
    assert many[0] == "the full communication log (200 contacts)"
    assert one[1].endswith("(1 transaction)") and many[1].endswith("(3 transactions)")
    assert one[2].endswith("(1 entry)") and many[2].endswith("(12 entries)")
    assert not any("(s)" in text or "(ies)" in text for text in [*one, *many])


def test_polish_counts_take_polish_three_forms(language: None) -> None:
    i18n.set_language("pl")
    said = {n: FrontCut(level=1, contacts=n).said()[0] for n in (1, 3, 5, 22, 25)}
    assert len({said[1], said[3], said[5]}) == 3  # one, few, many
    assert said[3].replace("3", "22") == said[22]
    assert said[5].replace("5", "25") == said[25]


@pytest.mark.parametrize("code", ["fr", "es", "pl"])
def test_image_settings_are_said_in_the_process_language(code: str, language: None) -> None:
    i18n.set_language(code)
    policy = ImagePolicy(max_dpi=150, quality=70, per_page=2)
    said = settings_of(1, policy)
    template = translation(code, "Pack", "{dpi} dpi, JPEG quality {quality}")
    assert said.startswith(template.format(dpi=150, quality=70))
    assert "JPEG quality" not in said and "images per page" not in said
    assert settings_of(0, ImagePolicy()) == translation(code, "Pack", "original quality")


def test_french_lists_take_a_no_break_space_before_the_semicolon(language: None) -> None:
    assert listed(["a", "b"]) == "a; b"
    i18n.set_language("fr")
    assert listed(["a", "b"]) == "a\u00a0; b"


# The exceptions whose message reaches the user, and which argument is the message.
_MESSAGE_ARGUMENT = {
    "PackRefused": 0,
    "CardNumbersRemain": 0,
    "PackCancelled": 0,
    "DossierError": 0,
    "Cancelled": 0,
    "ExhibitError": 1,
}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_no_pack_message_is_written_in_english_in_the_code() -> None:
    """A refusal or a warning of desktop_app/pack/ is never a bare string or f-string: it goes
    through desktop_app.i18n (the catalogue test then holds its three translations)."""
    found = []
    for path in sorted(PACK.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            given: list[ast.expr] = []
            if name in _MESSAGE_ARGUMENT and len(node.args) > _MESSAGE_ARGUMENT[name]:
                given.append(node.args[_MESSAGE_ARGUMENT[name]])
            owner = node.func.value if isinstance(node.func, ast.Attribute) else node.func
            if name == "append" and _name(owner) in ("warnings", "problems"):
                given += node.args
            for argument in given:
                if isinstance(argument, ast.JoinedStr) or (
                    isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(…)")
    assert found == []
