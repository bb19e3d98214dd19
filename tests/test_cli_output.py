"""The command line where its output goes: a pipe closed early, a full disk.

``export | head`` closes the pipe before everything is printed: the command stops quietly.
Output that cannot be written (``/dev/full``) is one line on stderr, not a traceback.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import REPO

COMMAND = [sys.executable, "-m", "sphinx_awards"]


@pytest.fixture(scope="module")
def big_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site's data with 500 awards: more output than a pipe holds before it is read."""
    data = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
    award = data["awards"][0]
    data["awards"] = [{**award, "id": f"award-{number}"} for number in range(500)]
    path = tmp_path_factory.mktemp("big") / "big.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("arguments", [["export"], ["export", "--format", "bibtex"], ["check"]])
def test_a_pipe_closed_before_the_output_is_read_stops_it_quietly(
    big_data: Path, arguments: list[str]
) -> None:
    process = subprocess.Popen(
        [*COMMAND, arguments[0], str(big_data), *arguments[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, errors = process.communicate(timeout=120)
    assert (process.returncode, errors.decode()) == (1, "")


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell and head")
def test_export_into_head_prints_the_first_lines_and_nothing_else(big_data: Path) -> None:
    result = subprocess.run(
        f"'{sys.executable}' -m sphinx_awards export '{big_data}' | head -n 3",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout == '{\n  "format": "sphinx-awards",\n  "version": 1,\n'
    assert result.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full to write to")
@pytest.mark.parametrize("command", ["export", "check"])
def test_output_that_cannot_be_written_is_one_line_on_stderr(command: str) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*COMMAND, command, "data/neurips-2025.yaml"],
            cwd=REPO,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert (result.returncode, result.stderr) == (
        1,
        "sphinx-awards: cannot write the output: No space left on device\n",
    )
