"""Data is text, never markup: payloads in every rendered field appear literally.

``tests/roots/test-hostile`` has a collection whose every text field is a script,
attribute-breaking, MyST/reST or template payload; its page uses every directive and the role,
and another page, titled with payloads, links a paper (so a card lists it as discussed there).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .zotero import coins_titles, zotero_items

ROOT = Path(__file__).parent / "roots" / "test-hostile"
DATA = yaml.safe_load((ROOT / "data" / "payloads.yaml").read_text("utf-8"))

#: Where the directives show data text (ids, colours, dates and the main track's short
#: form are not shown, and the collection's title and summary belong to no directive).
SHOWN = [
    "domains",
    "explore.label",
    "legend_caption",
    "kinds[].label",
    "kinds[].short",
    "themes[].label",
    "themes[].short",
    "tracks[].label",
    "tiles[].icon",
    "tiles[].label",
    "tiles[].value",
    "tiles[].detail",
    "awards[].title",
    "awards[].summary",
    "awards[].description",
    "awards[].authors",
    "awards[].tags[].icon",
    "awards[].tags[].label",
]


def values(data: Any, path: str) -> Iterator[str]:
    """The strings at a dotted path, where ``name[]`` steps into every item of a list."""
    head, _, rest = path.partition(".")
    value = data[head.removesuffix("[]")]
    items = value if head.endswith("[]") else [value]
    for item in items:
        if rest:
            yield from values(item, rest)
        else:
            yield item


PAYLOADS = sorted({text for path in SHOWN for text in values(DATA, path)})


def words(text: str) -> str:
    """Text with its whitespace runs made single spaces, as wrapping and HTML leave it."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, SphinxTestApp]:
    """The payload project built with the html and text builders."""
    apps = {}
    for builder in ("html", "text"):
        app = SphinxTestApp(
            builder, srcdir=ROOT, builddir=tmp_path_factory.mktemp(builder), freshenv=True
        )
        app.build()
        app.cleanup()
        apps[builder] = app
    return apps


def test_payloads_build_without_warnings(built: dict[str, SphinxTestApp]) -> None:
    assert [app.warning.getvalue() for app in built.values()] == ["", ""]
    assert len(PAYLOADS) > 20


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_text_in_html(built: dict[str, SphinxTestApp], payload: str) -> None:
    html = (built["html"].outdir / "index.html").read_text("utf-8")
    # Were it markup, the browser's text would lack its tags, quotes or backquotes.
    assert words(payload) in words(BeautifulSoup(html, "html.parser").get_text())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_literal_in_text_output(built: dict[str, SphinxTestApp], payload: str) -> None:
    text = (built["text"].outdir / "index.txt").read_text("utf-8")
    assert words(payload) in words(text)


def test_no_payload_becomes_an_element_or_attribute(built: dict[str, SphinxTestApp]) -> None:
    soup = BeautifulSoup((built["html"].outdir / "index.html").read_text("utf-8"), "html.parser")
    assert soup.find_all(["iframe", "svg", "b", "i"]) == []
    assert [img for img in soup.find_all("img") if img.get("src") == "x"] == []
    handlers = [
        (element.name, name)
        for element in soup.find_all(True)
        for name in element.attrs
        if name.lower().startswith("on")
    ]
    assert handlers == []
    # The JSON-LD holds the payloads as data, which no browser runs (its own test is below).
    scripts = soup.find_all("script", type=lambda kind: kind != "application/ld+json")
    assert [s for s in scripts if "__pwned" in (s.string or "")] == []
    styles = [element["style"] for element in soup.find_all(style=True)]
    assert [style for style in styles if "javascript" in style or "url(" in style] == []


def test_only_the_data_urls_are_links(built: dict[str, SphinxTestApp]) -> None:
    soup = BeautifulSoup((built["html"].outdir / "index.html").read_text("utf-8"), "html.parser")
    external = {a["href"] for a in soup.find_all("a", href=True) if "://" in a["href"]}
    expected = {award["url"] for award in DATA["awards"]} | {DATA["explore"]["url"]}
    # Links from the page's theme (furo, Sphinx) point at their own sites, never at data.
    assert expected <= external
    assert [href for href in external - expected if "example.org" in href] == []
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    assert [href for href in hrefs if href.lower().startswith(("javascript", "data:"))] == []


def test_the_role_shows_the_title_as_written(built: dict[str, SphinxTestApp]) -> None:
    soup = BeautifulSoup((built["html"].outdir / "index.html").read_text("utf-8"), "html.parser")
    links = soup.select("a > .awards-award")
    assert [link.get_text() for link in links] == [award["title"] for award in DATA["awards"]]
    assert [link.parent["href"] for link in links] == [
        f"#award-{award['id']}" for award in DATA["awards"]
    ]


def page_html(built: dict[str, SphinxTestApp]) -> str:
    return (built["html"].outdir / "index.html").read_text("utf-8")


def test_the_linked_data_holds_the_payloads_as_data(built: dict[str, SphinxTestApp]) -> None:
    (script,) = BeautifulSoup(page_html(built), "html.parser").select(
        'script[type="application/ld+json"]'
    )
    # Nothing in it can end the script or open a comment, whatever the data says.
    assert "<" not in script.string
    articles = json.loads(script.string)["@graph"]
    assert [(a["name"], a["url"]) for a in articles] == [
        (award["title"], award["url"]) for award in DATA["awards"]
    ]
    assert [a["author"][0]["name"] for a in articles] == [a["authors"] for a in DATA["awards"]]


def test_the_coins_hold_the_payloads_as_text(built: dict[str, SphinxTestApp]) -> None:
    titles = coins_titles(page_html(built))
    assert [dict(parse_qsl(title))["rft.title"] for title in titles] == [
        award["title"] for award in DATA["awards"]
    ]
    items = zotero_items(page_html(built))
    assert [(item.title, item.url) for item in items] == [
        (award["title"], award["url"]) for award in DATA["awards"]
    ]


def test_titles_of_the_page_that_discusses_a_paper_are_text(
    built: dict[str, SphinxTestApp],
) -> None:
    soup = BeautifulSoup(page_html(built), "html.parser")
    (place,) = soup.select(".awards-discussed-in a")
    page = "Where <script>window.__pwned = 'page'</script> is discussed"
    section = '"><img src=x onerror="window.__pwned = \'section\'"> and markup'
    assert place.get_text() == f"{page} — {section}"
    assert place["href"].startswith("discussion.html#")
    text = (built["text"].outdir / "index.txt").read_text("utf-8")
    assert words(f"{page} — {section}") in words(text)
