"""The pack as jobs: a preview built and then placed (not built twice), its refusals and its cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import Cancelled, DossierError
from desktop_app.services import PackOptions, Services


def pack_events(services: Services, case_id: int) -> int:
    return [e.action for e in services._store.events.all(case_id)].count("pack.build")


def test_a_preview_is_not_recorded_and_placing_it_moves_that_very_pack(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    (tmp_path / "preview").mkdir()
    steps: list[tuple[int, int, str]] = []
    built = services.preview_pack_job(sample_case, tmp_path / "preview" / "pack.pdf", PackOptions()).run(
        progress=lambda *step: steps.append(step)
    )
    assert steps and pack_events(services, sample_case) == 0
    fingerprint = built.files[0].sha256
    out = tmp_path / "out" / "pack.pdf"
    out.parent.mkdir()
    placed = services.place_pack_job(sample_case, built, out).run()
    assert placed.files[0].path == out and placed.files[0].sha256 == fingerprint
    assert not built.files[0].path.exists(), "moved, not copied"
    assert pack_events(services, sample_case) == 1


def test_placing_over_an_existing_file_needs_force(
    services: Services, sample_case: int, tmp_path: Path
) -> None:
    (tmp_path / "preview").mkdir()
    built = services.preview_pack_job(sample_case, tmp_path / "preview" / "pack.pdf", PackOptions()).run()
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"an older pack")
    with pytest.raises(DossierError):
        services.place_pack(sample_case, built, out)
    assert out.read_bytes() == b"an older pack" and pack_events(services, sample_case) == 0
    placed = services.place_pack(sample_case, built, out, force=True)
    assert placed.files[0].path == out and pack_events(services, sample_case) == 1


def test_a_cancelled_preview_leaves_nothing(services: Services, sample_case: int, tmp_path: Path) -> None:
    folder = tmp_path / "preview"
    folder.mkdir()
    job = services.preview_pack_job(sample_case, folder / "pack.pdf", PackOptions())

    def progress(done: int, total: int, message: str) -> None:
        job.cancel()

    with pytest.raises(Cancelled):
        job.run(progress=progress)
    assert list(folder.iterdir()) == [] and pack_events(services, sample_case) == 0


def test_no_pack_from_a_damaged_evidence_file(services: Services, sample_case: int, tmp_path: Path) -> None:
    item = services.case_detail(sample_case).evidence[0]
    stored = services._store.vault.path_of(item.sha256)
    stored.chmod(0o600)
    stored.write_bytes(b"not the original")
    with pytest.raises(DossierError, match="missing or damaged in the vault"):
        services.pack_job(sample_case, tmp_path / "pack.pdf", PackOptions()).run()
    assert not (tmp_path / "pack.pdf").exists() and pack_events(services, sample_case) == 0
