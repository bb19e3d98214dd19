"""The legend filters the cards by theme, by mouse and keyboard, and the URL keeps the filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .conftest import (
    AWARDS_PAGE,
    COLLECTION,
    THEME_OF,
    THEMES,
    OpenPage,
    awards_of,
    visible_awards,
)

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.browser

CHIP = ".awards-legend .awards-chip"
RESET = "button.awards-filter-reset"


def chip(page: Page, theme: str) -> Locator:
    """The legend chip of one theme."""
    return page.locator(f".awards-legend .awards-theme-{theme} .awards-chip")


def pressed(page: Page) -> dict[str, str | None]:
    """Each theme's chip state as a screen reader announces it."""
    return {theme: chip(page, theme).get_attribute("aria-pressed") for theme in THEMES}


def theme_query(page: Page) -> list[str]:
    """The themes the page's URL keeps."""
    return page.evaluate("new URL(location.href).searchParams.getAll('theme')")


def test_every_card_shows_and_no_chip_is_pressed_before_filtering(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    assert sorted(visible_awards(page)) == sorted(THEME_OF)
    assert pressed(page) == dict.fromkeys(THEMES, "false")
    # "Show all" is there only when there is something to show again, never disabled.
    assert page.locator(RESET).count() == 1
    assert page.locator(RESET).is_hidden()


def test_clicking_chips_shows_their_themes_and_keeps_them_in_the_url(
    open_page: OpenPage,
) -> None:
    page = open_page(AWARDS_PAGE).page
    chip(page, "rl").click()
    assert sorted(visible_awards(page)) == sorted(awards_of("rl"))
    assert pressed(page) == {theme: str(theme == "rl").lower() for theme in THEMES}
    assert theme_query(page) == ["rl"]

    chip(page, "theory").click()
    assert sorted(visible_awards(page)) == sorted(awards_of("rl", "theory"))
    assert theme_query(page) == ["rl", "theory"]

    chip(page, "rl").click()
    assert sorted(visible_awards(page)) == sorted(awards_of("theory"))
    assert theme_query(page) == ["theory"]


def test_show_all_resets_the_filter_and_the_url(open_page: OpenPage) -> None:
    page = open_page(f"{AWARDS_PAGE}?theme=llm&theme=diffusion").page
    assert sorted(visible_awards(page)) == sorted(awards_of("llm", "diffusion"))
    page.locator(RESET).click()
    assert sorted(visible_awards(page)) == sorted(THEME_OF)
    assert pressed(page) == dict.fromkeys(THEMES, "false")
    assert theme_query(page) == []
    assert page.locator(RESET).is_hidden()


def test_after_show_all_the_focus_stays_on_the_filter(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    chip(page, "rl").click()
    page.locator(RESET).focus()
    page.keyboard.press("Enter")
    assert page.locator(RESET).is_hidden()
    # Not dropped to <body>: the reader carries on from the legend's first chip.
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == COLLECTION["themes"][0]["label"]


def test_a_pressed_chip_is_named_by_its_label_alone(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    label = COLLECTION["themes"][0]["label"]
    chip(page, THEMES[0]).click()
    # The tick is drawn, not read: aria-pressed already says the chip is chosen.
    assert page.get_by_role("button", name=label, exact=True, pressed=True).count() == 1
    assert page.get_by_role("button", name=f"✓ {label}", exact=True).count() == 0


def test_a_grid_left_empty_by_the_filter_says_so(open_page: OpenPage) -> None:
    # The awards page has one grid per kind: those with no award of the theme say so.
    theme = "benchmarks"
    kinds = {award["kind"] for award in COLLECTION["awards"] if award["theme"] == theme}
    page = open_page(f"{AWARDS_PAGE}?theme={theme}").page
    notes = page.get_by_text("No award here has the chosen themes.")
    assert notes.filter(visible=True).count() == len(COLLECTION["kinds"]) - len(kinds)
    page.locator(RESET).click()
    assert notes.filter(visible=True).count() == 0


def test_a_filtered_view_survives_a_reload(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    chip(page, "benchmarks").click()
    page.reload()
    assert sorted(visible_awards(page)) == sorted(awards_of("benchmarks"))
    assert pressed(page)["benchmarks"] == "true"


def test_a_shared_url_applies_its_filter_and_ignores_unknown_themes(
    open_page: OpenPage,
) -> None:
    page = open_page(f"{AWARDS_PAGE}?theme=diffusion,nonsense").page
    assert sorted(visible_awards(page)) == sorted(awards_of("diffusion"))
    assert page.locator(".awards-filter-status").inner_text() == (
        f"Showing {len(awards_of('diffusion'))} of {len(THEME_OF)} awards"
    )

    page = open_page(f"{AWARDS_PAGE}?theme=nonsense").page
    assert sorted(visible_awards(page)) == sorted(THEME_OF)


def test_the_filter_works_from_the_keyboard_alone(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    first, second = THEMES[0], THEMES[1]
    # Tab from the top of the page until the first chip has the focus, as a reader would.
    for _ in range(200):
        page.keyboard.press("Tab")
        if chip(page, first).evaluate("(element) => element === document.activeElement"):
            break
    else:
        pytest.fail(f"Tab never reaches the {first!r} chip")

    page.keyboard.press("Enter")
    assert pressed(page)[first] == "true"
    assert sorted(visible_awards(page)) == sorted(awards_of(first))
    page.keyboard.press("Space")
    assert pressed(page)[first] == "false"
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert pressed(page)[second] == "true"
    assert sorted(visible_awards(page)) == sorted(awards_of(second))


def test_without_javascript_every_card_shows_and_chips_are_labels(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE, javascript=False).page
    assert sorted(visible_awards(page)) == sorted(THEME_OF)
    chips = page.locator(CHIP)
    assert chips.count() == len(THEMES)
    assert (
        chips.evaluate_all(
            "(chips) => chips.filter((c) => c.matches('button, [role=button], [aria-pressed]'))"
        )
        == []
    )
    assert page.locator(f"{RESET}, .awards-copy-link").count() == 0


def test_printing_shows_every_card_without_the_filter_controls(open_page: OpenPage) -> None:
    page = open_page(f"{AWARDS_PAGE}?theme=rl").page
    assert sorted(visible_awards(page)) == sorted(awards_of("rl"))
    look = """(element) =>
        getComputedStyle(element).boxShadow + getComputedStyle(element, "::before").content"""
    on_screen = {theme: chip(page, theme).evaluate(look) for theme in ("rl", "llm")}
    assert on_screen["rl"] != on_screen["llm"]

    page.emulate_media(media="print")
    assert sorted(visible_awards(page)) == sorted(THEME_OF)
    assert not page.locator(RESET).is_visible()
    assert not page.locator(".awards-copy-link").first.is_visible()
    # On paper the legend is a key: the chosen chip looks like the others, and chips and
    # badges keep their background, without which their light text would vanish.
    assert chip(page, "rl").evaluate(look) == chip(page, "llm").evaluate(look)
    adjust = page.locator(".awards-chip, .awards-badge").evaluate_all(
        "(all) => [...new Set(all.map((e) => getComputedStyle(e).printColorAdjust))]"
    )
    assert adjust == ["exact"]
