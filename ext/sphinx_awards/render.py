"""What cards need in formats other than HTML: link targets those writers know, visible URLs,
and pictures of the types they can include."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.images import guess_mimetype

from sphinx_awards.domain import awards_domain
from sphinx_awards.messages import warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx


#: The class of a card's picture.
CARD_IMAGE = "awards-card-image"


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
        warned = awards_domain(self.env).unincludable_pictures
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
    app.add_post_transform(PaperAddresses)
    app.add_post_transform(UnincludablePictures)
