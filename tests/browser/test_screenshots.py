"""Screenshots of the awards page and the essay, phone and desktop, light and dark.

They are written to build/screenshots/ (or ``AWARDS_SCREENSHOTS``) for a person to look at;
the tests assert what a reader would notice first: the page fits the screen and shows no error.
"""

from __future__ import annotations

import pytest

from .conftest import AWARDS_PAGE, ESSAY_PAGE, SCREENSHOTS, OpenedPage, OpenPage

pytestmark = pytest.mark.browser

DEVICES = {"phone": 375, "desktop": 1280}


def save(opened: OpenedPage, name: str, *, full_page: bool) -> None:
    """Check the page fits its screen with no error, then save what the reader sees."""
    page = opened.page
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert opened.log.errors == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / name, full_page=full_page)


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("device", list(DEVICES))
@pytest.mark.parametrize("path", [AWARDS_PAGE, ESSAY_PAGE])
def test_screenshot(open_page: OpenPage, path: str, device: str, mode: str) -> None:
    opened = open_page(path, width=DEVICES[device], mode=mode, scheme=mode)
    save(opened, f"{path.removesuffix('.html')}-{device}-{mode}.png", full_page=True)


def test_readme_screenshot(open_page: OpenPage) -> None:
    """The first screenful of the awards page on a desktop, as the README shows it."""
    opened = open_page(AWARDS_PAGE, width=DEVICES["desktop"])
    save(opened, "readme-awards-desktop-light.png", full_page=False)
