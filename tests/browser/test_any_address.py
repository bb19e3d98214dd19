"""The awards page keeps every control whatever fragment or query its address carries.

An address is the reader's (or whoever sent the link): a fragment that is not valid
percent-encoding (``#%``) made the script throw and the page lose every Copy link and Cite
button, and its theme filter.
"""

from __future__ import annotations

import pytest

from .conftest import AWARDS_PAGE, COLLECTION, THEME_OF, THEMES, OpenPage, visible_awards

pytestmark = pytest.mark.browser

#: Fragments and queries that are not what the page writes, or not valid at all.
ADDRESSES = [
    "#%",
    "#%%",
    "#%E0%A4%A",
    "#award-%ZZ",
    "#award-%C3%A9",
    "#" + "%" * 500,
    "?theme=%",
    "?theme=%E0%A4%A&theme=rl#%",
    "?theme=" + "x" * 5000,
    "?theme=<script>alert(1)</script>",
    "?theme=,,,&theme=&theme=rl,",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_every_control_is_there_whatever_the_address(open_page: OpenPage, address: str) -> None:
    opened = open_page(f"{AWARDS_PAGE}{address}")
    page = opened.page
    awards = len(COLLECTION["awards"])
    assert page.locator(".awards-card .awards-copy-link").count() == awards
    assert page.locator(".awards-card .awards-cite").count() == awards
    assert page.locator(".awards-chip-button").count() == len(THEMES)
    assert opened.log.errors == []
    # A filter that names a known theme still applies; anything else shows every card.
    themes = {THEME_OF[award] for award in visible_awards(page)}
    assert themes == ({"rl"} if "theme=rl" in address else set(THEME_OF.values()))
