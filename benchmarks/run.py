"""Measure Sphinx builds of award cards: ours, handwritten sphinx-design, datatemplates.

Run ``nox -s bench`` (or ``python -m benchmarks.run`` from the repository's root) with
``--quick`` for a reduced set that takes under a minute. Each build is a whole
``sphinx-build`` process of its own, started by ``measure.py``, so its wall time and peak
memory are its own.
The exit status is 1 when a correctness check fails (a build fails or warns, a rebuild
re-reads the wrong pages, ``-j 2`` or ``-j 3`` output differs); timing targets only show in the
tables.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from benchmarks.builds import BuildFailed
from benchmarks.plans import FULL, QUICK
from benchmarks.report import report
from benchmarks.runner import measure, progress

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return 1 if a correctness check failed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a reduced set, under a minute")
    parser.add_argument("--runs", type=int, help="builds of each measurement (median taken)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bench", help="projects and outputs"
    )
    parser.add_argument("--results", type=Path, help="where to write the Markdown report")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.runs:
        plan = dataclasses.replace(plan, runs=args.runs, short_runs=args.runs)
    results_path = args.results or (
        args.work / "results.md" if args.quick else ROOT / "benchmarks" / "results.md"
    )

    before = os.getloadavg()[0]
    try:
        results = measure(plan, args.work.resolve())
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    text = report(plan, results, args.quick, (before, os.getloadavg()[0]))
    print(text)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(text, encoding="utf-8")
    progress(f"Written to {results_path}")
    return 1 if results.problems else 0


if __name__ == "__main__":
    sys.exit(main())
