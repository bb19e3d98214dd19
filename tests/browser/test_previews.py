"""Link previews in Chromium: hover, keyboard focus, Escape, the pointer in the box, touch,
a phone's width, dark mode, no JavaScript, paper, and that nothing is fetched off the site."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from .conftest import AWARDS_PAGE, COLLECTION, ESSAY_PAGE, OpenPage
from .test_deep_links import MARK, wait_until_in_view

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page, Route

pytestmark = pytest.mark.browser

LINK = "a.awards-previewed"
OPEN = ".awards-preview:not([hidden])"
#: The article's links a reader tabs through (its headings' ¶ links show only on hover).
ARTICLE_LINKS = "article a.reference"
#: The script's delay before a preview the pointer left closes, with room to spare (ms).
AFTER_HIDE_DELAY = 600
#: The awards by each address of their paper (url and other links), and their themes'
#: colours, from the data.
AWARD_AT = {
    url: award
    for award in COLLECTION["awards"]
    for url in [award["url"], *(link["url"] for link in award.get("links", []))]
}
COLOURS = {theme["id"]: theme["color"] for theme in COLLECTION["themes"]}
#: The card surface of awards.css in light mode and of awards-themes.css in dark mode.
SURFACE = {"light": "rgb(255, 255, 255)", "dark": "rgb(31, 36, 43)"}


def rgb(hex_colour: str) -> str:
    """A ``#rrggbb`` colour as the computed style writes it."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def award_of(link: Locator) -> dict:
    """The award (from the data) whose paper an essay link points at."""
    return AWARD_AT[link.get_attribute("href")]


def preview_of(page: Page, link: Locator) -> Locator:
    """The preview the link names as its description (its box, whether shown or not)."""
    described = link.get_attribute("aria-describedby")
    return page.locator(f".awards-preview:has(#{described})")


def test_hovering_a_link_to_an_awarded_paper_shows_its_card(open_page: OpenPage) -> None:
    opened = open_page(ESSAY_PAGE)
    page = opened.page
    link = page.locator(LINK).first
    award = award_of(link)
    assert page.locator(OPEN).count() == 0
    link.hover()
    preview = page.locator(OPEN)
    assert preview.count() == 1
    assert preview.locator(".awards-preview-title").inner_text() == award["title"]
    assert preview.locator(".awards-preview-summary").inner_text() == award["summary"]
    assert preview.locator(".awards-preview-badge").inner_text() == "Best Paper"
    assert preview.locator("[role=tooltip]").get_attribute("id") == link.get_attribute(
        "aria-describedby"
    )
    card = preview.locator(".awards-preview-card-link").get_attribute("href")
    assert card == f"{AWARDS_PAGE}#award-{award['id']}"
    assert opened.log.offsite == []
    assert opened.log.errors == []


def test_every_awarded_paper_the_essay_links_is_previewed(open_page: OpenPage) -> None:
    opened = open_page(ESSAY_PAGE)
    hrefs = opened.page.locator("article a.reference.external").evaluate_all(
        "(links) => links.map((a) => a.getAttribute('href'))"
    )
    previewed = opened.page.locator(LINK).evaluate_all(
        "(links) => links.map((a) => a.getAttribute('href'))"
    )
    assert previewed == [href for href in hrefs if href in AWARD_AT]


def test_the_pointer_can_move_into_the_preview_and_follow_it(open_page: OpenPage) -> None:
    opened = open_page(ESSAY_PAGE)
    page = opened.page
    link = page.locator(LINK).first
    award = award_of(link)
    link.hover()
    box = page.locator(OPEN).bounding_box()
    # Across the gap between link and box, slower than a hand would.
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=10)
    page.wait_for_timeout(AFTER_HIDE_DELAY)
    assert page.locator(OPEN).count() == 1
    page.locator(OPEN).locator(".awards-preview-card-link").click()
    page.wait_for_url(f"**/{AWARDS_PAGE}#award-{award['id']}")
    wait_until_in_view(page, award["id"])
    assert not page.locator(f"#award-{award['id']}").evaluate(MARK).startswith("none")
    assert opened.log.offsite == []


def test_the_preview_closes_when_the_pointer_leaves(open_page: OpenPage) -> None:
    page = open_page(ESSAY_PAGE).page
    page.locator(LINK).first.hover()
    assert page.locator(OPEN).count() == 1
    page.mouse.move(1, 1)
    page.wait_for_timeout(AFTER_HIDE_DELAY)
    assert page.locator(OPEN).count() == 0


def test_keyboard_focus_shows_the_preview_and_escape_closes_it(open_page: OpenPage) -> None:
    page = open_page(ESSAY_PAGE).page
    link = page.locator(LINK).first
    # Reach the link with the keyboard: from the link before it, one Tab.
    page.locator(ARTICLE_LINKS).nth(index_in_article(page, link) - 1).focus()
    page.keyboard.press("Tab")
    assert link.evaluate("(a) => a === document.activeElement")
    assert preview_of(page, link).is_visible()
    page.keyboard.press("Escape")
    assert page.locator(OPEN).count() == 0
    # Escape closes the preview, nothing else: the focus stays on the link.
    assert link.evaluate("(a) => a === document.activeElement")


def index_in_article(page: Page, link: Locator) -> int:
    """Where the link is among the article's links."""
    return link.evaluate(
        "(a, links) => [...document.querySelectorAll(links)].indexOf(a)", ARTICLE_LINKS
    )


def test_the_focus_order_is_unchanged(open_page: OpenPage) -> None:
    page = open_page(ESSAY_PAGE).page
    for link in page.locator(LINK).all():
        link.focus()
        assert preview_of(page, link).is_visible()
        page.keyboard.press("Tab")
        # The next stop is the article's next link, not the preview's card link.
        after = page.evaluate(
            "(links) => [...document.querySelectorAll(links)].indexOf(document.activeElement)",
            ARTICLE_LINKS,
        )
        assert after == index_in_article(page, link) + 1
    assert page.locator(".awards-preview-card-link").evaluate_all(
        "(links) => links.every((a) => a.tabIndex === -1)"
    )


def test_the_award_role_shows_the_same_preview(open_page: OpenPage) -> None:
    opened = open_page("guide/reference.html")
    page = opened.page
    role = page.locator(f"{LINK}:has(.awards-award)").first
    role.hover()
    preview = page.locator(OPEN)
    assert preview.locator(".awards-preview-title").inner_text() == role.inner_text()
    assert preview.locator(".awards-preview-card-link").get_attribute("href") == (
        role.get_attribute("href")
    )
    assert opened.log.offsite == []


@pytest.mark.parametrize("path", [ESSAY_PAGE, "guide/reference.html"])
def test_every_preview_fits_a_phone(open_page: OpenPage, path: str) -> None:
    opened = open_page(path, width=375)
    page = opened.page
    links = page.locator(LINK).all()
    assert links
    for link in links:
        link.scroll_into_view_if_needed()
        link.hover()
        box = page.locator(OPEN).bounding_box()
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= 375
    assert opened.log.offsite == []


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_preview_follows_the_colour_mode_and_the_theme(open_page: OpenPage, mode: str) -> None:
    page = open_page(ESSAY_PAGE, mode=mode).page
    link = page.locator(LINK).first
    link.hover()
    style = page.locator(OPEN).evaluate(
        "(box) => { const s = getComputedStyle(box);"
        " return [s.backgroundColor, s.borderTopColor]; }"
    )
    assert style == [SURFACE[mode], rgb(COLOURS[award_of(link)["theme"]][mode])]


def test_on_touch_the_first_tap_follows_the_link(browser: Browser, site_url: str) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, has_touch=True, is_mobile=True, base_url=site_url
    )
    try:
        left: list[str] = []

        def guard(route: Route) -> None:
            if urlsplit(route.request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                # The tap's navigation to the paper: recorded, not sent.
                left.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        page.goto("guide/reference.html")
        role = page.locator(f"{LINK}:has(.awards-award)").first
        role.scroll_into_view_if_needed()
        href = role.get_attribute("href")
        page.evaluate(
            """(open) => window.addEventListener("click", (event) => sessionStorage.setItem(
                "tap",
                JSON.stringify({ open: document.querySelector(open) !== null,
                                 prevented: event.defaultPrevented }),
            ))""",
            OPEN,
        )
        role.tap()
        page.wait_for_url(f"**/{href.removeprefix('../')}")
        assert left == []
        # What the page saw as the tap clicked: no preview open, the link's default kept.
        assert json.loads(page.evaluate("() => sessionStorage.getItem('tap')")) == {
            "open": False,
            "prevented": False,
        }
    finally:
        context.close()


def test_without_javascript_the_link_is_plain(open_page: OpenPage) -> None:
    opened = open_page(ESSAY_PAGE, javascript=False)
    page = opened.page
    link = page.locator("article a.reference.external").filter(has_text="sparse attention")
    assert link.get_attribute("aria-describedby") is None
    link.hover()
    assert page.locator(".awards-preview").count() == 0
    assert opened.log.offsite == []


def test_a_printed_page_has_no_preview(open_page: OpenPage) -> None:
    page = open_page(ESSAY_PAGE).page
    page.locator(LINK).first.hover()
    page.emulate_media(media="print")
    assert not page.locator(OPEN).is_visible()
