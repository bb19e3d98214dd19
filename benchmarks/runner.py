"""Run every build a plan asks for and check each one: full builds, rebuilds, edits, ``-j``."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from benchmarks.builds import Build, sphinx_build
from benchmarks.outputs import differing_files, first_difference, visible_text
from benchmarks.plans import JOBS, PARALLEL, Plan
from benchmarks.projects import ABOUT_PAGE, CONTENDERS, DATA_FILE, FLOOR, PLAIN, write_project


@dataclass
class Results:
    """Everything a run measured, keyed by ``(scenario name, contender)`` or a label."""

    full: dict[tuple[str, str], list[Build]] = field(default_factory=dict)
    unchanged: dict[tuple[str, str], list[Build]] = field(default_factory=dict)
    edits: dict[str, tuple[Build, frozenset[str]]] = field(default_factory=dict)
    parallel: dict[tuple[str, int], list[Build]] = field(default_factory=dict)
    #: The files of each (contender, jobs) output that differ from its -j 1 output.
    differing: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


T = TypeVar("T")


def rotated(items: Sequence[T], run: int) -> list[T]:
    """``items`` starting at a different one each run, so no contender always goes first."""
    shift = run % len(items)
    return [*items[shift:], *items[:shift]]


def progress(message: str) -> None:
    """Tell the person waiting what is being built."""
    print(message, file=sys.stderr, flush=True)


def measure(plan: Plan, work: Path) -> Results:
    """Write every project, then run every measurement of ``plan`` in ``work``."""
    results = Results()
    floors = sorted({scenario.floor for scenario in plan.scenarios}, key=lambda s: s.pages)
    sources = {
        (floor.name, FLOOR): write_project(work / "projects" / floor.slug, floor, FLOOR)
        for floor in floors
    }
    for scenario in plan.scenarios:
        for contender in (*CONTENDERS, PLAIN):
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

    groups = [(floor, [(floor.name, FLOOR)]) for floor in floors] + [
        (scenario, [(scenario.name, contender) for contender in (*CONTENDERS, PLAIN)])
        for scenario in plan.scenarios
    ]
    progress("Full builds (-E):")
    for scenario, keys in groups:
        for run in range(plan.full_runs(scenario)):
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
                    f"{first_difference(shown[contender], shown['handwritten'])}"
                )

    progress("No-change rebuilds:")
    every = [key for _, keys in groups for key in keys]
    for run in range(plan.short_runs):
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
        _after_edit(ours, out, DATA_FILE, edit_first_summary),
        frozenset(plan.rebuilt.card_pages()),
    )
    results.edits["page"] = (
        _after_edit(ours, out, f"{ABOUT_PAGE}.md", edit_page),
        frozenset({ABOUT_PAGE}),
    )
    for edit, (build, expected) in results.edits.items():
        progress(f"  {edit} edit: {build.seconds:6.2f} s, re-read {len(build.reread)} pages")
        if build.reread != expected:
            extra, missing = sorted(build.reread - expected), sorted(expected - build.reread)
            results.problems.append(f"{edit} edit re-read extra {extra}, missed {missing}")

    # Handwritten and the floor too: whether -j pays off on this machine at all, whatever
    # renders the cards.
    progress("Parallel builds (-E):")
    keys = [(contender, jobs) for contender in PARALLEL for jobs in JOBS]
    trees = {key: work / "html" / "parallel" / f"{key[0]}-j{key[1]}" for key in keys}
    for run in range(plan.short_runs):
        for contender, jobs in rotated(keys, run):
            scenario = plan.rebuilt.floor if contender == FLOOR else plan.rebuilt
            source = sources[scenario.name, contender]
            shutil.rmtree(trees[contender, jobs], ignore_errors=True)
            build = sphinx_build(source, trees[contender, jobs], "-E", "-j", str(jobs))
            record(results.parallel, (contender, jobs), build, f"{contender} -j {jobs}")
    for contender, jobs in keys:
        if jobs == 1:
            continue
        differing = differing_files(trees[contender, 1], trees[contender, jobs])
        results.differing[contender, jobs] = differing
        if differing:
            results.problems.append(f"{contender}: -j {jobs} output differs in {differing[:5]}")
    return results


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


def edit_first_summary(text: str) -> str:
    """Change the visible text of the first award, as an author's edit would."""
    return text.replace("  summary: ", "  summary: Edited. ", 1)


def edit_page(text: str) -> str:
    """Add a paragraph to a page."""
    return text + "\nEdited.\n"
