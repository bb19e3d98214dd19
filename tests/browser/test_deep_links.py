"""A link to ``#award-<id>`` brings its card into view, marked; each card copies its own link."""

from __future__ import annotations

import pytest

from .conftest import (
    AWARDS_PAGE,
    COLLECTION,
    THEME_OF,
    OpenPage,
    visible_awards,
    wait_until_in_view,
)

pytestmark = pytest.mark.browser

# The last card: the one a reader would otherwise have to scroll furthest for.
TARGET = list(THEME_OF)[-1]
OTHER = next(iter(THEME_OF))

MARK = """(card) => {
    const style = getComputedStyle(card);
    return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" ");
}"""


@pytest.mark.parametrize("width", [375, 1280])
def test_a_deep_link_scrolls_to_its_card_and_marks_it(open_page: OpenPage, width: int) -> None:
    page = open_page(f"{AWARDS_PAGE}#award-{TARGET}", width=width).page
    wait_until_in_view(page, TARGET)
    target = page.locator(f"#award-{TARGET}").evaluate(MARK)
    other = page.locator(f"#award-{OTHER}").evaluate(MARK)
    assert target != other
    assert not target.startswith("none")


def test_a_deep_link_shows_its_card_even_when_the_filter_would_hide_it(
    open_page: OpenPage,
) -> None:
    other_theme = next(theme for theme in THEME_OF.values() if theme != THEME_OF[TARGET])
    page = open_page(f"{AWARDS_PAGE}?theme={other_theme}#award-{TARGET}").page
    assert sorted(visible_awards(page)) == sorted(THEME_OF)
    wait_until_in_view(page, TARGET)


def test_following_a_link_within_the_page_shows_a_filtered_out_card(
    open_page: OpenPage,
) -> None:
    other_theme = next(theme for theme in THEME_OF.values() if theme != THEME_OF[TARGET])
    page = open_page(f"{AWARDS_PAGE}?theme={other_theme}").page
    assert TARGET not in visible_awards(page)
    page.evaluate("(id) => { location.hash = id; }", f"award-{TARGET}")
    # The page answers the hashchange event, which comes after the hash is set.
    page.wait_for_function(
        "(id) => document.getElementById(id).checkVisibility()", arg=f"award-{TARGET}"
    )
    assert sorted(visible_awards(page)) == sorted(THEME_OF)
    wait_until_in_view(page, TARGET)


def test_copy_link_copies_the_cards_address_and_says_so(open_page: OpenPage) -> None:
    from playwright.sync_api import expect

    opened = open_page(
        f"{AWARDS_PAGE}?theme={THEME_OF[TARGET]}",
        permissions=("clipboard-read", "clipboard-write"),
    )
    page = opened.page
    card = page.locator(f"#award-{TARGET}")
    card.locator(".awards-copy-link").click()
    confirmation = card.locator(".awards-copy-status")
    expect(confirmation).to_have_text("Link copied")
    expect(confirmation).to_be_visible()
    expected = opened.url.split("?")[0] + f"#award-{TARGET}"
    assert page.evaluate("navigator.clipboard.readText()") == expected


def test_every_card_offers_its_copy_link_named_after_its_title(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    for award in COLLECTION["awards"]:
        control = page.get_by_role("button", name=f"Copy link to “{award['title']}”")
        assert control.count() == 1, award["id"]
        assert page.locator(f"#award-{award['id']}").locator(control).is_visible()


def test_only_the_last_copied_card_shows_a_confirmation(open_page: OpenPage) -> None:
    from playwright.sync_api import expect

    page = open_page(AWARDS_PAGE, permissions=("clipboard-read", "clipboard-write")).page
    first, second = (page.locator(f"#award-{award}") for award in (OTHER, TARGET))
    first.locator(".awards-copy-link").click()
    second.locator(".awards-copy-link").click()
    expect(second.locator(".awards-copy-status")).to_have_text("Link copied")
    expect(first.locator(".awards-copy-status")).to_have_text("")
