"""Two clean builds of the site give the same HTML: data and options decide it, not chance."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

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


#: Two builds of the whole site in processes of their own: once, in `nox -s slow`.
pytestmark = pytest.mark.slow


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


def test_the_compared_pages_use_the_extension(two_builds: tuple[Path, Path]) -> None:
    first, _ = two_builds
    using = [page for page in html_pages(first) if 'class="awards-' in (first / page).read_text()]
    assert Path("awards.html") in using


GRID_OPTIONS = {
    "collection": "main",
    "kind": "best, runner-up",
    "theme": "rl llm",
    "track": "main,db",
    "sort": "title",
    "limit": "5",
    "columns": "1 1 2 2",
    "class": "spotlight",
    "noindex": "",
}


def grid_page(options: dict[str, str]) -> str:
    """A page with one award-grid, its options written in the given order."""
    lines = "".join(f":{name}: {value}\n".replace(": \n", ":\n") for name, value in options.items())
    return f"# Grid\n\n```{{award-grid}}\n{lines}```\n"


def grids(app: SphinxTestApp, page: str) -> list[str]:
    """The HTML of every grid of a built page."""
    soup = BeautifulSoup((app.outdir / f"{page}.html").read_text("utf-8"), "html.parser")
    return [str(grid) for grid in soup.select(".awards-grid")]


def test_option_order_does_not_change_the_output(make_app, rootdir: Path, tmp_path: Path) -> None:
    shutil.copytree(rootdir / "test-bad-inputs" / "data", tmp_path / "data")
    (tmp_path / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx_awards"]\n'
        'awards_data = ["data/main.yaml", "data/extra.yaml"]\n'
    )
    (tmp_path / "index.md").write_text("# Grids\n\n```{toctree}\n:glob:\n\n*\n```\n")
    (tmp_path / "forward.md").write_text(grid_page(GRID_OPTIONS))
    (tmp_path / "backward.md").write_text(grid_page(dict(reversed(GRID_OPTIONS.items()))))
    # Ids and filter values listed in another order: :ids: decides the order, filters do not.
    (tmp_path / "ids.md").write_text(
        "# Ids\n\n```{award-grid}\n:ids: beta, alpha\n:noindex:\n```\n\n"
        "```{award-grid}\n:ids: alpha beta\n:theme: rl, llm\n:noindex:\n```\n\n"
        "```{award-grid}\n:ids: alpha beta\n:theme: llm rl\n:noindex:\n```\n"
    )
    app = make_app("html", srcdir=tmp_path)
    app.build()
    assert app.warning.getvalue() == ""

    (forward,) = grids(app, "forward")
    assert "example.org/alpha" in forward
    assert "example.org/beta" in forward
    assert grids(app, "backward") == [forward]
    by_ids, filtered, filtered_again = grids(app, "ids")
    assert filtered == filtered_again
    assert by_ids.index("example.org/beta") < by_ids.index("example.org/alpha")
    assert filtered.index("example.org/alpha") < filtered.index("example.org/beta")
