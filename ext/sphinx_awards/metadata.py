"""What reference managers and search engines read from a web page's cards.

Each award a page shows is described once, by its first card there (whether that card is a
target of the role or not: a reader saves what the page shows): that card carries the award's
COinS, and the page's JSON-LD lists the awards in the order of those cards. Web pages only:
e-books and other packed formats are no place for a search engine or a connector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_awards.cardnodes import award_card
from sphinx_awards.components import writes_web_pages
from sphinx_awards.jsonld import json_ld, scholarly_article

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx


def describing_cards(doctree: nodes.document) -> list[award_card]:
    """The first card of each award on the page, in page order."""
    cards: dict[str, award_card] = {}
    for card in doctree.findall(award_card):
        cards.setdefault(card["award_id"], card)
    return list(cards.values())


def describe_awards(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Mark the card that carries each award's COinS, and give the page its JSON-LD."""
    if not writes_web_pages(app.builder):
        return
    cards = describing_cards(doctree)
    if not cards:
        return
    for card in cards:
        card["describes"] = True
    doctree += json_ld(scholarly_article(card.award, card["prize"]) for card in cards)


def setup_metadata(app: Sphinx) -> None:
    """Describe the awards of web pages as they are written."""
    # Once the page is whole: a single-page build has gathered every page into it by then.
    app.connect("doctree-resolved", describe_awards)
