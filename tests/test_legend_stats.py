"""``theme-legend``, ``award-stats`` and ``award-event``: what they show, counted from the data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from bs4 import Tag
from sphinx.testing.util import SphinxTestApp

from .conftest import BuildRoot, data, page


@pytest.fixture(scope="module")
def app(built_root: BuildRoot) -> SphinxTestApp:
    """The ``awards`` test project, built once as HTML; the tests only read it."""
    return built_root("awards")


def legends(app: SphinxTestApp) -> list[Tag]:
    """The legends of ``legend.html``: the default collection's, then other-2023's."""
    return page(app, "legend").select(".awards-legend")


def tiles(container: Tag) -> list[tuple[str, str, str, str]]:
    """Each tile's icon, label, value and detail."""
    return [
        tuple(
            tile.select_one(f".awards-tile-{part}").get_text()
            for part in ("icon", "label", "value", "detail")
        )
        for tile in container.select(".awards-tile")
    ]


#: The computed tiles' headings of the contract, for data that gives none.
DEFAULT_HEADINGS = {
    "awards": {"icon": "🏆", "label": "Total Awards"},
    "themes": {"icon": "🧠", "label": "Key Themes"},
    "tracks": {"icon": "📊", "label": "Awarded Tracks"},
}


def heading(tile: dict[str, str]) -> tuple[str, str]:
    """A computed tile's icon and label."""
    return tile["icon"], tile["label"]


def breakdown(collection: dict[str, Any]) -> str:
    """``<n> <short>`` per kind that has awards, in the kinds' order."""
    counts = Counter(a["kind"] for a in collection["awards"])
    return " · ".join(
        f"{counts[k['id']]} {k['short']}" for k in collection["kinds"] if counts[k["id"]]
    )


def awarded(collection: dict[str, Any], field: str, vocabulary: str) -> list[dict[str, Any]]:
    """The entries of a vocabulary (themes, tracks) that some award uses, in data order."""
    used = {a[field] for a in collection["awards"]}
    return [entry for entry in collection[vocabulary] if entry["id"] in used]


@pytest.mark.parametrize(("index", "name"), [(0, "awards.yaml"), (1, "other.yaml")])
def test_legend_caption_and_one_chip_per_theme(app: SphinxTestApp, index: int, name: str) -> None:
    collection = data(app, name)
    legend = legends(app)[index]
    assert legend["class"] == ["awards-legend", f"awards-collection-{collection['id']}", "docutils"]
    assert legend.select_one(".awards-legend-caption").get_text() == collection["legend_caption"]
    chips = legend.select("li.awards-legend-theme")
    assert [chip.get_text() for chip in chips] == [t["label"] for t in collection["themes"]]
    assert [chip["class"] for chip in chips] == [
        ["awards-legend-theme", f"awards-collection-{collection['id']}", f"awards-theme-{t['id']}"]
        for t in collection["themes"]
    ]


@pytest.mark.parametrize(("index", "name"), [(0, "awards.yaml"), (1, "other.yaml")])
def test_stats_computed_tiles_then_editorial_tiles(
    app: SphinxTestApp, index: int, name: str
) -> None:
    collection = data(app, name)
    themes = awarded(collection, "theme", "themes")
    tracks = awarded(collection, "track", "tracks")
    headings = collection.get("computed_tiles", DEFAULT_HEADINGS)
    expected = [
        (*heading(headings["awards"]), str(len(collection["awards"])), breakdown(collection)),
        (*heading(headings["themes"]), str(len(themes)), ", ".join(t["short"] for t in themes)),
        (*heading(headings["tracks"]), str(len(tracks)), " + ".join(t["label"] for t in tracks)),
    ] + [(t["icon"], t["label"], t["value"], t["detail"]) for t in collection.get("tiles", [])]
    stats = page(app, "stats").select(".awards-stats")[index]
    assert tiles(stats) == expected


def test_stats_counts_only_what_is_awarded(app: SphinxTestApp) -> None:
    collection = data(app, "awards.yaml")
    # The fixture has a theme and a track without awards: they are not counted.
    assert len(awarded(collection, "theme", "themes")) < len(collection["themes"])
    assert len(awarded(collection, "track", "tracks")) < len(collection["tracks"])
    stats = page(app, "stats").select(".awards-stats")[0]
    assert tiles(stats)[0][3] == "3 Top · 2 Mention"


def facts(line: Tag) -> list[str]:
    """The facts of a facts list as a reader sees them, no-break spaces as spaces."""
    return [" ".join(fact.get_text().split()) for fact in line.select("li")]


def test_event_facts_line_with_explore_link(app: SphinxTestApp) -> None:
    collection = data(app, "awards.yaml")
    (line, _) = page(app, "stats").select("ul.awards-event")
    announced = collection["announced"]
    assert isinstance(announced, dt.date)
    tracks = " + ".join(t["label"] for t in awarded(collection, "track", "tracks"))
    assert facts(line) == [
        f"Announced · {announced:%B} {announced.day}, {announced.year}",
        f"{len(collection['awards'])} papers • {breakdown(collection)}",
        f"Tracks • {tracks}",
        f"Domains • {collection['domains']}",
        f"{collection['explore']['icon']} Explore • {collection['explore']['label']}",
    ]
    link = line.select_one("a.awards-explore")
    assert (link.get_text(), link["href"]) == (
        collection["explore"]["label"],
        collection["explore"]["url"],
    )


def test_event_explore_label_without_address_is_plain_text(app: SphinxTestApp) -> None:
    collection = data(app, "other.yaml")
    (_, line) = page(app, "stats").select("ul.awards-event")
    assert line.select("a") == []
    assert line.select_one(".awards-explore").get_text() == collection["explore"]["label"]
    assert facts(line)[0] == "Announced · December 1, 2023"
    assert facts(line)[1].startswith("1 paper")
