"""Benchmark: build the pack of a large generated case and report time, peak memory and size.

    .venv/bin/python -m benchmarks.pack_benchmark [--screenshots 120] [--pdfs 25] [--communications 200]

The case: screenshots of 1920x1080 with noisy content, PDF exhibits of 1 to
10 pages, and many communications. Each profile is built in a fresh child
process so that its peak RSS is its own. Results go to stdout as a Markdown
table (docs/performance.md keeps the figures).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop_app.store.keys import Unlock


def screenshot(seed: int) -> bytes:
    """A 1920x1080 'screenshot': a window, text lines, and a photo-like noisy area."""
    rng = random.Random(seed)
    image = Image.new("RGB", (1920, 1080), (245, 246, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1920, 70), fill=(30, 41, 92))
    for line in range(28):
        y = 110 + line * 32
        draw.rectangle((80, y, 80 + rng.randint(300, 1100), y + 14), fill=(60, 60, 70))
    noise = Image.frombytes("RGB", (760, 640), rng.randbytes(760 * 640 * 3))
    image.paste(noise, (1100, 300))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def pdf_document(seed: int) -> bytes:
    rng = random.Random(seed)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for page in range(rng.randint(1, 10)):
        canvas.setFont("Helvetica", 11)
        for line in range(45):
            canvas.drawString(
                60,
                780 - line * 16,
                f"Statement {seed} page {page + 1} line {line}: " + "x" * rng.randint(10, 60),
            )
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def make_case(folder: Path, screenshots: int, pdfs: int, communications: int) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.support.cases import sample_document

    files = folder / "files"
    files.mkdir(parents=True)
    document = sample_document()
    document["evidence"] = []
    for i in range(screenshots):
        (files / f"screen-{i:03d}.png").write_bytes(screenshot(i))
        document["evidence"].append(
            {"path": f"files/screen-{i:03d}.png", "kind": "screenshot", "title": f"Screen {i}"}
        )
    for i in range(pdfs):
        (files / f"doc-{i:02d}.pdf").write_bytes(pdf_document(i))
        document["evidence"].append(
            {"path": f"files/doc-{i:02d}.pdf", "kind": "statement", "title": f"Statement {i}"}
        )
    base = document["communications"][0]
    document["communications"] = [
        {
            **base,
            "at": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00+01:00",
            "summary": f"Contact {i}: the merchant promised again to look into the refund of 17,99 €.",
        }
        for i in range(communications)
    ]
    path = folder / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# The store is encrypted and each build runs in a child process, where no keyring holds its key:
# the passphrase opens it (before the timed part).
UNLOCK = Unlock(passphrase="benchmark passphrase", use_keyring=False)


def build_one(store: Path, profile: str, out: Path) -> dict[str, object]:
    from desktop_app.pack.builder import PackOptions, PackRefused
    from desktop_app.pack.profiles import PROFILES
    from desktop_app.services import Services

    with Services.open(store, unlock=UNLOCK) as services:
        case_id = services.list_cases()[0].id
        start = time.perf_counter()
        try:
            # the job `dossier pack` and the window's Export run
            result = services.pack_job(case_id, out, PackOptions(profile=PROFILES[profile])).run()
        except PackRefused as refusal:
            return {
                "profile": profile,
                "seconds": round(time.perf_counter() - start, 1),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "files": 0,
                "pages": 0,
                "size_mb": 0,
                "settings": f"refused: {str(refusal)[:160]}…",
            }
        seconds = time.perf_counter() - start
    return {
        "profile": profile,
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "files": len(result.files),
        "pages": sum(f.pages for f in result.files),
        "size_mb": round(sum(f.size for f in result.files) / 1e6, 2),
        "settings": result.settings,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshots", type=int, default=120)
    parser.add_argument("--pdfs", type=int, default=25)
    parser.add_argument("--communications", type=int, default=200)
    parser.add_argument("--profiles", default="none,mastercard")
    parser.add_argument("--child", nargs=3, metavar=("STORE", "PROFILE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(build_one(Path(args.child[0]), args.child[1], Path(args.child[2]))))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        case_file = make_case(root / "case", args.screenshots, args.pdfs, args.communications)
        store = root / "store"
        from desktop_app.services import Services

        with Services.open(store, unlock=UNLOCK) as services:
            services.import_case_file(case_file)
        print(
            f"# generated and imported the case in {time.perf_counter() - started:.0f} s: "
            f"{args.screenshots} screenshots 1920x1080, {args.pdfs} PDFs, "
            f"{args.communications} communications"
        )
        print("| profile | wall time (s) | peak RSS (MB) | files | pages | size (MB) | image settings |")
        print("|---|---|---|---|---|---|---|")
        for profile in args.profiles.split(","):
            child = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.pack_benchmark",
                    "--child",
                    str(store),
                    profile,
                    str(root / f"{profile}.pdf"),
                ],
                capture_output=True,
                text=True,
                check=False,
                cwd=Path(__file__).resolve().parents[1],
            )
            if child.returncode != 0:
                print(f"| {profile} | failed: {child.stderr.strip().splitlines()[-1]} |")
                continue
            r = json.loads(child.stdout.strip().splitlines()[-1])
            print(
                f"| {r['profile']} | {r['seconds']} | {r['peak_rss_mb']} | {r['files']} | {r['pages']} | "
                f"{r['size_mb']} | {r['settings']} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
