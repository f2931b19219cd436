"""Services.evidence_page: one page of a PDF exhibit drawn for the preview, refused out of range."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.services import Services
from tests.unit.intake.test_preview_pages import statement


def add_statement(services: Services, case_id: int) -> int:
    (item,) = services.add_evidence_data(case_id, statement(), "releve-octobre.pdf").added
    return item.id or 0


def test_a_page_of_a_pdf_exhibit_is_drawn(services: Services, sample_case: int) -> None:
    evidence_id = add_statement(services, sample_case)
    assert services.evidence_preview(evidence_id).page_count == 5
    png = services.evidence_page(evidence_id, 4)
    with Image.open(io.BytesIO(png)) as page:
        assert page.width > page.height  # page 4 is the landscape one
    job = services.evidence_page_job(evidence_id, 5)
    with Image.open(io.BytesIO(job.run())) as page:
        assert page.height > page.width


@pytest.mark.parametrize("page", [6, 0, -3])
def test_a_page_out_of_range_is_refused_with_a_clear_message(
    services: Services, sample_case: int, page: int
) -> None:
    evidence_id = add_statement(services, sample_case)
    with pytest.raises(InvalidInputError) as refused:
        services.evidence_page(evidence_id, page)
    message = str(refused.value)
    assert message.startswith("releve-octobre.pdf")
    if page > 0:
        assert f"There is no page {page}: the PDF has 5 pages, numbered from 1." in message
    else:
        assert "pages are numbered from 1" in message


def test_only_a_pdf_has_pages_to_turn(services: Services, sample_case: int) -> None:
    shot = next(e for e in services.case_detail(sample_case).evidence if e.media_type.startswith("image/"))
    with pytest.raises(InvalidInputError, match="is not a PDF"):
        services.evidence_page(shot.id or 0, 1)
    with pytest.raises(NotFoundError):
        services.evidence_page(987654, 1)
