"""The real site in docs/ builds cleanly with nitpicky warnings-as-errors semantics."""

from __future__ import annotations

from sphinx.testing.util import SphinxTestApp

from .conftest import page, warnings


def test_site_builds_without_warnings(site: SphinxTestApp) -> None:
    assert warnings(site) == ""


def test_landing_page_links_to_the_essay_the_awards_and_the_guide(site: SphinxTestApp) -> None:
    html = page(site, "index")
    assert html.select_one("article h1").get_text().rstrip("¶") == site.config.project
    body_links = {a["href"] for a in html.select("article p a.reference.internal")}
    navigation = {a["href"] for a in html.select("article .toctree-wrapper a")}
    for target in ("essay.html", "awards.html", "guide/index.html"):
        assert target in body_links
        assert target in navigation
