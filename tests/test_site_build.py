"""The real site in docs/ builds cleanly with nitpicky warnings-as-errors semantics."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO

#: Sphinx's smart quotes curl the quotes of text (not of code): undo it to compare.
STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The docs/ site built once into a temporary folder, as `sphinx-build -n -W` would."""
    tmp = tmp_path_factory.mktemp("site")
    # Copy the sources so the build cannot write into the repository; data/ sits beside docs/
    # exactly as in the repository because conf.py names it relatively.
    shutil.copytree(REPO / "docs", tmp / "docs")
    shutil.copytree(REPO / "data", tmp / "data")
    app = SphinxTestApp(
        "html", srcdir=tmp / "docs", builddir=tmp / "build", confoverrides={"nitpicky": True}
    )
    app.build()
    yield app
    app.cleanup()


def test_site_builds_without_warnings(site: SphinxTestApp) -> None:
    assert site.warning.getvalue() == ""


def test_landing_page_is_rendered(site: SphinxTestApp) -> None:
    html = (Path(site.outdir) / "index.html").read_text(encoding="utf-8")
    assert "<h1>NeurIPS 2025: progress and awards" in html
    assert 'class="furo' in html or "furo" in html


def test_awards_page_renders_every_award_of_the_data(site: SphinxTestApp) -> None:
    awards = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
    html = BeautifulSoup(
        (Path(site.outdir) / "awards.html").read_text(encoding="utf-8"), "html.parser"
    )
    cards = html.select(".awards-card")
    assert sorted(card["id"] for card in cards) == sorted(
        f"award-{award['id']}" for award in awards["awards"]
    )


def test_troubleshooting_shows_every_bad_input_with_its_warnings(site: SphinxTestApp) -> None:
    table = yaml.safe_load((REPO / "docs" / "guide" / "bad-inputs.yaml").read_text("utf-8"))
    page = BeautifulSoup(
        (Path(site.outdir) / "guide" / "troubleshooting.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    for case in table["cases"]:
        title = page.find(id=f"bad-input-{case['id']}")
        assert title is not None, case["id"]
        assert title.get_text().translate(STRAIGHT_QUOTES) == case["title"]
        # The first code block after the title that is a warning list is this case's.
        said = next(
            block.get_text()
            for block in title.find_all_next("pre")
            if "WARNING:" in block.get_text()
        )
        assert said == case["warnings"]
