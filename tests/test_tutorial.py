"""The tutorial, followed as a newcomer would: its commands and files, exactly as the page shows
them, in an empty folder with a fresh virtual environment, end in a page of award cards.

The commands are read from the page's ``console`` blocks and the files from its
``literalinclude`` directives (written where their caption says), in the page's order, so the
page cannot drift from what works. The one thing put in is where this checkout is, for the
page's ``path/to/sphinx-awards``. pip installs from a folder of wheels that ``nox -s slow``
fills beforehand at the versions of this Python's lock (``AWARDS_WHEELHOUSE``), through pip's
own environment variables, so the test reaches no network and installs the versions the rest
of the suite tests.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from .conftest import REPO, unavailable

pytestmark = pytest.mark.slow

TUTORIAL = REPO / "docs" / "guide" / "tutorial.md"
#: How the page names the checkout of this repository.
CHECKOUT = "path/to/sphinx-awards"
#: A step of the page: a console block, or a file shown with its name as the caption.
STEP = re.compile(
    r"```console\n(?P<console>.*?)```"
    r"|```\{literalinclude\} (?P<include>\S+)\n(?P<options>(?::[^\n]*\n)*)```",
    re.DOTALL,
)


def steps(page: str) -> list[str]:
    """The page's steps as shell commands, in its order."""
    commands = []
    for step in STEP.finditer(page):
        if step["console"] is not None:
            lines = step["console"].splitlines()
            assert all(line.startswith("$ ") for line in lines), lines
            commands += [line.removeprefix("$ ") for line in lines]
            continue
        options = dict(re.findall(r":(\w+): *(.*)", step["options"]))
        source = (TUTORIAL.parent / step["include"]).resolve()
        target = options["caption"]
        commands.append(f"cp {shlex.quote(str(source))} {shlex.quote(target)}")
    return commands


def test_the_tutorial_as_written_builds_a_page_of_cards(tmp_path: Path) -> None:
    wheelhouse = os.environ.get("AWARDS_WHEELHOUSE")
    if not wheelhouse:
        unavailable("the tutorial installs from AWARDS_WHEELHOUSE, which `nox -s slow` fills")
    commands = steps(TUTORIAL.read_text(encoding="utf-8"))
    # Make the folders, the venv, install, copy the data, check it, three files, build.
    assert len(commands) >= 8
    assert sum(CHECKOUT in command for command in commands) == 2
    script = "\n".join(command.replace(CHECKOUT, shlex.quote(str(REPO))) for command in commands)

    # `python` is this Python, as the reader's own would be; nothing else of this one is seen.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }
    environment["PATH"] = f"{bin_dir}{os.pathsep}{environment['PATH']}"
    environment |= {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": wheelhouse}
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=work,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"

    # The page the tutorial says to open: the reinforcement learning awards as cards.
    site = work / "my-site"
    html = (site / "build" / "html" / "rl-awards.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    collection = yaml.safe_load((site / "data" / "neurips-2025.yaml").read_text("utf-8"))
    rl = [award["title"] for award in collection["awards"] if award["theme"] == "rl"]
    assert rl
    titles = [title.get_text() for title in soup.select(".awards-card .awards-card-title")]
    assert titles == rl
    link = soup.select_one("a.reference.internal[href^='#award-']")
    assert link is not None
    assert soup.find(id=link["href"][1:]) in soup.select(".awards-card")
    # The furo theme, as the page's conf.py asks.
    assert "furo" in html
