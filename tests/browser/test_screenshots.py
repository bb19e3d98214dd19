"""Screenshots of the awards page and the essay, phone and desktop, light and dark.

They are written to build/screenshots/ (or ``AWARDS_SCREENSHOTS``) for a person to look at;
the test asserts what a reader would notice first: the page fits the screen and shows no error.
"""

from __future__ import annotations

import pytest

from .conftest import AWARDS_PAGE, ESSAY_PAGE, SCREENSHOTS, OpenPage

pytestmark = pytest.mark.browser

DEVICES = {"phone": 375, "desktop": 1280}


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("device", list(DEVICES))
@pytest.mark.parametrize("path", [AWARDS_PAGE, ESSAY_PAGE])
def test_screenshot(open_page: OpenPage, path: str, device: str, mode: str) -> None:
    opened = open_page(path, width=DEVICES[device], mode=mode, scheme=mode)
    page = opened.page
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert opened.log.errors == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = path.removesuffix(".html")
    page.screenshot(path=SCREENSHOTS / f"{name}-{device}-{mode}.png", full_page=True)
