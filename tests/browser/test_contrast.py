"""Every text on the award parts of a page is legible (WCAG AA, 4.5:1) in light and dark mode.

The ratio is measured from the browser's computed styles: for each text node, its element's
colour over the background that shows through behind it (every ancestor's background colour
and gradient stops composited down to the first opaque one), by WCAG's relative luminance.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import AWARDS_PAGE, THEMES, OpenPage

pytestmark = pytest.mark.browser

#: The award parts of a page: cards (badges, tags), legend, tiles, facts line, filter controls.
PARTS = [".awards-card", ".awards-legend", ".awards-stats", ".awards-event", ".awards-filter"]
#: Shown only while a filter leaves a grid empty.
FILTERED_PARTS = [*PARTS, ".awards-filter-empty"]

MEASURE = """(parts) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    // The canvas turns any CSS colour syntax (rgb, color(), oklch...) into sRGB bytes.
    const rgba = (css) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = "#000";
        context.fillStyle = css;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
        return [r, g, b, a / 255];
    };
    const over = ([r, g, b, a], [R, G, B]) =>
        [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
    const luminance = (rgb) => {
        const [r, g, b] = rgb.slice(0, 3).map((v) => {
            const c = v / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (x, y) => {
        const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
        return (hi + 0.05) / (lo + 0.05);
    };
    const COLOUR = /(?:rgba?|color|oklch|oklab|lab|lch|hsla?)\\([^()]*\\)|#[0-9a-f]{3,8}\\b/gi;
    // The candidate backgrounds behind an element, one per gradient stop, from the top layer
    // down to the first opaque colour (the page's canvas is white where nothing is opaque).
    const backgrounds = (element) => {
        const layers = [];
        for (let node = element; node; node = node.parentElement) {
            const style = getComputedStyle(node);
            const stops = (style.backgroundImage.match(COLOUR) || []).map(rgba);
            if (stops.length) layers.push(stops);
            const colour = rgba(style.backgroundColor);
            if (colour[3] > 0) layers.push([colour]);
            if (colour[3] === 1 && !stops.length) break;
        }
        let below = [[255, 255, 255, 1]];
        for (const layer of layers.reverse()) {
            below = layer.flatMap((top) => below.map((bottom) => over(top, bottom)));
        }
        return below;
    };
    const failures = [];
    const measured = Object.fromEntries(parts.map((part) => [part, 0]));
    for (const part of parts) {
        for (const root of document.querySelectorAll(part)) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                const element = text.parentElement;
                const box = element.getBoundingClientRect();
                const shown = element.checkVisibility({
                    opacityProperty: true,
                    visibilityProperty: true,
                });
                if (!text.data.trim() || !shown || box.width < 2 || box.height < 2) continue;
                measured[part] += 1;
                let fade = 1;
                for (let node = element; node; node = node.parentElement) {
                    fade *= Number(getComputedStyle(node).opacity);
                }
                const [r, g, b, a] = rgba(getComputedStyle(element).color);
                for (const background of backgrounds(element)) {
                    const value = ratio(over([r, g, b, a * fade], background), background);
                    if (value < 4.5) {
                        failures.push({
                            part,
                            text: text.data.trim().slice(0, 40),
                            element: [element.tagName, ...element.classList].join("."),
                            color: getComputedStyle(element).color,
                            background: background.slice(0, 3).map(Math.round).join(","),
                            ratio: Math.round(value * 100) / 100,
                        });
                    }
                }
            }
        }
    }
    return { measured, failures };
}"""

BODY_IS_DARK = """(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
    return r + g + b < 3 * 128;
})()"""

MODES = pytest.mark.parametrize(
    ("mode", "scheme"),
    [("light", "light"), ("dark", "light"), ("auto", "light"), ("auto", "dark")],
    ids=["light", "dark", "auto-light", "auto-dark"],
)


@MODES
def test_award_parts_have_legible_text_in_every_colour_mode(
    open_page: OpenPage, mode: str, scheme: str
) -> None:
    page = open_page(
        AWARDS_PAGE,
        mode=mode,
        scheme=scheme,
        permissions=("clipboard-read", "clipboard-write"),
    ).page
    # The mode is in effect: furo paints the page dark exactly in the dark cases.
    dark = (mode, scheme) in {("dark", "light"), ("auto", "dark")}
    assert page.evaluate(BODY_IS_DARK) is dark
    # A copy confirmation and a pressed chip are on screen too, so their colours are measured.
    page.locator(".awards-copy-link").first.click()
    page.get_by_text("Link copied").wait_for()
    everything = page.evaluate(MEASURE, PARTS)
    page.locator(f".awards-legend .awards-theme-{THEMES[0]} .awards-chip").click()
    filtered = page.evaluate(MEASURE, FILTERED_PARTS)
    assert all(everything["measured"].values()), everything["measured"]
    assert filtered["measured"][".awards-filter-empty"], filtered["measured"]
    assert everything["failures"] + filtered["failures"] == []


@MODES
def test_award_parts_on_every_other_page_have_legible_text(
    open_page: OpenPage, site_dir: Path, mode: str, scheme: str
) -> None:
    # The guide's live examples render cards and legends inside frames of its own.
    classes = re.compile("|".join(rf"\b{part[1:]}\b" for part in PARTS))
    pages = sorted(
        path.relative_to(site_dir).as_posix()
        for path in site_dir.rglob("*.html")
        if path.name != AWARDS_PAGE and classes.search(path.read_text(encoding="utf-8"))
    )
    assert pages
    failures = {}
    for path in pages:
        result = open_page(path, mode=mode, scheme=scheme).page.evaluate(MEASURE, PARTS)
        if result["failures"]:
            failures[path] = result["failures"]
    assert failures == {}
