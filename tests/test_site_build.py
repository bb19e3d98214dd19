"""The real site in docs/ builds cleanly with nitpicky warnings-as-errors semantics."""

from __future__ import annotations

from sphinx.testing.util import SphinxTestApp

from .conftest import page


def test_site_builds_without_warnings(site: SphinxTestApp) -> None:
    assert site.warning.getvalue() == ""


def test_landing_page_is_rendered(site: SphinxTestApp) -> None:
    html = page(site, "index")
    assert "<h1>NeurIPS 2025: progress and awards" in html
    assert 'class="furo' in html or "furo" in html
