"""What a run of the benchmark measures: its scenarios and how often."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.projects import Scenario

#: The contenders built with -j 1 and -j 2.
PARALLEL = ("ours", "handwritten")


@dataclass(frozen=True)
class Plan:
    """What one run measures."""

    scenarios: tuple[Scenario, ...]
    #: The multi-page scenario of the rebuild and ``-j`` measurements.
    rebuilt: Scenario
    runs: int


FULL = Plan(
    scenarios=(Scenario(7, 1), Scenario(1000, 1), Scenario(1000, 50), Scenario(5000, 1)),
    rebuilt=Scenario(1000, 50),
    runs=3,
)
QUICK = Plan(scenarios=(Scenario(7, 1), Scenario(200, 10)), rebuilt=Scenario(200, 10), runs=1)
