"""`--fit`: a case too big for a portal makes the pack that fits, and lists what it leaves out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.pack.builder import PackOptions, PackRefused
from desktop_app.pack.profiles import PROFILES
from desktop_app.services import Services
from tests.support.cases import import_case, import_with_screenshots
from tests.support.environment import isolated_for
from tests.support.pdf import pdfinfo, pdftotext, qpdf_check


@pytest.fixture(scope="module")
def thirty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int]]:
    """The sample case with 30 noisy screenshots: no Mastercard pack holds them all."""
    with isolated_for(tmp_path_factory) as home, Services.open(home / "store", interface="test") as services:
        yield services, import_with_screenshots(services, home / "thirty", 30, 1400, 900)


def within(profile_name: str, paths: list[Path]) -> None:
    profile = PROFILES[profile_name]
    assert len(paths) <= profile.max_files
    for path in paths:
        qpdf_check(path)
        if profile.max_file_bytes:
            assert path.stat().st_size <= profile.max_file_bytes
        if profile.max_pages:
            assert int(pdfinfo(path)["Pages"]) <= profile.max_pages


@pytest.mark.slow
def test_without_fit_the_refusal_says_fit_exists(thirty: tuple[Services, int], tmp_path: Path) -> None:
    services, case_id = thirty
    out = tmp_path / "mc.pdf"
    with pytest.raises(PackRefused) as refusal:
        services.build_pack(case_id, out, PackOptions(profile=PROFILES["mastercard"]))
    assert "--fit" in str(refusal.value)
    assert not out.exists()


@pytest.mark.slow
def test_fit_makes_the_mastercard_pack_and_lists_what_is_left_out(
    thirty: tuple[Services, int], tmp_path: Path
) -> None:
    services, case_id = thirty
    options = PackOptions(profile=PROFILES["mastercard"], fit=True)
    plan = services.fit_plan(case_id, options)
    assert plan.fits and plan.whole_fits is not True and plan.left_out
    out = tmp_path / "mc.pdf"
    result = services.build_pack(case_id, out, options)  # the plan's promise is kept
    within("mastercard", [f.path for f in result.files])
    assert [e.evidence_id for e in result.exhibits if e.parent is None] == plan.kept
    text = pdftotext(out)
    assert "Documents not included (available on request)" in text
    details = {e.id: e for e in services.case_detail(case_id).evidence}
    flat = " ".join(text.split())
    for item_id in plan.left_out:
        assert details[item_id].sha256 in flat and details[item_id].title in flat
    # The same choice, made by the user: kept exactly, the others on the left-out page.
    chosen = tmp_path / "chosen.pdf"
    again = services.build_pack(
        case_id, chosen, PackOptions(profile=PROFILES["mastercard"], fit=True, evidence_ids=plan.kept)
    )
    assert [e.evidence_id for e in again.exhibits if e.parent is None] == plan.kept
    assert "Documents not included" in pdftotext(chosen)


@pytest.mark.slow
def test_parts_split_at_exhibit_boundaries(thirty: tuple[Services, int], tmp_path: Path) -> None:
    services, case_id = thirty
    result = services.build_pack(
        case_id, tmp_path / "us.pdf", PackOptions(profile=PROFILES["usbank"], fit=True)
    )
    paths = [f.path for f in result.files]
    within("usbank", paths)
    seen: dict[str, int] = {}
    for n, pack_file in enumerate(result.files):
        for letter in pack_file.letters:
            assert seen.setdefault(letter, n) == n  # each exhibit in one file only
        for letter in pack_file.letters:
            assert f"Exhibit {letter}" in pdftotext(pack_file.path)


def test_a_case_that_fits_whole_has_no_left_out_page(services: Services, tmp_path: Path) -> None:
    case_id = import_case(services, tmp_path / "small")
    options = PackOptions(profile=PROFILES["mastercard"], fit=True)
    plan = services.fit_plan(case_id, options)
    assert plan.whole_fits is True and not plan.left_out
    out = tmp_path / "small.pdf"
    services.build_pack(case_id, out, options)
    assert "Documents not included" not in pdftotext(out)


def test_mastercom_file_names_at_most_16_ascii_characters(services: Services, tmp_path: Path) -> None:
    case_id = import_case(services, tmp_path / "named")
    out = tmp_path / "chargeback-amazon-2026.pdf"
    with pytest.raises(PackRefused) as refusal:
        services.build_pack(case_id, out, PackOptions(profile=PROFILES["mastercard"]))
    assert "16" in str(refusal.value) and "chargeback-amazo.pdf"[:12] in str(refusal.value)
    assert not out.exists()
    services.build_pack(case_id, tmp_path / "chargeback.pdf", PackOptions(profile=PROFILES["mastercard"]))


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int]]:
    """The big case of the pack benchmark: 120 screenshots, 25 PDFs, 200 contacts. Its page 1 and
    front matter alone (the log of 200 contacts, the timeline) take more than Mastercard's 19 pages."""
    from benchmarks.pack_benchmark import make_case

    with isolated_for(tmp_path_factory) as home, Services.open(home / "store", interface="test") as services:
        services.import_case_file(make_case(home / "big", 120, 25, 200))
        yield services, services.list_cases()[0].id


@pytest.mark.slow
def test_fit_cuts_the_front_matter_when_it_alone_breaks_the_limits(
    big: tuple[Services, int], tmp_path: Path
) -> None:
    services, case_id = big
    options = PackOptions(profile=PROFILES["mastercard"], fit=True)
    plan = services.fit_plan(case_id, options)
    assert plan.fits and plan.whole_fits is False and plan.kept and plan.front_cut >= 1
    assert plan.front_left_out[0] == "the full communication log (200 contacts)"
    assert "the full communication log (200 contacts)" in plan.message  # what the window shows
    out = tmp_path / "mc.pdf"
    result = services.build_pack(case_id, out, options)
    within("mastercard", [f.path for f in result.files])
    assert [e.evidence_id for e in result.exhibits if e.parent is None] == plan.kept
    text = pdftotext(out)
    flat = " ".join(text.split())
    pages = text.split("\f")
    assert "DISPUTE SUMMARY" in pages[0]  # page 1, never cut
    assert any(page.lstrip().startswith("Timeline") for page in pages)  # the timeline kept
    assert "Documents not included (available on request)" in flat
    assert "The full communication log (200 contacts) is not included; it is available on request." in flat
    assert "the full log (200 contacts) is available on request" in flat  # where the log's section was
    assert "Contact 17: the merchant promised" not in flat  # no row of the log itself
    details = {e.id: e for e in services.case_detail(case_id).evidence}
    assert len(plan.left_out) == len(details) - len(plan.kept)
    for item_id in plan.left_out:
        assert details[item_id].sha256 in flat and details[item_id].title in flat
    assert any("communication log" in w for w in result.warnings)


@pytest.mark.slow
def test_the_cut_front_matter_is_said_in_the_packs_language(
    big: tuple[Services, int], tmp_path: Path
) -> None:
    services, case_id = big
    out = tmp_path / "mc-pl.pdf"
    result = services.build_pack(
        case_id, out, PackOptions(profile=PROFILES["mastercard"], fit=True, lang="pl")
    )
    within("mastercard", [f.path for f in result.files])
    flat = " ".join(pdftotext(out).split())
    assert "Pełny rejestr kontaktów (200 kontaktów) nie został dołączony; jest dostępny na żądanie." in flat
    assert "Dokumenty niedołączone (dostępne na żądanie)" in flat
    assert "Rejestr kontaktów" in flat and "Przebieg zdarzeń" in flat


@pytest.mark.slow
def test_without_fit_the_big_case_is_refused_before_rendering_and_told_of_fit(
    big: tuple[Services, int], tmp_path: Path
) -> None:
    services, case_id = big
    out = tmp_path / "mc.pdf"
    with pytest.raises(PackRefused) as refusal:
        services.build_pack(case_id, out, PackOptions(profile=PROFILES["mastercard"]))
    said = str(refusal.value)
    assert "counted before rendering" in said and "--fit" in said
    assert "also leave out the full communication log (200 contacts)" in said
    assert not out.exists()
