"""The real site in docs/ builds cleanly with nitpicky warnings-as-errors semantics."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO


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
