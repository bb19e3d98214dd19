"""Run one command, its output to a log file, and print its time and peak memory as JSON.

The runner starts every build through this small process because Linux carries the
resident-set high-water mark of a process into the child it forks and executes: a build
started by the runner itself, which holds the synthetic data and the pages it wrote,
would report the runner's memory when that is the larger.

Usage: ``python measure.py LOG COMMAND...``
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    """Run ``argv[1:]`` with its output in ``argv[0]``; print what it used."""
    log, *command = argv
    with open(log, "w", encoding="utf-8") as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        # wait4 gives the resources of this child alone (and of the workers it waited for).
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    result = {
        "returncode": process.returncode,
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        # ru_maxrss is in KiB on Linux.
        "peak_mib": usage.ru_maxrss / 1024,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
