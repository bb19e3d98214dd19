"""Reference managers read the cards: each award's COinS, read as Zotero's translator reads it.

Zotero's COinS translator (ported in ``tests/zotero.py``) takes every ``span.Z3988`` of a
page and offers each as an item to save; the expected items come from the data files, read
with pyyaml.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, build, data
from .zotero import coins_titles, zotero_items

DATA = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def small_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, SphinxTestApp]:
    """The ``awards`` project (awards without a venue, shown again and again on its grids
    page) and the ``richawards`` one (author lists, DOIs, arXiv ids), built as HTML."""
    built = {}
    for project in ("awards", "richawards"):
        source = REPO / "tests" / "roots" / f"test-{project}"
        built[project] = build(shutil.copytree(source, tmp_path_factory.mktemp(project) / "src"))
    return built


def html(app: SphinxTestApp, docname: str) -> str:
    return (Path(app.outdir) / f"{docname}.html").read_text(encoding="utf-8")


def named_authors(authors: str) -> list[str]:
    """The one name an author text of the NeurIPS data spells out: "Liwei Jiang et al."."""
    assert authors.endswith(" et\u00a0al."), authors
    return [authors.removesuffix(" et\u00a0al.")]


def test_zotero_saves_every_award_of_the_awards_page(site: SphinxTestApp) -> None:
    items = zotero_items(html(site, "awards"))
    assert len(items) == len(DATA["awards"]) == 7
    for item, award in zip(items, DATA["awards"], strict=True):
        assert item.item_type == "conferencePaper"
        assert item.title == award["title"]
        assert item.names == named_authors(award["authors"])
        assert item.url == award["url"]
        assert item.publication_title == DATA["venue"]
        assert item.date == str(DATA["year"])


def test_each_span_is_a_standard_context_object(site: SphinxTestApp) -> None:
    titles = coins_titles(html(site, "awards"))
    assert len(titles) == len(DATA["awards"])
    for title, award in zip(titles, DATA["awards"], strict=True):
        pairs = parse_qsl(title, strict_parsing=True)
        fields = dict(pairs)
        assert fields["ctx_ver"] == "Z39.88-2004"
        assert fields["rft_val_fmt"] == "info:ofi/fmt:kev:mtx:book"
        assert fields["rft.genre"] == "proceeding"
        assert fields["rft.atitle"] == award["title"]
        assert fields["rft.btitle"] == DATA["venue"]
        identifiers = [value for key, value in pairs if key == "rft_id"]
        arxiv = [f"info:arxiv/{award['arxiv']}"] if "arxiv" in award else []
        assert identifiers == [award["url"], *arxiv]


def test_each_card_carries_one_empty_span(site: SphinxTestApp) -> None:
    page = BeautifulSoup(html(site, "awards"), "html.parser")
    cards = page.select(".awards-card")
    assert len(cards) == len(DATA["awards"])
    for card in cards:
        (span,) = card.select("span.Z3988")
        assert span.contents == []


def test_an_award_shown_again_on_a_page_is_offered_once(
    small_sites: dict[str, SphinxTestApp],
) -> None:
    app = small_sites["awards"]
    page = BeautifulSoup(html(app, "grids"), "html.parser")
    shown = [a.get_text() for a in page.select(".awards-card-title a")]
    # The grids page shows each award in several grids, all of them :noindex:.
    assert len(shown) > len(set(shown)) > 1
    items = zotero_items(html(app, "grids"))
    assert [item.title for item in items] == list(dict.fromkeys(shown))


def test_an_award_without_a_venue_is_a_document(small_sites: dict[str, SphinxTestApp]) -> None:
    app = small_sites["awards"]
    awards = {award["title"]: award for award in data(app, "awards.yaml")["awards"]}
    items = zotero_items(html(app, "card"))
    assert [item.title for item in items] == list(awards)[:2]
    for item in items:
        assert item.item_type == "document"
        assert (item.publication_title, item.date) == (None, None)
        assert item.url == awards[item.title]["url"]


def author_names(award: dict[str, Any]) -> list[str]:
    """The names of an award of the rich data: each of its list, or the one its text names."""
    authors = award.get("authors", [])
    if isinstance(authors, str):
        return [authors.removesuffix(" et al.")]
    return [author["name"] for author in authors]


def test_every_author_doi_and_venue_of_a_record_is_read(
    small_sites: dict[str, SphinxTestApp],
) -> None:
    app = small_sites["richawards"]
    collection = data(app, "rich.yaml")
    items = zotero_items(html(app, "index"))
    assert len(items) == len(collection["awards"]) == 3
    for item, award in zip(items, collection["awards"], strict=True):
        assert item.item_type == "conferencePaper"
        assert item.title == award["title"]
        assert item.names == author_names(award)
        assert item.publication_title == award.get("venue", collection["venue"])
        assert item.date == str(award.get("year", collection["year"]))
        assert item.url == award.get("url")
        assert item.doi == award.get("doi")
    assert any(item.doi for item in items)
    # Zotero keeps no arXiv id of a COinS; the span carries it for other readers.
    deep_nets = collection["awards"][0]
    pairs = parse_qsl(coins_titles(html(app, "index"))[0])
    assert [value for key, value in pairs if key == "rft_id"] == [
        deep_nets["url"],
        f"info:doi/{deep_nets['doi']}",
        f"info:arxiv/{deep_nets['arxiv']}",
    ]
