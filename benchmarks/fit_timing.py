"""Benchmark: how long the big case takes to learn whether it fits a profile.

    .venv/bin/python -m benchmarks.fit_timing [--screenshots 120] [--pdfs 25] [--communications 200]
        [--profile mastercard] [--repeats 5] [--profile-calls] [--work DIR]

The case is benchmarks/pack_benchmark.py's ``make_case``. Timed, in this process, after the store
is opened and the case imported (imports excluded, every module warmed by one untimed run):

- ``Services.fit_plan(case, PackOptions(profile=..., fit=True))``: the plan the export dialog shows;
- the refusal of ``dossier pack --profile mastercard`` (no --fit): ``Services.pack_job(...).run()``,
  what the command runs, raising PackRefused before any image is rendered.

CPU seconds (time.process_time) are printed as medians of ``--repeats`` runs, beside the floor of
the host: the CPU time of ``python -c pass`` in a child process. "First asked": the measures the
planner keeps (pack/fitting.py ``forget_measures``) forgotten before each run, as in a new
``dossier pack``; "asked again": the window asking once more after a change. The issue asks for the big case's
answer within 2 s; the test suite has no timed assertion (the host is shared and noisy).
``--profile-calls`` prints a cProfile of one run of each instead.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.pack_benchmark import UNLOCK, make_case


def cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def python_floor() -> float:
    """CPU seconds of ``python -c pass`` (the interpreter's start), in a child process."""
    before = os.times()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshots", type=int, default=120)
    parser.add_argument("--pdfs", type=int, default=25)
    parser.add_argument("--communications", type=int, default=200)
    parser.add_argument("--profile", default="mastercard")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--profile-calls", action="store_true")
    parser.add_argument("--work", type=Path)
    args = parser.parse_args(argv)

    from desktop_app.pack.builder import PackOptions, PackRefused
    from desktop_app.pack.fitting import forget_measures
    from desktop_app.pack.profiles import PROFILES
    from desktop_app.services import Services

    root = Path(tempfile.mkdtemp(prefix="fit-timing-", dir=args.work))
    case_file = make_case(root / "case", args.screenshots, args.pdfs, args.communications)
    profile = PROFILES[args.profile]
    with Services.open(root / "store", unlock=UNLOCK) as services:
        services.import_case_file(case_file)
        case_id = services.list_cases()[0].id

        def plan() -> object:
            return services.fit_plan(case_id, PackOptions(profile=profile, fit=True))

        def refusal() -> object:
            try:
                services.pack_job(case_id, root / "pack.pdf", PackOptions(profile=profile)).run()
            except PackRefused as refused:
                return refused
            raise SystemExit(f"the {profile.label} pack was written: this case is no refusal to time")

        if args.profile_calls:
            for name, work in (("fit_plan", plan), ("refusal", refusal)):
                profiler = cProfile.Profile()
                profiler.enable()
                work()
                profiler.disable()
                print(f"--- {name}")
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            return 0

        def cold(work: Callable[[], object]) -> float:
            forget_measures()
            return cpu(work)

        result = plan()
        print(f"fit_plan: {result}")
        print(f"refusal: {refusal()}")
        plans = [cold(plan) for _ in range(args.repeats)]
        refusals = [cold(refusal) for _ in range(args.repeats)]
        again = [cpu(plan) for _ in range(args.repeats)]
    floors = [python_floor() for _ in range(args.repeats)]
    print()
    print(
        f"Case: {args.screenshots} screenshots, {args.pdfs} PDFs, {args.communications} communications; "
        f"profile {profile.label}; medians of {args.repeats} runs (CPU seconds)"
    )
    print()
    print("| what | CPU s (median) | runs |")
    print("|---|---|---|")
    for name, runs in (
        ("Services.fit_plan (first asked)", plans),
        (f"refusal of `dossier pack --profile {args.profile}` (first asked)", refusals),
        ("Services.fit_plan asked again (the window, at each change)", again),
        ("`python -c pass` (floor)", floors),
    ):
        print(f"| {name} | {statistics.median(runs):.2f} | {', '.join(f'{r:.2f}' for r in runs)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
