"""Search across every case: words, accents and case folded."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.domain.text import find_words, search_words
from desktop_app.i18n import translate
from desktop_app.services.core import (
    ServiceCore,
)

if TYPE_CHECKING:
    from desktop_app.services.work_results import CaseHits, SearchHit


class SearchServices(ServiceCore):
    """The use cases of search."""

    def search(self, query: str, limit: int = 200) -> list[CaseHits]:
        """Every record holding all the words of ``query``, grouped by case, best case first.

        Case and accents do not matter, nor the Polish ł: "lodz" finds "Łódź" and "Łodzi".
        """
        from desktop_app.services.work_results import CaseHits, SearchHit

        words = search_words(query)
        grouped: dict[int, list[SearchHit]] = {}
        for kind, item_id, case_id, _rank in self._store.evidence.search(words, limit):
            label, text = self._search_text(kind, item_id)
            snippet, spans, matched = find_words(text, words)
            grouped.setdefault(case_id, []).append(SearchHit(kind, item_id, label, snippet, spans, matched))
        return [
            CaseHits(case_id, self._store.cases.get(case_id).title, hits) for case_id, hits in grouped.items()
        ]

    def _search_text(self, kind: str, item_id: int) -> tuple[str, str]:
        """What a search hit is called, and its whole text as the user wrote or received it."""
        store = self._store
        if kind == "case":
            c = store.cases.get(item_id)
            m = c.merchant
            cu, pay, issuer = c.customer, c.payment, c.issuer
            parts = [c.title, m.name, c.customer_name, m.email, m.phone, m.website, m.address, c.summary]
            parts += [cu.address, cu.email, cu.phone, cu.tax_id, cu.cardholder_name]
            parts += [pay.mandate_reference, pay.creditor_id, issuer.name, issuer.claim_number]
            parts += [issuer.merchant_response]
            return translate("Services", "Case: {title}").format(title=c.title), _lines(parts)
        if kind == "purchase":
            p = store.records.purchase(item_id)
            numbers = [p.order_number, p.invoice_number, p.customer_number, p.po_number, p.authorization_code]
            return (
                translate("Services", "{kind} of {date}").format(kind=p.kind.label, date=p.date.isoformat()),
                _lines([p.description, *numbers, p.statement_descriptor, str(p.amount)]),
            )
        if kind == "communication":
            k = store.records.communication(item_id)
            parts = [k.subject, k.counterpart, k.representative, k.reference, k.summary, k.outcome]
            return (
                (
                    translate("Services", "{kind} of {date}: {subject}")
                    if k.subject
                    else translate("Services", "{kind} of {date}")
                ).format(kind=k.channel.label, date=f"{k.at:%Y-%m-%d}", subject=k.subject),
                _lines([*parts, k.promised_action, k.body]),
            )
        if kind == "evidence":
            e = store.evidence.item(item_id)
            return (
                translate("Services", "{kind}: {title}").format(kind=e.kind.label, title=e.title),
                _lines([e.title, e.original_name, e.note, e.source, store.evidence.text(item_id)]),
            )
        t = store.records.task(item_id)
        return translate("Services", "{kind}: {title}").format(kind=t.kind.label, title=t.title), _lines(
            [t.title, t.note]
        )


def _lines(parts: Iterable[str | None]) -> str:
    return "\n".join(part for part in parts if part)
