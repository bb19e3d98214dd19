"""The awards page shows the snapshot, every fact of it coming from data/neurips-2025.yaml."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, page

DATA = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
SNAPSHOT = (REPO / "tests" / "seeds" / "awards-snapshot.txt").read_text(encoding="utf-8")


def text(node: Tag) -> str:
    """What a reader sees of a node, with runs of whitespace (no-break spaces too) as one."""
    return " ".join(node.get_text().split())


def plain(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def awards(site: SphinxTestApp) -> BeautifulSoup:
    return page(site, "awards").select_one("article")


def test_the_title_and_the_summary_come_first(site: SphinxTestApp, awards: Tag) -> None:
    assert awards.select_one("h1").get_text().rstrip("¶") == DATA["title"]
    assert page(site, "awards").title.get_text().startswith(DATA["title"])
    first = awards.select_one("h1 ~ p")
    assert text(first) == plain(DATA["summary"])


def test_the_facts_line(awards: Tag) -> None:
    kinds = Counter(award["kind"] for award in DATA["awards"])
    used = {award["track"] for award in DATA["awards"]}
    awarded_tracks = [track["label"] for track in DATA["tracks"] if track["id"] in used]
    announced: dt.date = DATA["announced"]
    expected = [
        f"Announced · {announced:%B} {announced.day}, {announced.year}",
        f"{len(DATA['awards'])} papers • "
        + " · ".join(f"{kinds[k['id']]} {k['short']}" for k in DATA["kinds"]),
        "Tracks • " + " + ".join(awarded_tracks),
        f"Domains • {DATA['domains']}",
        f"{DATA['explore']['icon']} Explore • {DATA['explore']['label']}",
    ]
    facts = [text(fact) for fact in awards.select(".awards-event > li")]
    assert facts == expected
    # Each fact under the snapshot's own label, in the snapshot's words.
    snapshot_lines = [plain(line) for line in SNAPSHOT.splitlines()]
    assert [fact for fact in facts if fact not in snapshot_lines] == []


def test_the_four_tiles_with_their_values(awards: Tag) -> None:
    kinds = Counter(award["kind"] for award in DATA["awards"])
    themes = [t for t in DATA["themes"] if t["id"] in {a["theme"] for a in DATA["awards"]}]
    tracks = [t for t in DATA["tracks"] if t["id"] in {a["track"] for a in DATA["awards"]}]
    computed = DATA["computed_tiles"]
    expected = [
        (
            computed["awards"],
            str(len(DATA["awards"])),
            " · ".join(f"{kinds[k['id']]} {k['short']}" for k in DATA["kinds"]),
        ),
        (computed["themes"], str(len(themes)), ", ".join(t["short"] for t in themes)),
        (computed["tracks"], str(len(tracks)), " + ".join(t["label"] for t in tracks)),
        *((tile, tile["value"], tile["detail"]) for tile in DATA["tiles"]),
    ]
    tiles = awards.select(".awards-tile")
    assert len(tiles) == len(expected) == 4
    for tile, (heading, value, detail) in zip(tiles, expected, strict=True):
        assert text(tile.select_one(".awards-tile-icon")) == heading["icon"]
        assert text(tile.select_one(".awards-tile-label")) == heading["label"]
        assert text(tile.select_one(".awards-tile-value")) == value
        assert text(tile.select_one(".awards-tile-detail")) == detail


def test_the_legend_has_the_five_themes_in_order(awards: Tag) -> None:
    legend = awards.select_one(".awards-legend")
    assert text(legend.select_one(".awards-legend-caption")) == DATA["legend_caption"]
    chips = [text(chip) for chip in legend.select(".awards-legend-theme")]
    assert chips == [theme["label"] for theme in DATA["themes"]]
    assert len(chips) == 5


def test_a_section_per_kind_with_its_heading_blurb_and_cards(awards: Tag) -> None:
    sections = awards.select("section section")
    assert [text(s.select_one("h2")).rstrip("¶") for s in sections] == [
        k["heading"] for k in DATA["kinds"]
    ]
    for section, kind in zip(sections, DATA["kinds"], strict=True):
        assert text(section.select_one("h2 + p")) == kind["blurb"]
        cards = [card["id"] for card in section.select(".awards-card")]
        assert cards == [f"award-{a['id']}" for a in DATA["awards"] if a["kind"] == kind["id"]]


def test_every_card_in_the_snapshots_order_with_all_its_text(awards: Tag) -> None:
    cards = awards.select(".awards-card")
    assert [card["id"] for card in cards] == [f"award-{a['id']}" for a in DATA["awards"]]
    positions = [SNAPSHOT.index(plain(award["title"])) for award in DATA["awards"]]
    assert positions == sorted(positions)
    for card, award in zip(cards, DATA["awards"], strict=True):
        title = card.select_one(".awards-card-title a")
        assert text(title) == plain(award["title"])
        assert title["href"] == award["url"]
        assert text(card.select_one(".awards-card-summary")) == plain(award["summary"])
        assert text(card.select_one(".awards-card-description")) == plain(award["description"])
        assert text(card.select_one(".awards-card-authors")) == plain(award["authors"])
        tags = [text(tag) for tag in card.select(".awards-tag")]
        assert tags == [plain(f"{tag['icon']} {tag['label']}") for tag in award["tags"]]
        assert card.select_one(".awards-paper-link")["href"] == award["url"]


def test_no_fact_of_the_data_is_typed_on_the_page() -> None:
    source = (REPO / "docs" / "awards.md").read_text(encoding="utf-8")
    # Ids are how a page names the data; every other text is a fact a page could repeat.
    names = {"id", "kind", "track", "theme", "main_track"}

    def facts(value: Any, key: str = "") -> list[str]:
        if isinstance(value, dict):
            return [fact for k, v in value.items() for fact in facts(v, k)]
        if isinstance(value, list):
            return [fact for item in value for fact in facts(item, key)]
        return [] if key in names or not isinstance(value, str) else [plain(value)]

    typed = [fact for fact in facts(DATA) if len(fact) > 2 and fact in source]
    assert typed == []
