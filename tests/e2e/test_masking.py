"""Card numbers are never stored in full (issue 12), end to end through the ``dossier`` command.

A full card number written in a story, a contact, a task, an evidence item's title or note, or in
the body of an imported e-mail or a document, never comes out of ``case export``, ``bundle``'s
case.json or ``search``; the vault's original files keep their bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.cli import run
from tests.support.mail import pdf_bytes
from tests.support.rawdb import connect_raw, vault_bytes

MASTERCARD = "5555 5555 5555 4444"
VISA = "4111-1111-1111-1111"
AMEX = "378282246310005"
CARDS = (MASTERCARD, VISA, AMEX)
ORDER = "171-4028472-7183043"  # an order number as a big shop writes it (Luhn-valid): never masked


def compact(text: str) -> str:
    return re.sub(r"[\s\-\u00a0\u202f]", "", text)


def leaked(text: str) -> list[str]:
    """The test cards that ``text`` holds in full, written in any way."""
    flat = compact(text)
    return [card for card in CARDS if compact(card) in flat]


def write_case_file(folder: Path) -> Path:
    (folder / "files").mkdir(parents=True)
    (folder / "files" / "statement.txt").write_text(
        f"Statement line: card {MASTERCARD} charged 49.90 EUR\n", encoding="utf-8"
    )
    document = {
        "format": "dossier-case/1",
        "title": "Mandarynka charged twice",
        "customer": {"name": "Agnieszka Wójcik"},
        "merchant": {"name": "Mandarynka Sp. z o.o.", "email": "pomoc@mandarynka.example"},
        "reason": "duplicate",
        "currency": "PLN",
        "payment": {"method": "card", "network": "mastercard", "last4": MASTERCARD},
        "summary": f"Paid with my card {MASTERCARD} on 1 October; charged twice. Zażółć gęślą jaźń.",
        "purchases": [
            {
                "date": "2026-10-01",
                "amount": "1440.00",
                "currency": "PLN",
                "description": f"Blender, paid with {VISA}",
                "order_number": ORDER,
            }
        ],
        "communications": [
            {
                "at": "2026-10-03T09:30:00+02:00",
                "channel": "phone",
                "direction": "outgoing",
                "counterpart": "Mandarynka support",
                "summary": f"Read them the card number {AMEX} to find the payment; kartą zapłaciłam.",
                "outcome": f"They found the charge on {MASTERCARD}.",
            }
        ],
        "tasks": [
            {
                "title": f"Ask the bank about {VISA}",
                "due": "2026-10-20",
                "note": f"Chargeback form wants {MASTERCARD} and the order {ORDER}.",
            }
        ],
        "evidence": [
            {
                "path": "files/statement.txt",
                "kind": "statement",
                "title": f"Statement of card {AMEX}",
                "note": f"The line for {VISA} is the second one.",
            }
        ],
    }
    path = folder / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def an_email_with_a_card_number(
    message_id: str = "<complaint-1@mandarynka.example>", extra: str = ""
) -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage()
    message["From"] = "Marta Zielińska <reklamacje@mandarynka.example>"
    message["To"] = "agnieszka@example.pl"
    message["Subject"] = f"Your complaint about card {MASTERCARD}"
    message["Date"] = "Mon, 05 Oct 2026 10:00:00 +0200"
    message["Message-ID"] = message_id
    if extra:
        message["X-Mailer"] = extra
    message.set_content(
        f"Dzień dobry,\nthe payments made with the card {VISA} and {AMEX} are under review.\n"
        f"Your order {ORDER}.\n"
    )
    return message.as_bytes(policy=SMTP)


@dataclass(frozen=True)
class CaseWithCards:
    id: str
    originals: list[bytes]  # the files as they were given: the PDF, then the e-mail


@pytest.fixture
def case_with_cards(data_dir: Path, tmp_path: Path) -> CaseWithCards:
    """A case holding full card numbers in every kind of text, by the command line; its originals."""
    imported = run("case", "import", write_case_file(tmp_path / "in"), "--data-dir", data_dir)
    assert imported.code == 0, imported.err
    case_id = imported.out.strip()
    document = tmp_path / "receipt.pdf"
    document.write_bytes(pdf_bytes(f"Receipt paid with {VISA}"))
    added = run(
        "evidence", "add", case_id, document,
        "--title", f"Receipt for {MASTERCARD}", "--note", f"Card {AMEX} on the receipt",
        "--data-dir", data_dir,
    )  # fmt: skip
    assert added.code == 0, added.err
    assert not leaked(added.out + added.err), "evidence add prints the item as it was stored"
    eml = tmp_path / "complaint.eml"
    eml.write_bytes(an_email_with_a_card_number())
    mailed = run("email", "import", case_id, eml, "--data-dir", data_dir)
    assert mailed.code == 0, mailed.err
    return CaseWithCards(case_id, [document.read_bytes(), eml.read_bytes()])


def test_no_full_card_number_comes_out_of_case_export(
    data_dir: Path, tmp_path: Path, case_with_cards: CaseWithCards
) -> None:
    out = tmp_path / "out" / "case.json"
    out.parent.mkdir()
    exported = run("case", "export", case_with_cards.id, "-o", out, "--data-dir", data_dir)
    assert exported.code == 0, exported.err
    text = out.read_text(encoding="utf-8")
    assert leaked(text) == []
    data = json.loads(text)
    assert data["payment"]["last4"] == "4444"  # the pasted number kept its own last four
    assert (
        data["summary"]
        == "Paid with my card •••• •••• •••• 4444 on 1 October; charged twice. Zażółć gęślą jaźń."
    )
    assert data["purchases"][0]["description"] == "Blender, paid with ••••-••••-••••-1111"
    assert data["purchases"][0]["order_number"] == ORDER
    (phone, mail) = data["communications"]
    assert "•••••••••••0005" in phone["summary"] and "kartą zapłaciłam" in phone["summary"]
    assert phone["outcome"] == "They found the charge on •••• •••• •••• 4444."
    assert mail["subject"] == "Your complaint about card •••• •••• •••• 4444"
    assert "••••-••••-••••-1111 and •••••••••••0005" in mail["body"]
    assert ORDER in mail["body"]
    (task,) = data["tasks"]
    assert task["title"] == "Ask the bank about ••••-••••-••••-1111"
    assert task["note"] == f"Chargeback form wants •••• •••• •••• 4444 and the order {ORDER}."
    titles = {item["title"] for item in data["evidence"]}
    assert {"Statement of card •••••••••••0005", "Receipt for •••• •••• •••• 4444"} <= titles


def test_no_full_card_number_comes_out_of_the_bundles_case_json(
    data_dir: Path, tmp_path: Path, case_with_cards: CaseWithCards
) -> None:
    zip_path = tmp_path / "case.zip"
    bundle = run("bundle", case_with_cards.id, "-o", zip_path, "--data-dir", data_dir)
    assert bundle.code == 0, bundle.err
    with zipfile.ZipFile(zip_path) as archive:
        case_json = archive.read("case.json").decode("utf-8")
        readme = archive.read("README.txt").decode("utf-8")
        files = {
            hashlib.sha256(archive.read(n)).hexdigest() for n in archive.namelist() if n.startswith("files/")
        }
    assert leaked(case_json) == [] and leaked(readme) == []
    assert "•••• •••• •••• 4444" in case_json
    # The files travel as received: the originals, card numbers and all.
    originals = case_with_cards.originals
    assert {hashlib.sha256(data).hexdigest() for data in originals} <= files


@pytest.mark.parametrize("as_json", [False, True])
def test_search_never_shows_a_full_card_number(
    data_dir: Path, case_with_cards: CaseWithCards, as_json: bool
) -> None:
    json_flag = ["--json"] if as_json else []
    # Words beside the card numbers find their records; the snippets show only the last four.
    for words in ("charged", "card", "kartą", "review", "chargeback", "receipt", "statement", "4444", "1111"):
        found = run("search", words, *json_flag, "--data-dir", data_dir)
        assert found.code == 0, (words, found.err)
        assert leaked(found.out) == [], (words, found.out)
    hits = run("search", "4444", "--json", "--data-dir", data_dir)
    snippets = [hit["snippet"] for group in json.loads(hits.out) for hit in group["hits"]]
    assert snippets and all("•" in s for s in snippets if "4444" in s)
    # The card's other digits are not in the index at all.
    for digits in ("5555", "555555555555", "4111", "4111111111111111", "378282246310005", "37828224631"):
        nothing = run("search", digits, *json_flag, "--data-dir", data_dir)
        if as_json:
            assert nothing.code == 0 and json.loads(nothing.out) == [], (digits, nothing.out)
        else:
            assert nothing.code == 1 and "Nothing holds" in nothing.out, (digits, nothing.out)
    # The order number is not a card number: it is found as typed.
    order = run("search", ORDER, "--json", "--data-dir", data_dir)
    assert json.loads(order.out), order.out


def test_the_vault_keeps_the_original_files_byte_for_byte(
    data_dir: Path, case_with_cards: CaseWithCards
) -> None:
    conn = connect_raw(data_dir, read_only=True)
    try:
        stored = [row[0] for row in conn.execute("SELECT sha256 FROM evidence")]
        texts = [row[0] for row in conn.execute("SELECT text FROM evidence_text")]
        bodies = [row[0] for row in conn.execute("SELECT body FROM communications WHERE body IS NOT NULL")]
        summaries = [row[0] for row in conn.execute("SELECT summary FROM events")]
    finally:
        conn.close()
    originals = case_with_cards.originals
    for data in originals:
        sha256 = hashlib.sha256(data).hexdigest()
        assert sha256 in stored
        assert vault_bytes(data_dir, sha256) == data  # exactly as received, card numbers included
    assert texts and bodies
    for text in [*texts, *bodies, *summaries]:
        assert leaked(text) == [], text
    assert any("••••-••••-••••-1111" in text for text in texts)  # the PDF's text, kept for search
    verified = run("verify", "--data-dir", data_dir)
    assert verified.code == 0, verified.out + verified.err


def test_a_message_whose_id_looks_like_a_card_number_is_still_known_again(
    data_dir: Path, tmp_path: Path, case_with_cards: CaseWithCards
) -> None:
    """The evidence's source (a Message-ID) is stored masked, and looked for masked."""
    message_id = "<5555555555554444@mandarynka.example>"
    first, second = tmp_path / "first.eml", tmp_path / "second.eml"
    first.write_bytes(an_email_with_a_card_number(message_id))
    second.write_bytes(an_email_with_a_card_number(message_id, extra="resent by the server"))
    assert first.read_bytes() != second.read_bytes()
    case_id = case_with_cards.id
    assert run("email", "import", case_id, first, "--data-dir", data_dir).code == 0
    assert run("email", "import", case_id, second, "--data-dir", data_dir).code == 0
    out = tmp_path / "after.json"
    assert run("case", "export", case_id, "-o", out, "--data-dir", data_dir).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["communications"]) == 3  # the phone call, the first e-mail, this one once
    assert leaked(out.read_text(encoding="utf-8")) == []
