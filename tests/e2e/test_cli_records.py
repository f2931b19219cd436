"""``dossier case new``, ``charge add`` and ``contact add``, end to end on a real store.

What is recorded is read back from ``dossier case export``'s JSON; every refusal
exits 2, names the option, and leaves the store exactly as it was.
"""

from __future__ import annotations

import json
import locale
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.vocab import (
    CardNetwork,
    Channel,
    Direction,
    PaymentMethod,
    PurchaseKind,
    Reason,
    Vocabulary,
)
from tests.support.cli import Result, run
from tests.support.snapshot import snapshot

CASE = (
    "--title",
    "Podwójne obciążenie — Łódź",
    "--merchant",
    "Księgarnia Świat Książki sp. z o.o.",
    "--reason",
    "duplicate",
    "--currency",
    "PLN",
    "--country",
    "PL",
)
AMOUNTS = [
    ("1 440,00", "1440.00"),
    ("1.440,00", "1440.00"),
    ("1,440.00", "1440.00"),
    ("1'440.00", "1440.00"),
    ("12,50", "12.50"),
]
LOCALES = ["C", "en_US.UTF-8", "pl_PL.UTF-8"]


def dossier(*args: object) -> Result:
    """``dossier ARGS`` in this process, any argument written as text (ids may be ints)."""
    return run(*(str(a) for a in args))


def new_case(data_dir: Path, *extra: str) -> int:
    result = dossier("case", "new", *CASE, *extra, "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert result.out.endswith("\n") and result.out.count("\n") == 1, result.out
    return int(result.out)


def exported(data_dir: Path, case_id: int, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"case-{case_id}.json"
    result = dossier("case", "export", case_id, "-o", path, "--data-dir", data_dir)
    assert result.code == 0, result.err
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


@pytest.fixture
def store(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store with a passphrase (so child processes open it too) holding one Polish case (id 1)."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery staple 12", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_PASSPHRASE_FILE", str(secret))
    assert new_case(data_dir) == 1
    return data_dir


@pytest.fixture(scope="session")
def locale_path(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """A folder of compiled locales for LOCPATH, when the system lacks en_US or pl_PL.

    The test machine may have only C; glibc's localedef compiles the others
    into a private folder. Without localedef the variable is still set (the C
    library then falls back to C), which proves less but still runs.
    """
    missing = []
    before = locale.setlocale(locale.LC_ALL)
    for name in LOCALES[1:]:
        try:
            locale.setlocale(locale.LC_ALL, name)
        except locale.Error:
            missing.append(name)
        finally:
            locale.setlocale(locale.LC_ALL, before)
    if not missing:
        return None
    localedef = shutil.which("localedef")
    if localedef is None:
        return None
    folder = tmp_path_factory.mktemp("locales")
    for name in missing:
        language = name.split(".")[0]
        subprocess.run(
            [localedef, "-i", language, "-f", "UTF-8", str(folder / name)],
            check=False,
            capture_output=True,
            timeout=120,
        )
    return folder


@pytest.fixture
def in_locale(locale_path: Path | None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Switch this process (and its environment, for children) to a locale; back afterwards."""
    before = locale.setlocale(locale.LC_ALL)

    def switch(name: str) -> bool:
        monkeypatch.setenv("LC_ALL", name)
        monkeypatch.setenv("LANG", name)
        if locale_path is not None:
            monkeypatch.setenv("LOCPATH", str(locale_path))
        try:
            locale.setlocale(locale.LC_ALL, name)
        except locale.Error:
            return False
        return True

    yield switch
    locale.setlocale(locale.LC_ALL, before)


# ---------------------------------------------------------------------- case new


def test_case_new_prints_the_id_and_records_exactly_what_was_given(data_dir: Path, tmp_path: Path) -> None:
    case_id = new_case(
        data_dir,
        "--payment-method",
        "card",
        "--network",
        "visa",
        "--last4",
        "4417",
        "--card-kind",
        "debit",
        "--customer",
        "Agnieszka Wójcik",
        "--disputed-amount",
        "1 440,00",
        "--transaction-date",
        "2026-10-03",
        "--summary",
        "Zapłaciłam dwa razy za tę samą książkę.",
    )
    document = exported(data_dir, case_id, tmp_path)
    assert document["title"] == "Podwójne obciążenie — Łódź"
    assert document["merchant"]["name"] == "Księgarnia Świat Książki sp. z o.o."
    assert document["customer"] == {
        "name": "Agnieszka Wójcik",
        "kind": None,
        "address": None,
        "city": None,
        "email": None,
        "phone": None,
        "tax_id": None,
        "cardholder_name": None,
        "cardholder_role": None,
    }
    assert document["reason"] == "duplicate"
    assert document["currency"] == "PLN"
    assert document["country"] == "PL"
    assert document["status"] == "open"
    assert document["payment"] == {
        "method": "card",
        "network": "visa",
        "last4": "4417",
        "card_kind": "debit",
        "business": False,
        "mandate_reference": None,
        "creditor_id": None,
    }
    assert document["disputed_amount"] == "1440.00"
    assert document["dates"]["transaction"] == "2026-10-03"
    assert document["summary"] == "Zapłaciłam dwa razy za tę samą książkę."
    assert document["purchases"] == [] and document["communications"] == []


def test_case_new_with_only_what_is_required(data_dir: Path, tmp_path: Path) -> None:
    result = dossier(
        "case", "new", "--title", "Gym", "--merchant", "FitClub", "--reason", "other", "--currency", "eur",
        "--data-dir", data_dir,
    )  # fmt: skip
    assert result.code == 0, result.err
    document = exported(data_dir, int(result.out), tmp_path)
    assert (document["title"], document["merchant"]["name"], document["reason"]) == (
        "Gym",
        "FitClub",
        "other",
    )
    assert document["currency"] == "EUR"  # as parse_currency reads it
    assert document["country"] is None
    assert document["payment"] == {
        "method": None,
        "network": None,
        "last4": None,
        "card_kind": None,
        "business": False,
        "mandate_reference": None,
        "creditor_id": None,
    }


def test_case_new_country_is_upper_cased(data_dir: Path, tmp_path: Path) -> None:
    result = dossier(
        "case", "new", "--title", "T", "--merchant", "M", "--reason", "duplicate", "--currency", "PLN",
        "--country", "pl", "--data-dir", data_dir,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert exported(data_dir, int(result.out), tmp_path)["country"] == "PL"


@pytest.mark.parametrize("typed", ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111"])
def test_a_whole_card_number_in_last4_keeps_its_own_last_four(
    data_dir: Path, tmp_path: Path, typed: str
) -> None:
    case_id = new_case(data_dir, "--payment-method", "card", "--last4", typed)
    document = exported(data_dir, case_id, tmp_path)
    assert document["payment"]["last4"] == "1111"
    text = (tmp_path / f"case-{case_id}.json").read_text(encoding="utf-8")
    assert "4111111111111111" not in text.replace(" ", "").replace("-", "")


def test_a_card_number_in_the_texts_is_stored_masked(data_dir: Path, tmp_path: Path) -> None:
    case_id = new_case(data_dir, "--summary", "Charged on my card 4111 1111 1111 1111 twice.")
    contact = dossier(
        "contact", "add", case_id, "--at", "2026-10-05T14:30+02:00", "--channel", "phone",
        "--direction", "outgoing", "--summary", "Gave them 5555 5555 5555 4444 again", "--data-dir", data_dir,
    )  # fmt: skip
    assert contact.code == 0, contact.err
    document = exported(data_dir, case_id, tmp_path)
    whole = json.dumps(document, ensure_ascii=False)
    for number in ("4111 1111 1111 1111", "5555 5555 5555 4444"):
        assert number not in whole
    assert document["summary"].endswith("1111 twice.")
    assert document["communications"][0]["summary"].endswith("4444 again")


# ---------------------------------------------------------------------- charge add


def test_charge_add_prints_the_id_and_records_exactly_what_was_given(store: Path, tmp_path: Path) -> None:
    result = dossier(
        "charge", "add", 1, "--date", "2026-10-03", "--amount", "1 440,00", "--kind", "charge",
        "--description", "Encyklopedia PWN, tom 1", "--order-number", "ZAM/2026/10/0042",
        "--invoice-number", "FV 1234/10/2026", "--customer-number", "KL-9981", "--po-number", "PO-7",
        "--disputed", "--data-dir", store,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.strip().isdigit() and result.out.count("\n") == 1
    second = dossier(
        "charge", "add", 1, "--date", "2026-10-04", "--amount", "12.50", "--currency", "eur",
        "--kind", "refund", "--data-dir", store,
    )  # fmt: skip
    assert second.code == 0, second.err
    assert int(second.out) != int(result.out)
    first, refund = exported(store, 1, tmp_path)["purchases"]
    assert first == {
        "kind": "charge",
        "date": "2026-10-03",
        "amount": "1440.00",
        "currency": "PLN",  # the case's
        "description": "Encyklopedia PWN, tom 1",
        "order_number": "ZAM/2026/10/0042",
        "invoice_number": "FV 1234/10/2026",
        "customer_number": "KL-9981",
        "po_number": "PO-7",
        "statement_descriptor": None,
        "disputed": True,
        "expected_amount": None,
        "disputed_amount": None,
        "authorization_code": None,
        "expected_delivery": None,
    }
    assert (refund["kind"], refund["amount"], refund["currency"], refund["disputed"]) == (
        "refund",
        "12.50",
        "EUR",
        False,
    )


def test_charge_amount_has_the_decimals_of_its_currency(store: Path, tmp_path: Path) -> None:
    assert dossier("charge", "add", 1, "--date", "2026-10-03", "--amount", "1.440", "--currency", "JPY",
               "--data-dir", store).code == 0  # fmt: skip
    assert (
        dossier("charge", "add", 1, "--date", "2026-10-03", "--amount", "1.440", "--data-dir", store).code
        == 0
    )
    yen, zloty = exported(store, 1, tmp_path)["purchases"]
    assert (Decimal(yen["amount"]), yen["currency"]) == (Decimal(1440), "JPY")
    assert (zloty["amount"], zloty["currency"]) == ("1440.00", "PLN")
    refused = dossier("charge", "add", 1, "--date", "2026-10-03", "--amount", "1440,5", "--currency", "JPY",
                  "--data-dir", store)  # fmt: skip
    assert refused.code == 2 and "JPY" in refused.err


@pytest.mark.parametrize("name", LOCALES)
def test_typed_amounts_are_read_the_same_in_every_locale(
    store: Path, tmp_path: Path, in_locale: Any, name: str
) -> None:
    if in_locale(name) and name.startswith("pl_"):
        assert locale.localeconv()["decimal_point"] == ","  # the locale really is in force
    for typed, _ in AMOUNTS:
        result = dossier("charge", "add", 1, "--date", "2026-10-03", "--amount", typed, "--data-dir", store)
        assert result.code == 0, (typed, result.err)
    amounts = [p["amount"] for p in exported(store, 1, tmp_path)["purchases"]]
    assert amounts == [expected for _, expected in AMOUNTS]


@pytest.mark.parametrize("name", LOCALES)
def test_typed_amounts_in_a_child_process_started_in_each_locale(
    store: Path, tmp_path: Path, in_locale: Any, name: str
) -> None:
    """The command as a user runs it, with LC_ALL and LANG set before Python starts."""
    before = locale.setlocale(locale.LC_ALL)
    available = in_locale(name)
    locale.setlocale(locale.LC_ALL, before)  # only the children run in the locale
    probe = subprocess.run(
        [sys.executable, "-c", "import locale; locale.setlocale(locale.LC_ALL, ''); "
         "print(locale.localeconv()['decimal_point'])"],
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip
    # Where the locale exists (or could be compiled), the children really run in it.
    assert (probe.returncode == 0) == available, probe.stderr
    if available and name.startswith("pl_"):
        assert probe.stdout.strip() == ","
    for typed, _ in AMOUNTS:
        child = subprocess.run(
            [sys.executable, "-m", "desktop_app", "charge", "add", "1", "--date", "2026-10-03",
             "--amount", typed, "--data-dir", str(store)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )  # fmt: skip
        assert child.returncode == 0, (typed, child.stderr)
    amounts = [p["amount"] for p in exported(store, 1, tmp_path)["purchases"]]
    assert amounts == [expected for _, expected in AMOUNTS]


# ---------------------------------------------------------------------- contact add


def test_contact_add_prints_the_id_and_records_exactly_what_was_given(store: Path, tmp_path: Path) -> None:
    result = dossier(
        "contact", "add", 1, "--at", "2026-10-05T14:30:00+02:00", "--channel", "chat",
        "--direction", "outgoing", "--counterpart", "Czat obsługi klienta", "--representative", "Żaneta",
        "--reference", "CZ-2026-118", "--subject", "Podwójne obciążenie",
        "--summary", "Zgłosiłam dwa obciążenia.", "--outcome", "Obiecano zwrot.",
        "--promised-action", "Zwrot 1440,00 PLN", "--promised-by", "2026-10-19",
        "--data-dir", store,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.strip().isdigit() and result.out.count("\n") == 1
    document = exported(store, 1, tmp_path)
    assert document["communications"] == [
        {
            "at": "2026-10-05T14:30:00+02:00",
            "channel": "chat",
            "direction": "outgoing",
            "counterpart": "Czat obsługi klienta",
            "representative": "Żaneta",
            "reference": "CZ-2026-118",
            "subject": "Podwójne obciążenie",
            "summary": "Zgłosiłam dwa obciążenia.",
            "outcome": "Obiecano zwrot.",
            "promised_action": "Zwrot 1440,00 PLN",
            "promised_by": "2026-10-19",
            "level": None,
            "answer": None,
            "delivery": None,
        }
    ]
    # The promise became a task, as in the window.
    (task,) = document["tasks"]
    assert task["kind"] == "promise"
    assert task["due"] == "2026-10-19"
    assert task["communication"] == 0
    assert "Zwrot 1440,00 PLN" in task["title"] and "Żaneta" in task["title"]


def test_contact_add_without_a_promise_makes_no_task(store: Path, tmp_path: Path) -> None:
    result = dossier(
        "contact", "add", 1, "--at", "2026-10-05T12:30Z", "--channel", "email", "--direction", "incoming",
        "--data-dir", store,
    )  # fmt: skip
    assert result.code == 0, result.err
    document = exported(store, 1, tmp_path)
    assert document["communications"][0]["at"] in ("2026-10-05T12:30:00Z", "2026-10-05T12:30:00+00:00")
    assert document["communications"][0]["counterpart"] is None
    assert document["tasks"] == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-01-15 09:30", "2026-01-15T09:30:00+01:00"),  # winter: CET
        ("2026-01-15T09:30", "2026-01-15T09:30:00+01:00"),
        ("2026-07-15 09:30", "2026-07-15T09:30:00+02:00"),  # summer: CEST
        ("2026-07-15T09:30:45", "2026-07-15T09:30:45+02:00"),
        ("2026-07-15 09:30+05:30", "2026-07-15T09:30:00+05:30"),  # its own offset wins
    ],
)
def test_a_moment_without_offset_is_in_the_case_countrys_time_zone(
    store: Path, tmp_path: Path, typed: str, expected: str
) -> None:
    result = dossier(
        "contact", "add", 1, "--at", typed, "--channel", "phone", "--direction", "outgoing",
        "--data-dir", store,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert exported(store, 1, tmp_path)["communications"][0]["at"] == expected


@pytest.mark.parametrize("country", [None, "US"])
def test_a_moment_without_offset_needs_one_where_the_country_does_not_say_the_zone(
    data_dir: Path, tmp_path: Path, country: str | None
) -> None:
    extra = ("--country", country) if country else ()
    result = dossier(
        "case", "new", "--title", "Gym", "--merchant", "FitClub", "--reason", "other", "--currency", "USD",
        *extra, "--data-dir", data_dir,
    )  # fmt: skip
    case_id = int(result.out)
    before = snapshot(data_dir)
    refused = dossier(
        "contact", "add", case_id, "--at", "2026-10-05 14:30", "--channel", "phone",
        "--direction", "outgoing", "--data-dir", data_dir,
    )  # fmt: skip
    assert refused.code == 2
    assert refused.err.startswith("dossier: error: --at: ")
    assert "offset" in refused.err and "--zone" in refused.err
    assert snapshot(data_dir) == before
    # Either the offset or the zone says it.
    with_zone = dossier(
        "contact", "add", case_id, "--at", "2026-10-05 14:30", "--zone", "America/New_York",
        "--channel", "phone", "--direction", "outgoing", "--data-dir", data_dir,
    )  # fmt: skip
    assert with_zone.code == 0, with_zone.err
    with_offset = dossier(
        "contact", "add", case_id, "--at", "2026-10-05 14:30-07:00", "--channel", "phone",
        "--direction", "outgoing", "--data-dir", data_dir,
    )  # fmt: skip
    assert with_offset.code == 0, with_offset.err
    moments = [c["at"] for c in exported(data_dir, case_id, tmp_path)["communications"]]
    assert sorted(moments) == ["2026-10-05T14:30:00-04:00", "2026-10-05T14:30:00-07:00"]


def test_a_zone_given_for_a_moment_overrides_the_countrys(store: Path, tmp_path: Path) -> None:
    result = dossier(
        "contact", "add", 1, "--at", "2026-01-15 09:30", "--zone", "Europe/London", "--channel", "phone",
        "--direction", "outgoing", "--data-dir", store,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert exported(store, 1, tmp_path)["communications"][0]["at"] == "2026-01-15T09:30:00+00:00"


# ---------------------------------------------------------------------- refusals

CHARGE = ("charge", "add", "1", "--date", "2026-10-03", "--amount", "12,50")
CONTACT = (
    "contact",
    "add",
    "1",
    "--at",
    "2026-10-05T14:30+02:00",
    "--channel",
    "phone",
    "--direction",
    "outgoing",
)


def _with(base: tuple[str, ...], option: str, value: str) -> tuple[str, ...]:
    """``base`` with ``option`` set to ``value`` (replaced when ``base`` has it already)."""
    if option in base:
        at = base.index(option)
        return (*base[: at + 1], value, *base[at + 2 :])
    return (*base, option, value)


def _case_new(option: str, value: str) -> tuple[str, ...]:
    return ("case", "new", *_with(CASE, option, value))


REFUSALS = [
    pytest.param(_with(CHARGE, "--amount", "1,2,3"), "--amount", "“1,2,3”", id="amount-1,2,3"),
    pytest.param(_with(CHARGE, "--amount", "12,5x"), "--amount", "“12,5x”", id="amount-letters"),
    pytest.param(_with(CHARGE, "--amount", "1 440,505"), "--amount", "3 decimals", id="amount-3-decimals"),
    pytest.param(_with(CHARGE, "--amount", "12.5055"), "--amount", "4 decimals", id="amount-4-decimals"),
    pytest.param(_with(CHARGE, "--amount", ""), "--amount", "empty", id="amount-empty"),
    # A value starting with "-" is written --amount=-12,50 (else argparse takes it for an option).
    pytest.param((*CHARGE[:5], "--amount=-12,50"), "--amount", "negative", id="negative-charge"),
    pytest.param((*CHARGE[:5], "--amount=−12,50"), "--amount", "negative", id="negative-unicode-minus"),
    pytest.param(
        (*CHARGE[:5], "--amount=-12,50", "--kind", "refund"), "--amount", "negative", id="negative-refund"
    ),
    pytest.param(
        (*CHARGE[:5], "--amount", "-12,50"), "--amount", "expected one argument", id="negative-spaced"
    ),
    pytest.param(_with(CHARGE, "--currency", "EURO"), "--currency", "EURO", id="charge-currency"),
    pytest.param(_with(CHARGE, "--currency", "€"), "--currency", "€", id="charge-currency-sign"),
    pytest.param(_with(CHARGE, "--date", "2026-02-30"), "--date", "2026-02-30", id="date-feb-30"),
    pytest.param(_with(CHARGE, "--date", "1989-12-31"), "--date", "1989", id="date-1989"),
    pytest.param(_with(CHARGE, "--date", "03/10/2026"), "--date", "03/10/2026", id="date-not-iso"),
    pytest.param(_with(CHARGE, "--kind", "chargeback"), "--kind", "chargeback", id="charge-kind"),
    pytest.param(_case_new("--currency", "EURO"), "--currency", "EURO", id="case-currency"),
    pytest.param(_case_new("--reason", "changed_my_mind"), "--reason", "changed_my_mind", id="reason"),
    pytest.param(_case_new("--country", "POL"), "--country", "POL", id="country-3-letters"),
    pytest.param(_case_new("--country", "Ł1"), "--country", "Ł1", id="country-not-ascii"),
    pytest.param(_case_new("--title", "  "), "--title", "title", id="title-empty"),
    pytest.param(_case_new("--merchant", ""), "--merchant", "merchant", id="merchant-empty"),
    pytest.param(_case_new("--last4", "4111 1111 1111 1112"), "--last4", "check digit", id="last4-not-luhn"),
    pytest.param(_case_new("--last4", "12345"), "--last4", "5 digits", id="last4-5-digits"),
    pytest.param(_case_new("--last4", "44a4"), "--last4", "“a”", id="last4-letter"),
    pytest.param(_case_new("--payment-method", "cheque"), "--payment-method", "cheque", id="method"),
    pytest.param(_case_new("--network", "unionpay"), "--network", "unionpay", id="network"),
    pytest.param(
        _case_new("--disputed-amount", "1 44,00"), "--disputed-amount", "“1 44,00”", id="disputed-amount"
    ),
    pytest.param(
        _case_new("--transaction-date", "2026-13-01"), "--transaction-date", "month 13", id="case-date"
    ),
    pytest.param(
        _with(CONTACT, "--at", "2027-13-45T25:99"), "--at", "2027-13-45T25:99", id="moment-impossible"
    ),
    pytest.param(_with(CONTACT, "--at", "2026-10-05 25:00"), "--at", "hour 25", id="moment-hour-25"),
    pytest.param(_with(CONTACT, "--at", "1989-12-31T10:00Z"), "--at", "1989", id="moment-1989"),
    pytest.param(_with(CONTACT, "--at", "yesterday"), "--at", "yesterday", id="moment-words"),
    pytest.param(
        _with(CONTACT, "--at", "2026-03-29 02:30"), "--at", "skipped", id="moment-in-the-spring-gap"
    ),
    pytest.param(_with(CONTACT, "--zone", "Europe/Warsow"), "--zone", "Europe/Warsow", id="zone-unknown"),
    pytest.param(
        _with(CONTACT, "--zone", "America/New_York"), "--zone", "America/New_York", id="zone-disagrees"
    ),
    pytest.param(_with(CONTACT, "--channel", "fax"), "--channel", "fax", id="channel"),
    pytest.param(_with(CONTACT, "--direction", "sideways"), "--direction", "sideways", id="direction"),
    pytest.param(
        _with(CONTACT, "--promised-action", "Refund"),
        "--promised-action",
        "--promised-by",
        id="promise-no-date",
    ),
    pytest.param(
        _with(CONTACT, "--promised-by", "2026-10-19"),
        "--promised-by",
        "--promised-action",
        id="date-no-promise",
    ),
    pytest.param(
        _with(_with(CONTACT, "--promised-action", "Refund"), "--promised-by", "2026-02-30"),
        "--promised-by",
        "2026-02-30",
        id="promise-impossible-date",
    ),
    pytest.param(
        _with(_with(CONTACT, "--promised-action", "Refund"), "--promised-by", "2026-10-01"),
        "--promised-by",
        "before the contact",
        id="promise-before-the-contact",
    ),
]


@pytest.mark.parametrize(("args", "option", "said"), REFUSALS)
def test_bad_input_is_refused_naming_the_option_and_nothing_is_written(
    store: Path, args: tuple[str, ...], option: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(store)
    result = dossier(*args, "--data-dir", store)
    told = capsys.readouterr()  # argparse's own refusals (a value not in a vocabulary) go to sys.stderr
    err = result.err + told.err
    assert result.code == 2, result
    assert result.out == "" and told.out == ""
    assert f"error: argument {option}" in err or f"dossier: error: {option}: " in err, err
    assert said in err, err
    assert snapshot(store) == before


def test_a_refused_case_new_does_not_even_make_a_store(data_dir: Path) -> None:
    result = dossier(*_case_new("--last4", "12345"), "--data-dir", data_dir)
    assert result.code == 2
    assert result.err.startswith("dossier: error: --last4: “12345” has 5 digits")
    assert not data_dir.exists()


def test_every_problem_is_told_at_once(store: Path) -> None:
    args = _with(_with(CHARGE, "--date", "2026-02-30"), "--currency", "EURO")
    result = dossier(*args, "--data-dir", store)
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[0].startswith("dossier: error: --date: “2026-02-30”")
    assert lines[1].startswith("dossier: error: --currency: ")


def test_the_message_quotes_the_amount_and_says_why(store: Path) -> None:
    result = dossier(*_with(CHARGE, "--amount", "1,2,3"), "--data-dir", store)
    assert result.err.startswith("dossier: error: --amount: “1,2,3” ")
    assert "three digits" in result.err


def test_a_full_card_number_refused_is_not_echoed_in_full(data_dir: Path) -> None:
    result = dossier(*_case_new("--last4", "4111 1111 1111 1111 x"), "--data-dir", data_dir)
    assert result.code == 2
    assert "--last4" in result.err and "1111 x" in result.err
    assert "4111 1111 1111 1111" not in result.err


@pytest.mark.parametrize(
    "args",
    [
        ("charge", "add", "42", *CHARGE[3:]),
        ("contact", "add", "42", *CONTACT[3:]),  # with an offset
        ("contact", "add", "42", *_with(CONTACT, "--at", "2026-10-05 14:30")[3:]),  # the zone is the case's
    ],
)
def test_an_unknown_case_is_refused_as_by_every_command(store: Path, args: tuple[str, ...]) -> None:
    before = snapshot(store)
    result = dossier(*args, "--data-dir", store)
    assert result.code == 1
    assert "no case 42" in result.err
    assert result.out == ""
    assert snapshot(store) == before


@pytest.mark.parametrize("case_id", ["0", "abc"])
def test_a_case_id_that_is_not_an_id_is_a_usage_error(store: Path, case_id: str) -> None:
    result = dossier("charge", "add", case_id, "--date", "2026-10-03", "--amount", "1", "--data-dir", store)
    assert result.code == 2


def test_help_lists_the_vocabularies(capsys: pytest.CaptureFixture[str]) -> None:
    expected: dict[tuple[str, str], list[type[Vocabulary]]] = {
        ("case", "new"): [Reason, PaymentMethod, CardNetwork],
        ("charge", "add"): [PurchaseKind],
        ("contact", "add"): [Channel, Direction],
    }
    for command, vocabularies in expected.items():
        assert dossier(*command, "--help").code == 0
        shown = " ".join(capsys.readouterr().out.split())
        for vocabulary in vocabularies:
            assert "{" + ",".join(vocabulary.values()) + "}" in shown, (command, vocabulary)


# ---------------------------------------------------------------------- issue 15: the new facts


def test_case_new_records_the_customer_the_mandate_and_the_issuer(data_dir: Path, tmp_path: Path) -> None:
    case_id = new_case(
        data_dir,
        "--payment-method", "direct_debit", "--business-card", "--mandate-reference", "RUM-2026-0042",
        "--creditor-id", "FR12ZZZ123456", "--customer", "Biuro Nowak sp. z o.o.",
        "--customer-kind", "company",
        "--customer-address", "ul. Piotrkowska 104, 90-001 Łódź", "--customer-city", "Łódź",
        "--customer-email", "biuro@nowak.example",
        "--customer-phone", "+48 42 123 45 67", "--tax-id", "PL7251234567", "--cardholder-name", "Anna Nowak",
        "--cardholder-role", "Prezes zarządu", "--mandate-revoked-date", "2026-08-22",
        "--merchant-complaint-date", "2026-09-10", "--issuer-name", "mBank S.A.",
        "--issuer-address", "ul. Prosta 18, Warszawa", "--claim-number", "REK/2026/11/0042",
        "--filed-on", "2026-10-01", "--provisional-credit", "1 200,00",
        "--provisional-credit-on", "2026-10-06",
        "--merchant-response", "Twierdzi, że zamówiono 12 licencji.", "--outcome", "partly",
        "--outcome-on", "2026-11-15", "--redebit-amount", "200,50", "--redebit-on", "2026-11-16",
        "--stage", "bank",
    )  # fmt: skip
    document = exported(data_dir, case_id, tmp_path)
    assert document["format"] == "dossier-case/2"
    assert document["customer"] == {
        "name": "Biuro Nowak sp. z o.o.", "kind": "company", "address": "ul. Piotrkowska 104, 90-001 Łódź",
        "city": "Łódź", "email": "biuro@nowak.example", "phone": "+48 42 123 45 67", "tax_id": "PL7251234567",
        "cardholder_name": "Anna Nowak", "cardholder_role": "Prezes zarządu",
    }  # fmt: skip
    assert document["payment"] == {
        "method": "direct_debit", "network": None, "last4": None, "card_kind": None, "business": True,
        "mandate_reference": "RUM-2026-0042", "creditor_id": "FR12ZZZ123456",
    }  # fmt: skip
    assert (document["dates"]["mandate_revoked"], document["dates"]["merchant_complaint"]) == (
        "2026-08-22", "2026-09-10"
    )  # fmt: skip
    assert document["issuer"] == {
        "name": "mBank S.A.", "address": "ul. Prosta 18, Warszawa", "claim_number": "REK/2026/11/0042",
        "filed_on": "2026-10-01", "provisional_credit": "1200.00", "provisional_credit_on": "2026-10-06",
        "merchant_response": "Twierdzi, że zamówiono 12 licencji.", "outcome": "partly",
        "outcome_on": "2026-11-15", "redebit_amount": "200.50", "redebit_on": "2026-11-16",
    }  # fmt: skip
    assert (document["stage"], document["stage_override"]) == ("bank", True)


def test_case_new_without_a_stage_follows_the_facts(data_dir: Path, tmp_path: Path) -> None:
    document = exported(data_dir, new_case(data_dir), tmp_path)
    assert (document["stage"], document["stage_override"]) == ("customer_service", False)
    assert document["issuer"] == dict.fromkeys(document["issuer"])
    assert document["customer"]["kind"] is None and document["payment"]["business"] is False
    auto = exported(data_dir, new_case(data_dir, "--stage", "auto"), tmp_path / "auto")
    assert (auto["stage"], auto["stage_override"]) == ("customer_service", False)


def test_charge_add_records_the_three_figures_the_code_and_the_delivery(store: Path, tmp_path: Path) -> None:
    result = dossier(
        "charge", "add", 1, "--date", "2026-10-03", "--amount", "1 440,00", "--expected-amount", "240,00",
        "--authorization-code", "A1B2C3", "--expected-delivery", "2026-10-10", "--disputed",
        "--data-dir", store,
    )  # fmt: skip
    assert result.code == 0, result.err
    arn = dossier(
        "charge", "add", 1, "--date", "2026-10-04", "--amount", "1 440,00", "--disputed-amount", "1.200,00",
        "--authorization-code", "74537606312630123456789", "--data-dir", store,
    )  # fmt: skip
    assert arn.code == 0, arn.err
    first, second = exported(store, 1, tmp_path)["purchases"]
    assert {k: first[k] for k in ("amount", "expected_amount", "disputed_amount", "authorization_code",
                                  "expected_delivery")} == {
        "amount": "1440.00", "expected_amount": "240.00", "disputed_amount": None,
        "authorization_code": "A1B2C3", "expected_delivery": "2026-10-10",
    }  # fmt: skip
    assert (second["disputed_amount"], second["authorization_code"]) == ("1200.00", "74537606312630123456789")


def test_contact_add_records_who_answered_and_what(store: Path, tmp_path: Path) -> None:
    result = dossier(*CONTACT, "--level", "supervisor", "--answer", "final_response", "--data-dir", store)
    assert result.code == 0, result.err
    (contact,) = exported(store, 1, tmp_path)["communications"]
    assert (contact["level"], contact["answer"]) == ("supervisor", "final_response")


def test_the_edits_change_only_what_is_given_and_clear_with_empty(store: Path, tmp_path: Path) -> None:
    charge = dossier(
        "charge", "add", 1, "--date", "2026-10-03", "--amount", "1 440,00", "--expected-amount", "240",
        "--description", "Licencje", "--data-dir", store,
    )  # fmt: skip
    contact = dossier(*CONTACT, "--summary", "Odmowa", "--data-dir", store)
    assert charge.code == contact.code == 0
    before = exported(store, 1, tmp_path / "before")
    edited = dossier(
        "case", "edit", 1, "--customer-kind", "person", "--filed-on", "2026-10-01", "--outcome", "won",
        "--outcome-on", "2026-11-02", "--stage", "regulator", "--merchant-complaint-date", "2026-09-10",
        "--no-business-card", "--country", "", "--data-dir", store,
    )  # fmt: skip
    assert edited.code == 0, edited.err
    assert edited.out == "1\n"
    assert dossier("charge", "edit", charge.out.strip(), "--expected-amount", "", "--disputed-amount",
                   "1 200,00", "--disputed", "--data-dir", store).code == 0  # fmt: skip
    assert dossier("contact", "edit", contact.out.strip(), "--answer", "refused", "--level", "supervisor",
                   "--data-dir", store).code == 0  # fmt: skip
    after = exported(store, 1, tmp_path / "after")
    assert after["customer"] == {**before["customer"], "kind": "person"}
    assert after["issuer"] == {**before["issuer"], "filed_on": "2026-10-01", "outcome": "won",
                               "outcome_on": "2026-11-02"}  # fmt: skip
    assert (after["stage"], after["stage_override"], after["country"]) == ("regulator", True, None)
    assert after["dates"] == {**before["dates"], "merchant_complaint": "2026-09-10"}
    assert {k: v for k, v in after.items() if k not in ("customer", "issuer", "stage", "stage_override",
            "country", "dates", "purchases", "communications", "tasks")} == {
        k: v for k, v in before.items() if k not in ("customer", "issuer", "stage", "stage_override",
            "country", "dates", "purchases", "communications", "tasks")}  # fmt: skip
    (p,) = after["purchases"]
    assert p == {
        **before["purchases"][0],
        "expected_amount": None,
        "disputed_amount": "1200.00",
        "disputed": True,
    }
    (c,) = after["communications"]
    assert c == {**before["communications"][0], "answer": "refused", "level": "supervisor"}
    follow = dossier("case", "edit", 1, "--stage", "auto", "--customer-kind", "none", "--data-dir", store)
    assert follow.code == 0, follow.err
    again = exported(store, 1, tmp_path / "again")
    assert (again["stage_override"], again["customer"]["kind"]) == (False, None)


EDIT_REFUSALS = [
    pytest.param(("case", "edit", "1", "--title", ""), "--title", "needs a title", id="title-cleared"),
    pytest.param(("case", "edit", "1", "--merchant", " "), "--merchant", "merchant", id="merchant-cleared"),
    pytest.param(("case", "edit", "1", "--outcome", "won"), "--filed-on", "not the day the dispute was filed",
                 id="outcome-not-filed"),
    pytest.param(("case", "edit", "1", "--filed-on", "2026-10-05", "--provisional-credit-on", "2026-10-04"),
                 "--provisional-credit-on", "before the dispute was filed (2026-10-05)", id="credit-first"),
    pytest.param(("case", "edit", "1", "--redebit-amount", "10"), "--redebit-amount",
                 "takes back a provisional credit", id="redebit-no-credit"),
    pytest.param(("case", "edit", "1", "--provisional-credit", "1 44,00"), "--provisional-credit",
                 "“1 44,00”", id="credit-amount"),
    pytest.param(("case", "edit", "1", "--filed-on", "2026-02-30"), "--filed-on", "2026-02-30",
                 id="filed-feb-30"),
    pytest.param(("charge", "edit", "1", "--disputed-amount", "2 000,00"), "--disputed-amount",
                 "more than the amount charged (1440.00 PLN)", id="disputed-more"),
    pytest.param(("charge", "edit", "1", "--expected-amount", "1 500"), "--expected-amount",
                 "the agreed amount (1500.00 PLN) is more than the amount charged", id="agreed-more"),
    pytest.param(("charge", "edit", "1", "--amount", ""), "--amount", "empty", id="amount-cleared"),
    pytest.param(("charge", "edit", "1", "--expected-delivery", "10/10/2026"), "--expected-delivery",
                 "10/10/2026", id="delivery-not-iso"),
    pytest.param(("contact", "edit", "1", "--promised-by", "2026-10-19"), "--promised-by",
                 "--promised-action", id="promise-no-action"),
    pytest.param(("contact", "edit", "1", "--at", "2026-13-01 10:00"), "--at", "2026-13-01",
                 id="at-month-13"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "option", "words"), EDIT_REFUSALS)
def test_a_wrong_edit_is_refused_naming_the_option_and_nothing_is_written(
    store: Path, args: tuple[str, ...], option: str, words: str
) -> None:
    assert dossier(*CHARGE[:5], "--amount", "1 440,00", "--data-dir", store).code == 0
    assert dossier(*CONTACT, "--data-dir", store).code == 0
    before = snapshot(store)
    result = dossier(*args, "--data-dir", store)
    assert result.code == 2, result.err
    assert f"dossier: error: {option}: " in result.err and words in result.err, result.err
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("args", "option", "words"),
    [
        (("case", "new", *CASE, "--customer-kind", "consumer"), "--customer-kind", "consumer"),
        (("case", "new", *CASE, "--outcome", "pending"), "--outcome", "pending"),
        (("case", "new", *CASE, "--stage", "court"), "--stage", "court"),
        (
            (*CHARGE, "--expected-amount", "15"),
            "--expected-amount",
            "more than the amount charged (12.50 PLN)",
        ),
        ((*CHARGE, "--disputed-amount=-1"), "--disputed-amount", "negative"),
        ((*CONTACT, "--answer", "maybe"), "--answer", "maybe"),
        ((*CONTACT, "--level", "manager"), "--level", "manager"),
    ],
)
def test_a_wrong_new_fact_is_refused_naming_the_option(
    store: Path, args: tuple[str, ...], option: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(store)
    result = dossier(*args, "--data-dir", store)
    err = result.err + capsys.readouterr().err  # argparse's own refusals go to sys.stderr
    assert result.code == 2
    assert option in err and words in err, err
    assert snapshot(store) == before


def test_an_edit_of_what_does_not_exist_is_refused(store: Path) -> None:
    for args in (("case", "edit", "42", "--title", "x"), ("charge", "edit", "42", "--amount", "1"),
                 ("contact", "edit", "42", "--summary", "x")):  # fmt: skip
        result = dossier(*args, "--data-dir", store)
        assert result.code == 1 and "42" in result.err, result.err


def test_case_show_json_holds_the_new_fields_as_the_case_file_does(store: Path, tmp_path: Path) -> None:
    edited = dossier(
        "case", "edit", 1, "--customer-kind", "company", "--tax-id", "PL7251234567", "--business-card",
        "--issuer-name", "mBank S.A.", "--claim-number", "REK/2026/11/0042", "--filed-on", "2026-10-01",
        "--provisional-credit", "1 200,00", "--provisional-credit-on", "2026-10-06", "--data-dir", store,
    )  # fmt: skip
    assert edited.code == 0, edited.err
    assert dossier(*CHARGE[:5], "--amount", "1 440,00", "--expected-amount", "240", "--authorization-code",
                   "A1B2C3", "--disputed", "--data-dir", store).code == 0  # fmt: skip
    assert dossier(*CONTACT, "--level", "supervisor", "--answer", "refused", "--data-dir", store).code == 0
    shown = dossier("case", "show", 1, "--json", "--data-dir", store)
    assert shown.code == 0, shown.err
    document = json.loads(shown.out)
    exported_document = exported(store, 1, tmp_path)
    for key in (
        "customer",
        "payment",
        "issuer",
        "dates",
        "stage",
        "stage_override",
        "purchases",
        "communications",
    ):
        assert document[key] == exported_document[key], key
    assert document["issuer"]["provisional_credit"] == "1200.00"
    assert document["purchases"][0]["expected_amount"] == "240.00"
    assert (document["communications"][0]["level"], document["communications"][0]["answer"]) == (
        "supervisor", "refused"
    )  # fmt: skip
