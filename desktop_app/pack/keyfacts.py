"""Page 1's key facts for the reason and the rail, each pointing to the exhibits that support it.

Only what the user filled in is stated. A fact the reason needs and the user did not give
(the cancellation date of a cancelled subscription, a duplicate's authorisation code, a
mandate's reference) is shown as not given; one that is merely useful is left out. Nothing is
worked out that the user did not give, except which exhibits support a fact: those linked to
its charge or its contact (``ExhibitInfo.purchase_id`` / ``communication_id``) and those of the
kind that proves it (a cancellation proof for the cancellation date). An exhibit's note (what
it proves, in the user's words) is printed with the fact it supports.

Also here: the reason's network code (or the rail's ground), the merchant's last answer, the
deadline the claim is filed within, and the cardholder's declaration.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date
from typing import Protocol

from desktop_app.domain.amounts import Figures
from desktop_app.domain.amounts import figures as figures_of
from desktop_app.domain.deadlines import Deadline
from desktop_app.domain.letters import Claim
from desktop_app.domain.models import Case, Communication, Purchase
from desktop_app.domain.reason_codes import FILING_RULES, rail_ground, rail_of, reason_code
from desktop_app.domain.redact import mask_sensitive
from desktop_app.domain.vocab import Direction, PaymentMethod, PurchaseKind, Reason
from desktop_app.pack.facts import charge_amount
from desktop_app.pack.strings import PackStrings


class ExhibitInfo(Protocol):
    """What page 1 reads of an exhibit (desktop_app.pack.content.ExhibitInfo)."""

    @property
    def letter(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def purchase_id(self) -> int | None: ...
    @property
    def communication_id(self) -> int | None: ...
    @property
    def note(self) -> str | None: ...
    @property
    def note_translation(self) -> str | None: ...


# The kinds of exhibit that prove a fact, whichever charge or contact they are linked to.
_AGREED_KINDS = ("quote", "order", "purchase_order", "contract")
_PURCHASE_KINDS = ("receipt", "invoice", "order", "purchase_order", "contract")
_CANCEL_KINDS = ("cancellation_proof",)
_RETURN_KINDS = ("return_proof",)
_STATEMENT = ("statement",)
_LINE = 170  # the merchant's last answer on page 1: at most this many characters of its summary
_NOTES = 2  # exhibit notes printed with one fact
_NOTE = 150  # characters of a note on page 1 (the index and the exhibit's first page have it all)
_REFS = 4  # exhibit letters named for one fact (the index lists them all)
_CHARGES = 4  # disputed charges listed on page 1 (the transactions page lists them all)
_FULL_CHARGES = 2  # beyond this many, each is said in short (date, figures, code)
_NOTES_TOTAL = 3  # exhibit notes printed on the whole of page 1's key facts


@dataclass(frozen=True)
class KeyFact:
    label: str
    value: str
    exhibits: tuple[str, ...] = ()  # the letters of the exhibits that support it
    notes: tuple[str, ...] = ()  # "B: Screenshot taken right after cancelling." (the exhibits' notes)
    missing: bool = False  # the reason needs it and the user did not give it


@dataclass(frozen=True)
class PageOne:
    """What page 1 adds to the summary: the reason's code, the key facts, the merchant's last
    answer, the filing deadline and the declaration."""

    code: str = ""  # "Visa reason code 13.2", the rail's ground, or ""
    facts: list[KeyFact] = field(default_factory=list)
    last_answer: KeyFact | None = None
    deadline: str = ""
    declaration: list[str] = field(default_factory=list)
    signature: str = ""  # "Paris, 1 December 2026"
    card_rail: bool = True  # False: a debit, a transfer, PayPal: the account holder, not the cardholder


class _Exhibits:
    """Which exhibits support what: by charge, by contact, by kind."""

    def __init__(self, exhibits: Sequence[ExhibitInfo]) -> None:
        self.all = list(exhibits)

    def of(
        self,
        *,
        purchases: Iterable[int | None] = (),
        contacts: Iterable[int | None] = (),
        kinds: Sequence[str] = (),
        unlinked_kinds: Sequence[str] = (),
        linked_kinds: Sequence[str] | None = None,
    ) -> list[ExhibitInfo]:
        """Exhibits linked to one of ``purchases`` (of ``linked_kinds`` when given) or ``contacts``,
        of one of ``kinds`` wherever linked, or of ``unlinked_kinds`` and linked to no charge."""
        p_ids = {i for i in purchases if i is not None}
        c_ids = {i for i in contacts if i is not None}
        found = []
        for e in self.all:
            by_charge = e.purchase_id in p_ids and (linked_kinds is None or e.kind in linked_kinds)
            if (
                by_charge
                or e.communication_id in c_ids
                or e.kind in kinds
                or (e.kind in unlinked_kinds and e.purchase_id is None)
            ):
                found.append(e)
        return found


def _fact(
    label: str,
    value: str,
    exhibits: Sequence[ExhibitInfo] = (),
    *,
    missing: bool = False,
    noted: set[str] | None = None,
) -> KeyFact:
    """A fact with the letters of its exhibits and their notes: on page 1, each exhibit's note once
    (``noted``: the letters already noted), at most :data:`_NOTES` to a fact."""
    notes: list[str] = []
    for e in exhibits:
        if not (e.note and e.note.strip()) or (noted is not None and e.letter in noted):
            continue
        if len(notes) == _NOTES or (noted is not None and len(noted) >= _NOTES_TOTAL):
            break
        translation = (e.note_translation or "").strip()
        note = f"{e.letter}: {e.note.strip()}" + (f" ({translation})" if translation else "")
        notes.append(_cut(" ".join(note.split()), _NOTE))
        if noted is not None:
            noted.add(e.letter)
    return KeyFact(
        label,
        mask_sensitive(value),
        tuple(dict.fromkeys(e.letter for e in exhibits)),
        tuple(mask_sensitive(n) for n in notes),
        missing,
    )


def _cut(words: str, limit: int) -> str:
    """``words`` cut at a space before ``limit`` characters, with "…"; whole when short enough."""
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def exhibit_ref(letters: Sequence[str], s: PackStrings) -> str:
    """ "Exhibit B" or "Exhibits B, C" in the pack's language; "" for none."""
    if not letters:
        return ""
    key = "exhibit_ref_one" if len(letters) == 1 else "exhibit_ref_many"
    named = ", ".join(letters[:_REFS]) + (", …" if len(letters) > _REFS else "")
    return s(key, letters=named)


def code_line(case: Case, charges: Sequence[Purchase], s: PackStrings) -> str:
    """The network's reason code for the card's network, or the rail's own ground; "" when the
    rail is not said, or a card's network is not one whose codes are known (none is guessed)."""
    code = reason_code(case)
    if code is not None:
        network = s(f"networks.{code.network}")
        if code.legacy:
            return s("reason_code_legacy", network=network, code=code.code, legacy=code.legacy)
        return s("reason_code", network=network, code=code.code)
    ground = rail_ground(case, charges)
    if ground is not None:
        revoked = case.dates.mandate_revoked
        if ground.id == "sepa_unauthorised" and revoked is not None:
            return s("grounds.sepa_after_revocation", date=s.long_date(revoked))
        return s(f"grounds.{ground.id}")
    if rail_of(case) == PaymentMethod.CARD.value and case.reason is not Reason.OTHER:
        return s("reason_code_not_known")
    return ""


def _charge_value(
    f: Figures, s: PackStrings, *, card: bool, needs_code: bool = False, short: bool = False
) -> str:
    """A charge as page 1's disputed line says it (date, the three figures where something was
    agreed or only part is disputed, what it was for), with its authorisation code on the card
    rail (said missing where ``needs_code``: a duplicate's) and its order, invoice or statement
    reference."""
    p = f.purchase
    parts = [
        s(
            "disputed_line",
            date=s.long_date(p.date),
            amount=charge_amount(f, s.money(f.charged, p.currency), s),
            description=p.description or s.raw(f"purchase_kinds.{p.kind.value}"),
        )
    ]
    if short:  # many charges: the date and the figures; the transactions page has the rest
        parts = [
            s(
                "kf_charge_short",
                date=s.long_date(p.date),
                amount=charge_amount(f, s.money(f.charged, p.currency), s),
            )
        ]
    if card and p.authorization_code and p.authorization_code.strip():
        parts.append(s("kf_auth", value=p.authorization_code.strip()))
    elif card and needs_code:
        parts.append(s("kf_auth_missing"))
    ref = p.order_number or p.invoice_number or p.statement_descriptor
    if ref and ref.strip() and not short:
        parts.append(s("kf_reference", value=ref.strip()))
    return "; ".join(parts)


#: How far apart in days a duplicate and the charge it repeats may be: a charge processed twice
#: shows within a few days, and last month's charge of the same price is no duplicate's original.
TWIN_DAYS = 3


def _twins(disputed: Sequence[Purchase], purchases: Sequence[Purchase]) -> list[Purchase]:
    """The charges a duplicate repeats: for each disputed charge, the charge not in dispute of the
    same amount and currency nearest to it in date, at most :data:`TWIN_DAYS` days apart (a monthly
    charge of the same price is not a duplicate's original because of its amount alone: none found,
    page 1 says the original is not given)."""
    ids = {id(p) for p in disputed}
    others = [p for p in purchases if p.kind is PurchaseKind.CHARGE and id(p) not in ids]
    found: list[Purchase] = []
    for d in disputed:
        same = [
            p
            for p in others
            if (p.amount, p.currency) == (d.amount, d.currency)
            and abs((p.date - d.date).days) <= TWIN_DAYS
            and p not in found
        ]
        if same:
            found.append(min(same, key=lambda p: (abs((p.date - d.date).days), p.date)))
    return found


def _on_day(day: date, communications: Sequence[Communication]) -> list[Communication]:
    return [c for c in communications if c.at.date() == day]


def key_facts(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    exhibits: Sequence[ExhibitInfo],
    claim: Claim,
    s: PackStrings,
) -> list[KeyFact]:
    """The facts an analyst checks for this reason and rail, each with its exhibits."""
    ex = _Exhibits(exhibits)
    rail = rail_of(case)
    card = rail == PaymentMethod.CARD.value
    debit = rail == PaymentMethod.DIRECT_DEBIT.value
    reason = case.reason
    figures = list(claim.total.figures)
    disputed = [f.purchase for f in figures]
    facts: list[KeyFact] = []
    noted: set[str] = set()  # each exhibit's note is printed once, with the first fact it supports

    def fact(
        label: str, value: str, exhibits: Sequence[ExhibitInfo] = (), *, missing: bool = False
    ) -> KeyFact:
        return _fact(label, value, exhibits, missing=missing, noted=noted)

    # Each disputed charge: date, amount (with agreed and disputed where they differ), its code;
    # the bank statement with each charge, or once when there are many charges.
    duplicate = reason is Reason.DUPLICATE
    twins = _twins(disputed, purchases) if duplicate else []
    statements = ex.of(unlinked_kinds=_STATEMENT)
    each = statements if len(figures) + len(twins) <= 2 else []
    for number, f in enumerate(figures[:_CHARGES], start=1):
        label_key = "kf_charge_disputed" if duplicate else ("kf_debit" if debit else "kf_charge")
        label = s(label_key, n=number) if len(figures) > 1 else s(f"{label_key}_one")
        supporting = ex.of(purchases=[f.purchase.id]) + [e for e in each if e.purchase_id != f.purchase.id]
        value = _charge_value(
            f, s, card=card or not rail, needs_code=card and duplicate, short=len(figures) > _FULL_CHARGES
        )
        facts.append(fact(label, value, supporting))
    if len(figures) > _CHARGES:
        facts.append(fact(s("kf_more_label"), s("kf_more_charges", n=len(figures) - _CHARGES)))
    for number, p in enumerate(twins[:_CHARGES], start=1):
        facts.append(
            fact(
                s("kf_charge_original", n=number) if len(twins) > 1 else s("kf_charge_original_one"),
                _charge_value(figures_of(p), s, card=card or not rail, needs_code=card),
                ex.of(purchases=[p.id]) + each,
            )
        )
    if statements and not each:
        facts.append(fact(s("kf_statement_label"), s("kf_statement"), statements))
    if reason is Reason.INCORRECT_AMOUNT:
        agreed = list(
            dict.fromkeys(s.money(f.agreed, f.purchase.currency) for f in figures if f.agreed is not None)
        )
        proof = ex.of(kinds=_AGREED_KINDS)
        value = ", ".join(agreed) if agreed else s("kf_not_given")
        facts.append(fact(s("kf_agreed_label"), value, proof, missing=not agreed))
    if duplicate and not twins:
        facts.append(fact(s("kf_charge_original_one"), s("kf_not_given"), missing=True))

    dates = case.dates
    if reason in (Reason.CANCELLED_RECURRING, Reason.CANCELLED_OR_RETURNED) or (
        debit and dates.cancellation is not None
    ):
        if dates.cancellation is not None:
            contacts = [
                c for c in _on_day(dates.cancellation, communications) if c.direction is Direction.OUTGOING
            ]
            supporting = ex.of(
                contacts=[c.id for c in _on_day(dates.cancellation, communications)], kinds=_CANCEL_KINDS
            )
            value = s.long_date(dates.cancellation)
            if contacts:
                c = contacts[0]
                value = s("kf_cancelled_by", date=value, channel=s(f"channels.{c.channel.value}"))
                if c.reference and c.reference.strip():
                    value = s("kf_with_reference", value=value, reference=c.reference.strip())
            facts.append(fact(s("kf_cancellation"), value, supporting))
        elif reason is Reason.CANCELLED_RECURRING or dates.returned is None:
            facts.append(
                fact(s("kf_cancellation"), s("kf_not_given"), ex.of(kinds=_CANCEL_KINDS), missing=True)
            )
    if reason in (Reason.CANCELLED_OR_RETURNED, Reason.NOT_AS_DESCRIBED) and dates.returned is not None:
        facts.append(fact(s("kf_returned"), s.long_date(dates.returned), ex.of(kinds=_RETURN_KINDS)))
    if reason is Reason.NOT_RECEIVED:
        due = [p for p in disputed if p.expected_delivery is not None]
        days = sorted({p.expected_delivery for p in due if p.expected_delivery is not None})
        if not days and dates.expected_delivery is not None:
            days = [dates.expected_delivery]
        supporting = ex.of(
            purchases=[p.id for p in disputed],
            linked_kinds=_PURCHASE_KINDS,
            unlinked_kinds=("order", "receipt"),
        )
        value = ", ".join(s.long_date(d) for d in days) if days else s("kf_not_given")
        facts.append(fact(s("kf_expected_delivery"), value, supporting, missing=not days))
    if reason is Reason.CREDIT_NOT_PROCESSED:
        promises = [c for c in communications if c.promised_action and c.promised_by]
        for c in promises[-2:]:
            assert c.promised_by is not None
            who = (c.representative or "").strip()
            value = s("kf_promise", action=(c.promised_action or "").strip(), date=s.long_date(c.promised_by))
            if who:
                value += f" ({who})"
            facts.append(fact(s("kf_refund_promised"), value, ex.of(contacts=[c.id])))
        if not promises:
            if dates.credit_promised is not None:
                facts.append(fact(s("kf_refund_promised"), s.long_date(dates.credit_promised)))
            else:
                facts.append(fact(s("kf_refund_promised"), s("kf_not_given"), missing=True))
    if reason is Reason.PAID_BY_OTHER_MEANS:
        ids = {p.id for p in disputed}
        other = [
            e
            for e in ex.of(kinds=("receipt", "statement"))
            if e.purchase_id not in ids or e.purchase_id is None
        ]
        facts.append(
            fact(
                s("kf_other_payment"),
                s("kf_see_exhibit") if other else s("kf_not_given"),
                other,
                missing=not other,
            )
        )

    if debit:
        pay = case.payment
        for key, given in (("kf_mandate", pay.mandate_reference), ("kf_creditor", pay.creditor_id)):
            if given and given.strip():
                facts.append(fact(s(key), given.strip(), ex.of(kinds=("contract",))))
            else:
                facts.append(fact(s(key), s("kf_not_given"), missing=True))
        needs_revocation = reason in (
            Reason.CANCELLED_RECURRING,
            Reason.CANCELLED_OR_RETURNED,
            Reason.UNAUTHORIZED,
        )
        if dates.mandate_revoked is not None:
            supporting = ex.of(
                contacts=[c.id for c in _on_day(dates.mandate_revoked, communications)], kinds=_CANCEL_KINDS
            )
            facts.append(fact(s("kf_revoked"), s.long_date(dates.mandate_revoked), supporting))
        elif needs_revocation:
            facts.append(fact(s("kf_revoked"), s("kf_not_given"), missing=True))
    return facts


def last_answer(
    communications: Sequence[Communication], exhibits: Sequence[ExhibitInfo], s: PackStrings
) -> KeyFact | None:
    """The merchant's last answer: the latest contact with an answer logged, else the latest
    incoming one; its date, who gave it, and one line of what was said."""
    ordered = sorted(communications, key=lambda c: c.at.astimezone(UTC))
    answered = [c for c in ordered if c.answer is not None]
    pick = (
        answered[-1]
        if answered
        else next((c for c in reversed(ordered) if c.direction is Direction.INCOMING), None)
    )
    if pick is None:
        return None
    who = [part.strip() for part in (pick.representative, pick.counterpart) if part and part.strip()]
    if pick.level is not None:
        who.append(s(f"stages.{pick.level.value}"))
    parts = [s.long_date(pick.at.date())]
    if who:
        parts.append(who[0] if len(who) == 1 else f"{who[0]} ({who[-1]})")
    said = _cut(" ".join((pick.summary or pick.subject or pick.outcome or "").split()), _LINE)
    head = ", ".join(parts)
    if pick.answer is not None:
        head += ": " + s(f"answers.{pick.answer.value}")
    value = f"{head}. {said}" if said else head + "."
    return _fact(s("kf_last_answer"), value, _Exhibits(exhibits).of(contacts=[pick.id]))


_UNITS = {"day": "days", "week": "weeks", "month": "months", "business day": "business_days"}


def _count_words(count: str, s: PackStrings) -> str:
    """ "120 days" in the pack's language ("120 dni"); "" when it is not a count the strings know."""
    number, _, unit = count.partition(" ")
    if not number.isdigit():
        return ""
    unit = unit.removesuffix("s") if unit not in _UNITS else unit
    key = _UNITS.get(unit)
    if key is None:
        return ""
    n = int(number)
    forms: list[str] = s.raw(f"units.{key}")
    return forms[_plural(n, s.lang, len(forms))].format(n=n)


def _plural(n: int, lang: str, forms: int) -> int:
    if forms == 3 and lang == "pl":
        if n == 1:
            return 0
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return 1
        return 2
    return 0 if n == 1 else forms - 1


def deadline_line(
    case: Case, charges: Sequence[Purchase], deadlines: Sequence[Deadline], s: PackStrings
) -> str:
    """The last day to file the claim: the filing rule's soonest date over the disputed charges,
    what it counts from, and whether it has passed. "" when no filing rule gives a date."""
    filing = [d for d in deadlines if d.rule_id in FILING_RULES and d.kind == "deadline"]
    if not filing:
        return ""
    ground = rail_ground(case, charges)
    preferred = [
        d
        for d in filing
        if ground is not None
        and ground.id == "sepa_unauthorised"
        and d.rule_id in ("sepa-after-revocation", "eu-unauthorised")
    ]
    pool = preferred or filing
    # The soonest date not yet passed (the charges still in time), else the last one, passed.
    open_ = [d for d in pool if not d.past]
    chosen = min(open_, key=lambda d: d.due) if open_ else max(pool, key=lambda d: d.due)
    same = [d for d in filing if d.rule_id == chosen.rule_id and d.past == chosen.past]
    passed = [d for d in filing if d.rule_id == chosen.rule_id and d.past and not chosen.past]
    count = _count_words(chosen.count, s)
    names: dict[str, str] = s.raw("counted_from")
    counted = names.get(chosen.counted_from, "")
    if chosen.charge is not None and chosen.counted_from in ("charge", "last_charge"):
        start = s("deadline_from_charge", date=s.long_date(chosen.charge.date))
    else:
        start = counted
    detail = s("deadline_count", count=count, start=start) if count and start else ""
    if len(same) > 1:
        detail = s("deadline_earliest", detail=detail, n=len(same)) if detail else ""
    line = s("deadline_line", date=s.long_date(chosen.due))
    if detail:
        line += f" ({detail})"
    if chosen.past:
        line += " " + s("deadline_passed")
    elif passed:
        line += "; " + s("deadline_some_passed", n=len(passed))
    return line + "."


def declaration(case: Case, claim: Claim, s: PackStrings, prepared_on: date) -> tuple[list[str], str]:
    """The cardholder's declaration for the reason and rail, and the place and date it is signed."""
    holder = (case.customer.cardholder_name or "").strip()
    name = mask_sensitive((case.customer_name or "").strip())
    company = case.customer.kind is not None and case.customer.kind.value == "company"
    if company and holder and name:
        intro = s("decl_intro_company", name=mask_sensitive(holder), company=name)
    elif name or holder:
        intro = s("decl_intro", name=name or mask_sensitive(holder))
    else:
        intro = s("decl_intro_anonymous")
    card = rail_of(case) == PaymentMethod.CARD.value
    reason = case.reason
    lines = [intro]
    if reason is Reason.UNAUTHORIZED:
        lines.append(s("decl.unauthorized_card" if card else "decl.unauthorized"))
        if card:
            lines.append(s("decl.card_possession"))
    elif reason is not Reason.OTHER:
        lines.append(s(f"decl.{reason.value}"))
    if claim.refunded is not None:
        lines.append(s("decl_refunded_part", amount=s.money(claim.refunded, claim.refunded_currency)))
    else:
        lines.append(s("decl_not_refunded"))
    lines.append(s("decl_true"))
    city = case.customer.city_apart() or (case.customer.city or "").strip()
    day = s.letter_date(prepared_on, case.country)  # as a letter dates its signature
    place = s("decl_place_date", place=city, date=day) if city else s("decl_date", date=day)
    return [mask_sensitive(line) for line in lines], mask_sensitive(place)


def page_one(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    exhibits: Sequence[ExhibitInfo],
    claim: Claim,
    s: PackStrings,
    *,
    prepared_on: date,
    deadlines: Sequence[Deadline] = (),
) -> PageOne:
    charges = [f.purchase for f in claim.total.figures]
    lines, signature = declaration(case, claim, s, prepared_on)
    return PageOne(
        code=code_line(case, charges, s),
        facts=key_facts(case, purchases, communications, exhibits, claim, s),
        last_answer=last_answer(communications, exhibits, s),
        deadline=deadline_line(case, charges, deadlines, s),
        declaration=lines,
        signature=signature,
        card_rail=rail_of(case) in ("", PaymentMethod.CARD.value),
    )
