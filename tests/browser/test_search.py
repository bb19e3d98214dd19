"""The site's search page finds an award by a word of its title and its hit opens the card."""

from __future__ import annotations

import pytest

from .conftest import COLLECTION, OpenPage, wait_until_in_view

pytestmark = pytest.mark.browser

#: A word of each title searched for, in the title's case and not.
SEARCHES = {"artificial-hivemind": "Hivemind", "diffusion-memorization": "memorize"}


@pytest.mark.parametrize(("award", "word"), SEARCHES.items(), ids=list(SEARCHES))
def test_searching_a_word_of_a_title_lands_on_the_card(
    open_page: OpenPage, award: str, word: str
) -> None:
    from playwright.sync_api import expect

    title = next(a["title"] for a in COLLECTION["awards"] if a["id"] == award)
    page = open_page(f"search.html?q={word}").page
    results = page.locator("#search-results")
    link = page.get_by_role("link", name=title, exact=True)
    hit = results.locator(link)
    expect(hit).to_have_count(1, timeout=10000)
    # The hit reads as the award's title, then what it is and where.
    item = results.locator("li", has=link)
    expect(item).to_have_text(f"{title} (award, in {COLLECTION['title']})")

    hit.click()
    page.wait_for_url(f"**/awards.html*#award-{award}")
    wait_until_in_view(page, award)
