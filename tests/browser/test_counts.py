"""The legend's status and the tiles count awards, not cards: a page may show an award twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..conftest import REPO
from .conftest import COLLECTION, OpenPage, awards_of, served_variants

pytestmark = pytest.mark.browser

#: Every award of the site twice: a grid of targets, then the same awards with :noindex:.
PROJECT = REPO / "tests" / "roots" / "test-repeated"


@pytest.fixture(scope="module")
def repeated_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The project built and served; its address."""
    with served_variants(
        tmp_path_factory.mktemp("repeated"), PROJECT, {"en": "language=en"}
    ) as urls:
        yield urls["en"]


def test_awards_shown_twice_are_counted_once(open_page: OpenPage, repeated_site: str) -> None:
    from playwright.sync_api import expect

    page = open_page(f"{repeated_site}index.html").page
    total = len(COLLECTION["awards"])
    assert page.locator(".awards-card").count() == 2 * total
    status = page.locator(".awards-filter-status")
    expect(status).to_have_text(f"Showing all {total} awards")
    expect(page.locator(".awards-tile-value").first).to_have_text(str(total))

    page.locator(".awards-legend .awards-theme-rl .awards-chip").click()
    expect(status).to_have_text(f"Showing {len(awards_of('rl'))} of {total} awards")
    shown = page.locator(".awards-card:visible")
    expect(shown).to_have_count(2 * len(awards_of("rl")))
