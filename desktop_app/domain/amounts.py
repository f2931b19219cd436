"""The three figures of a disputed charge, and the case's disputed total. No I/O.

A bank asks, for each charge, what was charged, what was agreed and what is
disputed. 12 licences billed instead of 2: 1 440,00 charged, 240,00 agreed,
1 200,00 disputed. Every place that states an amount (the window, the pack,
the letters, the command line) takes it from here, so that they agree.

- *charged* is the charge's amount;
- *agreed* is ``Purchase.expected_amount``, when the user gave it;
- *disputed* is ``Purchase.disputed_amount`` when the user gave it, else the
  charged minus the agreed amount, else the whole charge.

The charges in dispute are the ones marked disputed; when none is marked,
every charge of kind ``charge``. The case's disputed total is the sum of
their disputed figures; only a case with no such charge falls back on the
case's own ``disputed_amount``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.domain.models import Case, Purchase
from desktop_app.domain.vocab import PurchaseKind
from desktop_app.i18n import translate


@dataclass(frozen=True)
class Figures:
    """One charge's three figures, in the charge's currency."""

    purchase: Purchase
    charged: Decimal
    agreed: Decimal | None
    disputed: Decimal
    disputed_given: bool  # the user gave the disputed figure (it was not worked out)


@dataclass(frozen=True)
class Total:
    """The case's disputed total. ``amount`` None: no figure can be given (``note`` says why)."""

    amount: Decimal | None
    currency: str
    from_charges: bool  # the sum of the charges' disputed figures (else the case's own figure)
    figures: tuple[Figures, ...]
    note: str = ""  # where the case's own figure differs from the charges', or currencies mix


def figure_problems(purchase: Purchase) -> list[str]:
    """Why the charge's figures cannot all be true, in words naming what was read (in the process's
    language); [] when sound."""
    return [problem for _field, problem in figure_field_problems(purchase)]


def figure_field_problems(purchase: Purchase) -> list[tuple[str, str]]:
    """:func:`figure_problems`, each with the field of the charge it is about (``expected_amount``
    or ``disputed_amount``)."""
    problems: list[tuple[str, str]] = []
    amount, agreed, disputed, cur = (
        purchase.amount,
        purchase.expected_amount,
        purchase.disputed_amount,
        purchase.currency,
    )
    said = {
        "agreed": f"{agreed} {cur}",
        "disputed": f"{disputed} {cur}",
        "charged": f"{amount} {cur}",
    }
    if agreed is not None and agreed < 0:
        problems.append(
            (
                "expected_amount",
                translate("Amounts", "the agreed amount is never negative ({agreed} was read)"),
            )
        )
    if disputed is not None and disputed < 0:
        problems.append(
            (
                "disputed_amount",
                translate("Amounts", "the disputed amount is never negative ({disputed} was read)"),
            )
        )
    if disputed is not None and disputed > amount:
        problems.append(
            (
                "disputed_amount",
                translate(
                    "Amounts", "the disputed amount ({disputed}) is more than the amount charged ({charged})"
                ),
            )
        )
    if agreed is not None and disputed is None and agreed > amount:
        problems.append(
            (
                "expected_amount",
                translate(
                    "Amounts",
                    "the agreed amount ({agreed}) is more than the amount charged ({charged}): nothing "
                    "would be "
                    "disputed; give the disputed amount if there is one",
                ),
            )
        )
    return [(field, text.format(**said)) for field, text in problems]


def disputed_charges(purchases: Sequence[Purchase]) -> list[Purchase]:
    """The charges in dispute: those marked disputed, or, when none is, every charge."""
    marked = [p for p in purchases if p.disputed]
    if marked:
        return marked
    return [p for p in purchases if p.kind is PurchaseKind.CHARGE]


def figures(purchase: Purchase) -> Figures:
    """The charge's three figures. Call :func:`figure_problems` first: impossible figures are refused
    where they are entered, so here they are only read."""
    if purchase.disputed_amount is not None:
        disputed, given = purchase.disputed_amount, True
    elif purchase.expected_amount is not None:
        disputed, given = purchase.amount - purchase.expected_amount, False
    else:
        disputed, given = purchase.amount, False
    return Figures(purchase, purchase.amount, purchase.expected_amount, disputed, given)


def disputed_total(case: Case, purchases: Sequence[Purchase]) -> Total:
    """The case's disputed total: the sum of its disputed charges' figures, or the case's own figure."""
    chosen = disputed_charges(purchases)
    if not chosen:
        return Total(case.disputed_amount, case.currency, False, ())
    charges = tuple(figures(p) for p in chosen)
    currency = chosen[0].currency
    total = Decimal(0)
    for f in charges:  # a plain loop: the case list works this out for thousands of cases
        if f.purchase.currency != currency:
            currencies = sorted({p.currency for p in chosen})
            return Total(
                None,
                case.currency,
                True,
                charges,
                translate(
                    "Amounts", "the disputed charges are in {currencies}: no single total can be given"
                ).format(currencies=", ".join(currencies)),
            )
        total += f.disputed
    note = ""
    if case.disputed_amount is not None and (case.disputed_amount != total or currency != case.currency):
        note = translate(
            "Amounts",
            "the case's own disputed amount ({own}) differs from the sum of its disputed charges ({total}); "
            "the charges' sum is used",
        ).format(own=f"{case.disputed_amount} {case.currency}", total=f"{total} {currency}")
    return Total(total, currency, True, charges, note)


def shows_figures(f: Figures) -> bool:
    """True when a charge needs its three figures said: something was agreed, or only part is disputed."""
    return f.agreed is not None or f.disputed != f.charged


def figures_text(f: Figures, words: Mapping[str, Any], money: Callable[[Decimal, str], str]) -> str:
    """A charge's figures in ``words["figures"]`` (with an agreed amount) or ``words["figures_no_agreed"]``:
    "charged 1,440.00 PLN, agreed 240.00 PLN, disputed 1,200.00 PLN"."""
    currency = f.purchase.currency
    values = {
        "charged": money(f.charged, currency),
        "disputed": money(f.disputed, currency),
        "agreed": money(f.agreed, currency) if f.agreed is not None else "",
    }
    key = "figures" if f.agreed is not None else "figures_no_agreed"
    return str(words[key]).format(**values)
