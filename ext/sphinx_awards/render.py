"""What cards need in formats other than HTML: link targets those writers know, visible URLs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def is_card(node: nodes.Node) -> bool:
    """Whether ``node`` is an award card."""
    return isinstance(node, nodes.container) and node.get("design_component") == "awards-card"


class CardTargets(SphinxPostTransform):
    """Give cards the targets LaTeX and Texinfo make labels of (they skip container ids)."""

    default_priority = 400
    formats = ("latex", "texinfo")

    def run(self, **kwargs: Any) -> None:
        for card in list(self.document.findall(is_card)):
            if card["ids"]:
                card.insert(0, nodes.target("", "", ids=card["ids"]))
                card["ids"] = []


class PaperAddresses(SphinxPostTransform):
    """Show each card's paper addresses in formats whose links cannot be followed."""

    default_priority = 400
    formats = ("text", "man")
    #: The classes of the links whose address is shown: the paper link and the other links.
    SHOWN = frozenset({"awards-paper-link", "awards-extra-link"})

    def run(self, **kwargs: Any) -> None:
        for card in self.document.findall(is_card):
            for link in list(card.findall(nodes.reference)):
                if self.SHOWN.intersection(link["classes"]):
                    address = nodes.Text(f" <{link['refuri']}>")
                    link.parent.insert(link.parent.index(link) + 1, address)


def setup_render(app: Sphinx) -> None:
    """Register the adaptations of cards to non-HTML formats."""
    app.add_post_transform(CardTargets)
    app.add_post_transform(PaperAddresses)
