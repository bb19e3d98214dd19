"""Award cards in five popular HTML themes, in each theme's light mode and its own dark mode.

A small project (``tests/roots/test-themes``: facts line, tiles, legend, every card of the
site's data, and links that show previews) is built once per theme and served on 127.0.0.1.
A theme without a dark mode is also opened with the system in dark mode: it must keep its
light colours.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ..conftest import REPO
from .conftest import COLLECTION, SCREENSHOTS, THEMES, OpenedPage, OpenPage, served_variants
from .test_contrast import MEASURE

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

PROJECT = REPO / "tests" / "roots" / "test-themes"
#: Each HTML theme, and whether it has a dark mode of its own.
HAS_DARK_MODE = {
    "furo": True,
    "pydata_sphinx_theme": True,
    "sphinx_book_theme": True,
    "alabaster": False,
    "sphinx_rtd_theme": False,
}
#: The colour modes a reader can be in: (the theme's stored choice, the system's preference).
#: "system-dark" is a reader who chose nothing, on a system in dark mode.
MODES = {"light": ("light", "light"), "dark": ("dark", "dark"), "system-dark": ("auto", "dark")}
CASES = [
    pytest.param(theme, mode, id=f"{theme}-{mode}")
    for theme, dark in HAS_DARK_MODE.items()
    for mode in MODES
    if dark or mode != "dark"
]
#: What the guide's Themes page shows: each theme light, and dark (or, in a theme without a
#: dark mode, on a system in dark mode, where it stays light).
SCREENSHOT_CASES = [
    pytest.param(theme, mode, id=f"{theme}-{mode}")
    for theme, dark in HAS_DARK_MODE.items()
    for mode in ("light", "dark" if dark else "system-dark")
]
#: The award parts of the page, where legibility and accessibility are checked.
PARTS = [".awards-card", ".awards-legend", ".awards-stats", ".awards-event", ".awards-filter"]
#: Wide enough for two columns of cards in every theme's content area.
SCREENSHOT_WIDTH = 1200
COLOURS = {theme["id"]: theme["color"] for theme in COLLECTION["themes"]}
THEME_OF = {award["id"]: award["theme"] for award in COLLECTION["awards"]}
#: The page's links with a preview: the role's and the one to a paper, with their awards.
PREVIEWED = {
    "a.awards-previewed.internal": "gated-attention",
    "a.awards-previewed.external": "diffusion-memorization",
}
OPEN_PREVIEW = ".awards-preview:not([hidden])"

CARD_EDGES = """() => Object.fromEntries([...document.querySelectorAll(".awards-card")].map(
    (card) => [card.id.replace(/^award-/, ""), getComputedStyle(card).borderTopColor]))"""
LIST_MARKERS = """() => [...document.querySelectorAll(
        ".awards-tags > li, .awards-legend-themes > li")].filter((item) => {
    const style = getComputedStyle(item);
    const marker = getComputedStyle(item, "::marker").content;
    return style.display === "list-item" && style.listStyleType !== "none"
        && marker !== "none" && marker !== "";
}).map((item) => item.textContent.trim())"""
SURFACES = """() => [...document.querySelectorAll(".awards-card")].map(
    (card) => getComputedStyle(card).backgroundColor)"""


def rgb(color: str) -> str:
    """``#rrggbb`` as the browser's computed ``rgb(r, g, b)``."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def shows_dark(theme: str, mode: str) -> bool:
    """Whether the awards should be in dark colours: only in a theme's own dark mode."""
    return HAS_DARK_MODE[theme] and mode != "light"


@pytest.fixture(scope="session")
def theme_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The theme project built once per theme, each served: theme -> its address."""
    settings = {theme: f"html_theme={theme}" for theme in HAS_DARK_MODE}
    with served_variants(tmp_path_factory.mktemp("themes"), PROJECT, settings) as urls:
        yield urls


def open_themed(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str, **options: object
) -> OpenedPage:
    """The theme project's page in ``theme``, in colour ``mode``."""
    choice, scheme = MODES[mode]
    return open_page(f"{theme_sites[theme]}index.html", mode=choice, scheme=scheme, **options)


def press_first_chip(page: Page) -> None:
    """Filter by the legend's first theme: a pressed chip and the filter's status show."""
    page.locator(f".awards-legend .awards-theme-{THEMES[0]} .awards-chip").click()


@pytest.mark.parametrize("theme", list(HAS_DARK_MODE))
def test_chips_and_tags_have_no_list_markers(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, "light").page
    assert page.locator(".awards-tags > li").count() > 0
    assert page.evaluate(LIST_MARKERS) == []


@pytest.mark.parametrize("theme", list(HAS_DARK_MODE))
def test_tags_and_chips_wrap_as_close_as_they_sit_side_by_side(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, "light").page
    # Per list: the space between one row of pills and the next, and the pills' heights
    # in their own font size. A theme's paragraph or list-item margins would widen both.
    rows = page.evaluate(
        """() => [...document.querySelectorAll(".awards-tags, .awards-legend-themes")]
            .map((list) => {
                const pills = [...list.querySelectorAll(".awards-tag, .awards-chip")];
                const boxes = pills.map((pill) => pill.getBoundingClientRect());
                const size = parseFloat(getComputedStyle(pills[0]).fontSize);
                const tops = [...new Set(boxes.map((box) => Math.round(box.top)))].sort(
                    (a, b) => a - b);
                const gaps = tops.slice(1).map((top, i) => top - Math.max(
                    ...boxes.filter((box) => Math.round(box.top) === tops[i])
                        .map((box) => box.bottom)));
                return { gaps, heights: boxes.map((box) => box.height / size) };
            })"""
    )
    assert any(row["gaps"] for row in rows), "some list wraps"
    for row in rows:
        assert all(0 <= gap <= 10 for gap in row["gaps"]), row
        assert all(height < 2.2 for height in row["heights"]), row


@pytest.mark.parametrize(("theme", "mode"), CASES)
def test_each_card_edge_is_in_its_theme_colour(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, mode).page
    shade = "dark" if shows_dark(theme, mode) else "light"
    expected = {award: rgb(COLOURS[t][shade]) for award, t in THEME_OF.items()}
    assert page.evaluate(CARD_EDGES) == expected


@pytest.mark.parametrize(("theme", "mode"), CASES)
def test_award_text_is_legible(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, mode).page
    everything = page.evaluate(MEASURE, PARTS)
    # A pressed chip shows its ring and the filter its status, so they are measured too.
    press_first_chip(page)
    filtered = page.evaluate(MEASURE, PARTS)
    assert all(everything["measured"].values()), everything["measured"]
    assert everything["failures"] + filtered["failures"] == []


@pytest.mark.parametrize(("theme", "mode"), CASES)
def test_buttons_have_a_border_that_stands_out(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, mode).page
    # WCAG 1.4.11: a control's edge at least 3:1 against the surface it is drawn on.
    ratios = page.evaluate(
        """() => {
            const rgb = (css) => css.match(/[\\d.]+/g).slice(0, 3).map(Number);
            const luminance = (colour) => {
                const [r, g, b] = rgb(colour).map((v) => {
                    const c = v / 255;
                    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const surface = (element) => {
                for (let node = element.parentElement; node; node = node.parentElement) {
                    const colour = getComputedStyle(node).backgroundColor;
                    if (!colour.startsWith("rgba") || !colour.endsWith(", 0)")) return colour;
                }
                return "rgb(255, 255, 255)";
            };
            return [...document.querySelectorAll(".awards-copy-link, .awards-filter-reset")]
                .map((button) => {
                    const style = getComputedStyle(button);
                    if (style.borderTopStyle === "none" || parseFloat(style.borderTopWidth) < 1) {
                        return 0;
                    }
                    const [a, b] = [luminance(style.borderTopColor), luminance(surface(button))];
                    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                });
        }"""
    )
    assert ratios
    assert min(ratios) >= 3, ratios


@pytest.mark.parametrize(("theme", "mode"), CASES)
def test_cards_stand_out_from_the_page(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, mode).page
    body = page.evaluate("getComputedStyle(document.body).backgroundColor")
    surfaces = set(page.evaluate(SURFACES))
    assert len(surfaces) == 1
    dark = page.evaluate(
        """(color) => color.match(/[\\d.]+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0)
            < 3 * 128""",
        surfaces.pop(),
    )
    assert dark is shows_dark(theme, mode)
    if shows_dark(theme, mode):
        # In dark mode a card's surface is its own, not the page's background.
        assert page.evaluate(SURFACES)[0] != body


@pytest.mark.parametrize("theme", list(HAS_DARK_MODE))
def test_chip_filter_shows_the_chosen_theme_only(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, "light").page
    chosen = THEMES[1]
    label = next(t["label"] for t in COLLECTION["themes"] if t["id"] == chosen)
    chip = page.get_by_role("button", name=label, exact=True)
    chip.click()
    assert chip.get_attribute("aria-pressed") == "true"
    visible = [award for award in THEME_OF if page.locator(f"#award-{award}").is_visible()]
    assert visible == [award for award, t in THEME_OF.items() if t == chosen]


@pytest.mark.parametrize("theme", list(HAS_DARK_MODE))
def test_no_horizontal_overflow_on_a_phone(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, "light", width=375).page
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.parametrize("theme", list(HAS_DARK_MODE))
def test_a_tile_value_in_words_wraps_to_two_lines_at_most_on_a_phone(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, "light", width=375).page
    # Three lines of "Method + Theory" would leave the "+" alone on the middle one.
    lines = page.evaluate(
        """() => [...document.querySelectorAll(".awards-tile-value")]
            .filter((value) => /[a-z]/i.test(value.textContent))
            .map((value) => Math.round(value.getBoundingClientRect().height
                / parseFloat(getComputedStyle(value).lineHeight)))"""
    )
    assert lines
    assert max(lines) <= 2, lines


@pytest.mark.parametrize(("theme", "mode"), CASES)
def test_axe_finds_no_violation_in_award_markup(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = open_themed(open_page, theme_sites, theme, mode).page
    press_first_chip(page)
    options = {
        "resultTypes": ["violations"],
        # Off by default in axe-core (experimental): the visible text is part of the name.
        "rules": {"label-content-name-mismatch": {"enabled": True}},
    }
    context = {"include": [[part] for part in PARTS]}
    results = Axe().run(page, context=context, options=options)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize(("theme", "mode"), CASES)
def test_link_previews_are_legible_in_the_theme_colours(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str
) -> None:
    opened = open_themed(open_page, theme_sites, theme, mode)
    page = opened.page
    shade = "dark" if shows_dark(theme, mode) else "light"
    for link, award in PREVIEWED.items():
        page.locator(link).hover()
        preview = page.locator(OPEN_PREVIEW)
        assert preview.count() == 1, link
        edge = preview.evaluate("(box) => getComputedStyle(box).borderTopColor")
        assert edge == rgb(COLOURS[THEME_OF[award]][shade]), link
        legibility = page.evaluate(MEASURE, [OPEN_PREVIEW])
        assert legibility["measured"][OPEN_PREVIEW] >= 3, link
        assert legibility["failures"] == [], link
        page.keyboard.press("Escape")
        assert page.locator(OPEN_PREVIEW).count() == 0, link
    assert opened.log.errors == []


@pytest.mark.parametrize("theme", list(HAS_DARK_MODE))
def test_link_previews_fit_a_phone(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str
) -> None:
    page = open_themed(open_page, theme_sites, theme, "light", width=375).page
    for link in PREVIEWED:
        page.locator(link).scroll_into_view_if_needed()
        page.locator(link).hover()
        box = page.locator(OPEN_PREVIEW).bounding_box()
        assert box["x"] >= 0, link
        assert box["x"] + box["width"] <= 375, link


@pytest.mark.parametrize(("theme", "mode"), SCREENSHOT_CASES)
def test_screenshot(
    open_page: OpenPage, theme_sites: dict[str, str], theme: str, mode: str
) -> None:
    """The legend and the first row of cards, as the guide's Themes page shows them."""
    opened = open_themed(open_page, theme_sites, theme, mode, width=SCREENSHOT_WIDTH)
    page = opened.page
    page.wait_for_load_state("networkidle")
    assert opened.log.errors == []
    top = page.locator(".awards-legend").bounding_box()
    cards = [page.locator(".awards-card").nth(i).bounding_box() for i in range(2)]
    left = min(box["x"] for box in (top, *cards)) - 8
    right = max(box["x"] + box["width"] for box in (top, *cards)) + 8
    bottom = max(box["y"] + box["height"] for box in cards) + 8
    clip = {"x": left, "y": top["y"] - 8, "width": right - left, "height": bottom - top["y"] + 8}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"theme-{theme}-{mode}.png", clip=clip, full_page=True)
