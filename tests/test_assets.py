"""The stylesheets: linked from HTML pages only, theme colours from the data, legible text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from .conftest import data, page

COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
DECLARATIONS = r"\{\s*--awards-accent: (#[0-9a-f]{6}); --awards-on-accent: (#[0-9a-f]{6});\s*\}"
RULE = re.compile(r"([^{}]+)" + DECLARATIONS)
DARK_MEDIA = re.compile(
    r"@media \(prefers-color-scheme: dark\) \{([^{}]+)" + DECLARATIONS + r"\s*\}"
)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    values = []
    for i in (1, 3, 5):
        c = int(color[i : i + 2], 16) / 255
        values.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = values
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def theme_rules(app: SphinxTestApp) -> dict[str, tuple[str, str]]:
    """Selector -> (accent, text on it), from the generated stylesheet."""
    css = (Path(app.outdir) / "_static" / "awards-themes.css").read_text(encoding="utf-8")
    css = COMMENT.sub("", css)
    rules = {
        "@media dark " + " ".join(sel.split()): (accent, on)
        for sel, accent, on in DARK_MEDIA.findall(css)
    }
    css = DARK_MEDIA.sub("", css)
    rules.update({" ".join(sel.split()): (accent, on) for sel, accent, on in RULE.findall(css)})
    return rules


@pytest.mark.sphinx("html", testroot="awards")
def test_pages_link_the_stylesheets(app: SphinxTestApp) -> None:
    app.build()
    hrefs = [
        link["href"].split("?")[0] for link in page(app, "card").select("link[rel=stylesheet]")
    ]
    assert "_static/awards.css" in hrefs
    assert "_static/awards-themes.css" in hrefs
    assert "_static/awards-interactive.css" in hrefs
    assert (Path(app.outdir) / "_static" / "awards.css").is_file()


@pytest.mark.sphinx("html", testroot="awards")
def test_pages_load_the_interactive_script_deferred(app: SphinxTestApp) -> None:
    app.build()
    scripts = {
        script["src"].split("?")[0]: script.has_attr("defer")
        for script in page(app, "card").select("script[src]")
    }
    assert scripts.get("_static/awards-interactive.js") is True
    assert (Path(app.outdir) / "_static" / "awards-interactive.js").is_file()


@pytest.mark.sphinx("html", testroot="awards")
def test_theme_colours_come_from_the_data_for_light_and_dark_modes(app: SphinxTestApp) -> None:
    app.build()
    rules = theme_rules(app)
    expected = {}
    for name in ("awards.yaml", "other.yaml"):
        collection = data(app, name)
        for theme in collection["themes"]:
            selector = f".awards-collection-{collection['id']}.awards-theme-{theme['id']}"
            light, dark = theme["color"]["light"], theme["color"]["dark"]
            expected[selector] = light
            expected[f'body[data-theme="dark"] {selector}'] = dark
            expected[f'@media dark body:not([data-theme="light"]) {selector}'] = dark
    assert {selector: accent for selector, (accent, _) in rules.items()} == expected


@pytest.mark.sphinx("html", testroot="awards")
def test_text_on_theme_colours_is_legible(app: SphinxTestApp) -> None:
    app.build()
    for selector, (accent, on_accent) in theme_rules(app).items():
        assert ratio(accent, on_accent) >= 4.5, selector


@pytest.mark.sphinx("text", testroot="awards")
def test_other_formats_get_no_stylesheet(app: SphinxTestApp) -> None:
    app.build()
    assert not list(Path(app.outdir).rglob("*.css"))
    assert not list(Path(app.outdir).rglob("*.js"))
