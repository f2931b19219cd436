"""The dispute-evidence pack, read back with pypdf and with poppler as an independent reader."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from desktop_app.pack.builder import PackOptions, PackRefused, place_pack
from desktop_app.pack.profiles import MB, PROFILES, resolve_profile
from desktop_app.services import Services
from tests.support.cases import (
    CARD,
    POLISH,
    import_case,
    import_with_screenshots,
    noisy_image,
    with_sensitive_text,
)
from tests.support.cli import run
from tests.support.environment import isolated_for
from tests.support.pdf import CARD_RUN, flat_text, outline_titles, page_texts, pdfinfo, pdftotext, qpdf_check
from tests.support.snapshot import snapshot


@pytest.fixture
def rich_case(services: Services, tmp_path: Path) -> int:
    return import_case(services, tmp_path / "case", with_sensitive_text)


def build(services: Services, case_id: int, out: Path, **options: Any) -> Any:
    return services.build_pack(case_id, out, PackOptions(**options))


def test_pack_has_every_section_in_order_with_stamps_and_page_numbers(
    services: Services, rich_case: int, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    result = build(services, rich_case, out)
    assert [f.path for f in result.files] == [out]
    reader = PdfReader(out, strict=True)
    info = pdfinfo(out)
    assert int(info["Pages"]) == len(reader.pages) == result.files[0].pages
    qpdf_check(out)
    pages = page_texts(out)
    full = "\n".join(pages)
    order = [
        "DISPUTE SUMMARY",
        "Transactions",
        "Timeline",
        "Communication log",
        "Exhibit index",
        # the reason's order (issue 17): invoice, cancellation screenshot, terms, then the merchant's e-mail
        "Exhibit C: StreamNova terms",
        "Exhibit D: Cancellation confirmation e-mail",
        "Integrity appendix",
    ]
    positions = [full.index(heading) for heading in order]
    assert positions == sorted(positions)
    # Page 1 tells the story.
    first = pages[0]
    for fact in ("Agnieszka Wójcik", "StreamNova SAS", "Visa card ending 4417", "17.99 EUR",
                 "A refund of 35.98 EUR", "RES-20260828-5521", "TCK-48213"):  # fmt: skip
        assert fact in first, fact
    # Every page says where it is; every exhibit page carries its stamp.
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {total}" in text
    letters = [e.letter for e in result.exhibits]
    assert letters == ["A", "B", "C", "D"]
    for letter in letters:
        assert any(re.search(rf"Exhibit {letter} · page 1/\d+ · D-\d{{4}}", text) for text in pages), letter


def test_bookmarks_metadata_and_index_links(services: Services, rich_case: int, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = build(services, rich_case, out)
    reader = PdfReader(out)
    titles = outline_titles(reader)
    for section in ("Dispute summary", "Transactions", "Timeline", "Communication log", "Exhibit index",
                    "Integrity appendix"):  # fmt: skip
        assert section in titles
    exhibit_titles = [t for t in titles if re.match(r"^[A-Z]+\. ", t)]
    assert len(exhibit_titles) == len(result.exhibits)
    assert reader.metadata is not None
    assert "StreamNova" in (reader.metadata.title or "")
    assert "D-0001" in (reader.metadata.subject or "") or "D-" in (reader.metadata.subject or "")
    links = [
        annot.get_object()
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if annot.get_object().get("/Subtype") == "/Link"
    ]
    assert len(links) >= len(result.exhibits)
    targets = set()
    for link in links:
        dest = link["/Dest"] if "/Dest" in link else link["/A"]["/D"]
        targets.add(reader.get_page_number(dest[0].get_object()))
    first_pages = {reader.get_destination_page_number(item) for item in _flat(reader.outline)
                   if re.match(r"^[A-Z]+\. ", str(item.title))}  # fmt: skip
    assert first_pages <= targets


def _flat(items: list) -> list:  # type: ignore[type-arg]
    out = []
    for item in items:
        out.extend(_flat(item) if isinstance(item, list) else [item])
    return out


def test_polish_text_extracts_intact_and_no_card_number_survives(
    services: Services, rich_case: int, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    build(services, rich_case, out)
    poppler = pdftotext(out)
    pypdf_text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert POLISH in flat_text(out)
    assert POLISH in " ".join(pypdf_text.split())
    assert "Bożena Kałużna" in poppler
    for text in (poppler, pypdf_text):
        digits = [re.sub(r"\D", "", m) for m in CARD_RUN.findall(text)]
        assert not [d for d in digits if len(d) == 16], "a 16-digit number is in the pack"
        assert CARD.replace(" ", "") not in text.replace(" ", "")
        assert "3000 6000 0112" not in text
    assert "•••• •••• •••• 1111" in flat_text(out)
    assert "FR•• ••••" in flat_text(out) and "•0 189" in flat_text(out)


def test_appendix_hashes_equal_the_vault_files(services: Services, rich_case: int, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = build(services, rich_case, out)
    appendix = pdftotext(out).split("Integrity appendix")[-1]
    found = set(re.findall(r"\b[0-9a-f]{64}\b", appendix))
    vault = services._store.vault
    expected = set()
    for item in services.case_detail(rich_case).evidence:
        assert vault.hash_of(item.sha256) == item.sha256
        expected.add(item.sha256)
    assert expected <= found
    assert {e.sha256 for e in result.exhibits} == found
    sidecar = out.with_name("pack.pdf.sha256").read_text(encoding="utf-8")
    assert sidecar == f"{hashlib.sha256(out.read_bytes()).hexdigest()}  pack.pdf\n"


def test_email_exhibit_shows_its_headers_and_body(services: Services, rich_case: int, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = build(services, rich_case, out)
    email = next(e for e in result.exhibits if e.kind == "email")
    text = flat_text(out)
    for fact in ("From StreamNova <no-reply@streamnova.example>",
                 "Message-ID <res-20260828-5521@mail.streamnova.example>",
                 "Confirmation de résiliation de votre abonnement Premium",
                 "Aucun prélèvement ne sera effectué après cette date"):  # fmt: skip
        assert fact in text, fact
    assert email.letter == "D"  # the merchant's answer, after the claim's proofs (issue 17)


@pytest.mark.parametrize(("lang", "heading", "word"), [
    ("fr", "Résumé de la contestation", "Pièce A"),
    ("es", "Resumen de la reclamación", "Documento A"),
    ("pl", "Podsumowanie reklamacji", "Załącznik A"),
])  # fmt: skip
def test_pack_in_other_languages(
    services: Services, rich_case: int, tmp_path: Path, lang: str, heading: str, word: str
) -> None:
    out = tmp_path / f"pack-{lang}.pdf"
    build(services, rich_case, out, lang=lang)
    text = pdftotext(out)
    assert heading.upper() in text
    assert word in text
    assert "DISPUTE SUMMARY" not in text and "Transactions" not in text


def test_letter_paper_for_a_us_case(services: Services, tmp_path: Path) -> None:
    case_id = import_case(services, tmp_path / "us", lambda d: d.update(country="US", currency="USD"))
    out = tmp_path / "us.pdf"
    build(services, case_id, out)
    assert pdfinfo(out)["Page size"].startswith("612 x 792")
    a4 = tmp_path / "a4.pdf"
    build(services, case_id, a4, paper="a4")
    assert pdfinfo(a4)["Page size"].startswith("595.27 x 841.89") or pdfinfo(a4)["Page size"].startswith(
        "595"
    )


def test_reproducible_packs_are_identical(services: Services, rich_case: int, tmp_path: Path) -> None:
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    build(services, rich_case, one, reproducible=True)
    build(services, rich_case, two, reproducible=True)
    assert one.read_bytes() == two.read_bytes()


# ---------------------------------------------------------------------- bad exhibits


def _encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="secret", owner_password="owner")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


BAD_FILES = {
    "corrupt.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage garbage\n",
    "locked.pdf": _encrypted_pdf(),
    "empty.pdf": b"",
    "broken.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 40 + b"not really an image",
}


def with_bad_files(document: dict[str, Any]) -> None:
    for name in BAD_FILES:
        document["evidence"].append({"path": f"files/{name}", "kind": "other", "title": f"Bad {name}"})


def test_bad_exhibits_get_a_page_saying_why(services: Services, tmp_path: Path) -> None:
    case_id = import_case(services, tmp_path / "bad", with_bad_files, files=BAD_FILES)
    out = tmp_path / "pack.pdf"
    result = build(services, case_id, out)
    qpdf_check(out)
    text = flat_text(out)
    for letter, reason in (("E", "damaged"), ("F", "password"), ("G", "empty"), ("H", "cannot be decoded")):
        assert f"Exhibit {letter} could not be included" in text, letter
        assert any(f"Exhibit {letter}" in w and reason in w for w in result.warnings), (
            letter,
            result.warnings,
        )
    assert "corrupt.pdf" in text and "locked.pdf" in text


def test_bad_exhibit_refused_on_request_writes_nothing(services: Services, tmp_path: Path) -> None:
    case_id = import_case(services, tmp_path / "bad", with_bad_files, files=BAD_FILES)
    out = tmp_path / "pack.pdf"
    before = snapshot(services.data_dir)
    with pytest.raises(PackRefused, match=r"Exhibit E \(corrupt.pdf\).*damaged"):
        build(services, case_id, out, on_bad_exhibit="refuse")
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pack")] == []
    assert snapshot(services.data_dir) == before


# ---------------------------------------------------------------------- portal profiles


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int]]:
    """The sample case with 22 noisy screenshots: too big or too long for every limited profile.

    Built once for the module (it takes seconds), in a store of its own; the tests only build packs from it.
    """
    with isolated_for(tmp_path_factory) as home, Services.open(home / "store", interface="test") as services:
        yield services, import_with_screenshots(services, home / "big", 22, 1000, 700)


def check_within(profile_name: str, files: list[Path]) -> None:
    profile = PROFILES[profile_name]
    assert len(files) <= profile.max_files
    total_pages = 0
    for path in files:
        pages = int(pdfinfo(path)["Pages"])
        total_pages += pages
        if profile.max_file_bytes:
            assert path.stat().st_size <= profile.max_file_bytes
        if profile.max_pages:
            assert pages <= profile.max_pages
    if profile.max_total_pages:
        assert total_pages <= profile.max_total_pages
    if profile.max_total_bytes:
        assert sum(p.stat().st_size for p in files) <= profile.max_total_bytes


@pytest.mark.parametrize("profile_name", ["mastercard", "amex", "usbank", "pdf-2mb"])
@pytest.mark.slow
def test_a_case_bigger_than_the_profile_fits_or_is_refused_with_reasons(
    big_store: tuple[Services, int], tmp_path: Path, profile_name: str
) -> None:
    services, big_case = big_store
    unlimited = tmp_path / "full.pdf"
    full = build(services, big_case, unlimited)
    profile = PROFILES[profile_name]
    too_big = (profile.max_file_bytes and full.files[0].size > profile.max_file_bytes) or (
        (profile.max_pages or profile.max_total_pages or 10**6) < full.files[0].pages
    )
    assert too_big, "the case must exceed the profile for this test to mean anything"
    out = tmp_path / f"{profile_name}.pdf"
    try:
        result = build(services, big_case, out, profile=profile)
    except PackRefused as refusal:
        message = str(refusal)
        assert profile.label in message
        assert "largest exhibits" in message
        assert re.search(r"\d+(\.\d+)? (kB|MB)", message)
        assert not out.exists() and not list(tmp_path.glob(f"{profile_name}-part*.pdf"))
        return
    paths = [f.path for f in result.files]
    check_within(profile_name, paths)
    for path in paths:
        qpdf_check(path)
    every_letter = [letter for f in result.files for letter in f.letters]
    assert sorted(every_letter) == sorted(e.letter for e in result.exhibits)
    if len(paths) > 1:
        assert paths[0].name == f"{profile_name}-part1.pdf"
        for n, path in enumerate(paths, start=1):
            assert f"Part {n} of {len(paths)}" in pdftotext(path, page=1)


@pytest.mark.slow
def test_two_megabyte_profile_refuses_a_case_that_cannot_fit(
    big_store: tuple[Services, int], tmp_path: Path
) -> None:
    services, big_case = big_store
    out = tmp_path / "small.pdf"
    with pytest.raises(PackRefused) as refusal:
        build(services, big_case, out, profile=resolve_profile("none", max_mb=0.5))
    assert "too large" in str(refusal.value)
    assert "screen-" in str(refusal.value)
    assert not out.exists()


@pytest.mark.slow
def test_custom_page_limit(big_store: tuple[Services, int], tmp_path: Path) -> None:
    services, big_case = big_store
    out = tmp_path / "paged.pdf"
    result = build(services, big_case, out, profile=resolve_profile("none", max_pages=19))
    assert result.files[0].pages <= 19
    assert int(pdfinfo(out)["Pages"]) <= 19
    assert MB  # the unit used by the profiles


# ---------------------------------------------------------------------- command line


def test_pack_command(tmp_path: Path, data_dir: Path) -> None:
    assert run("demo", "--data-dir", data_dir).code == 0
    out = tmp_path / "sample.pdf"
    result = run("pack", 1, "-o", out, "--lang", "fr", "--profile", "mastercard", "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert "Wrote" in result.out and out.exists()
    assert "RÉSUMÉ DE LA CONTESTATION" in pdftotext(out)
    assert "warning" in result.err and "image" in result.err  # screenshots are the user's to check
    unknown = run("pack", 9, "-o", tmp_path / "x.pdf", "--data-dir", data_dir)
    assert unknown.code == 1 and "no case 9" in unknown.err
    bad_profile = run("pack", 1, "-o", tmp_path / "x.pdf", "--profile", "visa-gold", "--data-dir", data_dir)
    assert bad_profile.code == 2
    no_folder = run("pack", 1, "-o", tmp_path / "nowhere" / "x.pdf", "--data-dir", data_dir)
    assert no_folder.code == 1 and "does not exist" in no_folder.err


def test_too_many_document_pages_is_refused_at_once(services: Services, tmp_path: Path) -> None:
    writer = PdfWriter()
    for _ in range(30):
        writer.add_blank_page(595, 842)
    long_pdf = BytesIO()
    writer.write(long_pdf)
    files = {"statement-2026.pdf": long_pdf.getvalue()}

    def change(document: dict[str, Any]) -> None:
        document["evidence"].append(
            {"path": "files/statement-2026.pdf", "kind": "statement", "title": "Statement"}
        )

    case_id = import_case(services, tmp_path / "long", change, files=files)
    out = tmp_path / "mc.pdf"
    with pytest.raises(PackRefused) as refusal:
        build(services, case_id, out, profile=PROFILES["mastercard"])
    message = str(refusal.value)
    assert "at least" in message and "pages" in message
    assert "statement-2026.pdf" in message.split("largest exhibits")[1].split(";")[0]  # the longest, first
    assert not out.exists()


def test_email_attachments_become_exhibits_of_their_own(services: Services, tmp_path: Path) -> None:
    from email.message import EmailMessage

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    pdf = BytesIO()
    writer.write(pdf)
    photo = noisy_image(400, 300, seed=7, fmt="JPEG")
    message = EmailMessage()
    message["From"] = "Faktury <faktury@sklep.example.pl>"
    message["To"] = "Jan Kowalski <jan@example.pl>"
    message["Subject"] = "Korekta faktury FV/2026/10/123 — zwrot 249,00 zł"
    message["Date"] = "Tue, 13 Oct 2026 09:41:00 +0200"
    message["Message-ID"] = "<korekta-123@sklep.example.pl>"
    message.set_content("Dzień dobry,\nw załączniku korekta faktury i zdjęcie paragonu.\nPozdrawiamy")
    message.add_attachment(
        pdf.getvalue(), maintype="application", subtype="pdf", filename="korekta-FV-123.pdf"
    )
    message.add_attachment(photo, maintype="image", subtype="jpeg", filename="../../paragon.jpg")
    files = {"korekta.eml": bytes(message)}

    def change(document: dict[str, Any]) -> None:
        document["evidence"] = [{"path": "files/korekta.eml", "kind": "email", "title": "Korekta faktury"}]

    case_id = import_case(services, tmp_path / "mail", change, files=files)
    out = tmp_path / "mail.pdf"
    result = build(services, case_id, out)
    by_letter = {e.letter: e for e in result.exhibits}
    assert [e.kind for e in result.exhibits] == ["email", "attachment", "attachment"]
    assert by_letter["B"].original_name == "korekta-FV-123.pdf" and by_letter["B"].parent == "A"
    assert by_letter["C"].original_name == "paragon.jpg" and by_letter["C"].parent == "A"
    assert by_letter["B"].sha256 == hashlib.sha256(pdf.getvalue()).hexdigest()
    assert by_letter["C"].sha256 == hashlib.sha256(photo).hexdigest()
    text = flat_text(out)
    assert "Korekta faktury FV/2026/10/123 — zwrot 249,00 zł" in text
    assert "Dzień dobry, w załączniku korekta faktury i zdjęcie paragonu." in text
    assert "B. korekta-FV-123.pdf" in text and "C. paragon.jpg" in text
    for letter in "ABC":
        assert f"Exhibit {letter} · page 1/1" in text
    appendix = pdftotext(out).split("Integrity appendix")[-1]
    assert by_letter["B"].sha256 in appendix and by_letter["C"].sha256 in appendix
    qpdf_check(out)


@pytest.mark.slow
def test_a_split_pack_built_elsewhere_is_placed_under_the_chosen_name(
    big_store: tuple[Services, int], tmp_path: Path
) -> None:
    services, big_case = big_store
    preview = tmp_path / "preview"
    preview.mkdir()
    built = build(services, big_case, preview / "x.pdf", profile=PROFILES["usbank"])
    assert len(built.files) > 1, "the case must be split for this test to mean anything"
    digests = [f.sha256 for f in built.files]
    target = tmp_path / "final" / "chargeback.pdf"
    target.parent.mkdir()
    placed = place_pack(built, target)
    names = [f.path.name for f in placed.files]
    assert names == [f"chargeback-part{n}.pdf" for n in range(1, len(names) + 1)]
    for pack_file, digest in zip(placed.files, digests, strict=True):
        assert hashlib.sha256(pack_file.path.read_bytes()).hexdigest() == digest == pack_file.sha256
        sidecar = pack_file.path.with_name(pack_file.path.name + ".sha256")
        assert sidecar.read_text() == f"{digest}  {pack_file.path.name}\n"
    assert not list(preview.glob("x-part*.pdf"))
    with pytest.raises(PackRefused, match="does not exist"):
        place_pack(placed, tmp_path / "missing" / "y.pdf")
