"""Benchmark: the pack of a large generated case, its CPU time, peak memory and size, against a floor.

    .venv/bin/python -m benchmarks.pack_benchmark [--screenshots 120] [--pdfs 25] [--communications 200]
        [--profiles none,mastercard] [--repeats 3] [--scan 40,120,240] [--no-floor] [--work DIR]

The case: screenshots of 1920x1080 with noisy content, PDF exhibits of 1 to
10 pages, and many communications. Every build runs in a fresh child process,
so that its peak RSS (ru_maxrss, read with os.wait4 for that child alone) is its
own; its CPU time is the child's own count (time.process_time) around the pack
job, store opening and imports excluded.

The floor (benchmarks/pack_floor.py, needs ``pip install -e '.[bench]'`` for
img2pdf) does, for the same files, in the same run: Pillow decode and JPEG
re-encode of the screenshots, img2pdf embedding of the JPEGs, pypdf
concatenation of the PDFs. Dossier and the floor run alternately, ``--repeats``
times each, and the medians are reported with their ratio; the host is noisy,
so only medians of alternating runs are worth comparing. ``--scan`` builds
cases of those many screenshots (same PDFs and communications) to show how
peak RSS grows. Results go to stdout as Markdown tables (docs/performance.md
keeps the figures).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import random
import shutil
import statistics
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


LAZY_IMPORTS = (
    "desktop_app.pack.builder",
    "desktop_app.pack.memory",
    "desktop_app.domain.exhibit_order",
    "desktop_app.domain.holidays",
    "holidays",
    "pillow_heif",
    "pypdfium2",
)


def build_one(store: Path, profile: str, out: Path) -> dict[str, object]:
    from desktop_app.pack.builder import PackOptions, PackRefused
    from desktop_app.pack.profiles import PROFILES
    from desktop_app.services import Services

    # What the pack job imports on first use, imported here: the CPU time counted is the build's,
    # imports left out, as the floor's are (it imports Pillow, img2pdf and pypdf before its clock).
    for module in LAZY_IMPORTS:
        importlib.import_module(module)
    with Services.open(store, unlock=UNLOCK) as services:
        case_id = services.list_cases()[0].id
        start, cpu = time.perf_counter(), time.process_time()
        try:
            # the job `dossier pack` and the window's Export run
            result = services.pack_job(case_id, out, PackOptions(profile=PROFILES[profile])).run()
        except PackRefused as refusal:
            return {
                "profile": profile,
                "wall": time.perf_counter() - start,
                "cpu": time.process_time() - cpu,
                "files": 0,
                "pages": 0,
                "size_mb": 0,
                "settings": f"refused: {str(refusal)[:160]}…",
            }
        return {
            "profile": profile,
            "wall": time.perf_counter() - start,
            "cpu": time.process_time() - cpu,
            "files": len(result.files),
            "pages": sum(f.pages for f in result.files),
            "size_mb": round(sum(f.size for f in result.files) / 1e6, 2),
            "settings": result.settings,
        }


ROOT = Path(__file__).resolve().parents[1]


def run_child(args: list[str]) -> dict[str, object]:
    """One fresh process; its last stdout line is JSON. Adds its own peak RSS (MB) and whole-process CPU
    time (imports and store opening included), read with os.wait4 for that child alone."""
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", *args], stdout=subprocess.PIPE, stderr=errors, text=True, cwd=ROOT
        )
        assert process.stdout is not None
        stdout = process.stdout.read()
        process.stdout.close()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            errors.seek(0)
            tail = errors.read().strip().splitlines()[-1:] or [f"exit status {process.returncode}"]
            return {"failed": tail[0]}
    result: dict[str, object] = json.loads(stdout.strip().splitlines()[-1])
    result["peak_rss_mb"] = usage.ru_maxrss / 1024  # kB on Linux
    result["process_cpu"] = usage.ru_utime + usage.ru_stime
    return result


def prepare(root: Path, screenshots: int, pdfs: int, communications: int) -> tuple[Path, Path]:
    """The case's files and an encrypted store holding it, generated once under ``root``."""
    folder = root / f"case-{screenshots}-{pdfs}-{communications}"
    store = folder / "store"
    if (folder / "ready").exists():
        return folder / "case" / "files", store
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    case_file = make_case(folder / "case", screenshots, pdfs, communications)
    from desktop_app.services import Services

    with Services.open(store, unlock=UNLOCK) as services:
        services.import_case_file(case_file)
    (folder / "ready").write_text("")
    print(
        f"# generated and imported the case in {time.perf_counter() - started:.0f} s: "
        f"{screenshots} screenshots 1920x1080, {pdfs} PDFs, {communications} communications",
        flush=True,
    )
    return folder / "case" / "files", store


def median(runs: list[dict[str, object]], key: str) -> float:
    return statistics.median(float(r[key]) for r in runs)  # type: ignore[arg-type]


def compare(
    files: Path, store: Path, out: Path, repeats: int, with_floor: bool
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Dossier (profile "none") and the floor, alternately, ``repeats`` times each."""
    dossier: list[dict[str, object]] = []
    floor: list[dict[str, object]] = []
    pack = out / "none.pdf"
    for repeat in range(repeats):
        order = ("dossier", "floor") if repeat % 2 == 0 else ("floor", "dossier")
        for who in order:
            if who == "dossier":
                dossier.append(
                    run_child(["benchmarks.pack_benchmark", "--child", str(store), "none", str(pack)])
                )
                for written in out.glob("none*"):  # the pack, its .sha256 (or its parts)
                    written.unlink()
            elif with_floor:
                floor.append(run_child(["benchmarks.pack_floor", str(files), str(out / "floor")]))
                shutil.rmtree(out / "floor", ignore_errors=True)
    return dossier, floor


def failed(runs: list[dict[str, object]]) -> str | None:
    return next((str(r["failed"]) for r in runs if "failed" in r), None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshots", type=int, default=120)
    parser.add_argument("--pdfs", type=int, default=25)
    parser.add_argument("--communications", type=int, default=200)
    parser.add_argument("--profiles", default="none,mastercard")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each build (medians are reported)")
    parser.add_argument("--scan", default="", help="screenshot counts to build too, e.g. 40,120,240")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor (img2pdf not installed)")
    parser.add_argument("--work", type=Path, help="keep the generated cases here and reuse them")
    parser.add_argument("--child", nargs=3, metavar=("STORE", "PROFILE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(build_one(Path(args.child[0]), args.child[1], Path(args.child[2]))))
        return 0
    with_floor = not args.no_floor
    if with_floor and importlib.util.find_spec("img2pdf") is None:
        print("# img2pdf is not installed (pip install -e '.[bench]'): no floor")
        with_floor = False
    with tempfile.TemporaryDirectory() as tmp:
        root = args.work or Path(tmp)
        out = Path(tmp) / "out"
        out.mkdir()
        _, store = prepare(root, args.screenshots, args.pdfs, args.communications)
        print(f"\n## Profiles ({args.screenshots} screenshots), median of {args.repeats} runs\n")
        print("| profile | wall time (s) | CPU (s) | peak RSS (MB) | files | pages | size (MB) | images |")
        print("|---|---|---|---|---|---|---|---|")
        main_runs: dict[str, list[dict[str, object]]] = {}
        for profile in args.profiles.split(","):
            if profile == "none":
                continue  # built below, alternately with the floor
            runs = []
            for _ in range(args.repeats):
                runs.append(
                    run_child(
                        ["benchmarks.pack_benchmark", "--child", str(store), profile, str(out / "p.pdf")]
                    )
                )
                for written in out.glob("p*"):
                    written.unlink()
            main_runs[profile] = runs
        counts = [args.screenshots] + [
            int(n) for n in args.scan.split(",") if n and int(n) != args.screenshots
        ]
        compared: dict[int, tuple[list[dict[str, object]], list[dict[str, object]]]] = {}
        for count in counts:
            case_files, case_store = prepare(root, count, args.pdfs, args.communications)
            compared[count] = compare(case_files, case_store, out, args.repeats, with_floor)
        if "none" in args.profiles.split(","):
            main_runs = {"none": compared[args.screenshots][0], **main_runs}
        for profile, runs in main_runs.items():
            problem = failed(runs)
            if problem:
                print(f"| {profile} | failed: {problem} |")
                continue
            last = runs[-1]
            print(
                f"| {profile} | {median(runs, 'wall'):.1f} | {median(runs, 'cpu'):.1f} | "
                f"{median(runs, 'peak_rss_mb'):.1f} | {last['files']} | {last['pages']} | "
                f"{last['size_mb']} | {last['settings']} |"
            )
        if not with_floor:
            return 0
        print(
            f'\n## Against the floor: profile "none", {args.pdfs} PDFs, {args.communications} '
            f"communications; median of {args.repeats} alternating runs\n"
        )
        print(
            "| screenshots | Dossier CPU (s) | floor CPU (s) | ratio | Dossier peak RSS (MB) | "
            "floor peak RSS (MB) | Dossier wall (s) | floor wall (s) |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for count in sorted(compared):
            dossier, floor = compared[count]
            problem = failed(dossier) or failed(floor)
            if problem:
                print(f"| {count} | failed: {problem} |")
                continue
            ratio = median(dossier, "cpu") / median(floor, "cpu")
            print(
                f"| {count} | {median(dossier, 'cpu'):.2f} | {median(floor, 'cpu'):.2f} | {ratio:.2f}x | "
                f"{median(dossier, 'peak_rss_mb'):.1f} | {median(floor, 'peak_rss_mb'):.1f} | "
                f"{median(dossier, 'wall'):.1f} | {median(floor, 'wall'):.1f} |"
            )
        dossier, floor = compared[args.screenshots]
        if not (failed(dossier) or failed(floor)):
            ratio = median(dossier, "cpu") / median(floor, "cpu")
            peaks = [
                median(compared[c][0], "peak_rss_mb") for c in sorted(compared) if not failed(compared[c][0])
            ]
            print(
                f"\n# ratio {ratio:.2f}x the floor's CPU time (target: at most 1.5x); peak RSS "
                f"{max(peaks):.1f} MB at most (target: at most 150 MB), "
                f"{min(peaks):.1f} to {max(peaks):.1f} MB over {', '.join(str(c) for c in sorted(compared))} "
                "screenshots"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
