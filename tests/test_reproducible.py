"""Two clean builds of the site give the same HTML: data and options decide it, not chance."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

#: Any fixed moment will do; what matters is that both builds are given the same one.
SOURCE_DATE_EPOCH = "1764115200"


def build_site(dest: Path, hash_seed: str) -> Path:
    """Build a fresh copy of docs/ (and data/ beside it) in its own process; return the HTML."""
    shutil.copytree(REPO / "docs", dest / "docs")
    shutil.copytree(REPO / "data", dest / "data")
    out = dest / "html"
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
        # A different seed per build changes the order of str sets and hash-keyed lookups:
        # output that depends on it differs between the two builds.
        "PYTHONHASHSEED": hash_seed,
    }
    env.pop("READTHEDOCS_CANONICAL_URL", None)
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-E", str(dest / "docs"), str(out)],
        env=env,
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The site built twice, from copies in different folders, under different hash seeds."""
    return (
        build_site(tmp_path_factory.mktemp("first"), hash_seed="1"),
        build_site(tmp_path_factory.mktemp("second-in-another-folder"), hash_seed="2"),
    )


def html_pages(root: Path) -> list[Path]:
    """Every HTML page of a build, relative to its root, in a stable order."""
    return sorted(path.relative_to(root) for path in root.rglob("*.html"))


def test_both_builds_have_the_same_pages(two_builds: tuple[Path, Path]) -> None:
    first, second = two_builds
    assert html_pages(first) == html_pages(second)
    assert Path("index.html") in html_pages(first)


def test_every_page_is_byte_identical(two_builds: tuple[Path, Path]) -> None:
    first, second = two_builds
    differing = [
        str(page)
        for page in html_pages(first)
        if (first / page).read_bytes() != (second / page).read_bytes()
    ]
    assert differing == []
