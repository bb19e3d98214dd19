"""An award card's nodes, and the compact node that stands for them until the card is written.

Sphinx's read transforms, doctree pickling and post-transforms walk every node of a page, so
a page of thousands of cards spends most of its build on them. A card is therefore one
:class:`award_card` node holding its award until it is written: the HTML writer expands it
there, and for every other format a post-transform expands it first, so each writer, linkcheck
included, sees ordinary docutils nodes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_awards.components import VERBATIM, container, paragraph, texts, theme_classes
from sphinx_awards.translations import _

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator

    from sphinx_awards.model import Award, Collection


def badge_text(award: Award, collection: Collection) -> str:
    """The kind's label, with the track's short form when it is not the main track."""
    label = collection.kind(award.kind).label
    if award.track in (None, collection.main_track):
        return label
    return _("{kind} · {track}").format(kind=label, track=collection.track(award.track).short)


def paper_link(award: Award, text: str, *classes: str) -> nodes.reference:
    """An external link to the paper (an ordinary reference, so linkcheck checks it)."""
    return nodes.reference(text, text, refuri=award.url, classes=list(classes))


def card_nodes(
    award: Award, badge: str, *, ids: Sequence[str], classes: Sequence[str]
) -> nodes.container:
    """One award's card: badge, linked title, summary, tags, description, authors, link.

    What the award's data leaves out is not shown; without a URL the title is not a link.
    """
    badge_node = nodes.inline(classes=["sd-badge", "awards-badge"])
    badge_node += nodes.Text(badge)
    title = nodes.paragraph(classes=["sd-card-title", "sd-font-weight-bold", "awards-card-title"])
    title += paper_link(award, award.title) if award.url else nodes.Text(award.title)
    body = container(
        "sd-card-body",
        children=[
            nodes.paragraph("", "", badge_node, classes=["awards-card-badges"]),
            title,
            *texts(award.summary, classes=["sd-card-text", "awards-card-summary"]),
        ],
    )
    if award.tags:
        tags = nodes.bullet_list(classes=["awards-tags"])
        for tag in award.tags:
            # One text node per tag: separate icon and label spans (which no style uses) would
            # add a third to the nodes of every card.
            tags += nodes.list_item("", paragraph(f"{tag.icon} {tag.label}", "awards-tag"))
        body += tags
    body += texts(award.description, classes=["sd-card-text", "awards-card-description"])
    body += texts(award.authors, classes=["sd-card-text", "awards-card-authors"])
    footers = []
    if award.url:
        footer = nodes.paragraph(classes=["awards-card-link"])
        footer += paper_link(award, _("View paper ↗"), "awards-paper-link")
        footers.append(container("sd-card-footer", children=[footer]))
    return container(
        "sd-card",
        "sd-sphinx-override",
        "sd-shadow-sm",
        "awards-card",
        *theme_classes(award.collection, award.theme),
        f"awards-kind-{award.kind}",
        *classes,
        children=[body, *footers],
        ids=list(ids),
        design_component="awards-card",
    )


class award_card(nodes.General, nodes.Element):
    """An award's card, kept as one node (with its text, for the search index) until written."""

    @classmethod
    def of(
        cls, award: Award, collection: Collection, *, ids: Sequence[str], classes: Sequence[str]
    ) -> award_card:
        """The compact card of ``award``; ``ids`` and ``classes`` go to the written card."""
        badge = badge_text(award, collection)
        words = [badge, award.title, award.summary, *(tag.label for tag in award.tags)]
        words += [award.description, award.authors]
        return cls(
            "",
            nodes.Text(" ".join(word for word in words if word is not None)),
            award=award,
            badge=badge,
            ids=list(ids),
            card_classes=list(classes),
            **VERBATIM,
        )

    def expand(self) -> nodes.container:
        """The card as generic nodes."""
        card = card_nodes(
            self["award"], self["badge"], ids=self["ids"], classes=self["card_classes"]
        )
        card.source, card.line = self.source, self.line
        return card


def visit_award_card_html(translator: HTML5Translator, node: award_card) -> None:
    """Write the card's generic nodes in place of the compact one."""
    card = node.expand()
    # Parented (not attached) so the writer finds the document through it.
    card.parent = node.parent
    card.walkabout(translator)
    raise nodes.SkipNode


class ExpandCards(SphinxPostTransform):
    """Replace compact cards by their generic nodes (for every format but HTML)."""

    # Before anything that looks into cards: targets (400) and linkcheck's collector (800).
    default_priority = 100

    def run(self, **kwargs: Any) -> None:
        for card in list(self.document.findall(award_card)):
            card.replace_self(card.expand())


def expand_cards_unless_html(app: Sphinx) -> None:
    """Have cards expanded before writing when the builder does not write HTML."""
    if app.builder.format != "html":
        app.add_post_transform(ExpandCards)


def setup_card_nodes(app: Sphinx) -> None:
    """Register the compact card node, its HTML writer and its expansion for other formats."""
    app.add_node(award_card, html=(visit_award_card_html, None))
    app.connect("builder-inited", expand_cards_unless_html)
