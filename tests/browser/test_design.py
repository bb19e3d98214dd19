"""The pages as a demanding reader sees them, at 1280 px and 375 px, in light and dark mode.

The awards page: labelled facts that wrap between facts, a legend under a heading, tiles and
cards lined up with the text, a short last row centred, no control shown disabled, chips
whose state shows, counts that say what a filter shows, copy and cite that move nothing,
badges that tell the kinds apart, headings that fit a phone, tile values that break no word,
one tag to a line, the paper's links in one row, link previews beside the link. The essay:
a byline, its contents list, a reading measure, quiet headings. The home page: what the site
is, and the way to the essay and the awards, in the first screen.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import pytest
import yaml

from ..conftest import REPO
from .conftest import AWARDS_PAGE, COLLECTION, ESSAY_PAGE, THEME_OF, OpenPage

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

#: The screens every test looks at: a desktop and a phone, each in light and dark mode.
VIEWS = [
    pytest.param((width, mode), id=f"{width}-{mode}")
    for width in (1280, 375)
    for mode in ("light", "dark")
]
HOME_PAGE = "index.html"
#: The height of the first screen the browser tests open pages with.
SCREEN_HEIGHT = 900
#: A rounding pixel, as layout lands on fractions.
PIXEL = 1.5

#: The lines an element's text takes: the distinct rows of its text's boxes.
LINES = """(element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const half = parseFloat(getComputedStyle(element).lineHeight) / 2 || 8;
    const rows = [];
    const centres = [...range.getClientRects()]
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => (box.top + box.bottom) / 2)
        .sort((a, b) => a - b);
    for (const centre of centres) {
        if (!rows.length || centre - rows[rows.length - 1] > half) rows.push(centre);
    }
    return rows.length;
}"""
BOX = """(element) => {
    const box = element.getBoundingClientRect();
    return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
}"""
#: Every word of the elements (a run of non-spaces in one text node) that starts one line and
#: ends on another.
BROKEN_WORDS = """(elements) => elements.flatMap((element) => {
    const broken = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const word of text.data.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            const tops = new Set([...range.getClientRects()]
                .filter((box) => box.width > 0)
                .map((box) => Math.round(box.top)));
            if (tops.size > 1) broken.push(word[0]);
        }
    }
    return broken;
})"""
#: The most characters on a full line (not a paragraph's last) of the elements' text.
MEASURE = """(elements) => {
    let most = 0;
    for (const element of elements) {
        const half = parseFloat(getComputedStyle(element).lineHeight) / 2;
        const counts = [];
        let top = -Infinity;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            for (let i = 0; i < text.length; i++) {
                const range = document.createRange();
                range.setStart(text, i);
                range.setEnd(text, i + 1);
                const box = range.getClientRects()[0];
                if (!box) continue;
                if (box.top > top + half) {
                    counts.push(0);
                    top = box.top;
                }
                counts[counts.length - 1] += 1;
            }
        }
        most = Math.max(most, ...counts.slice(0, -1));
    }
    return most;
}"""


class View(NamedTuple):
    """A screen's width and the colour mode the theme and the system are in."""

    width: int
    mode: str


#: ``(path, **options) -> Page``: a page of the site in the test's view.
Show = Callable[..., "Page"]


@pytest.fixture(params=VIEWS)
def view(request: pytest.FixtureRequest) -> View:
    return View(*request.param)


@pytest.fixture
def show(open_page: OpenPage, view: View) -> Show:
    """Open a page of the site in the test's view, once it has loaded all it loads."""

    def show_(path: str, **options: object) -> Page:
        page = open_page(path, width=view.width, mode=view.mode, scheme=view.mode, **options).page
        page.wait_for_load_state("networkidle")
        return page

    return show_


def box(page: Page, selector: str) -> dict[str, float]:
    return page.locator(selector).first.evaluate(BOX)


def boxes(page: Page, selector: str) -> list[dict[str, float]]:
    return page.locator(selector).evaluate_all(f"(all) => all.map({BOX})")


def near(a: float, b: float) -> bool:
    return abs(a - b) <= PIXEL


# -- The awards page ---------------------------------------------------------------------


def test_the_facts_are_labelled_and_each_keeps_to_one_line(show: Show, view: View) -> None:
    page = show(AWARDS_PAGE)
    facts = page.locator(".awards-event > li")
    labels = [
        " ".join(label.split()) for label in facts.locator(".awards-fact-label").all_inner_texts()
    ]
    explore = COLLECTION["explore"]
    assert labels == [
        "Announced",
        f"{len(COLLECTION['awards'])} papers",
        "Tracks",
        "Domains",
        f"{explore['icon']} Explore",
    ]
    # The list wraps between facts, never inside one ("Datasets & / Benchmarks").
    assert facts.evaluate_all(f"(all) => all.map({LINES})") == [1] * len(labels)
    if view.width == 1280:
        rows = {round(top["top"]) for top in boxes(page, ".awards-event > li")}
        assert len(rows) <= 3, rows


def test_the_theme_legend_is_a_heading_over_the_legend(show: Show) -> None:
    page = show(AWARDS_PAGE)
    heading = page.get_by_role("heading", name="Theme legend", level=2)
    assert heading.is_visible()
    assert heading.evaluate(BOX)["bottom"] <= box(page, ".awards-legend")["top"]


def test_tiles_legend_and_cards_line_up_with_the_text(show: Show) -> None:
    page = show(AWARDS_PAGE)
    text = box(page, ".awards-summary")
    parts = {
        "tiles": boxes(page, ".awards-tile"),
        "legend": boxes(page, ".awards-legend"),
        "facts": boxes(page, ".awards-event"),
        "cards": boxes(page, ".awards-card"),
    }
    for name, found in parts.items():
        assert found, name
        left = min(part["left"] for part in found)
        right = max(part["right"] for part in found)
        assert near(left, text["left"]), (name, left, text["left"])
        if name != "facts":
            assert near(right, text["right"]), (name, right, text["right"])


@pytest.mark.parametrize("query", ["", "?theme=rl"])
def test_a_row_with_fewer_cards_than_columns_is_centred(show: Show, view: View, query: str) -> None:
    page = show(f"{AWARDS_PAGE}{query}")
    text = box(page, ".awards-summary")
    middle = (text["left"] + text["right"]) / 2
    cards = [card for card in boxes(page, ".awards-card") if card["right"] > card["left"]]
    rows = Counter(round(card["top"]) for card in cards)
    lone = [card for card in cards if rows[round(card["top"])] == 1]
    if view.width == 1280:
        # Seven cards in two columns leave one alone; a filter by one theme, one per grid.
        assert lone
    for card in lone:
        assert near((card["left"] + card["right"]) / 2, middle), card


def test_no_control_shows_disabled_on_load(show: Show) -> None:
    page = show(AWARDS_PAGE)
    buttons = page.locator("article button")
    assert buttons.count() > len(COLLECTION["awards"])
    shown = [b for b in buttons.all() if b.is_visible()]
    assert [b.inner_text() for b in shown if b.is_disabled()] == []
    assert not page.get_by_role("button", name="Show all").is_visible()
    page.locator(".awards-legend .awards-chip").first.click()
    assert page.get_by_role("button", name="Show all").is_enabled()


CHIP_LOOK = """(chip) => {
    const style = getComputedStyle(chip);
    return {
        background: style.backgroundColor,
        border: style.borderTopColor,
        text: style.color,
    };
}"""


def test_a_chosen_chip_and_the_chips_left_out_look_different(show: Show) -> None:
    page = show(AWARDS_PAGE)
    chips = page.locator(".awards-legend .awards-chip")
    before = chips.evaluate_all(f"(all) => all.map({CHIP_LOOK})")
    chips.first.click()
    after = chips.evaluate_all(f"(all) => all.map({CHIP_LOOK})")
    # Before a choice every chip is filled with its colour; after it, the chosen one is
    # still filled and the others are outlined in their colour on the page.
    assert after[0] == before[0]
    transparent = "rgba(0, 0, 0, 0)"
    assert all(look["background"] != transparent for look in before)
    for was, now in zip(before[1:], after[1:], strict=True):
        assert now["background"] == transparent
        assert now["border"] == was["background"]
        assert now["text"] != was["text"]


def test_a_filtered_grid_says_how_many_of_its_cards_show(show: Show) -> None:
    theme = "rl"
    page = show(f"{AWARDS_PAGE}?theme={theme}")
    notes = page.locator(".awards-filter-note").all_inner_texts()
    expected = []
    for kind in COLLECTION["kinds"]:
        kind_awards = [a for a in COLLECTION["awards"] if a["kind"] == kind["id"]]
        shown = sum(a["theme"] == theme for a in kind_awards)
        expected.append(f"Filtered: {shown} of {len(kind_awards)} shown")
    assert notes == expected
    # The data's own count stays as written above it, outside the filter.
    blurbs = page.locator("section section > p:not(.awards-filter-note)").all_inner_texts()
    assert [kind["blurb"] for kind in COLLECTION["kinds"]] == blurbs[: len(COLLECTION["kinds"])]
    page.get_by_role("button", name="Show all").click()
    assert page.locator(".awards-filter-note:visible").count() == 0


def test_copy_link_and_cite_confirm_without_moving_anything(show: Show) -> None:
    from playwright.sync_api import expect

    page = show(AWARDS_PAGE, permissions=("clipboard-read", "clipboard-write"))
    award = COLLECTION["awards"][1]
    card = page.locator(f"#award-{award['id']}")
    card.scroll_into_view_if_needed()
    before = boxes(page, ".awards-card, .awards-card .sd-card-footer")

    card.get_by_role("button", name=f"Copy link to “{award['title']}”").click()
    status = card.get_by_role("status")
    expect(status).to_have_text("Link copied")
    expect(status).to_be_visible()
    assert boxes(page, ".awards-card, .awards-card .sd-card-footer") == before

    card.get_by_role("button", name="Cite", exact=False).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Copy BibTeX entry").click()
    expect(dialog.get_by_role("status")).to_have_text("BibTeX entry copied")
    assert boxes(page, ".awards-card, .awards-card .sd-card-footer") == before
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()


BADGE_LOOK = """(badge) => {
    const style = getComputedStyle(badge);
    return [style.backgroundColor, style.color, style.borderTopColor, style.borderTopStyle]
        .join(" ");
}"""


def test_each_kind_of_badge_has_one_look_and_kinds_differ(show: Show) -> None:
    page = show(AWARDS_PAGE)
    looks: dict[str, set[str]] = {}
    for award in COLLECTION["awards"]:
        badge = page.locator(f"#award-{award['id']} .awards-badge")
        looks.setdefault(award["kind"], set()).add(badge.evaluate(BADGE_LOOK))
    assert set(looks) == {kind["id"] for kind in COLLECTION["kinds"]}
    assert all(len(kind_looks) == 1 for kind_looks in looks.values()), looks
    assert len({look for kind_looks in looks.values() for look in kind_looks}) == len(looks)
    # The theme's colour stays on the card's edge, and is no badge's.
    edges = set(
        page.locator(".awards-card").evaluate_all(
            "(all) => all.map((card) => getComputedStyle(card).borderTopColor)"
        )
    )
    assert len(edges) == len(set(THEME_OF.values()))
    assert not any(
        edge in look for edge in edges for kind_looks in looks.values() for look in kind_looks
    )


def test_page_titles_fit_the_screen_in_few_lines(show: Show) -> None:
    most = {AWARDS_PAGE: 3, ESSAY_PAGE: 4}
    for path, lines in most.items():
        page = show(path)
        assert page.locator("article h1").evaluate(LINES) <= lines, path


def test_no_tile_value_or_fact_breaks_a_word(show: Show) -> None:
    page = show(AWARDS_PAGE)
    parts = page.locator(".awards-tile-value, .awards-tile-detail, .awards-event > li")
    assert parts.count() == 2 * 4 + 5
    assert parts.evaluate_all(BROKEN_WORDS) == []


def test_every_card_sets_its_tags_one_to_a_line(show: Show) -> None:
    page = show(AWARDS_PAGE)
    for award in COLLECTION["awards"]:
        tags = boxes(page, f"#award-{award['id']} .awards-tag")
        assert len(tags) == len(award["tags"])
        assert all(b["top"] >= a["bottom"] for a, b in itertools.pairwise(tags))
        assert len({round(tag["left"]) for tag in tags}) == 1


def test_a_papers_links_share_the_footers_row_and_look(show: Show) -> None:
    page = show(AWARDS_PAGE)
    extra = page.locator(".awards-card .awards-extra-link")
    assert extra.count() == sum(len(a.get("links", [])) for a in COLLECTION["awards"]) > 0
    look = """(link) => {
        const style = getComputedStyle(link);
        return [style.color, style.fontSize, style.fontWeight];
    }"""
    for link in extra.all():
        footer = link.locator("xpath=ancestor::div[contains(@class, 'sd-card-footer')]")
        assert footer.count() == 1
        paper = footer.locator(".awards-paper-link")
        assert near(link.evaluate(BOX)["top"], paper.evaluate(BOX)["top"])
        assert link.evaluate(look) == paper.evaluate(look)
    # In a row of cards, the footers line up: one line of links in every card.
    footers = boxes(page, ".awards-card .sd-card-footer")
    heights = {round(footer["bottom"] - footer["top"]) for footer in footers}
    assert max(heights) - min(heights) <= PIXEL, heights


def test_a_link_preview_opens_beside_the_link_within_the_text(show: Show, view: View) -> None:
    page = show(ESSAY_PAGE)
    links = page.locator("article a.awards-previewed")
    assert links.count() >= 5
    for link in links.all():
        link.scroll_into_view_if_needed()
        link.focus()
        preview = page.locator(".awards-preview:not([hidden])")
        assert preview.count() == 1
        shown = preview.evaluate(BOX)
        lines = link.evaluate(
            "(a) => [...a.getClientRects()].map((r) => ({top: r.top, bottom: r.bottom,"
            " left: r.left, right: r.right}))"
        )
        # It covers no line of the link, a link over two lines included.
        for line in lines:
            apart = (
                shown["top"] >= line["bottom"] - PIXEL
                or shown["bottom"] <= line["top"] + PIXEL
                or shown["left"] >= line["right"]
                or shown["right"] <= line["left"]
            )
            assert apart, (link.inner_text(), line, shown)
        column = link.evaluate("(a) => a.closest('article').getBoundingClientRect().toJSON()")
        if shown["right"] - shown["left"] <= column["width"]:
            assert shown["left"] >= column["left"] - PIXEL, link.inner_text()
            assert shown["right"] <= column["right"] + PIXEL, link.inner_text()
        assert shown["left"] >= 0
        assert shown["right"] <= view.width
        page.keyboard.press("Escape")


# -- The essay ---------------------------------------------------------------------------

ESSAY_SOURCE = (REPO / "docs" / "essay.md").read_text(encoding="utf-8")
ESSAY_DATE = yaml.safe_load(ESSAY_SOURCE.split("---\n")[1])["date"]


def test_the_essay_opens_with_a_byline_and_its_contents_list(show: Show) -> None:
    page = show(ESSAY_PAGE)
    title = box(page, "article h1")
    byline = page.locator("article .essay-byline")
    assert byline.locator("p").first.inner_text() == (
        f"{ESSAY_DATE:%B} {ESSAY_DATE.day}, {ESSAY_DATE.year}"
    )
    assert byline.evaluate(BOX)["top"] >= title["bottom"]

    contents = page.locator("article nav.contents")
    assert contents.is_visible()
    assert contents.evaluate(BOX)["bottom"] <= SCREEN_HEIGHT * 1.5
    links = contents.get_by_role("link")
    sections = page.locator("article section section").evaluate_all(
        "(all) => all.map((s) => [s.querySelector('h2').firstChild.textContent.trim(), `#${s.id}`])"
    )
    assert len(sections) == 5
    assert [[a.inner_text(), a.get_attribute("href")] for a in links.all()] == sections
    assert all(link.is_visible() for link in links.all())


def test_the_essay_reads_at_a_comfortable_measure_with_quiet_headings(
    show: Show, view: View
) -> None:
    page = show(ESSAY_PAGE)
    prose = page.locator("article section > p:not(.rubric)")
    assert prose.count() > 20
    most = prose.evaluate_all(MEASURE)
    if view.width == 1280:
        assert 60 <= most <= 80, most
    else:
        assert most <= 50, most
    ratio = page.evaluate(
        """() => {
            const size = (selector) =>
                parseFloat(getComputedStyle(document.querySelector(selector)).fontSize);
            return size("article section h2") / size("article section > p");
        }"""
    )
    assert ratio <= 1.5, ratio


# -- The home page -----------------------------------------------------------------------


def test_the_home_page_introduces_the_site_and_leads_to_its_two_parts_first(show: Show) -> None:
    page = show(HOME_PAGE)
    intro = page.locator("article .home-intro p")
    assert len(intro.inner_text().split()) >= 30
    leads = page.locator("article .home-leads a")
    assert [a.get_attribute("href") for a in leads.all()] == [ESSAY_PAGE, AWARDS_PAGE]
    for lead in page.locator("article .home-lead").all():
        # The whole card is in the first screen.
        assert lead.evaluate(BOX)["bottom"] <= SCREEN_HEIGHT, lead.inner_text()
    assert intro.evaluate(BOX)["top"] < min(b["top"] for b in boxes(page, "article .home-lead"))
    # The authoring guide is reachable, after the two and apart from them.
    guide = page.locator("article a[href='guide/index.html']")
    assert guide.count() == 1
    assert guide.evaluate(BOX)["top"] > max(b["bottom"] for b in boxes(page, "article .home-lead"))
    assert guide.evaluate("(a) => a.closest('.home-leads') === null")
