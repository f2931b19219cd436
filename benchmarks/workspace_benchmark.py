"""Benchmark: open a big store to a usable window, and filter the case list as you type.

    .venv/bin/python -m benchmarks.workspace_benchmark [--cases 2000] [--communications 50000]

Runs Qt offscreen (QT_QPA_PLATFORM=offscreen unless a platform is set).
"Usable" means: the window is shown, the case list is filled and the first
case's page is on screen. Filtering types a merchant's name one key at a
time and times each key from the key press to the filtered list.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

MERCHANTS = [
    "StreamNova",
    "FitLife Łódź",
    "Telefónica Móviles",
    "Orange Polska",
    "Free Mobile",
    "Allegro",
    "Vodafone España",
    "CloudBox",
    "GymPlus",
    "Zalando",
    "Ryanair",
    "Booking",
]


def populate(root: Path, cases: int, communications: int) -> None:
    from desktop_app.domain.models import Case, Communication, Merchant, Purchase, Task
    from desktop_app.domain.vocab import Channel, Direction, Reason
    from desktop_app.store.store import Store, utc_now

    rng = random.Random(7)
    now = utc_now()
    reasons = list(Reason)
    with Store.open(root) as store, store.transaction():
        for n in range(cases):
            merchant = rng.choice(MERCHANTS)
            case_id = store.insert_case(
                Case(
                    title=f"{merchant}: dispute {n}",
                    merchant=Merchant(merchant),
                    reason=rng.choice(reasons),
                    currency="EUR",
                    disputed_amount=Decimal(rng.randint(500, 50000)) / 100,
                ),
                now,
            )
            store.insert_purchase(
                case_id, Purchase(date(2026, 1, 1) + timedelta(days=n % 300), Decimal("19.99"), "EUR")
            )
            store.insert_task(
                case_id, Task(title="Chargeback window", due=date(2027, 1, 1) + timedelta(days=n % 90))
            )
            for k in range(communications // cases):
                store.insert_communication(
                    case_id,
                    Communication(
                        at=datetime(2026, 3, 1, tzinfo=UTC) + timedelta(hours=k * 7 + n),
                        channel=rng.choice(list(Channel)),
                        direction=rng.choice(list(Direction)),
                        representative="Agent",
                        reference=f"TCK-{n}-{k}",
                        summary="Asked again for the refund.",
                    ),
                    k,
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--communications", type=int, default=50000)
    parser.add_argument("--filter", default="telefonica m")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "store"
        started = time.perf_counter()
        populate(root, args.cases, args.communications)
        print(
            f"# made a store of {args.cases} cases and {args.communications} communications "
            f"in {time.perf_counter() - started:.1f} s"
        )

        from PySide6.QtCore import QSettings, Qt
        from PySide6.QtTest import QTest

        from desktop_app.services import Services
        from desktop_app.ui.app import create_application
        from desktop_app.ui.main_window import MainWindow

        app = create_application()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        start = time.perf_counter()
        services = Services.open(root, interface="gui")
        window = MainWindow(services, settings)
        window.show()
        app.processEvents()
        usable = time.perf_counter() - start
        assert window.case_proxy.rowCount() == args.cases and window.current_case_id() is not None

        times = []
        window.filter_edit.setFocus()
        for char in args.filter:
            t0 = time.perf_counter()
            if char.isascii():
                QTest.keyClick(window.filter_edit, char)
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
        shown = window.case_proxy.rowCount()
        QTest.keyClick(window.filter_edit, Qt.Key.Key_Escape)
        window.close()
        services.close()
        print("| measure | value |")
        print("|---|---|")
        print(f"| open the store to a usable window | {usable:.2f} s |")
        mean, slowest = statistics.mean(times), max(times)
        print(f"| filter, per key (mean / slowest of {len(times)}) | {mean:.0f} ms / {slowest:.0f} ms |")
        print(f"| cases left after typing “{args.filter}” | {shown} of {args.cases} |")
        print(f"| peak RSS | {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
