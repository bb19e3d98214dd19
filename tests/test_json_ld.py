"""Search engines read the cards: one JSON-LD script per page, valid against schema.org.

The vocabulary the script may use is kept here, from schema.org's definitions: each type with
the properties it has (its own and those it inherits) and the types each property takes. A
term outside it would be ignored by search engines, or reported by their validators.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import HTML_THEMES, REPO, build, data

DATA = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))

#: schema.org types and the properties used of each (https://schema.org/<Type>): a
#: ScholarlyArticle is an Article, a CreativeWork and a Thing; a Person and an Organization
#: are Things.
TYPES = {
    "ScholarlyArticle": {
        "name",  # Thing
        "url",  # Thing
        "sameAs",  # Thing
        "author",  # CreativeWork
        "datePublished",  # CreativeWork
        "isPartOf",  # CreativeWork
        "award",  # CreativeWork
    },
    "CreativeWork": {"name", "url"},
    "Person": {"name", "url", "affiliation"},
    "Organization": {"name", "url"},
}
#: What each property takes: types of the list above, or schema.org's data types.
RANGES = {
    "name": {"Text"},
    "award": {"Text"},
    "url": {"URL"},
    "sameAs": {"URL"},
    "datePublished": {"Date"},
    "author": {"Person", "Organization"},
    "affiliation": {"Organization"},
    "isPartOf": {"CreativeWork", "URL"},
}


def check_value(value: Any, ranges: set[str], where: str) -> list[str]:
    """What is wrong with a property's value (a list is one value per item)."""
    if isinstance(value, list):
        assert value, f"{where}: an empty list"
        return [problem for item in value for problem in check_value(item, ranges, where)]
    if isinstance(value, dict):
        if value.get("@type") not in ranges:
            return [f"{where}: a {value.get('@type')} where schema.org takes {sorted(ranges)}"]
        return check_node(value, where)
    if not isinstance(value, str) or not value:
        return [f"{where}: {value!r} is not a text"]
    if ranges & {"URL"} and not ranges & {"Text"} and not value.startswith(("http://", "https://")):
        return [f"{where}: {value!r} is not a URL"]
    if ranges == {"Date"} and not (value.isdigit() and len(value) == 4):
        return [f"{where}: {value!r} is not an ISO 8601 year"]
    return []


def check_node(node: dict[str, Any], where: str) -> list[str]:
    """What a node uses that schema.org's vocabulary (as kept here) does not have."""
    kind = node.get("@type")
    if kind not in TYPES:
        return [f"{where}: unknown type {kind!r}"]
    problems = []
    for name, value in node.items():
        if name == "@type":
            continue
        if name not in TYPES[kind]:
            problems.append(f"{where}: {kind} has no property {name!r}")
        else:
            problems += check_value(value, RANGES[name], f"{where}.{name}")
    return problems


def linked_data(html: str) -> list[dict[str, Any]]:
    """The JSON-LD documents of a page, parsed."""
    page = BeautifulSoup(html, "html.parser")
    return [
        json.loads(script.string) for script in page.select('script[type="application/ld+json"]')
    ]


def html(app: SphinxTestApp, docname: str) -> str:
    return (Path(app.outdir) / f"{docname}.html").read_text(encoding="utf-8")


def award_name(award: dict[str, Any]) -> str:
    """The award a NeurIPS paper won, from the data: "NeurIPS 2025 Best Paper"."""
    kind = next(kind for kind in DATA["kinds"] if kind["id"] == award["kind"])
    name = f"{DATA['venue']} {kind['label']}"
    if award["track"] != DATA["main_track"]:
        track = next(track for track in DATA["tracks"] if track["id"] == award["track"])
        name += f" ({track['label']})"
    return name


def test_the_awards_page_describes_every_card(site: SphinxTestApp) -> None:
    (document,) = linked_data(html(site, "awards"))
    assert document["@context"] == "https://schema.org"
    articles = document["@graph"]
    assert len(articles) == len(DATA["awards"]) == 7
    for article, award in zip(articles, DATA["awards"], strict=True):
        assert article["@type"] == "ScholarlyArticle"
        assert article["name"] == award["title"]
        assert article["url"] == award["url"]
        assert article["award"] == award_name(award)
        assert article["datePublished"] == str(DATA["year"])
        assert article["isPartOf"] == {"@type": "CreativeWork", "name": DATA["venue"]}
        assert [author["name"] for author in article["author"]] == [
            award["authors"].removesuffix(" et\u00a0al.")
        ]
        arxiv = {f"https://arxiv.org/abs/{award['arxiv']}"} if "arxiv" in award else set()
        other_links = {link["url"] for link in award.get("links", [])}
        assert set(article.get("sameAs", [])) == (arxiv | other_links) - {award["url"]}
    assert {article["award"] for article in articles} >= {
        "NeurIPS 2025 Best Paper",
        "NeurIPS 2025 Runner-up",
        "NeurIPS 2025 Best Paper (Datasets & Benchmarks)",
    }


def test_the_linked_data_uses_only_schema_org_terms(site: SphinxTestApp) -> None:
    documents = [
        (path.name, document)
        for path in sorted(Path(site.outdir).rglob("*.html"))
        for document in linked_data(path.read_text(encoding="utf-8"))
    ]
    # The awards page and the guide's pages of examples.
    assert len(documents) > 2
    for name, document in documents:
        assert set(document) == {"@context", "@graph"}
        assert document["@graph"]
        problems = [
            problem
            for index, node in enumerate(document["@graph"])
            for problem in check_node(node, f"{name}@graph[{index}]")
        ]
        assert problems == []


def test_a_page_without_cards_has_no_linked_data(site: SphinxTestApp) -> None:
    assert linked_data(html(site, "essay")) == []
    assert linked_data(html(site, "index")) == []


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The ``richawards`` project (author lists, DOIs, arXiv ids), built as HTML."""
    source = REPO / "tests" / "roots" / "test-richawards"
    return build(shutil.copytree(source, tmp_path_factory.mktemp("rich") / "src"))


def test_authors_affiliations_doi_and_arxiv_are_described(rich: SphinxTestApp) -> None:
    collection = data(rich, "rich.yaml")
    (document,) = linked_data(html(rich, "index"))
    articles = document["@graph"]
    assert len(articles) == len(collection["awards"]) == 3
    deep_nets = collection["awards"][0]
    assert articles[0]["author"] == [
        {
            "@type": "Person",
            "name": author["name"],
            **({"url": author["url"]} if "url" in author else {}),
            **(
                {"affiliation": {"@type": "Organization", "name": author["affiliation"]}}
                if "affiliation" in author
                else {}
            ),
        }
        for author in deep_nets["authors"]
    ]
    assert articles[0]["sameAs"] == [
        f"https://doi.org/{deep_nets['doi']}",
        f"https://arxiv.org/abs/{deep_nets['arxiv']}",
    ]
    # An award with its own year and venue; one with neither but its collection's.
    assert (articles[1]["datePublished"], articles[1]["isPartOf"]["name"]) == ("2024", "ICML 2024")
    assert articles[2]["isPartOf"]["name"] == collection["venue"]
    assert "author" not in articles[2]
    for index, article in enumerate(articles):
        assert check_node(article, f"@graph[{index}]") == []


def test_only_web_pages_carry_linked_data_and_coins(tmp_path: Path) -> None:
    source = REPO / "tests" / "roots" / "test-richawards"
    app = build(shutil.copytree(source, tmp_path / "src"), "epub")
    pages = sorted(Path(app.outdir).rglob("*.xhtml"))
    assert [page.name for page in pages if "Deep Nets" in page.read_text("utf-8")] == [
        "index.xhtml"
    ]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "application/ld+json" not in text
        assert "Z3988" not in text


@pytest.mark.parametrize("theme", HTML_THEMES)
def test_every_theme_puts_the_linked_data_in_the_head(theme: str, tmp_path: Path) -> None:
    # The script goes where the theme writes Sphinx's meta tags: a theme without them would
    # leave it out. The project names the site's data by a path from where it is: it is
    # built where it is, into a folder of this test.
    srcdir = REPO / "tests" / "roots" / "test-themes"
    # A list of its own: pydata-sphinx-theme appends its templates to templates_path, which
    # would otherwise be Sphinx's default list, shared by every later build of this process.
    overrides = {"html_theme": theme, "templates_path": []}
    app = SphinxTestApp("html", srcdir=srcdir, builddir=tmp_path, confoverrides=overrides)
    try:
        app.build()
    finally:
        app.cleanup()
    head = BeautifulSoup(html(app, "index"), "html.parser").head
    (script,) = head.select('script[type="application/ld+json"]')
    names = [article["name"] for article in json.loads(script.string)["@graph"]]
    assert names == [award["title"] for award in DATA["awards"]]
