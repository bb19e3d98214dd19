"""An award card's nodes, and the compact node that stands for them until the card is written.

Sphinx's read transforms, doctree pickling and post-transforms walk every node of a page, so
a page of thousands of cards spends most of its build on them. A card is therefore one
:class:`award_card` node holding its award until it is written: the HTML writer expands it
there, and for every other format a post-transform expands it first, so each writer, linkcheck
included, sees ordinary docutils nodes.
"""

from __future__ import annotations

import functools
import html
import os
import pickle
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.images import get_image_size

from sphinx_awards.bibtex import entry
from sphinx_awards.coins import coins_span
from sphinx_awards.components import VERBATIM, container, paragraph, texts, theme_classes
from sphinx_awards.config import DEFAULT_AUTHORS_SHOWN
from sphinx_awards.discussions import discussion_list, unfilled_list
from sphinx_awards.jsonld import add_article, prize_name, scholarly_article
from sphinx_awards.render import CARD_IMAGE
from sphinx_awards.translations import _

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator

    from sphinx_awards.model import Author, Award, Collection, PaperLink


def link_label(link: PaperLink) -> str:
    """The text of a paper link: its own label, or its kind's in the reader's language."""
    if link.label is not None:
        return link.label
    labels = {
        "paper": _("Paper"),
        "arxiv": "arXiv",
        "openreview": "OpenReview",
        "doi": "DOI",
        "code": _("Code"),
        "project": _("Project page"),
        "video": _("Video"),
        "slides": _("Slides"),
        "poster": _("Poster"),
    }
    return str(labels[link.kind])


def author_nodes(authors: str | tuple[Author, ...], shown: int) -> list[nodes.Node]:
    """The card's author line: the text as written, or the first names and "et al."."""
    if isinstance(authors, str):
        return [nodes.Text(authors)]
    line: list[nodes.Node] = []
    for author in authors[:shown]:
        if line:
            line.append(nodes.Text(", "))
        name = nodes.Text(author.name)
        line.append(nodes.reference("", "", name, refuri=author.url) if author.url else name)
    if len(authors) > shown:
        # A no-break space, as the data writes it: "et al." never starts a line of its own.
        line.append(nodes.Text("\u00a0" + _("et al.")))
    return line


def links_list(links: Sequence[PaperLink]) -> nodes.bullet_list:
    """The paper's other addresses as a list of labelled links (ordinary references)."""
    row = nodes.bullet_list(classes=["awards-links"])
    for link in links:
        text = link_label(link)
        reference = nodes.reference(
            text, text, refuri=link.url, classes=["awards-extra-link", f"awards-link-{link.kind}"]
        )
        row += nodes.list_item("", nodes.paragraph("", "", reference, **VERBATIM))
    return row


def badge_text(award: Award, collection: Collection) -> str:
    """The kind's label, with the track's short form when it is not the main track."""
    label = collection.kind(award.kind).label
    if award.track in (None, collection.main_track):
        return label
    return _("{kind} · {track}").format(kind=label, track=collection.track(award.track).short)


def badge_classes(award: Award, collection: Collection) -> list[str]:
    """The badge's classes: one look for the collection's first kind (its highest honour),
    another for the rest, so kinds are told apart by more than the theme colour of the card.
    """
    top = bool(collection.kinds) and award.kind == collection.kinds[0].id
    return ["awards-badge", "awards-badge-top" if top else "awards-badge-other"]


def paper_link(award: Award, text: str, *classes: str) -> nodes.reference:
    """An external link to the paper (an ordinary reference, so linkcheck checks it)."""
    return nodes.reference(text, text, refuri=award.url, classes=list(classes))


def card_nodes(
    award: Award,
    badge: str,
    *,
    badge_style: Sequence[str],
    ids: Sequence[str],
    classes: Sequence[str],
    image: nodes.image | None = None,
    authors_shown: int = DEFAULT_AUTHORS_SHOWN,
    discussions: nodes.Element | None = None,
) -> nodes.container:
    """One award's card: picture, badge, linked title, summary, tags, description, authors and
    where the site discusses the paper, then a footer with the paper link and its other links.

    What the award's data leaves out is not shown; without a URL the title is not a link.
    """
    badge_node = nodes.inline(classes=["sd-badge", *badge_style])
    badge_node += nodes.Text(badge)
    title = nodes.paragraph(classes=["sd-card-title", "sd-font-weight-bold", "awards-card-title"])
    title += paper_link(award, award.title) if award.url else nodes.Text(award.title)
    body = container(
        "sd-card-body",
        children=[
            *([image] if image is not None else []),
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
    if award.authors is not None:
        body += nodes.paragraph(
            "",
            "",
            *author_nodes(award.authors, authors_shown),
            classes=["sd-card-text", "awards-card-authors"],
            **VERBATIM,
        )
    if discussions is not None:
        body += discussions
    # Every way to the paper in one row, below the text: the paper link, then the others.
    links: list[nodes.Element] = []
    if award.url:
        footer = nodes.paragraph(classes=["awards-card-link"])
        footer += paper_link(award, _("View paper ↗"), "awards-paper-link")
        links.append(footer)
    if award.links:
        links.append(links_list(award.links))
    footers = [container("sd-card-footer", children=links)] if links else []
    return container(
        "sd-card",
        "sd-sphinx-override",
        "sd-shadow-sm",
        "awards-card",
        *theme_classes(award.collection, award.theme),
        f"awards-kind-{award.kind}",
        # Which award the card shows, as its id does only when the card is a target: the
        # filter counts awards, not cards.
        f"awards-award-{award.id}",
        *classes,
        children=[body, *footers],
        ids=list(ids),
        design_component="awards-card",
    )


class award_card(nodes.General, nodes.Element):
    """An award's card, kept as one node (with its text, for the search index) until written.

    The node keeps its award pickled, as bytes: a build that writes any page with the site's
    navigation unpickles the root document for it (furo's navigation does, even on a no-change
    rebuild, for the index and search pages), and there thousands of records with their links,
    authors and tags would be objects to rebuild and to collect at exit, where bytes are one.
    """

    @classmethod
    def of(
        cls,
        award: Award,
        collection: Collection,
        *,
        docname: str,
        ids: Sequence[str],
        classes: Sequence[str],
        image_uri: str | None = None,
        authors_shown: int = DEFAULT_AUTHORS_SHOWN,
        discussed_in: bool = True,
    ) -> award_card:
        """The compact card of ``award`` on page ``docname``; ``ids`` and ``classes`` go to the
        written card.

        ``image_uri`` is the address of the award's picture from the source folder ("/...");
        ``discussed_in`` says whether the card lists where the site discusses the paper.
        """
        badge = badge_text(award, collection)
        words = [badge, award.title, award.summary, *(tag.label for tag in award.tags)]
        words += [award.description, *author_names(award.authors)]
        card = cls(
            "",
            nodes.Text(" ".join(word for word in words if word is not None)),
            award=pickle.dumps(award, protocol=pickle.HIGHEST_PROTOCOL),
            # What is read of the card without unpickling its award.
            award_id=award.id,
            docname=docname,
            badge=badge,
            prize=prize_name(award, collection),
            discussed_in=discussed_in,
            badge_style=badge_classes(award, collection),
            ids=list(ids),
            card_classes=list(classes),
            authors_shown=authors_shown,
            **VERBATIM,
        )
        if award.image is not None:
            # A child from the start, so Sphinx's image collector finds it, copies the file
            # and gives each builder its address, as it does for any image of the page.
            card += nodes.image(
                uri=image_uri,
                alt=award.image.alt,
                loading="lazy",
                classes=[CARD_IMAGE],
                # Where a warning about the picture points: the award in its data file.
                data_location=str(award.location),
            )
        return card

    @property
    def award(self) -> Award:
        """The card's award."""
        award: Award = pickle.loads(self["award"])
        return award

    def expand(
        self, award: Award | None = None, discussions: nodes.Element | None = None
    ) -> nodes.container:
        """The card as generic nodes (of ``award``, when it is already at hand), with its
        "Discussed in" list when it has one."""
        image = next(self.findall(nodes.image), None)
        card = card_nodes(
            award if award is not None else self.award,
            self["badge"],
            badge_style=self["badge_style"],
            ids=self["ids"],
            classes=self["card_classes"],
            image=image.deepcopy() if image is not None else None,
            authors_shown=self["authors_shown"],
            discussions=discussions,
        )
        card.source, card.line = self.source, self.line
        return card


def author_names(authors: str | tuple[Author, ...] | None) -> list[str]:
    """Every author's name (the text as written when the data gives one text)."""
    if authors is None:
        return []
    return [authors] if isinstance(authors, str) else [author.name for author in authors]


def citation(award: Award) -> nodes.raw:
    """The award's BibTeX entry for the script's "Cite" control, as inert HTML."""
    text = html.escape(entry(award), quote=False)
    return nodes.raw("", f'<template class="awards-bibtex">{text}</template>\n', format="html")


def size_image(image: nodes.image, file: str) -> None:
    """Give an HTML picture its size in pixels, so the page keeps its place while it loads."""
    size = _pixel_size(file, os.stat(file).st_mtime_ns)
    if size is not None:
        image["width"], image["height"] = (str(pixels) for pixels in size)


@functools.lru_cache(maxsize=1024)
def _pixel_size(file: str, modified: int) -> tuple[int, int] | None:
    # Read once per file and version: awards often share a picture, and opening it for each
    # of thousands of cards is a noticeable part of writing them.
    return get_image_size(file)


def visit_award_card_html(translator: HTML5Translator, node: award_card) -> None:
    """Write the card's generic nodes in place of the compact one."""
    award = node.award
    discussions = None
    if node["discussed_in"]:
        discussions = discussion_list(translator.builder, node["award_id"], node["docname"])
    card = node.expand(award, discussions)
    if award.image is not None:
        for image in card.findall(nodes.image):
            size_image(image, award.image.file)
    # Pages that run scripts only: an e-book has no "Cite" control to read it.
    if not getattr(translator.builder, "embedded", False):
        card += citation(award)
    # The card that describes its award on this page (metadata.py): its COinS, and its article
    # of the JSON-LD the page puts in its head once every card is written.
    if node.get("describes"):
        card += coins_span(award)
        add_article(translator.document, scholarly_article(award, node["prize"]))
    # Walked where the compact node stands, as docutils and Sphinx's imgmath walk a node they
    # make while writing. Its parent is the compact node's, so a translator that looks at a
    # node's parent or document (a theme's may) sees the page around the card; it is not
    # inserted, so the doctree stays as it was read.
    card.parent = node.parent
    start = len(translator.body)
    card.walkabout(translator)
    translator.body[start:] = [compact_html("".join(translator.body[start:]))]
    raise nodes.SkipNode


def compact_html(html: str) -> str:
    """A card's HTML as one string of one byte a character: the same page for a browser.

    Python stores a string at the width of its widest character, and the page a card is
    written into is joined into one string, then rendered into another: one emoji in a tag
    made each copy of a page of 5000 cards (20 million characters) 80 MB instead of 20 MB,
    and the writing of that page the peak of the build's memory (447 MiB). Characters beyond
    Latin-1 are written as character references, which every HTML and XHTML reader reads as
    the character: the peak is now the data's load (about 310 MiB), and the card's hundreds
    of small strings are one.
    """
    return html.encode("latin-1", "xmlcharrefreplace").decode("latin-1")


class ExpandCards(SphinxPostTransform):
    """Replace compact cards by their generic nodes (for every format but HTML)."""

    # Before anything that looks into cards: targets (400) and linkcheck's collector (800).
    default_priority = 100
    #: The formats whose writer expands cards itself (:func:`visit_award_card_html`).
    formats = ("html",)

    def is_supported(self) -> bool:
        """Expand for every builder whose format is not in :attr:`formats` (linkcheck's is "")."""
        # Sphinx's own check, inverted: it reads the builder the way each Sphinx version allows.
        return not super().is_supported()

    def run(self, **kwargs: Any) -> None:
        for card in list(self.document.findall(award_card)):
            # Filled once references are resolved, when the builder's addresses are known.
            discussions = None
            if card["discussed_in"]:
                discussions = unfilled_list(card["award_id"], card["docname"])
            card.replace_self(card.expand(discussions=discussions))


def setup_card_nodes(app: Sphinx) -> None:
    """Register the compact card node, its HTML writer and its expansion for other formats."""
    app.add_node(award_card, html=(visit_award_card_html, None))
    app.add_post_transform(ExpandCards)
