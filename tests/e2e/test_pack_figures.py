"""The 12-licences PLN case through the store into the PDF pack and a letter's PDF: what poppler reads on
page 1 and page 2 states the same figures, with the customer's details and the bank's facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services import PackOptions, Services
from tests.support.pdf import pdftotext
from tests.unit.pack.test_three_figures import CASE, CHARGE, CONTACT


@pytest.fixture
def licences(services: Services) -> int:
    case_id = services.create_case(replace(CASE, id=None))
    services.add_purchase(case_id, replace(CHARGE, id=None, case_id=None))
    services.log_communication(case_id, replace(CONTACT, id=None))
    return case_id


LETTER_FIGURES = {
    "en": ("1,440.00 zł", "240.00 zł", "1,200.00 zł"),
    "pl": ("1 440,00 zł", "240,00 zł", "1 200,00 zł"),
}


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("lang", "figures", "disputed", "asked"),
    [
        (
            "en",
            "charged 1,440.00 PLN, agreed 240.00 PLN, disputed 1,200.00 PLN",
            "1,200.00 PLN",
            "A refund of 1,200.00 PLN.",
        ),
        (
            "pl",
            "pobrano 1 440,00 PLN, uzgodniona kwota 240,00 PLN, kwota kwestionowana 1 200,00 PLN",
            "1 200,00 PLN",
            "Zwrot kwoty 1 200,00 PLN.",
        ),
    ],
)
def test_page_1_and_page_2_of_the_pdf_agree(
    services: Services, licences: int, tmp_path: Path, lang: str, figures: str, disputed: str, asked: str
) -> None:
    out = tmp_path / f"pack-{lang}.pdf"
    services.build_pack(licences, out, PackOptions(lang=lang, today=date(2026, 12, 1)))
    page_1 = _flat(pdftotext(out, page=1))
    page_2 = _flat(pdftotext(out, page=2))
    assert figures in page_1
    assert asked in page_1  # what is requested: the disputed total, not the case's own 1 440,00
    assert "RK/2026/11/0042" in page_1 and "PL5261040828" in page_1 and "Jan Kowalski" in page_1
    assert page_2.rstrip().count(disputed) >= 2  # the charge's disputed column and the totals
    letter = services.write_letter_pdf(
        licences, "issuer-dispute", lang, tmp_path / f"l-{lang}.pdf", date(2026, 12, 1)
    )
    text = _flat(pdftotext(tmp_path / f"l-{lang}.pdf"))
    # A letter's prose writes amounts with the currency's symbol (issue 16): the same three figures.
    charged, agreed, in_dispute = LETTER_FIGURES[lang]
    assert text.index(charged) < text.index(agreed) < text.index(in_dispute, text.index(agreed))
    assert in_dispute in _flat(letter.subject)


def test_page_1_says_where_the_case_stands_from_the_facts(
    services: Services, licences: int, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    services.build_pack(licences, out, PackOptions(lang="en", today=date(2026, 12, 1)))
    stage = services.case_detail(licences).next_step.stage
    assert (
        stage.value != "customer_service"
    )  # a supervisor refused and a dispute is filed: the facts moved it on
    page_1 = _flat(pdftotext(out, page=1))
    assert "Current stage: merchant's customer service." not in page_1
    # Page 1 says where the case stands by the merchant's last answer (issue 17): the
    # supervisor's refusal, with its date, instead of a bare stage.
    assert "Merchant's last answer" in page_1
    assert "20 October 2026, supervisor or higher level at the merchant: refused" in page_1
