"""The stylesheets: linked from HTML pages only, theme colours from the data, legible text."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from .conftest import HTML_THEMES, REPO, BuildRoot, data, page, unavailable

COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
MEDIA = re.compile(r"@media ([^{]+)\{((?:[^{}]*\{[^{}]*\})*)\s*\}")
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
#: The HTML themes the extension is used with, and the selector (under a media query for
#: the system's preference) of each of their dark modes: none for themes without one.
DARK_MODES = {
    "alabaster": [],
    "sphinx_rtd_theme": [],
    "furo": [
        'body[data-theme="dark"]',
        '@media (prefers-color-scheme: dark) body:not([data-theme="light"])',
    ],
    "pydata_sphinx_theme": ['html[data-theme="dark"]'],
    "sphinx_book_theme": ['html[data-theme="dark"]'],
}


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


def css_rules(css: str) -> dict[str, dict[str, str]]:
    """Selector (prefixed ``@media <query>`` inside one) -> its declarations."""
    rules = {}

    def add(text: str, prefix: str = "") -> None:
        for selector, body in RULE.findall(text):
            declarations = (d.split(":", 1) for d in body.split(";") if d.strip())
            key = f"{prefix}{' '.join(selector.split())}"
            rules[key] = {name.strip(): value.strip() for name, value in declarations}

    css = COMMENT.sub("", css)
    for query, body in MEDIA.findall(css):
        add(body, f"@media {query.strip()} ")
    add(MEDIA.sub("", css))
    return rules


def theme_rules(app: SphinxTestApp) -> dict[str, dict[str, str]]:
    """The rules of the generated stylesheet."""
    css = (Path(app.outdir) / "_static" / "awards-themes.css").read_text(encoding="utf-8")
    return css_rules(css)


def themed_build(built_root: BuildRoot, html_theme: str) -> SphinxTestApp:
    """The ``awards`` test project built as HTML in ``html_theme``."""
    if importlib.util.find_spec(html_theme) is None:
        unavailable(f"{html_theme} is in the themes extra")
    # A list of this build's own: pydata-sphinx-theme appends to templates_path, which would
    # otherwise be Sphinx's default list, shared by every later build of the test run.
    return built_root("awards", html_theme=html_theme, templates_path=[])


def test_pages_link_the_stylesheets(built_root: BuildRoot) -> None:
    app = built_root("awards")
    hrefs = [
        link["href"].split("?")[0] for link in page(app, "card").select("link[rel=stylesheet]")
    ]
    assert "_static/awards.css" in hrefs
    assert "_static/awards-themes.css" in hrefs
    assert "_static/awards-interactive.css" in hrefs
    assert (Path(app.outdir) / "_static" / "awards.css").is_file()


def test_pages_load_the_interactive_script_deferred(built_root: BuildRoot) -> None:
    app = built_root("awards")
    scripts = {
        script["src"].split("?")[0]: script.has_attr("defer")
        for script in page(app, "card").select("script[src]")
    }
    assert scripts.get("_static/awards-interactive.js") is True
    assert (Path(app.outdir) / "_static" / "awards-interactive.js").is_file()


@pytest.mark.parametrize("html_theme", HTML_THEMES)
def test_theme_colours_come_from_the_data_in_each_mode_of_the_html_theme(
    built_root: BuildRoot, html_theme: str
) -> None:
    app = themed_build(built_root, html_theme)
    accents = {
        selector: declarations["--awards-accent"]
        for selector, declarations in theme_rules(app).items()
        if "--awards-accent" in declarations
    }
    expected = {}
    for name in ("awards.yaml", "other.yaml"):
        collection = data(app, name)
        for theme in collection["themes"]:
            selector = f".awards-collection-{collection['id']}.awards-theme-{theme['id']}"
            expected[selector] = theme["color"]["light"]
            for dark_mode in DARK_MODES[html_theme]:
                expected[f"{dark_mode} {selector}"] = theme["color"]["dark"]
    assert accents == expected


@pytest.mark.parametrize("html_theme", HTML_THEMES)
def test_dark_mode_turns_the_whole_palette_dark_only_in_themes_that_have_one(
    built_root: BuildRoot, html_theme: str
) -> None:
    app = themed_build(built_root, html_theme)
    layout = (Path(app.outdir) / "_static" / "awards.css").read_text(encoding="utf-8")
    light = css_rules(layout)[":root"]
    dark = {
        selector: rule for selector, rule in theme_rules(app).items() if "--awards-text" in rule
    }
    assert sorted(dark) == sorted(DARK_MODES[html_theme])
    for palette in dark.values():
        assert set(palette) == set(light)
        # Dark text on a dark surface: the light palette's contrast, inverted.
        assert relative_luminance(palette["--awards-surface"]) < 0.05
        for text in ("--awards-text", "--awards-text-muted", "--awards-link"):
            for surface in (
                "--awards-surface",
                "--awards-surface-muted",
                "--awards-tag-background",
            ):
                assert ratio(palette[text], palette[surface]) >= 4.5, (text, surface)
    for text in ("--awards-text", "--awards-text-muted", "--awards-link"):
        for surface in ("--awards-surface", "--awards-surface-muted", "--awards-tag-background"):
            assert ratio(light[text], light[surface]) >= 4.5, (text, surface)


def test_text_on_theme_colours_is_legible(built_root: BuildRoot) -> None:
    accents = {
        selector: (declarations["--awards-accent"], declarations["--awards-on-accent"])
        for selector, declarations in theme_rules(themed_build(built_root, "furo")).items()
        if "--awards-accent" in declarations
    }
    assert accents
    for selector, (accent, on_accent) in accents.items():
        assert ratio(accent, on_accent) >= 4.5, selector


def test_e_books_get_no_interactive_stylesheet_or_script(built_root: BuildRoot) -> None:
    app = built_root("awards", "epub")
    packed = {path.name for path in Path(app.outdir).rglob("*") if path.is_file()}
    assert {"awards.css", "awards-themes.css"} <= packed
    assert not {name for name in packed if name.endswith(".js") and "awards" in name}
    assert "awards-interactive.css" not in packed
    html = (Path(app.outdir) / "card.xhtml").read_text(encoding="utf-8")
    assert "awards-interactive" not in html


def test_other_formats_get_no_stylesheet(built_root: BuildRoot) -> None:
    app = built_root("awards", "text")
    assert not list(Path(app.outdir).rglob("*.css"))
    assert not list(Path(app.outdir).rglob("*.js"))


def test_stylesheets_read_no_theme_variable_without_a_fallback() -> None:
    static = REPO / "ext" / "sphinx_awards" / "static"
    sheets = sorted(static.rglob("*.css"))
    assert sheets
    bare = [
        f"{sheet.name}: {name}"
        for sheet in sheets
        for name, fallback in re.findall(r"var\((--[\w-]+)\s*(,?)", sheet.read_text("utf-8"))
        if not name.startswith("--awards-") and not fallback
    ]
    assert bare == []
