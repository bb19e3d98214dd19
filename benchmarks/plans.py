"""What a run of the benchmark measures: its scenarios, how often, and the targets set for them.

Adding a scenario is a change to this file alone: a plan lists it, and a goal here sets a limit
on how ours compares with another contender on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.projects import FLOOR, Scenario

#: The contenders built with each of ``JOBS``; the floor shows what -j gains on the same pages
#: without cards, which bounds what any contender can gain.
PARALLEL = ("ours", "handwritten", FLOOR)
#: The -j values built. Sphinx writes pages with N - 1 processes beside the main one, which
#: resolves each page and indexes it for search: -j 3 is the first with two writers.
JOBS = (1, 2, 3)
#: The target for ``-j 2``: at most this share of the ``-j 1`` time.
PARALLEL_LIMIT = 0.85


@dataclass(frozen=True)
class Plan:
    """What one run measures."""

    scenarios: tuple[Scenario, ...]
    #: The multi-page scenario of the rebuild and ``-j`` measurements.
    rebuilt: Scenario
    runs: int
    #: How often each no-change rebuild runs: they take well under a second, and a tenth of
    #: that is what their targets judge, so more of them are taken.
    rebuild_runs: int


FULL = Plan(
    scenarios=(Scenario(7, 1), Scenario(1000, 1), Scenario(1000, 50), Scenario(5000, 1)),
    rebuilt=Scenario(1000, 50),
    runs=3,
    rebuild_runs=7,
)
QUICK = Plan(
    scenarios=(Scenario(7, 1), Scenario(200, 10)), rebuilt=Scenario(200, 10), runs=1, rebuild_runs=1
)


@dataclass(frozen=True)
class RatioGoal:
    """A target: ours at most ``limit`` times ``other`` on ``scenario``."""

    scenario: Scenario
    other: str
    limit: float
    #: Compare peak memory rather than time.
    memory: bool = False


#: Judged only when the run measured the scenario; the report lists them in this order.
RATIO_GOALS = (
    RatioGoal(Scenario(7, 1), "handwritten", 1.05),
    RatioGoal(Scenario(1000, 50), "handwritten", 1.0),
    RatioGoal(Scenario(1000, 50), "datatemplates", 0.15),
    RatioGoal(Scenario(5000, 1), "handwritten", 0.3),
    RatioGoal(Scenario(5000, 1), "datatemplates", 0.45),
    RatioGoal(Scenario(5000, 1), "handwritten", 0.6, memory=True),
)
