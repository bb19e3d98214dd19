"""What cards need in formats other than HTML: targets those writers know, addresses once,
and pictures of the types they can include."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.images import guess_mimetype

from sphinx_awards.messages import warn
from sphinx_awards.perbuild import kept

if TYPE_CHECKING:
    from sphinx.application import Sphinx


#: The class of a card's picture.
CARD_IMAGE = "awards-card-image"


def is_card(node: nodes.Node) -> bool:
    """Whether ``node`` is an award card."""
    return isinstance(node, nodes.container) and node.get("design_component") == "awards-card"


def cards(node: nodes.Node) -> list[nodes.container]:
    """The award cards in ``node``, in document order."""
    return [card for card in node.findall(nodes.container) if is_card(card)]


class CardTargets(SphinxPostTransform):
    """Give cards the targets LaTeX makes labels of (it skips container ids)."""

    default_priority = 400
    formats: tuple[str, ...] = ("latex",)

    def run(self, **kwargs: Any) -> None:
        for card in cards(self.document):
            if card["ids"]:
                self.place(card, nodes.target("", "", ids=card["ids"]))
                card["ids"] = []

    def place(self, card: nodes.container, target: nodes.target) -> None:
        """Put the card's target at its start."""
        card.insert(0, target)


class TexinfoCardTargets(CardTargets):
    """Give cards the anchors Texinfo makes of targets, inside their first paragraph.

    Before it, an anchor would join that paragraph to the last one of the card before.
    """

    formats = ("texinfo",)

    def place(self, card: nodes.container, target: nodes.target) -> None:
        first = next(card.findall(nodes.paragraph), None)
        if first is None:
            super().place(card, target)
        else:
            first.insert(0, target)


class UnlinkedTitles(SphinxPostTransform):
    """A card's title is not a link in formats that show addresses: the paper link has it."""

    default_priority = 400
    formats = ("text", "man", "texinfo")

    def run(self, **kwargs: Any) -> None:
        for title in list(self.document.findall(has_class("awards-card-title"))):
            for link in list(title.findall(nodes.reference)):
                link.parent.replace(link, nodes.Text(link.astext()))


class PaperAddresses(SphinxPostTransform):
    """Each paper link as its label and its address, as text, where links cannot be followed.

    As text, no writer adds the address again (docutils 0.22's man writer writes the address
    of every link after it).
    """

    default_priority = 400
    formats = ("text", "man")
    #: The classes of the links whose address is shown: the paper link and the other links.
    SHOWN = frozenset({"awards-paper-link", "awards-extra-link"})

    def run(self, **kwargs: Any) -> None:
        for card in cards(self.document):
            for link in list(card.findall(nodes.reference)):
                if self.SHOWN.intersection(link["classes"]):
                    text = nodes.Text(f"{link.astext()} <{link['refuri']}>")
                    link.parent.replace(link, text)


class FlatManPage(SphinxPostTransform):
    """Put the content of the extension's containers (grids, cards, tiles) in their place.

    The man writer starts a paragraph without a blank line when it is the first of its
    container: a card's last line and the next card's badge would run together.
    """

    default_priority = 400
    formats = ("man",)

    def run(self, **kwargs: Any) -> None:
        containers: dict[int, nodes.container] = {}
        for root in self.document.findall(nodes.container):
            if any(name.startswith("awards-") for name in root["classes"]):
                containers |= {id(node): node for node in root.findall(nodes.container)}
        # A card's "Discussed in" list is filled later, where it stands (see discussions.py).
        containers = {
            key: node
            for key, node in containers.items()
            if "awards-discussed-in" not in node["classes"]
        }
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


@dataclass
class PicturesLeftOut:
    """The pictures a build left out of a format that cannot include them (warned once)."""

    uris: set[str] = field(default_factory=set)


class UnincludablePictures(SphinxPostTransform):
    """Leave out of the PDF a card's picture of a type LaTeX cannot include, warning once.

    LaTeX includes PNG, JPEG and PDF. After Sphinx's image converters (priority 200), which a
    site enables (``sphinx.ext.imgconverter``) to convert the picture instead. Web pages and
    e-books show every type a picture may have.
    """

    default_priority = 210
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        # Imported here: only a LaTeX build needs it, and it has imported it then.
        from sphinx.builders.latex import LaTeXBuilder

        included = LaTeXBuilder.supported_image_types
        warned = kept(self.env, PicturesLeftOut).uris
        for image in list(self.document.findall(nodes.image)):
            mimetype = guess_mimetype(image["uri"], default="")
            if CARD_IMAGE not in image["classes"] or mimetype in included:
                continue
            image.parent.remove(image)
            if image["uri"] not in warned:
                warned.add(image["uri"])
                message = (
                    f"the picture {image['uri']!r} is {mimetype or 'of an unknown type'}, which "
                    f"LaTeX cannot include ({', '.join(included)}); its card is shown without it "
                    "in the PDF. Enable sphinx.ext.imgconverter to convert it"
                )
                warn("image", message, image.get("data_location"))


def setup_render(app: Sphinx) -> None:
    """Register the adaptations of cards to non-HTML formats."""
    app.add_post_transform(CardTargets)
    app.add_post_transform(TexinfoCardTargets)
    app.add_post_transform(UnlinkedTitles)
    app.add_post_transform(PaperAddresses)
    app.add_post_transform(FlatManPage)
    app.add_post_transform(RoleAsWords)
    app.add_post_transform(UnincludablePictures)
