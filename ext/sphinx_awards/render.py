"""What cards need in formats other than HTML: targets those writers know, addresses once."""

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
                target = nodes.target("", "", ids=card["ids"])
                card["ids"] = []
                first = next(card.findall(nodes.paragraph), None)
                if self.app.builder.format == "texinfo" and first is not None:
                    # Inside the first paragraph: before it, Texinfo's anchor would join that
                    # paragraph to the last one of the card before.
                    first.insert(0, target)
                else:
                    card.insert(0, target)


class PlainTextCards(SphinxPostTransform):
    """Cards in formats read as plain text: each address once, and cards apart.

    The title is not a link there (the paper link below names the same address). In text
    and man pages, whose links cannot be followed, each paper link is its label and its
    address as text, which no writer adds to: docutils 0.22's man writer writes the address
    of every link after it. Texinfo gives every link its address as a footnote itself.
    """

    default_priority = 400
    formats = ("text", "man", "texinfo")
    #: The classes of the links whose address is shown: the paper link and the other links.
    SHOWN = frozenset({"awards-paper-link", "awards-extra-link"})

    def run(self, **kwargs: Any) -> None:
        plain = self.app.builder.format in ("text", "man")
        for card in list(self.document.findall(is_card)):
            for title in card.findall(has_class("awards-card-title")):
                for link in list(title.findall(nodes.reference)):
                    link.parent.replace(link, nodes.Text(link.astext()))
            for link in list(card.findall(nodes.reference)):
                if plain and self.SHOWN.intersection(link["classes"]):
                    text = nodes.Text(f"{link.astext()} <{link['refuri']}>")
                    link.parent.replace(link, text)
        if self.app.builder.format == "man":
            self.flatten()

    def flatten(self) -> None:
        """Put the content of the extension's containers (grids, cards, tiles) in their place.

        The man writer starts a paragraph without a blank line when it is the first of its
        container: a card's last line and the next card's badge would run together.
        """
        containers: dict[int, nodes.container] = {}
        for root in self.document.findall(nodes.container):
            if any(name.startswith("awards-") for name in root["classes"]):
                containers |= {id(node): node for node in root.findall(nodes.container)}
        # Outer ones first: their content moves up, and is then flattened in its new place.
        for container in containers.values():
            container.parent.replace(container, container.children)


class RoleAsWords(SphinxPostTransform):
    """In man pages, the ``award`` role is the award's title (a card has no address there)."""

    # After references are resolved (10), before the writer reads them.
    default_priority = 400
    formats = ("man",)

    def run(self, **kwargs: Any) -> None:
        for link in list(self.document.findall(nodes.reference)):
            if "award" in link:
                link.parent.replace(link, link.children)


def has_class(name: str) -> Any:
    """A ``findall`` condition: an element with the class ``name``."""
    return lambda node: isinstance(node, nodes.Element) and name in node.get("classes", [])


def setup_render(app: Sphinx) -> None:
    """Register the adaptations of cards to non-HTML formats."""
    app.add_post_transform(CardTargets)
    app.add_post_transform(PlainTextCards)
    app.add_post_transform(RoleAsWords)
