"""The floors the workspace benchmark compares Dossier with, each run as a fresh process by path.

    python benchmarks/floor_probe.py window DB KEYHEX ROWS
    python benchmarks/floor_probe.py cases DB KEYHEX

Only sqlcipher3 (and PySide6 for the window) are imported: no desktop_app, no benchmarks package.
``window`` opens the database with the same raw key as Dossier (SQLCipher, no passphrase
derivation), runs the SELECTs the case list is filled from, fills a QStandardItemModel with the
rows, shows it in a QTableView and exits (os._exit) the first time the event loop is about to
wait with the table shown and filled: shown, painted, idle. ``cases`` runs the same SELECTs and
prints a table as ``dossier cases`` does.
"""

from __future__ import annotations

import os
import sys

# What Services.list_cases reads, as the store asks it (store/cases.py: store.cases.all(),
# .evidence_counts(), .next_deadlines(), .digests(); store/records.py: the disputed charges the
# deadlines count from, since issue 15): the floor runs what the case list needs, no more.
# tests/unit/test_floor_probe.py fails when they differ from what the case list runs.
SELECTS = [
    "SELECT * FROM cases WHERE trashed_at IS NULL ORDER BY updated_at DESC, id DESC",
    "SELECT case_id, count(*) FROM evidence WHERE trashed_at IS NULL GROUP BY case_id",
    (
        "SELECT case_id, min(due) FROM tasks WHERE done_at IS NULL AND trashed_at IS NULL AND due IS NOT "
        "NULL GROUP BY case_id"
    ),
    "SELECT id FROM cases WHERE 1",
    "SELECT DISTINCT case_id, kind FROM evidence WHERE trashed_at IS NULL",
    (
        "SELECT p.case_id, count(*), sum(p.disputed), sum(c.cancellation_date IS NOT NULL AND p.date > "
        "c.cancellation_date), sum(trim(coalesce(p.authorization_code, ''), char(32, 9, 10, 13)) != ''), "
        "sum(p.expected_amount IS NOT NULL), sum(p.disputed AND p.expected_amount IS NOT NULL), "
        "sum((trim(coalesce(p.statement_descriptor, ''), char(32, 9, 10, 13)) != '' OR EXISTS (SELECT 1 "
        "FROM evidence e WHERE e.purchase_id = p.id AND e.kind = 'statement' AND e.trashed_at IS NULL))),"
        " sum(p.disputed AND (trim(coalesce(p.statement_descriptor, ''), char(32, 9, 10, 13)) != '' OR "
        "EXISTS (SELECT 1 FROM evidence e WHERE e.purchase_id = p.id AND e.kind = 'statement' AND "
        "e.trashed_at IS NULL))), sum(c.mandate_revoked_date IS NOT NULL AND p.date > "
        "c.mandate_revoked_date), sum(p.expected_delivery IS NOT NULL), sum(p.disputed AND "
        "p.expected_delivery IS NOT NULL) FROM purchases p JOIN cases c ON c.id = p.case_id WHERE "
        "p.trashed_at IS NULL AND p.kind = 'charge' GROUP BY p.case_id"
    ),
    (
        "SELECT case_id, count(*), sum(direction = 'outgoing'), sum(direction = 'incoming'), "
        "sum(trim(coalesce(promised_action, ''), char(32, 9, 10, 13)) != ''), sum(coalesce(answer, '') IN"
        " ('refused', 'final_response', 'partly_accepted')), min(CASE WHEN promised_by IS NOT NULL AND "
        "NOT EXISTS ( SELECT 1 FROM purchases r WHERE r.case_id = communications.case_id AND r.trashed_at"
        " IS NULL AND r.kind IN ('refund', 'credit') AND r.date >= substr(communications.at, 1, 10)) THEN"
        " promised_by END) FROM communications WHERE trashed_at IS NULL GROUP BY case_id"
    ),
    (
        "SELECT * FROM purchases WHERE trashed_at IS NULL AND (kind = 'charge' OR disputed = 1) ORDER BY "
        "case_id, date, position, id"
    ),
]


Rows = list[tuple[object, ...]]
Extra = dict[object, tuple[object, ...]]


def read(db: str, key_hex: str) -> tuple[list[str], Rows, Extra]:
    import sqlcipher3

    conn = sqlcipher3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    cursor = conn.execute(SELECTS[0])
    columns = [d[0] for d in cursor.description]
    cases = cursor.fetchall()
    extra: Extra = {}
    for sql in SELECTS[1:]:
        for row in conn.execute(sql):
            extra[row[0]] = extra.get(row[0], ()) + tuple(row[1:])
    conn.close()
    return columns, cases, extra


def window(db: str, key_hex: str, rows: int) -> None:
    from PySide6.QtCore import QAbstractEventDispatcher
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    columns, cases, extra = read(db, key_hex)
    shown = ["id", "title", "merchant_name", "status", "disputed_amount", "currency", "updated_at"]
    index = [columns.index(name) for name in shown]
    model = QStandardItemModel(len(cases), len(shown) + 1)
    model.setHorizontalHeaderLabels([*shown, "counts"])
    for r, case in enumerate(cases):
        for c, i in enumerate(index):
            model.setItem(r, c, QStandardItem("" if case[i] is None else str(case[i])))
        model.setItem(r, len(shown), QStandardItem(" ".join(str(v) for v in extra.get(case[0], ()))))
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()

    def idle() -> None:
        handle = view.windowHandle()
        if view.isVisible() and handle is not None and handle.isExposed() and model.rowCount() == rows:
            print(f"rows {model.rowCount()}", flush=True)
            os._exit(0)

    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    dispatcher.aboutToBlock.connect(idle)
    app.exec()
    os._exit(3)  # never reached when the table is shown


def cases(db: str, key_hex: str) -> None:
    columns, rows, extra = read(db, key_hex)
    shown = [columns.index(name) for name in ("id", "title", "merchant_name", "status", "disputed_amount")]
    out = [
        "  ".join(str(row[i]) for i in shown) + "  " + " ".join(str(v) for v in extra.get(row[0], ()))
        for row in rows
    ]
    sys.stdout.write("\n".join(out) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1] == "window":
        window(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        cases(sys.argv[2], sys.argv[3])
