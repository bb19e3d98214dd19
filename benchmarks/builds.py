"""One ``sphinx-build`` process, measured: its times, its peak memory, what it read and warned."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

MEASURE = Path(__file__).with_name("measure.py")
READING = re.compile(r"reading sources\.\.\. \[\s*\d+%\] (\S+)")


@dataclass(frozen=True)
class Build:
    """One ``sphinx-build`` process: its wall and CPU time, peak memory and the pages it read."""

    seconds: float
    #: User and system time: steadier than wall time when others share the machine.
    cpu_seconds: float
    peak_mib: float
    reread: frozenset[str]
    warnings: tuple[str, ...]


class BuildFailed(Exception):
    """A ``sphinx-build`` process exited with an error."""


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
