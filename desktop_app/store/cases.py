"""The cases: their rows, and what the case list and the agenda read of all of them at once."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop_app.domain.models import Case
from desktop_app.errors import NotFoundError
from desktop_app.i18n import translate
from desktop_app.store.rows import CASES
from desktop_app.store.sql import Sql, iso, one_case

# Fields the store sets itself: the id on insert, the times on insert and update.
_OWN = ("id", "created_at", "updated_at")


def _empty_digest() -> dict[str, Any]:
    return {
        "evidence_kinds": set(),
        "charges": 0,
        "disputed_charges": 0,
        "charges_after_cancellation": 0,
        "contacts": 0,
        "outgoing_contacts": 0,
        "incoming_contacts": 0,
        "promises": 0,
        "charges_with_code": 0,
        "charges_agreed": 0,
        "disputed_agreed": 0,
        "charges_lined": 0,
        "disputed_lined": 0,
        "charges_after_revocation": 0,
        "charges_dated": 0,
        "disputed_dated": 0,
        "answers": 0,
        "unkept_promise": None,
    }


_BLANK = "char(32, 9, 10, 13)"
# A charge's statement line: its descriptor, or a statement filed as its evidence.
_LINED = (
    f"(trim(coalesce(p.statement_descriptor, ''), {_BLANK}) != '' OR EXISTS (SELECT 1 FROM evidence e"
    " WHERE e.purchase_id = p.id AND e.kind = 'statement' AND e.trashed_at IS NULL))"
)


class CaseRepository:
    """``store.cases``: get, all, insert, update, set_flags, touch; and for the case list and the
    agenda, in a few queries whatever the number of cases: evidence_counts, digests,
    next_deadlines."""

    def __init__(self, sql: Sql) -> None:
        self._sql = sql

    def get(self, case_id: int) -> Case:
        row = self._sql.row("SELECT * FROM cases WHERE id = ?", [case_id])
        if row is None:
            raise NotFoundError(
                translate("Store", "There is no case {case_id}; 'dossier cases' lists them.").format(
                    case_id=case_id
                )
            )
        return CASES.from_row(row)

    def all(self, *, include_trashed: bool = False, trashed_only: bool = False) -> list[Case]:
        """Live cases (default), every case, or the trashed ones; the latest changed first."""
        where = (
            "WHERE trashed_at IS NOT NULL"
            if trashed_only
            else ("" if include_trashed else "WHERE trashed_at IS NULL")
        )
        return self._sql.objects(CASES, f"SELECT * FROM cases {where} ORDER BY updated_at DESC, id DESC")

    def insert(self, case: Case, now: datetime) -> int:
        row = CASES.to_row(case, exclude=_OWN)
        row["created_at"] = iso(case.created_at or now)
        row["updated_at"] = iso(case.updated_at or now)
        return self._sql.insert("cases", row)

    def update(self, case: Case, now: datetime) -> None:
        """Save every field of a case (its id, creation time and flags come from ``case``)."""
        row = CASES.to_row(case, exclude=_OWN)
        row["updated_at"] = iso(now)
        self._sql.update("cases", case.id, row)

    def set_flags(self, case_id: int, *, archived_at: datetime | None, trashed_at: datetime | None) -> None:
        self._sql.write(
            "UPDATE cases SET archived_at = ?, trashed_at = ? WHERE id = ?",
            [iso(archived_at), iso(trashed_at), case_id],
        )

    def touch(self, case_id: int, now: datetime) -> None:
        self._sql.write("UPDATE cases SET updated_at = ? WHERE id = ?", [iso(now), case_id])

    def any_live(self) -> bool:
        """True when the store has a case not in the trash: the window's start asks it before
        offering the sample case, instead of listing every case."""
        return self._sql.row("SELECT 1 FROM cases WHERE trashed_at IS NULL LIMIT 1") is not None

    # ------------------------------------------------------------------ every case at once

    def evidence_counts(self, case_id: int | None = None) -> dict[int, int]:
        """For each case with any (or the one): its live evidence items, in one grouped query. (Its
        communications are the ``contacts`` of :meth:`digests`: the case list reads them there.)"""
        only, params = one_case("case_id", case_id)
        return dict(
            self._sql.execute(
                f"SELECT case_id, count(*) FROM evidence WHERE trashed_at IS NULL{only} GROUP BY case_id",
                params,
            )
        )

    def digests(self, case_id: int | None = None) -> dict[int, dict[str, Any]]:
        """For each case (or the one), what its checklist looks at, in four aggregate queries.

        Keys: evidence_kinds (set), charges, disputed_charges, charges_after_cancellation,
        contacts, outgoing_contacts, incoming_contacts, promises; of the charges: charges_with_code
        (an authorisation code), charges_agreed / disputed_agreed (an agreed amount), charges_lined /
        disputed_lined (a statement line), charges_after_revocation (after the mandate was revoked),
        charges_dated / disputed_dated (an expected delivery);
        of the contacts: answers (a refusal, a final response, a partial acceptance) and
        unkept_promise (the earliest date promised in a contact with no refund or credit dated from
        that contact on; None when there is none).
        """
        only, params = one_case("id", case_id)
        digests = {
            row[0]: _empty_digest()
            for row in self._sql.execute(f"SELECT id FROM cases WHERE 1{only}", params)
        }
        only, params = one_case("case_id", case_id)
        for found, kind in self._sql.execute(
            f"SELECT DISTINCT case_id, kind FROM evidence WHERE trashed_at IS NULL{only}", params
        ):
            digests[found]["evidence_kinds"].add(kind)
        charges_only, params = one_case("p.case_id", case_id)
        for (
            found,
            charges,
            disputed,
            after,
            coded,
            agreed,
            d_agreed,
            lined,
            d_lined,
            revoked,
            dated,
            d_dated,
        ) in self._sql.execute(
            f"""SELECT p.case_id, count(*), sum(p.disputed),
                      sum(c.cancellation_date IS NOT NULL AND p.date > c.cancellation_date),
                      sum(trim(coalesce(p.authorization_code, ''), {_BLANK}) != ''),
                      sum(p.expected_amount IS NOT NULL),
                      sum(p.disputed AND p.expected_amount IS NOT NULL),
                      sum({_LINED}), sum(p.disputed AND {_LINED}),
                      sum(c.mandate_revoked_date IS NOT NULL AND p.date > c.mandate_revoked_date),
                      sum(p.expected_delivery IS NOT NULL),
                      sum(p.disputed AND p.expected_delivery IS NOT NULL)
               FROM purchases p JOIN cases c ON c.id = p.case_id
               WHERE p.trashed_at IS NULL AND p.kind = 'charge'"""
            + charges_only
            + " GROUP BY p.case_id",
            params,
        ):
            digests[found].update(
                charges=charges,
                disputed_charges=disputed,
                charges_after_cancellation=after,
                charges_with_code=coded,
                charges_agreed=agreed,
                disputed_agreed=d_agreed,
                charges_lined=lined,
                disputed_lined=d_lined,
                charges_after_revocation=revoked,
                charges_dated=dated,
                disputed_dated=d_dated,
            )
        for found, contacts, outgoing, incoming, promises, answers, unkept in self._sql.execute(
            f"""SELECT case_id, count(*), sum(direction = 'outgoing'), sum(direction = 'incoming'),
                      sum(trim(coalesce(promised_action, ''), {_BLANK}) != ''),
                      sum(coalesce(answer, '') IN ('refused', 'final_response', 'partly_accepted')),
                      min(CASE WHEN promised_by IS NOT NULL AND NOT EXISTS (
                          SELECT 1 FROM purchases r WHERE r.case_id = communications.case_id
                          AND r.trashed_at IS NULL AND r.kind IN ('refund', 'credit')
                          AND r.date >= substr(communications.at, 1, 10)) THEN promised_by END)
               FROM communications WHERE trashed_at IS NULL"""
            + only
            + " GROUP BY case_id",
            params,
        ):
            digests[found].update(
                contacts=contacts,
                outgoing_contacts=outgoing,
                incoming_contacts=incoming,
                promises=promises,
                answers=answers,
                unkept_promise=date.fromisoformat(unkept) if unkept else None,
            )
        return digests

    def next_deadlines(self, case_id: int | None = None) -> dict[int, date]:
        """For each case with one (or the one): the earliest due date of a task not yet done."""
        only, params = one_case("case_id", case_id)
        return {
            row[0]: date.fromisoformat(row[1])
            for row in self._sql.execute(
                "SELECT case_id, min(due) FROM tasks"
                f" WHERE done_at IS NULL AND trashed_at IS NULL AND due IS NOT NULL{only} GROUP BY case_id",
                params,
            )
        }
