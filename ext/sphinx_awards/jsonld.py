"""schema.org JSON-LD of awards: each a ``ScholarlyArticle`` with its award, for search engines.

A web page with cards carries one ``<script type="application/ld+json">`` describing the award
of each, made from the record alone (nothing is guessed) and escaped so that no text of the
data can end the script.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sphinx_awards.authors import author_list
from sphinx_awards.components import script_json

if TYPE_CHECKING:
    from collections.abc import Iterable

    from docutils import nodes

    from sphinx_awards.model import Award, Collection

SCHEMA_ORG = "https://schema.org"
#: The kinds of an award's other links that are its paper itself, so the same work.
SAME_WORK_LINKS = frozenset({"paper", "arxiv", "openreview", "doi"})
#: Where a page being written keeps the articles its cards gave, as JSON: an attribute of its
#: doctree.
ARTICLES = "awards_articles"


def prize_name(award: Award, collection: Collection) -> str:
    """The award the paper won, as schema.org's ``award`` names it: "NeurIPS 2025 Best Paper".

    The venue, the kind and, outside the main track, the track.
    """
    name = collection.kind(award.kind).label
    if award.venue:
        name = f"{award.venue} {name}"
    if award.track not in (None, collection.main_track):
        name = f"{name} ({collection.track(award.track).label})"
    return name


def _authors(award: Award) -> list[dict[str, Any]]:
    if award.authors is None or isinstance(award.authors, str):
        return [_person(name) for name in author_list(award.authors).names]
    return [_person(a.name, a.url, a.affiliation) for a in award.authors]


def _person(name: str, url: str | None = None, affiliation: str | None = None) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": name}
    if url:
        person["url"] = url
    if affiliation:
        person["affiliation"] = {"@type": "Organization", "name": affiliation}
    return person


def same_work(award: Award) -> list[str]:
    """The other addresses of the paper: its DOI and arXiv pages, and links to the paper."""
    addresses = []
    if award.doi:
        addresses.append(f"https://doi.org/{quote(award.doi, safe='/:;()')}")
    if award.arxiv:
        addresses.append(f"https://arxiv.org/abs/{quote(award.arxiv, safe='/')}")
    addresses += [link.url for link in award.links if link.kind in SAME_WORK_LINKS]
    return [url for url in dict.fromkeys(addresses) if url != award.url]


def scholarly_article(award: Award, prize: str) -> dict[str, Any]:
    """The award as a schema.org ``ScholarlyArticle`` with the ``award`` it won."""
    article: dict[str, Any] = {"@type": "ScholarlyArticle", "name": award.title, "award": prize}
    fields = {
        "url": award.url,
        "author": _authors(award),
        "datePublished": str(award.year) if award.year else None,
        "sameAs": same_work(award),
        "isPartOf": {"@type": "CreativeWork", "name": award.venue} if award.venue else None,
    }
    article.update({name: value for name, value in fields.items() if value})
    return article


def add_article(document: nodes.document, article: dict[str, Any]) -> None:
    """Give the page being written one more article for its JSON-LD.

    Kept as its JSON text, which takes a fraction of the memory of the objects: a page of
    thousands of cards holds them all until it is written.
    """
    articles: list[str] = document.setdefault(ARTICLES, [])
    articles.append(script_json(article))


def json_ld_script(articles: Iterable[str]) -> str:
    """A page's one JSON-LD script of these articles (each JSON safe in a script already)."""
    context = script_json(SCHEMA_ORG)
    graph = ",".join(articles)
    return (
        f'<script type="application/ld+json">{{"@context":{context},"@graph":[{graph}]}}</script>\n'
    )
