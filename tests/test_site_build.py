"""The real site in docs/ builds cleanly with nitpicky warnings-as-errors semantics."""

from __future__ import annotations

import yaml
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, page, warnings


def test_site_builds_without_warnings(site: SphinxTestApp) -> None:
    assert warnings(site) == ""


def test_landing_page_leads_to_the_essay_and_the_awards_and_keeps_the_guide_apart(
    site: SphinxTestApp,
) -> None:
    html = page(site, "index")
    assert html.select_one("article h1").get_text().rstrip("¶") == site.config.project
    assert html.select_one("article .home-intro p").get_text().strip()
    leads = [a["href"] for a in html.select("article .home-leads a")]
    assert leads == ["essay.html", "awards.html"]
    authors = {a["href"] for a in html.select("article .home-authors a.reference.internal")}
    assert authors == {"guide/index.html"}
    navigation = {a["href"] for a in html.select(".sidebar-tree a")}
    assert {"essay.html", "awards.html", "guide/index.html"} <= navigation


#: Sphinx's smart quotes curl the quotes of text (not of code): undo it to compare.
STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def test_troubleshooting_shows_every_bad_input_with_its_warnings(site: SphinxTestApp) -> None:
    table = yaml.safe_load((REPO / "docs" / "guide" / "bad-inputs.yaml").read_text("utf-8"))
    html = page(site, "guide/troubleshooting")
    for case in table["cases"]:
        title = html.find(id=f"bad-input-{case['id']}")
        assert title is not None, case["id"]
        assert title.get_text().translate(STRAIGHT_QUOTES) == case["title"]
        # The first code block after the title that is a warning list is this case's.
        said = next(
            block.get_text()
            for block in title.find_all_next("pre")
            if "WARNING:" in block.get_text()
        )
        assert said == case["warnings"]
