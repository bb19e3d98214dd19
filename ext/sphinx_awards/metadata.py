"""What reference managers and search engines read from a web page's cards.

Each award a page shows is described once, by its first card there (whether that card is a
target of the role or not: a reader saves what the page shows): that card carries the award's
COinS and, as it is written from the award it holds, gives its article to the page's JSON-LD,
which goes in the page's head. Web pages only: e-books and other packed formats are no place
for a search engine or a connector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx_awards.cardnodes import award_card
from sphinx_awards.components import writes_web_pages
from sphinx_awards.jsonld import ARTICLES, json_ld_script

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx


def describe_awards(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Mark the first card of each award on a web page: the one that describes it."""
    if not writes_web_pages(app.builder):
        return
    described: set[str] = set()
    for card in doctree.findall(award_card):
        if card["award_id"] not in described:
            described.add(card["award_id"])
            card["describes"] = True


def add_linked_data(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    """Put the page's JSON-LD in its head, once its cards have given their articles."""
    articles = doctree.get(ARTICLES) if doctree is not None else None
    if articles:
        # In the head, which the page's text is copied fewer times through than its body:
        # on a page of thousands of cards, every copy of the body is felt in memory.
        context["metatags"] = context.get("metatags", "") + json_ld_script(articles)


def setup_metadata(app: Sphinx) -> None:
    """Describe the awards of web pages as they are written."""
    # Once the page is whole: a single-page build has gathered every page into it by then.
    app.connect("doctree-resolved", describe_awards)
    app.connect("html-page-context", add_linked_data)
