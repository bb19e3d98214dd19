"""The Markdown report of a run: its tables, and its targets as met or missed."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from benchmarks.builds import Build
from benchmarks.plans import JOBS, PARALLEL_LIMIT, RATIO_GOALS, SMALL, Plan
from benchmarks.projects import ABOUT_PAGE, FLOOR, PLAIN, Scenario
from benchmarks.runner import Results

PACKAGES = (
    "sphinx-awards",
    "sphinx",
    "docutils",
    "myst-parser",
    "sphinx-design",
    "furo",
    "sphinxcontrib-datatemplates",
    "pyyaml",
    "jinja2",
)


def median(builds: list[Build], what: Callable[[Build], float] = lambda b: b.seconds) -> float:
    """The median of one measure over several builds."""
    return statistics.median(what(build) for build in builds)


def cpu(builds: list[Build]) -> float:
    """The median CPU time of several builds."""
    return median(builds, lambda build: build.cpu_seconds)


def peak(builds: list[Build]) -> float:
    """The median peak memory of several builds, in MiB."""
    return median(builds, lambda build: build.peak_mib)


@dataclass(frozen=True)
class Target:
    """A target and whether this run reached it."""

    goal: str
    measured: str
    met: bool


def targets(plan: Plan, results: Results) -> list[Target]:
    """The targets for the scenarios this run measured."""
    found: list[Target] = []
    full = results.full

    def ratio(scenario: Scenario, other: str, limit: float, memory: bool = False) -> None:
        ours, theirs = full.get((scenario.name, "ours")), full.get((scenario.name, other))
        if not (ours and theirs):
            return
        if memory:
            value = peak(ours) / peak(theirs)
            measured = f"{value:.2f} x"
        else:
            value = median(ours) / median(theirs)
            measured = f"{value:.2f} x (CPU {cpu(ours) / cpu(theirs):.2f} x)"
        goal = f"{scenario.name}: ours ≤ {limit} x {other} ({'peak memory' if memory else 'time'})"
        found.append(Target(goal, measured, value <= limit))

    for goal in RATIO_GOALS:
        ratio(goal.scenario, goal.other, goal.limit, goal.memory)

    for scenario in plan.scenarios:
        ours, hand, plain, floor = (
            results.unchanged[scenario.name, "ours"],
            results.unchanged[scenario.name, "handwritten"],
            results.unchanged[scenario.name, PLAIN],
            results.unchanged[scenario.floor.name, FLOOR],
        )
        value = median(ours) / median(floor)
        found.append(
            Target(
                f"{scenario.name}: no-change rebuild ≤ 1.1 x that of the {scenario.floor.name}",
                f"{value:.2f} x (CPU {cpu(ours) / cpu(floor):.2f} x; "
                f"handwritten {median(hand) / median(floor):.2f} x, "
                f"the words alone {median(plain) / median(floor):.2f} x)",
                value <= 1.1,
            )
        )
    for edit, goal in (
        ("yaml", "a YAML edit re-reads exactly the pages that use the file"),
        ("page", "an unrelated page edit re-reads only that page"),
    ):
        build, expected = results.edits[edit]
        found.append(
            Target(
                f"{plan.rebuilt.name}: {goal}",
                f"{len(build.reread)} re-read, {len(build.reread & expected)} of the "
                f"{len(expected)} expected",
                build.reread == expected,
            )
        )

    def gain(contender: str, jobs: int = 2) -> float:
        return median(results.parallel[contender, jobs]) / median(results.parallel[contender, 1])

    one, two = median(results.parallel["ours", 1]), median(results.parallel["ours", 2])
    found.append(
        Target(
            f"{plan.rebuilt.name}: -j 2 ≤ {PARALLEL_LIMIT} x -j 1",
            f"{two:.2f} s vs {one:.2f} s ({two / one:.2f} x; handwritten "
            f"{gain('handwritten'):.2f} x, {plan.rebuilt.floor.name} {gain(FLOOR):.2f} x; "
            f"-j 3, two writers: {gain('ours', 3):.2f} x)",
            two / one <= PARALLEL_LIMIT,
        )
    )
    differing = {jobs: results.differing["ours", jobs] for jobs in JOBS if jobs > 1}
    found.append(
        Target(
            f"{plan.rebuilt.name}: {' and '.join(f'-j {jobs}' for jobs in differing)} output "
            "byte-identical to -j 1",
            ", ".join(f"-j {jobs}: {len(files)} files differ" for jobs, files in differing.items()),
            not any(differing.values()),
        )
    )
    return found


def report(plan: Plan, results: Results, quick: bool, load: tuple[float, float]) -> str:
    """The Markdown report of a run."""
    lines = [
        "# Benchmark results",
        "",
        f"Made by `nox -s bench{' -- --quick' if quick else ''}` "
        f"(each full build of more than {SMALL} awards {_times(plan.runs)}, every other "
        f"build {_times(plan.short_runs)}; medians). "
        "Times are wall-clock seconds of a whole `sphinx-build -b html` process; memory is "
        "its peak resident set size.",
        "",
        f"- Machine: {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"{platform.machine()}; load average {load[0]:.1f} before, {load[1]:.1f} after",
        f"- Python {platform.python_version()}; "
        + ", ".join(f"{name} {_version(name)}" for name in PACKAGES),
        "",
        "## Full builds (`-E`)",
        "",
        "| scenario | contender | time (s) | min-max (s) | CPU (s) | peak memory (MiB) "
        "| no-change rebuild (s) | its CPU (s) |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (scenario, contender), builds in results.full.items():
        times = [build.seconds for build in builds]
        lines.append(
            f"| {scenario} | {contender} | {median(builds):.2f} "
            f"| {min(times):.2f}-{max(times):.2f} | {cpu(builds):.2f} | {peak(builds):.0f} "
            f"| {median(results.unchanged[scenario, contender]):.2f} "
            f"| {cpu(results.unchanged[scenario, contender]):.2f} |"
        )
    lines += [
        "",
        "## Ratios (ours / other, medians)",
        "",
        "| scenario | time / handwritten | time / datatemplates | CPU / handwritten "
        "| CPU / datatemplates | memory / handwritten |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for scenario in plan.scenarios:
        ours = results.full[scenario.name, "ours"]
        hand = results.full[scenario.name, "handwritten"]
        data = results.full[scenario.name, "datatemplates"]
        lines.append(
            f"| {scenario.name} | {median(ours) / median(hand):.2f} "
            f"| {median(ours) / median(data):.2f} | {cpu(ours) / cpu(hand):.2f} "
            f"| {cpu(ours) / cpu(data):.2f} | {peak(ours) / peak(hand):.2f} |"
        )
    lines += [
        "",
        f"## Rebuilds of ours ({plan.rebuilt.name})",
        "",
        "| rebuild | time (s) | pages re-read | expected |",
        "|---|---:|---:|---:|",
    ]
    for edit, what in (("yaml", "after editing the YAML"), ("page", f"after editing {ABOUT_PAGE}")):
        build, expected = results.edits[edit]
        lines.append(f"| {what} | {build.seconds:.2f} | {len(build.reread)} | {len(expected)} |")
    lines += [
        "",
        f"## Parallel builds ({plan.rebuilt.name}, `-E`)",
        "",
        "| contender | jobs | time (s) | CPU (s) | peak memory (MiB) | output against -j 1 |",
        "|---|---|---:|---:|---:|---|",
        *(
            f"| {contender} | -j {jobs} | {median(builds):.2f} | {cpu(builds):.2f} "
            f"| {peak(builds):.0f} | {_sameness(results.differing.get((contender, jobs)))} |"
            for (contender, jobs), builds in sorted(results.parallel.items())
        ),
        "",
        "The outputs are compared file by file, every file but the doctree cache.",
        "",
        "## Targets",
        "",
        "Time targets are judged on the median wall time; the CPU ratio "
        "beside them is steadier when others share the machine.",
        "",
        "| target | measured | |",
        "|---|---|---|",
        *(
            f"| {t.goal} | {t.measured} | {'met' if t.met else '**missed**'} |"
            for t in targets(plan, results)
        ),
    ]
    if results.problems:
        lines += ["", "## Problems", "", *(f"- {problem}" for problem in results.problems)]
    return "\n".join(lines) + "\n"


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def _sameness(differing: list[str] | None) -> str:
    if differing is None:
        return ""
    return f"differs in {', '.join(differing)}" if differing else "identical"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"
