"""Measure Sphinx builds of award cards: ours, handwritten sphinx-design, datatemplates.

Run ``nox -s bench`` (or ``python -m benchmarks.run`` from the repository's root) with
``--quick`` for a reduced set that takes under a minute. Each build is a whole
``sphinx-build`` process of its own, started by ``measure.py``, so its wall time and peak
memory are its own.
The exit status is 1 when a correctness check fails (a build fails or warns, a rebuild
re-reads the wrong pages, ``-j 2`` output differs); timing targets only show in the tables.
"""

from __future__ import annotations

import argparse
import filecmp
import html.parser
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from benchmarks.projects import (
    ABOUT_PAGE,
    CONTENDERS,
    DATA_FILE,
    FLOOR,
    Scenario,
    write_project,
)

ROOT = Path(__file__).resolve().parent.parent
#: The contenders built with -j 1 and -j 2.
PARALLEL = ("ours", "handwritten")
MEASURE = Path(__file__).with_name("measure.py")
READING = re.compile(r"reading sources\.\.\. \[\s*\d+%\] (\S+)")
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


@dataclass(frozen=True)
class Build:
    """One ``sphinx-build`` process: its wall and CPU time, peak memory and the pages it read."""

    seconds: float
    #: User and system time: steadier than wall time when others share the machine.
    cpu_seconds: float
    peak_mib: float
    reread: frozenset[str]
    warnings: tuple[str, ...]


@dataclass
class Results:
    """Everything a run measured, keyed by ``(scenario name, contender)`` or a label."""

    full: dict[tuple[str, str], list[Build]] = field(default_factory=dict)
    unchanged: dict[tuple[str, str], list[Build]] = field(default_factory=dict)
    edits: dict[str, tuple[Build, frozenset[str]]] = field(default_factory=dict)
    parallel: dict[tuple[str, int], list[Build]] = field(default_factory=dict)
    differing: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


T = TypeVar("T")


class BuildFailed(Exception):
    """A ``sphinx-build`` process exited with an error."""


# -----------------------------------------------------------------------------
# Building
# -----------------------------------------------------------------------------
def sphinx_build(source: Path, out: Path, *options: str) -> Build:
    """Build ``source`` into ``out`` with the HTML builder in a process of its own."""
    # Without colour, which Sphinx turns on under CI=true: the re-read pages are parsed from it.
    command = [
        sys.executable,
        "-m",
        "sphinx",
        "--no-color",
        "-b",
        "html",
        *options,
        str(source),
        str(out),
    ]
    log = out.with_name(out.name + ".log")
    log.parent.mkdir(parents=True, exist_ok=True)
    launcher = [sys.executable, str(MEASURE), str(log), *command]
    usage = json.loads(subprocess.run(launcher, capture_output=True, check=True).stdout)
    text = log.read_text(encoding="utf-8")
    if usage["returncode"]:
        raise BuildFailed(f"{' '.join(command[1:])} exited {usage['returncode']}:\n{text[-3000:]}")
    warnings = tuple(line for line in text.splitlines() if "WARNING" in line or "ERROR" in line)
    return Build(
        usage["seconds"],
        usage["cpu_seconds"],
        usage["peak_mib"],
        frozenset(READING.findall(text)),
        warnings,
    )


def rotated(items: Sequence[T], run: int) -> list[T]:
    """``items`` starting at a different one each run, so no contender always goes first."""
    shift = run % len(items)
    return [*items[shift:], *items[:shift]]


def progress(message: str) -> None:
    """Tell the person waiting what is being built."""
    print(message, file=sys.stderr, flush=True)


# -----------------------------------------------------------------------------
# Measurements
# -----------------------------------------------------------------------------
def measure(plan: Plan, work: Path) -> Results:
    """Write every project, then run every measurement of ``plan`` in ``work``."""
    results = Results()
    floors = sorted({scenario.floor for scenario in plan.scenarios}, key=lambda s: s.pages)
    sources = {
        (floor.name, FLOOR): write_project(work / "projects" / floor.slug, floor, FLOOR)
        for floor in floors
    }
    for scenario in plan.scenarios:
        for contender in CONTENDERS:
            path = work / "projects" / scenario.slug / contender
            sources[scenario.name, contender] = write_project(path, scenario, contender)

    def outputs(key: tuple[str, str]) -> Path:
        return work / "html" / sources[key].relative_to(work / "projects")

    def record(into: dict, key: object, build: Build, what: str) -> Build:
        into.setdefault(key, []).append(build)
        progress(
            f"  {what}: {build.seconds:6.2f} s ({build.cpu_seconds:6.2f} s CPU), "
            f"{build.peak_mib:6.1f} MiB"
        )
        if build.warnings:
            # Relative to the work folder: the report names no path of this machine.
            warning = build.warnings[0].replace(f"{work}{os.sep}", "")
            results.problems.append(f"{what} warned: {warning}")
        return build

    groups = [[(floor.name, FLOOR)] for floor in floors] + [
        [(scenario.name, contender) for contender in CONTENDERS] for scenario in plan.scenarios
    ]
    progress("Full builds (-E):")
    for keys in groups:
        for run in range(plan.runs):
            for key in rotated(keys, run):
                shutil.rmtree(outputs(key), ignore_errors=True)
                build = sphinx_build(sources[key], outputs(key), "-E")
                record(results.full, key, build, f"{key[0]} / {key[1]}")

    for scenario in plan.scenarios:
        shown = {
            contender: visible_text(outputs((scenario.name, contender)), scenario)
            for contender in CONTENDERS
        }
        for contender in CONTENDERS[1:]:
            if shown[contender] != shown["handwritten"]:
                results.problems.append(
                    f"{scenario.name}: {contender} shows other text than handwritten: "
                    f"{_first_difference(shown[contender], shown['handwritten'])}"
                )

    progress("No-change rebuilds:")
    every = [key for keys in groups for key in keys]
    for run in range(plan.runs):
        for key in rotated(every, run):
            build = sphinx_build(sources[key], outputs(key))
            record(results.unchanged, key, build, f"{key[0]} / {key[1]}")
            if build.reread:
                reread = sorted(build.reread)
                results.problems.append(f"no-change rebuild of {key} re-read {reread}")

    ours = sources[plan.rebuilt.name, "ours"]
    out = outputs((plan.rebuilt.name, "ours"))
    progress("Edits (ours):")
    results.edits["yaml"] = (
        _after_edit(ours, out, DATA_FILE, _edit_first_summary),
        frozenset(plan.rebuilt.card_pages()),
    )
    results.edits["page"] = (
        _after_edit(ours, out, f"{ABOUT_PAGE}.md", lambda text: text + "\nEdited.\n"),
        frozenset({ABOUT_PAGE}),
    )
    for edit, (build, expected) in results.edits.items():
        progress(f"  {edit} edit: {build.seconds:6.2f} s, re-read {len(build.reread)} pages")
        if build.reread != expected:
            extra, missing = sorted(build.reread - expected), sorted(expected - build.reread)
            results.problems.append(f"{edit} edit re-read extra {extra}, missed {missing}")

    # Handwritten too: whether -j 2 pays off on this machine at all, whatever renders the cards.
    progress("Parallel builds (-E):")
    keys = [(contender, jobs) for contender in PARALLEL for jobs in (1, 2)]
    trees = {key: work / "html" / "parallel" / f"{key[0]}-j{key[1]}" for key in keys}
    for run in range(plan.runs):
        for contender, jobs in rotated(keys, run):
            source = sources[plan.rebuilt.name, contender]
            shutil.rmtree(trees[contender, jobs], ignore_errors=True)
            build = sphinx_build(source, trees[contender, jobs], "-E", "-j", str(jobs))
            record(results.parallel, (contender, jobs), build, f"{contender} -j {jobs}")
    for contender in PARALLEL:
        differing = differing_files(trees[contender, 1], trees[contender, 2])
        results.differing[contender] = differing
        if differing:
            results.problems.append(f"{contender}: -j 2 output differs in {differing[:5]}")
    return results


class _MainText(html.parser.HTMLParser):
    """The words of a furo page's main ``<article>``: what a reader sees of its content."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or (tag == "article" and ("role", "main") in attrs):
            self.depth += tag not in _VOID

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in _VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.words += data.split()


_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


def visible_text(out: Path, scenario: Scenario) -> list[str]:
    """The words the card pages of ``scenario`` show in the HTML output ``out``."""
    parser = _MainText()
    for page in scenario.card_pages():
        parser.feed((out / f"{page}.html").read_text(encoding="utf-8"))
    return parser.words


def _first_difference(words: list[str], reference: list[str]) -> str:
    at = next(
        (i for i, pair in enumerate(zip(words, reference, strict=False)) if pair[0] != pair[1]),
        min(len(words), len(reference)),
    )
    shown, expected = " ".join(words[at : at + 8]), " ".join(reference[at : at + 8])
    return f"{shown!r} where handwritten has {expected!r}"


def _after_edit(source: Path, out: Path, name: str, edit: Callable[[str], str]) -> Build:
    """Rebuild ``out`` after editing one file of ``source``; put the file back afterwards."""
    path = source / name
    original = path.read_text(encoding="utf-8")
    path.write_text(edit(original), encoding="utf-8")
    try:
        return sphinx_build(source, out)
    finally:
        path.write_text(original, encoding="utf-8")
        # Putting the file back is an edit too: build it, so the next measurement starts
        # from an output that is up to date.
        sphinx_build(source, out)


def _edit_first_summary(text: str) -> str:
    """Change the visible text of the first award, as an author's edit would."""
    return text.replace("  summary: ", "  summary: Edited. ", 1)


def differing_files(left: Path, right: Path) -> list[str]:
    """Files of one output tree missing from the other or with other bytes (doctrees aside)."""

    def files(root: Path) -> set[str]:
        # The doctree pickles are Sphinx's cache, not output.
        return {
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file() and ".doctrees" not in path.parts
        }

    names = files(left) | files(right)
    return sorted(
        name
        for name in names
        if not (left / name).is_file()
        or not (right / name).is_file()
        or not filecmp.cmp(left / name, right / name, shallow=False)
    )


# -----------------------------------------------------------------------------
# Reporting
# -----------------------------------------------------------------------------
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
    """A goal of the issue and whether this run reached it."""

    goal: str
    measured: str
    met: bool


def targets(plan: Plan, results: Results) -> list[Target]:
    """The issue's targets for the scenarios this run measured."""
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

    ratio(Scenario(7, 1), "handwritten", 1.05)
    ratio(Scenario(1000, 50), "handwritten", 1.0)
    ratio(Scenario(1000, 50), "datatemplates", 0.15)
    ratio(Scenario(5000, 1), "handwritten", 0.5)
    ratio(Scenario(5000, 1), "datatemplates", 0.45)
    ratio(Scenario(5000, 1), "handwritten", 1.0, memory=True)

    for scenario in plan.scenarios:
        ours, hand, floor = (
            results.unchanged[scenario.name, "ours"],
            results.unchanged[scenario.name, "handwritten"],
            results.unchanged[scenario.floor.name, FLOOR],
        )
        value = median(ours) / median(floor)
        found.append(
            Target(
                f"{scenario.name}: no-change rebuild ≤ 1.1 x that of the {scenario.floor.name}",
                f"{value:.2f} x (CPU {cpu(ours) / cpu(floor):.2f} x; "
                f"handwritten {median(hand) / median(floor):.2f} x)",
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
    one, two = median(results.parallel["ours", 1]), median(results.parallel["ours", 2])
    hand = median(results.parallel["handwritten", 2]) / median(results.parallel["handwritten", 1])
    found.append(
        Target(
            f"{plan.rebuilt.name}: -j 2 faster than -j 1",
            f"{two:.2f} s vs {one:.2f} s ({two / one:.2f} x; handwritten {hand:.2f} x)",
            two < one,
        )
    )
    found.append(
        Target(
            f"{plan.rebuilt.name}: -j 2 output byte-identical to -j 1",
            f"{len(results.differing['ours'])} files differ",
            not results.differing["ours"],
        )
    )
    return found


def report(plan: Plan, results: Results, quick: bool, load: tuple[float, float]) -> str:
    """The Markdown report of a run."""
    lines = [
        "# Benchmark results",
        "",
        f"Made by `nox -s bench{' -- --quick' if quick else ''}` "
        f"({plan.runs} run{'s' if plan.runs > 1 else ''} of each build, medians). "
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
            f"| {peak(builds):.0f} | {_sameness(results.differing[contender], jobs)} |"
            for (contender, jobs), builds in sorted(results.parallel.items())
        ),
        "",
        "The outputs are compared file by file, every file but the doctree cache.",
        "",
        "## Targets",
        "",
        "Time targets are judged on the median wall time, as the issue asks; the CPU ratio "
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


def _sameness(differing: list[str], jobs: int) -> str:
    if jobs == 1:
        return ""
    return f"differs in {', '.join(differing)}" if differing else "identical"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


# -----------------------------------------------------------------------------
# Command line
# -----------------------------------------------------------------------------
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
        plan = Plan(plan.scenarios, plan.rebuilt, args.runs)
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
