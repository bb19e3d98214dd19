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
#: Scenarios of at most this many awards build in about a second: they are built more often.
SMALL = 10


@dataclass(frozen=True)
class Plan:
    """What one run measures."""

    scenarios: tuple[Scenario, ...]
    #: The multi-page scenario of the rebuild and ``-j`` measurements.
    rebuilt: Scenario
    #: How often each full build of more than ``SMALL`` awards runs.
    runs: int
    #: How often every other measurement runs: the full builds of the floor and of a few
    #: awards and the no-change rebuilds take about a second, and their targets judge a
    #: twentieth or a tenth of that; the -j targets judge the ratio of two builds.
    short_runs: int

    def full_runs(self, scenario: Scenario) -> int:
        """How often a full build of ``scenario`` runs."""
        return self.short_runs if scenario.awards <= SMALL else self.runs


FULL = Plan(
    scenarios=(Scenario(7, 1), Scenario(1000, 1), Scenario(1000, 50), Scenario(5000, 1)),
    rebuilt=Scenario(1000, 50),
    runs=3,
    short_runs=7,
)
QUICK = Plan(
    scenarios=(Scenario(7, 1), Scenario(200, 10)), rebuilt=Scenario(200, 10), runs=1, short_runs=1
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
