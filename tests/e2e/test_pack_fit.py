"""`--fit`: a case too big for a portal makes the pack that fits, and lists what it leaves out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.pack.builder import PackOptions, PackRefused
from desktop_app.pack.profiles import PROFILES
from desktop_app.services import Services
from tests.support.cases import import_case, noisy_image
from tests.support.environment import isolated_for
from tests.support.pdf import pdfinfo, pdftotext, qpdf_check


@pytest.fixture(scope="module")
def thirty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int]]:
    """The sample case with 30 noisy screenshots: no Mastercard pack holds them all."""
    files = {f"screen-{i:03d}.png": noisy_image(1400, 900, seed=i) for i in range(30)}

    def change(document: dict[str, Any]) -> None:
        for i, name in enumerate(files):
            document["evidence"].append(
                {"path": f"files/{name}", "kind": "screenshot", "title": f"Screen {i}"}
            )

    with isolated_for(tmp_path_factory) as home, Services.open(home / "store", interface="test") as services:
        yield services, import_case(services, home / "thirty", change, files=files)


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
