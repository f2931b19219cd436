"""Benchmark: import a generated mbox (a Takeout-sized export) and measure speed and memory.

    .venv/bin/python -m benchmarks.mail_benchmark [--messages 10000] [--scales 1,10]

For each scale, writes an mbox of N x messages (every fifth with a PDF
attachment of its own, about 20 KB; bodies of 1 to 3 KB in French, Spanish and
Polish), then imports it into a new store in a fresh child process with
``dossier email import``'s service, and reports messages per second and the
child's peak RSS. Memory must stay flat as the mbox grows: the mbox is read
one message at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

WORDS = [
    "reklamacja",
    "zwrot",
    "płatność",
    "Łódź",
    "zażółć",
    "gęślą",
    "jaźń",
    "résiliation",
    "prélèvement",
    "remboursement",
    "facture",
    "abonnement",
    "devolución",
    "cargo",
    "factura",
    "suscripción",
    "señor",
    "invoice",
    "refund",
    "charge",
]


def pdf_like(number: int, rng: random.Random) -> bytes:
    """A small PDF-shaped file, different for every message (as real invoices are)."""
    body = bytes(rng.getrandbits(8) for _ in range(20_000))
    return b"%PDF-1.4\n% invoice " + str(number).encode() + b"\n" + body + b"\n%%EOF\n"


def write_mbox(path: Path, count: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    with open(path, "wb") as out:
        for n in range(count):
            message = EmailMessage()
            message["From"] = f"Support {n % 7} <support{n % 7}@shop{n % 3}.example>"
            message["To"] = "me@example.org"
            message["Subject"] = f"Re: ticket {n} " + " ".join(rng.choice(WORDS) for _ in range(4))
            message["Date"] = f"Mon, {1 + n % 28:02d} Jun 2026 {n % 24:02d}:{n % 60:02d}:00 +0200"
            message["Message-ID"] = f"<bench-{n}@shop.example>"
            message.set_content(" ".join(rng.choice(WORDS) for _ in range(rng.randint(120, 360))) + "\n")
            if n % 5 == 0:
                message.add_attachment(
                    pdf_like(n, rng), maintype="application", subtype="pdf", filename=f"invoice-{n}.pdf"
                )
            out.write(b"From MAILER-DAEMON Mon Jun  1 00:00:00 2026\n")
            data = message.as_bytes(policy=SMTP).replace(b"\r\n", b"\n")
            out.write(data.replace(b"\nFrom ", b"\n>From ") + b"\n\n")
    return path.stat().st_size


def child(store: str, mbox: str) -> None:
    from desktop_app.domain.models import Case, Merchant
    from desktop_app.domain.vocab import Reason
    from desktop_app.services import Services

    with Services.open(store, interface="benchmark") as services:
        case_id = services.create_case(Case("Benchmark", Merchant("Shop"), Reason.OTHER, "EUR"))
        started = time.perf_counter()
        result = services.import_emails(case_id, [Path(mbox)])
        seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "imported": result.imported_count,
                "attachments": result.attachment_count,
                "problems": result.problems.total,
                "seconds": seconds,
                "peak_rss_mb": peak_kb / 1024,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--scales", default="1,10", help="multiples of --messages to import, e.g. 1,10")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    print("| messages | mbox size (MB) | imported | attachments | time (s) | messages/s | peak RSS (MB) |")
    print("|---|---|---|---|---|---|---|")
    for scale in (int(x) for x in args.scales.split(",")):
        count = args.messages * scale
        with tempfile.TemporaryDirectory(prefix="dossier-mail-bench-") as tmp:
            mbox = Path(tmp) / "takeout.mbox"
            size = write_mbox(mbox, count)
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.mail_benchmark",
                    "--child",
                    str(Path(tmp) / "store"),
                    str(mbox),
                ],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            rate = figures["imported"] / figures["seconds"]
            print(
                f"| {count:,} | {size / 1e6:.0f} | {figures['imported']:,} | {figures['attachments']:,} "
                f"| {figures['seconds']:.0f} | {rate:.0f} | {figures['peak_rss_mb']:.0f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
