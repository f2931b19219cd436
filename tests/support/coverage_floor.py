"""Fail when a module of desktop_app has less than 80 % of its lines covered by the suite.

``make test`` runs it after pytest (which wrote the coverage data with
pytest-cov): ``python tests/support/coverage_floor.py [--floor 80] [--data .coverage]``.
Every module of desktop_app counts, also one no test imports (it is at 0 %).
Prints the modules below the floor, with their figure and missed lines, and exits 1
if there is any; exits 2 when there is no coverage data to read.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import coverage
from coverage.exceptions import NoSource

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"
FLOOR = 80.0


@dataclass(frozen=True)
class Figure:
    module: str
    statements: int
    missed: int

    @property
    def percent(self) -> float:
        return 100.0 * (self.statements - self.missed) / self.statements if self.statements else 100.0


def figures(data_file: Path) -> list[Figure]:
    """Line coverage of every module of desktop_app, from the data pytest-cov wrote."""
    cov = coverage.Coverage(data_file=str(data_file), config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    found: list[Figure] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        try:
            _, statements, _, missing, _ = cov.analysis2(str(path))
        except NoSource:  # pragma: no cover - a file removed since the run
            continue
        found.append(Figure(str(path.relative_to(ROOT)), len(statements), len(missing)))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, default=FLOOR, help="the least line coverage, in percent")
    parser.add_argument("--data", type=Path, default=ROOT / ".coverage", help="the coverage data file")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"coverage floor: no coverage data at {args.data} (run pytest --cov first)", file=sys.stderr)
        return 2
    below = [f for f in figures(args.data) if f.percent < args.floor]
    if not below:
        print(f"coverage floor: every module of desktop_app is at {args.floor:g} % or more")
        return 0
    print(f"coverage floor: {len(below)} module(s) of desktop_app below {args.floor:g} % line coverage:")
    for f in sorted(below, key=lambda f: f.percent):
        print(f"  {f.percent:5.1f} %  {f.module}  ({f.missed} of {f.statements} lines not run)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
